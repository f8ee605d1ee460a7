"""What a person does with a window, as events: a wheel turn, a choice in a drop-down.

A wheel turn goes to the window through Qt's window-system interface (QTest.wheelEvent), as a
real mouse's does: Qt itself finds the widget under the pointer, applies its focus policy and
passes the turn up to the parents.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

WHEEL_INPUTS = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)


def wheel(widget: QWidget, steps: int = -3, at: QPoint | None = None) -> None:
    """Turn the wheel ``steps`` notches (negative: towards the user) over ``widget``."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None, "the window is shown"
    local = at if at is not None else widget.rect().center()
    in_window = QPointF(widget.mapTo(window, local))
    for _ in range(abs(steps)):
        QTest.wheelEvent(handle, in_window, QPoint(0, 120 if steps > 0 else -120))
    QApplication.processEvents()


def value_of(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    if isinstance(widget, QTabBar):
        return widget.currentIndex()
    if isinstance(widget, QCheckBox):
        return widget.checkState()
    raise TypeError(widget)


def wheel_inputs(window: QWidget) -> list[QWidget]:
    """Every visible input a wheel could change, in the window or its current tab pages."""
    found = [w for w in window.findChildren(QWidget)
             if isinstance(w, WHEEL_INPUTS) and not isinstance(w, QScrollBar)
             and w.isVisibleTo(window) and w.isEnabled()]
    return [w for w in found if w.window() is window]  # a calendar's pop-up is its own


def scroll_into_view(widget: QWidget) -> None:
    """As a person would scroll to it: with the scroll bar, not the wheel."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None and hasattr(parent, "ensureWidgetVisible"):
        parent.ensureWidgetVisible(widget)
        QApplication.processEvents()


def choose_by_key(qtbot, combo: QComboBox, index: int) -> None:
    """Give the drop-down focus with a click, then move with the arrow keys to ``index``."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the list
    popup = QApplication.activePopupWidget()
    if popup is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)  # closes it; the focus stays on the box
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        before = combo.currentIndex()
        qtbot.keyClick(combo, key)
        assert combo.currentIndex() != before, "the arrow key moves the choice"


def choose_by_click(qtbot, combo: QComboBox, index: int) -> None:
    """Open the list with a click and click the item."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # Qt ignores a release sooner than this
    view = combo.view()
    rect = view.visualRect(view.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def click_day(qtbot, calendar, day) -> None:
    """Click the cell of ``day`` in a QCalendarWidget (its page turned to that month)."""
    from PySide6.QtWidgets import QTableView

    calendar.setCurrentPage(day.year(), day.month())
    view = calendar.findChild(QTableView)
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if str(index.data()) != str(day.day()):
                continue
            rect = view.visualRect(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            if calendar.selectedDate() == day:
                return
    raise AssertionError(f"no cell for {day.toString()}")


def unlock_by_typing(qtbot, controller):
    """Type the passphrase into the controller's unlock window and press Return, as a person
    does; the journal window once it shows."""
    from helpers import PASSPHRASE

    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    return controller.window
