"""A drop-down that adds an entry as evidence acts only on a choice made in its list: a wheel
turn over it scrolls the page, an arrow key opens the list (found by trying the Profiles page:
each notch of the wheel added the next journal entry as evidence)."""

from __future__ import annotations

from person import wheel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _health_pick(qtbot, window):
    row = window.children_list.visualRect(window.children_list.model().index(1, 0)).center()
    qtbot.mouseClick(window.children_list.viewport(), LEFT, pos=row)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    health = dialog.needs.form.areas["health"]
    last_text = list(health.texts.values())[-1]
    qtbot.mouseClick(last_text.viewport(), LEFT)  # the field above it, then Tab: chosen
    qtbot.keyClick(last_text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is health.pick
    return dialog, health


def test_the_wheel_over_the_evidence_list_adds_nothing(qtbot, window):
    dialog, health = _health_pick(qtbot, window)
    before = health.linked.text()
    for steps in (-1, -2, 1):
        wheel(health.pick, steps)
    assert health.linked.text() == before, "a wheel turn added an entry as evidence"
    assert health.pick.currentIndex() == 0
    dialog.reject()


def test_an_arrow_key_opens_the_list_and_enter_chooses(qtbot, window):
    dialog, health = _health_pick(qtbot, window)
    before = health.linked.text()
    qtbot.keyClick(health.pick, Qt.Key.Key_Down)
    assert health.linked.text() == before, "browsing chose nothing"
    qtbot.waitUntil(health.pick.view().isVisible)
    view = health.pick.view()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert "2026-11-01" in health.linked.text(), "Enter in the list chose the entry"
    dialog.reject()
