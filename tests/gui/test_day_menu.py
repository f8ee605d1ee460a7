"""A right-click on a day of the month view: show that day, write an entry for it, save it as
a PDF; never a menu for a day still to come."""

from __future__ import annotations

import datetime as dt

from helpers import SECRET_TEXT
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QTableView
from test_housekeeping import _pdf_text, _save_as, finished

LEFT = Qt.MouseButton.LeftButton


def _cell(calendar, day: dt.date):
    """The cell a person sees ``day`` in, found by its number in the month shown."""
    calendar.setCurrentPage(day.year, day.month)
    view = calendar.findChild(QTableView)
    for row in range(1, view.model().rowCount()):
        for column in range(view.model().columnCount()):
            index = view.model().index(row, column)
            if str(index.data()) == str(day.day) and (row > 2 or day.day < 15) \
                    and (row < 4 or day.day > 14):
                return view, view.visualRect(index).center()
    raise AssertionError(f"no cell for {day}")


def _right_click_day(qtbot, window, day: dt.date) -> QMenu | None:
    view, centre = _cell(window.month, day)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=centre)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                              view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    popup = QApplication.activePopupWidget()
    return popup if isinstance(popup, QMenu) else None


def _choose(qtbot, menu: QMenu, words: str) -> None:
    action = next(a for a in menu.actions() if words in a.text().replace("&", ""))
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def test_right_click_a_day_and_show_only_that_day(qtbot, window):
    menu = _right_click_day(qtbot, window, dt.date(2026, 11, 1))
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [
        "&Show this day", "&New entry for this day", "&Print this day…",
        "Save this day as P&DF…"]
    _choose(qtbot, menu, "Show this day")
    qtbot.waitUntil(lambda: window.filters.since.date() == QDate(2026, 11, 1))
    assert window.filters.until.date() == QDate(2026, 11, 1)
    assert window.model.rowCount() == 1


def test_a_new_entry_for_the_day_right_clicked(qtbot, window):
    menu = _right_click_day(qtbot, window, dt.date(2026, 11, 3))
    _choose(qtbot, menu, "New entry for this day")
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert window.editor.form.date.date() == QDate(2026, 11, 3)
    window.editor.close_for_lock()
    assert window.workspace.journal.drafts() == []  # nothing typed: no draft left behind


def test_save_the_day_right_clicked_as_pdf(qtbot, window, tmp_path):
    menu = _right_click_day(qtbot, window, dt.date(2026, 11, 1))
    seen = _save_as(qtbot, tmp_path / "day.pdf")
    _choose(qtbot, menu, "Save this day as PDF")
    qtbot.waitUntil(lambda: (tmp_path / "day.pdf").exists())
    finished(seen)
    assert "carerdesk-day-2026-11-01.pdf" in seen["suggested"][0]
    assert SECRET_TEXT in _pdf_text(tmp_path / "day.pdf")


def test_no_menu_for_a_day_still_to_come(qtbot, window):
    """The last cell of this month's page is always in the month after."""
    today = dt.date.today()
    window.month.setCurrentPage(today.year, today.month)
    view = window.month.findChild(QTableView)
    last = view.model().index(view.model().rowCount() - 1, view.model().columnCount() - 1)
    assert window.month.date_at(last.row(), last.column()) > today
    centre = view.visualRect(last).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, centre, view.viewport().mapToGlobal(centre)))
    assert QApplication.activePopupWidget() is None
    first = view.model().index(1, 0)  # and the first cell is the day Qt draws there
    assert str(first.data()) == str(window.month.date_at(1, 0).day)
