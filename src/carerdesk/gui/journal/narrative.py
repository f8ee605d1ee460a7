"""The day in the carer's words, with passages marked as fact, opinion or what someone said,
and gentle suggestions of caring language that never block saving."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QVBoxLayout, QWidget

from carerdesk.domain.caring_words import caring_language
from carerdesk.domain.writing import MARK_TITLES, Mark, MarkKind
from carerdesk.gui.common.render import MARK_COLOURS

MARK_PROPERTY = QTextFormat.Property.UserProperty + 1


class NarrativeEdit(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = QTextEdit(self)
        self.text.setAcceptRichText(False)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("The day in your words"))
        self.text.setPlaceholderText(self.tr("What happened today? Say what went well, too."))
        self.suggestions = QLabel(self)
        self.suggestions.setWordWrap(True)
        self.suggestions.setStyleSheet("color: #5d4037;")
        self.suggestions.setAccessibleName(self.tr("Language suggestions"))
        # The lead-in labels the row of buttons, so a screen reader says it on entering it.
        lead_in = QLabel(self.tr("Mark the selected words as:"), self)
        row = QWidget(self)
        lead_in.setBuddy(row)
        marks = QHBoxLayout(row)
        marks.setContentsMargins(0, 0, 0, 0)
        with_letter = {MarkKind.FACT: self.tr("&Fact"), MarkKind.OPINION: self.tr("My &opinion"),
                       MarkKind.REPORTED: self.tr("What someone else sa&id")}
        for kind in MarkKind:
            button = QPushButton(with_letter.get(kind) or QCoreApplication.translate(
                "Writing", MARK_TITLES[kind]), row)
            # dark text on the pale mark, whatever the look (dark, high contrast)
            button.setStyleSheet(f"background: {MARK_COLOURS[kind]}; color: #000000;")
            button.setAccessibleName(self.tr("Mark as {kind}").format(
                kind=QCoreApplication.translate("Writing", MARK_TITLES[kind])))
            button.setAutoDefault(False)  # Enter must never mark text by surprise
            button.clicked.connect(lambda _=False, k=kind: self.mark_selection(k))
            marks.addWidget(button)
        clear = QPushButton(self.tr("&No mark"), row)
        clear.setAccessibleName(self.tr("Remove the mark"))
        clear.setAutoDefault(False)
        clear.clicked.connect(lambda: self.mark_selection(None))
        marks.addWidget(clear)
        buttons = QHBoxLayout()
        buttons.addWidget(lead_in)
        buttons.addWidget(row)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.suggestions)
        self.text.textChanged.connect(self._text_changed)

    def _text_changed(self) -> None:
        found = caring_language(self.text.toPlainText())
        tips = [self.tr("\"{found}\": you might say \"{instead}\"").format(
            found=s.found, instead=QCoreApplication.translate("Writing", s.instead))
            for s in found[:3]]
        self.suggestions.setText("  ·  ".join(tips))
        self.suggestions.setVisible(bool(tips))
        self.changed.emit()

    def mark_selection(self, kind: MarkKind | None) -> None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return
        if kind is None:  # the text is plain: its only formats are marks, so all of it goes
            cursor.setCharFormat(QTextCharFormat())
        else:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(MARK_COLOURS[kind]))
            fmt.setForeground(QColor("#000000"))  # readable on the pale mark in any look
            fmt.setProperty(MARK_PROPERTY, kind.value)
            cursor.mergeCharFormat(fmt)
        self.changed.emit()

    def marks(self) -> tuple[Mark, ...]:
        found: list[Mark] = []
        block = self.text.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                kind = fragment.charFormat().property(MARK_PROPERTY)
                if kind:
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if found and found[-1].kind.value == kind and found[-1].end == start:
                        found[-1] = Mark(found[-1].start, end, found[-1].kind)
                    else:
                        found.append(Mark(start, end, MarkKind(kind)))
                it += 1
            block = block.next()
        return tuple(found)

    def set_content(self, text: str, marks: tuple[Mark, ...]) -> None:
        blocked = self.text.blockSignals(True)
        self.text.setPlainText(text)
        for mark in marks:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(min(mark.start, len(text)))
            cursor.setPosition(min(mark.end, len(text)), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(MARK_COLOURS[mark.kind]))
            fmt.setForeground(QColor("#000000"))
            fmt.setProperty(MARK_PROPERTY, mark.kind.value)
            cursor.mergeCharFormat(fmt)
        self.text.blockSignals(blocked)
        self._text_changed()
