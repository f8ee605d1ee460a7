"""Spell check while writing: a misspelt word gets a red wavy underline, and a right-click on
it offers up to five corrections and "Add to dictionary" above the usual menu.

Typing never waits: the dictionary is read on a worker thread once per process (about two
seconds; nothing is underlined until then), each word is looked up once and remembered, and
corrections are looked for on a worker while the menu is already open. The names of the
children and the people around them are never flagged. What the carer adds is kept in the
vault (``workspace.spelling_words``), never in a file. The checker belongs to the journal
window and forgets its words when the window is disabled for the lock.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from carerdesk.app import spelling as engine
from carerdesk.app.preset import language
from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.workers import run_in_background

UNDERLINE = QColor("#d32f2f")  # red, on the light and the dark looks alike
SUGGESTED_KEPT = 200  # corrections remembered per vault, then forgotten all at once


class Spelling(QObject):
    """One unlocked vault's spell check: the dictionary for the app's language, the names and
    the carer's own words. ``changed`` tells the highlighters to look again."""

    changed = Signal()

    def __init__(self, workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.name = engine.dictionary_name(language())
        self.checker: engine.Checker | None = None
        self._suggested: dict[str, list[str]] = {}
        parent.installEventFilter(self)
        dictionary = engine.loaded(self.name)
        if dictionary is not None:
            self._ready(dictionary)
        else:
            name = self.name
            run_in_background(self, lambda: engine.load(name), self._ready, self._failed)

    def _ready(self, dictionary) -> None:
        if self.workspace is None:
            return  # locked while the dictionary was read
        try:
            self.checker = engine.Checker(dictionary, self._names(),
                                          self.workspace.spelling_words.words())
        except CarerDeskError:
            return  # the vault went away under us: no spell check this time
        self.changed.emit()

    def _failed(self, _exc: BaseException) -> None:
        """A damaged install without its dictionary: writing goes on, nothing is flagged."""

    def _names(self) -> list[str]:
        children = self.workspace.journal.children()
        people = [p.details.name for c in children for p in self.workspace.people.people(c.id)]
        return [c.name for c in children] + people

    def refresh(self) -> None:
        """Names and words as they are now (an editor opening: a person may have been added)."""
        if self.checker is not None:
            self.checker.set_names(self._names())
            self.checker.set_personal(self.workspace.spelling_words.words())

    def add(self, word: str) -> None:
        self._change(self.workspace.spelling_words.add, word)

    def remove(self, word: str) -> None:
        self._change(self.workspace.spelling_words.remove, word)

    def _change(self, service_call, word: str) -> None:
        try:
            words = service_call(word)
        except CarerDeskError:
            return  # locked under the menu, or the disk refused: the word stays as it was
        if self.checker is not None:
            self.checker.set_personal(words)
            self.changed.emit()

    def suggest(self, word: str, deliver) -> None:
        """Calls ``deliver(corrections)`` at once if known, else from a worker's result."""
        if word in self._suggested:
            deliver(self._suggested[word])
            return
        checker = self.checker
        if checker is None:
            deliver([])
            return

        def found(corrections: list[str]) -> None:
            if len(self._suggested) >= SUGGESTED_KEPT:
                self._suggested.clear()
            self._suggested[word] = corrections
            deliver(corrections)

        run_in_background(self, lambda: checker.suggestions(word), found,
                          lambda _exc: deliver([]))

    def forget(self) -> None:
        if self.checker is not None:
            self.checker.forget()
        self.checker, self.workspace = None, None
        self._suggested.clear()
        self.changed.emit()  # the underlines go too

    @never_raises(False)
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.EnabledChange and not watched.isEnabled():
            self.forget()  # the lock disables the window first of all
        return False


def spelling_for(window) -> Spelling:
    """The journal window's spell check, made on first use and refreshed on every use."""
    found = window.findChild(Spelling)
    if found is None or found.workspace is None:
        if found is not None:  # forgotten at a lock that did not close the window
            found.setParent(None)
            found.deleteLater()
        return Spelling(window.workspace, window)
    found.refresh()
    return found


def _menu_key(event) -> bool:
    """The Menu key, or Shift+F10 (the keyboard's right-click on Windows and most desktops)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_Menu and mods == Qt.KeyboardModifier.NoModifier) or (
        event.key() == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier)


def _utf16(text: str, index: int) -> int:
    """A Python index as Qt's position (characters beyond the BMP, emoji, count twice)."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)


def _from_utf16(text: str, position: int) -> int:
    index = 0
    while index < len(text) and _utf16(text, index + 1) <= position:
        index += 1
    return index


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of each paragraph (layout formats: the text is never
    changed, so undo, drafts and the fact/opinion marks are untouched)."""

    def __init__(self, document, spelling: Spelling) -> None:
        super().__init__(document)
        self.spelling = spelling
        self.wrong = QTextCharFormat()
        self.wrong.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.wrong.setUnderlineColor(UNDERLINE)
        spelling.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        checker = self.spelling.checker
        if checker is None or not text:
            return
        wide = any(ord(c) > 0xFFFF for c in text)
        for word in checker.misspelt(text):
            start, end = (_utf16(text, word.start), _utf16(text, word.end)) if wide else (
                word.start, word.end)
            self.setFormat(start, end - start, self.wrong)


class SpellMenu(QObject):
    """The text box's context menu with corrections and the dictionary at the top."""

    def __init__(self, edit: QPlainTextEdit | QTextEdit, spelling: Spelling) -> None:
        super().__init__(edit)
        self.edit, self.spelling = edit, spelling
        edit.installEventFilter(self)  # the menu key and Shift+F10 come to the box
        edit.viewport().installEventFilter(self)  # a right-click comes to its viewport

    @never_raises(False)
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ContextMenu:
            mouse = watched is not self.edit and event.reason() == QContextMenuEvent.Reason.Mouse
            cursor = self.edit.cursorForPosition(event.pos()) if mouse else self.edit.textCursor()
            self.show_menu(cursor, event.globalPos())
            return True
        if event.type() == QEvent.Type.KeyPress and watched is self.edit and _menu_key(event):
            # the keyboard's way in, where the platform does not make a menu of it itself
            at = self.edit.cursorRect().bottomLeft()
            self.show_menu(self.edit.textCursor(), self.edit.viewport().mapToGlobal(at))
            return True
        return False

    def _word_at(self, cursor: QTextCursor) -> tuple[QTextCursor, str] | None:
        checker = self.spelling.checker
        if checker is None:
            return None
        block = cursor.block()
        text = block.text()
        at = _from_utf16(text, cursor.positionInBlock())
        for word in engine.words(text):
            if word.start <= at <= word.end:
                found = QTextCursor(block)
                found.setPosition(block.position() + _utf16(text, word.start))
                found.setPosition(block.position() + _utf16(text, word.end),
                                  QTextCursor.MoveMode.KeepAnchor)
                return found, word.text
        return None

    def show_menu(self, cursor: QTextCursor, where: QPoint) -> None:
        menu = self.edit.createStandardContextMenu()
        menu.setObjectName("spelling-menu")
        found = self._word_at(cursor) if not self.edit.isReadOnly() else None
        checker = self.spelling.checker
        if found is not None and checker is not None and menu.actions():
            self._add_spelling(menu, checker, *found)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    def _add_spelling(self, menu: QMenu, checker: engine.Checker, cursor: QTextCursor,
                      word: str) -> None:
        first = menu.actions()[0]  # the usual menu's first: ours go above it
        if checker.is_personal(word):
            remove = QAction(self.tr("&Remove from dictionary"), menu)
            remove.triggered.connect(lambda: self.spelling.remove(word))
            menu.insertAction(first, remove)
            menu.insertSeparator(first)
            return
        if checker.is_correct(word):
            return
        waiting = QAction(self.tr("Looking for corrections…"), menu)
        waiting.setEnabled(False)
        add = QAction(self.tr("&Add to dictionary"), menu)
        add.triggered.connect(lambda: self.spelling.add(word))
        for action in (waiting, add):
            menu.insertAction(first, action)
        menu.insertSeparator(first)

        def deliver(corrections: list[str]) -> None:
            if not shiboken6.isValid(menu) or not shiboken6.isValid(waiting):
                return  # the menu closed before they came
            for text in corrections:
                action = QAction(text.replace("&", "&&"), menu)
                action.triggered.connect(lambda _=False, t=text: self._replace(cursor, word, t))
                menu.insertAction(waiting, action)
            if corrections:
                menu.removeAction(waiting)
            else:
                waiting.setText(self.tr("No corrections found"))

        self.spelling.suggest(word, deliver)

    def _replace(self, cursor: QTextCursor, word: str, text: str) -> None:
        if cursor.selectedText() != word:
            return  # the words changed under the menu: replace nothing
        cursor.insertText(text)  # one step of the box's own undo; the editor's draft follows
        self.edit.setTextCursor(cursor)


def check_spelling(widget: QWidget, spelling: Spelling) -> None:
    """Spell check in every writable text box inside ``widget``."""
    edits: list[QPlainTextEdit | QTextEdit] = [*widget.findChildren(QPlainTextEdit),
                                                *widget.findChildren(QTextEdit)]
    for edit in edits:
        if not edit.isReadOnly() and edit.findChild(SpellMenu) is None:
            SpellHighlighter(edit.document(), spelling)
            SpellMenu(edit, spelling)
