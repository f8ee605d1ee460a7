"""Marked words stay readable in every look: dark text on the pale mark (a dark or
high-contrast look would otherwise draw white text on it), and "No mark" takes it all away."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from carerdesk.gui.journal.narrative import MARK_PROPERTY

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    return window.editor


def _format_at(text_edit, position):
    cursor = QTextCursor(text_edit.document())
    cursor.setPosition(position)
    return cursor.charFormat()


def _button(narrative, name):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in narrative.findChildren(QPushButton) if b.accessibleName() == name)


def test_a_marked_word_is_dark_on_its_mark_and_no_mark_clears_it(qtbot, window):
    narrative = _editor(qtbot, window).form.narrative
    qtbot.keyClicks(narrative.text, "She ate her tea")
    qtbot.keyClick(narrative.text, Qt.Key.Key_Home, SHIFT)  # the whole line selected
    qtbot.mouseClick(_button(narrative, "Mark as Fact"), Qt.MouseButton.LeftButton)
    marked = _format_at(narrative.text, 3)
    assert marked.property(MARK_PROPERTY) == "fact"
    assert marked.foreground().color() == QColor("#000000")
    narrative.text.setFocus()
    qtbot.keyClick(narrative.text, Qt.Key.Key_End)
    qtbot.keyClick(narrative.text, Qt.Key.Key_Home, SHIFT)
    qtbot.mouseClick(_button(narrative, "Remove the mark"), Qt.MouseButton.LeftButton)
    plain = _format_at(narrative.text, 3)
    assert not plain.property(MARK_PROPERTY)
    assert plain.foreground().style() == Qt.BrushStyle.NoBrush  # the look's own text colour
    assert narrative.marks() == ()
