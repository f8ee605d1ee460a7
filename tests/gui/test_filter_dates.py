"""The filter bar's From and To, typed as a person types them: a date after today is refused
in words, never turned into today (found by trying: "2026-12-31" became the 3rd as it was
typed, and the list was filtered by a date nobody chose)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QToolTip

TAB = Qt.Key.Key_Tab


def _after_today() -> dt.date:
    """Later this year where it can be: its start ("2026-12-3") is a date in range already."""
    today = dt.date.today()
    later = dt.date(today.year, 12, 31)
    return later if later > today else dt.date(today.year + 1, 1, 1)


def _type_into(qtbot, edit, typed: str) -> None:
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.waitUntil(lambda: edit.lineEdit().selectedText() == edit.lineEdit().text())
    qtbot.keyClicks(edit, typed)


def test_a_to_date_after_today_is_refused_in_words_and_the_filter_stays_any(qtbot, window):
    until = window.filters.until
    before = until.date()
    shown = window.model.rowCount()
    _type_into(qtbot, until, _after_today().isoformat())
    assert until.date() == before, "no date was chosen while typing"
    qtbot.waitUntil(QToolTip.isVisible)
    assert "after today" in QToolTip.text()
    qtbot.keyClick(until, TAB)
    assert until.date() == before and until.text() == "any"
    assert window.model.rowCount() == shown, "the list is not filtered by a date nobody chose"


def test_a_whole_date_before_today_is_taken(qtbot, window):
    until = window.filters.until
    _type_into(qtbot, until, "2026-11-01")
    qtbot.keyClick(until, TAB)
    assert until.date() == QDate(2026, 11, 1)
    assert QApplication.focusWidget() is not until


def test_a_day_that_does_not_exist_is_refused_in_words(qtbot, window):
    since = window.filters.since
    _type_into(qtbot, since, "2025-02-30")
    qtbot.waitUntil(QToolTip.isVisible)
    assert "no such day" in QToolTip.text()
    qtbot.keyClick(since, TAB)
    assert since.text() == "any"
