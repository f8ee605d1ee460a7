"""The Entry history window (Ctrl+H) has a Close button, reached by click or Alt+C, as the
child's history window has: not only the title bar's × or Escape."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from carerdesk.gui.journal.history import HistoryDialog

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _history(qtbot, window) -> HistoryDialog:
    window.timeline.setCurrentIndex(window.model.index(0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HistoryDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize("how", ["click", "alt+c"])
def test_the_close_button_closes_the_entry_history(qtbot, window, how):
    dialog = _history(qtbot, window)
    assert dialog.close_button.isVisible() and dialog.close_button.text() == "&Close"
    if how == "click":
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
