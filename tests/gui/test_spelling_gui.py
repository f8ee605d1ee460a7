"""Spell check while writing, in the entry editor, as a carer uses it: a misspelt word is
underlined as it is typed (and a right one is not), a right-click offers corrections and
"Add to dictionary", the child's name is never flagged, and what is added stays in the vault
across a lock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import CHILD_NAME, PASSPHRASE
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.gui.app import AppController
from carerdesk.gui.common.spelling import Spelling
from carerdesk.gui.setup.unlock import UnlockDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    spelling = window.findChild(Spelling)
    qtbot.waitUntil(lambda: spelling.checker is not None, timeout=20000)  # read off-thread
    return window.editor


def _underlined(edit) -> list[str]:
    """The words the highlighter underlined, read from each paragraph's layout."""
    found = []
    block = edit.document().begin()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append(block.text()[span.start:span.start + span.length])
        block = block.next()
    return found


def _right_click(qtbot, edit, word: str) -> QMenu:
    edit.window().scroll.ensureWidgetVisible(edit)  # scrolled to, as a person would
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(text.index(word) + 1)
    at = edit.cursorRect(cursor).center()
    # Through the window, as a real mouse's click comes: Qt itself makes the context-menu
    # event for the widget under the pointer (a click sent to the widget would not).
    window = edit.window()
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton,
                     Qt.KeyboardModifier.NoModifier, edit.viewport().mapTo(window, at))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _choose(qtbot, menu: QMenu, text: str) -> None:
    """Down to the item, then Return, as a person does with the keyboard."""
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text() == text:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text() == text
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def test_a_misspelt_word_is_underlined_and_a_right_one_is_not(qtbot, window, vault_ids):
    window.workspace.people.add(vault_ids["child"], PersonDetails(
        "Oyelaran Brightwater", PersonRole.SOCIAL_WORKER))
    editor = _editor(qtbot, window)
    box = editor.form.narrative.text
    qtbot.keyClicks(box, f'{CHILD_NAME} said "I beleive you" to Oyelaran and I believe her')
    qtbot.waitUntil(lambda: _underlined(box) == ["beleive"])  # names are never flagged
    voice = editor.form.voice
    qtbot.keyClicks(voice, "I was releived")
    qtbot.waitUntil(lambda: _underlined(voice) == ["releived"])


def test_right_click_offers_corrections_and_one_replaces_the_word(qtbot, window):
    editor = _editor(qtbot, window)
    box = editor.form.narrative.text
    qtbot.keyClicks(box, "I beleive her")
    menu = _right_click(qtbot, box, "beleive")
    qtbot.waitUntil(lambda: "believe" in _texts(menu), timeout=10000)
    texts = _texts(menu)
    assert texts.index("believe") < texts.index("&Add to dictionary") < texts.index(
        next(t for t in texts if "Copy" in t))  # above the usual menu
    assert len(texts[:texts.index("&Add to dictionary")]) <= 5
    _choose(qtbot, menu, "believe")
    qtbot.waitUntil(lambda: box.toPlainText() == "I believe her")
    qtbot.waitUntil(lambda: _underlined(box) == [])


def test_the_keyboard_opens_the_corrections_too(qtbot, window):
    """Shift+F10 (or the Menu key) in a misspelt word, Down to a correction, Return."""
    editor = _editor(qtbot, window)
    box = editor.form.voice
    editor.scroll.ensureWidgetVisible(box)
    qtbot.keyClicks(box, "I was releived")
    qtbot.keyClick(box, Qt.Key.Key_Left)
    qtbot.keyClick(box, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    qtbot.waitUntil(lambda: "relieved" in _texts(menu), timeout=10000)
    _choose(qtbot, menu, "relieved")
    qtbot.waitUntil(lambda: box.toPlainText() == "I was relieved")
    qtbot.keyClick(box, Qt.Key.Key_Menu)  # a right word: the usual menu alone
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert _texts(menu)[0].startswith("&Undo")
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_in_welsh_the_welsh_dictionary_checks(qtbot, window, monkeypatch):
    monkeypatch.setenv("CARERDESK_LANG", "cy")  # the app's language, as chosen at start
    editor = _editor(qtbot, window)
    assert window.findChild(Spelling).name == "cy_GB"
    box = editor.form.reflection
    qtbot.keyClicks(box, "Mae'r plentin yn hapus heddiw")
    qtbot.waitUntil(lambda: _underlined(box) == ["plentin"])
    menu = _right_click(qtbot, box, "plentin")
    qtbot.waitUntil(lambda: "plentyn" in _texts(menu), timeout=10000)
    _choose(qtbot, menu, "plentyn")
    qtbot.waitUntil(lambda: box.toPlainText() == "Mae'r plentyn yn hapus heddiw")


def test_underlining_writes_no_draft_and_no_undo_step(qtbot, window, vault_ids):
    """An amendment opens on words with a misspelling: underlined, yet nothing has changed."""
    entry = window.workspace.journal.entry(vault_ids["entry"])
    window.timeline.setCurrentIndex(window.model.index(0))
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    spelling = window.findChild(Spelling)
    qtbot.waitUntil(lambda: spelling.checker is not None, timeout=20000)
    box = window.editor.form.narrative.text
    assert box.toPlainText() == entry.content.text == "Xylophonic marmalade afternoon"
    qtbot.waitUntil(lambda: _underlined(box) == ["Xylophonic"])
    qtbot.wait(900)  # longer than the editor's pause before it keeps a draft
    assert window.editor.undo_stack.count() == 0
    assert window.workspace.journal.drafts() == []


@pytest.fixture
def app(qtbot, vault_dir):
    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    _unlock(qtbot, controller)
    yield controller
    if controller.workspace is not None:
        controller.lock()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    controller.dialog.close()
    QApplication.instance().removeEventFilter(controller)


def _unlock(qtbot, controller):
    qtbot.waitUntil(lambda: isinstance(controller.dialog, UnlockDialog)
                    and controller.dialog.isVisible())
    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    return controller.window


def _files_outside(vault: Path) -> dict[Path, bytes]:
    """Every file the tests' private folders hold (settings, logs, data), bar the vault."""
    roots = {vault.parent, Path(os.environ["XDG_DATA_HOME"]).parent}
    return {p: p.read_bytes() for root in roots for p in root.rglob("*")
            if p.is_file() and vault not in p.parents}


def test_add_to_dictionary_stays_in_the_vault_across_a_lock(qtbot, app, vault_dir):
    editor = _editor(qtbot, app.window)
    box = editor.form.narrative.text
    qtbot.keyClicks(box, "We went to Zumbaroo")
    qtbot.waitUntil(lambda: _underlined(box) == ["Zumbaroo"])
    QThreadPool.globalInstance().waitForDone()  # the day's backup, made after the unlock
    outside = _files_outside(vault_dir)
    menu = _right_click(qtbot, box, "Zumbaroo")
    qtbot.keyClick(menu, Qt.Key.Key_A)  # "&Add to dictionary"
    qtbot.waitUntil(lambda: _underlined(box) == [])
    assert _files_outside(vault_dir) == outside  # no word list beside the vault
    assert not any(b"Zumbaroo" in data for data in outside.values())
    assert not any(b"Zumbaroo" in p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    qtbot.keyClick(editor, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: app.workspace is None)
    window = _unlock(qtbot, app)
    editor = _editor(qtbot, window)  # the draft comes back, or a new entry
    box = editor.form.narrative.text
    box.selectAll()
    qtbot.keyClicks(box, "Zumbaroo again, and beleive")
    qtbot.waitUntil(lambda: _underlined(box) == ["beleive"])
    menu = _right_click(qtbot, box, "Zumbaroo")  # it can be taken out again
    assert "&Remove from dictionary" in _texts(menu)
    qtbot.keyClick(menu, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: _underlined(box) == ["Zumbaroo", "beleive"])
    assert app.workspace.spelling_words.words() == frozenset()


def test_ctrl_l_with_the_spelling_menu_open(qtbot, app):
    editor = _editor(qtbot, app.window)
    box = editor.form.narrative.text
    qtbot.keyClicks(box, "I beleive her")
    menu = _right_click(qtbot, box, "beleive")
    qtbot.keyClick(menu, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog)
                    and app.dialog.isVisible(), timeout=8000)
    assert QApplication.activePopupWidget() is None
    window = _unlock(qtbot, app)
    qtbot.waitUntil(lambda: window.editor is not None)  # the words came back as a draft
    assert window.editor.form.narrative.text.toPlainText() == "I beleive her"
