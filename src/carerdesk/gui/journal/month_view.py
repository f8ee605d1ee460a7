"""A month at a glance: which days have entries, and which dimensions each day touched."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from carerdesk.domain.dimensions import Dimension
from carerdesk.gui.common import marks
from carerdesk.journal.views import DaySummary
from carerdesk.text.i18n import Context

# The journal window's context, by a name lupdate reads (Context("MainWindow").tr is filed
# under "" and its Welsh would never be found).
MainWindow = Context("MainWindow")


class MonthView(QCalendarWidget):
    """Marks under each day, one per dimension, each with its own colour and shape (named in
    the day's tooltip); a red corner with "!" for a significant event."""

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
        self.setDateTextFormat(QDate(), QTextCharFormat())  # the last page's tooltips go
        for day, summary in summaries.items():
            told = QTextCharFormat()
            told.setToolTip(self.day_said(summary))
            self.setDateTextFormat(QDate(day.year, day.month, day.day), told)
        self.updateCells()

    def day_said(self, summary: DaySummary) -> str:
        """What the marks of a day mean, in words: its tooltip."""
        # The journal window's own words for a count, with their English plural forms.
        said = [MainWindow.tr("%n entries", "", summary.entries)]
        said += [f"{marks.glyph(d)} {marks.title(d)}" for d in Dimension
                 if d in summary.dimensions]
        if summary.significant:
            said.append(self.tr("! a significant event"))
        return "\n".join(said)

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        day = date.toPython()
        summary = self.summaries.get(day) if isinstance(day, dt.date) else None
        if summary is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Five fit in a cell, each in its own place too; never under 6 px, where shapes blur.
        size = max(6, min(rect.height() // 6, (rect.width() - 6) // 6))
        x = rect.left() + 3
        y = rect.bottom() - size - 2
        for dim in Dimension:
            if dim in summary.dimensions:
                marks.draw(painter, dim, QRectF(x, y, size, size))
            x += size + 1
        if not summary.dimensions:  # an entry with no dimension: a grey dot
            painter.setBrush(QColor("#9e9e9e"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(rect.left() + 3, y, size, size)
        if summary.significant:
            corner = QRect(rect.right() - size - 3, rect.top() + 2, size + 2, size + 2)
            painter.setBrush(QColor("#a4262c"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(corner)
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(max(6, size))
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, "!")
        painter.restore()
