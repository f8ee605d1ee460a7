"""A month at a glance: which days have entries, and which dimensions each day touched."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget

from carerdesk.gui.common.render import DIMENSION_COLOURS
from carerdesk.journal.views import DaySummary


class MonthView(QCalendarWidget):
    """Dots under each day: one colour per dimension; a red corner for a significant event."""

    month_shown = Signal(object, object)  # first and last day of the page

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summaries: dict[dt.date, DaySummary] = {}
        self.setGridVisible(True)
        self.setMaximumDate(QDate.currentDate())
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(self.tr("Month view: days with entries"))
        self.currentPageChanged.connect(lambda year, month: self._announce(year, month))
        self._name_parts()

    def _name_parts(self) -> None:
        """QCalendarWidget's own navigation controls come unnamed for screen readers."""
        names = {"qt_calendar_yearedit": self.tr("Year"),
                 "qt_calendar_prevmonth": self.tr("Previous month"),
                 "qt_calendar_nextmonth": self.tr("Next month"),
                 "qt_calendar_monthbutton": self.tr("Choose the month"),
                 "qt_calendar_yearbutton": self.tr("Choose the year"),
                 "qt_calendar_calendarview": self.tr("Days of the month")}
        for widget in self.findChildren(QWidget):
            if widget.objectName() in names:
                widget.setAccessibleName(names[widget.objectName()])

    def _announce(self, year: int, month: int) -> None:
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        self.month_shown.emit(first, last)

    def date_at(self, row: int, column: int) -> dt.date | None:
        """The day drawn in a cell of the calendar's table (row 0 names the days), worked
        out as Qt lays the page out: the first of the month never in the first column."""
        if row < 1:
            return None
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        offset = (first.isoweekday() - self.firstDayOfWeek().value) % 7
        offset += 7 if offset < 1 else 0
        return first + dt.timedelta(days=(row - 1) * 7 + column - offset)

    def page_holds(self, day: dt.date) -> bool:
        """Whether ``day`` is among the six weeks on show (the month and its edges)."""
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        return first - dt.timedelta(days=7) <= day <= first + dt.timedelta(days=45)

    def refresh_page(self) -> None:
        self._announce(self.yearShown(), self.monthShown())

    def set_summaries(self, summaries: dict[dt.date, DaySummary]) -> None:
        self.summaries = summaries
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        summary = self.summaries.get(date.toPython())
        if summary is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = max(4, min(rect.height() // 7, (rect.width() - 6) // 6))  # five fit in a cell
        x = rect.left() + 3
        y = rect.bottom() - size - 2
        for dim, colour in DIMENSION_COLOURS.items():
            if dim in summary.dimensions:
                painter.setBrush(QColor(colour))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(x, y, size, size)
            x += size + 1
        if not summary.dimensions:  # an entry with no dimension: a grey dot
            painter.setBrush(QColor("#9e9e9e"))
            painter.drawEllipse(rect.left() + 3, y, size, size)
        if summary.significant:
            painter.setBrush(QColor("#a4262c"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(rect.right() - size - 1, rect.top() + 2, size, size)
        painter.restore()
