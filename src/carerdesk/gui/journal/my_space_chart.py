"""A small chart of how I have been: one point per week or month (the average of its
check-ins) on the five-point scale, joined where weeks follow on, a gap where there was no
check-in (never drawn as a low). A screen reader gets the same in words."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from carerdesk.domain.carer_space import HowIAm, Period, TrendPoint
from carerdesk.gui.common.crash import never_raises
from carerdesk.text.i18n import translate

LINE = QColor("#1565c0")
LABEL_WIDTH, MARGIN, FOOT = 96, 10, 26
LOWEST, HIGHEST = int(min(HowIAm)), int(max(HowIAm))


class TrendChart(QWidget):
    """``show_trend(points, by)``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.points: list[TrendPoint] = []
        self.by = Period.WEEK
        self.setAccessibleName(self.tr("How you have been, as a chart"))
        self.setMinimumSize(320, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(440, 180)

    def label(self, point: TrendPoint) -> str:
        if self.by is Period.WEEK:
            return point.start.strftime("%d/%m")
        return point.start.strftime("%m/%y")

    def show_trend(self, points: list[TrendPoint], by: Period) -> None:
        self.points, self.by = list(points), by
        said = []
        for p in self.points:
            if p.average is None:
                said.append(self.tr("{when}: no check-in").format(when=p.start.isoformat()))
            else:
                said.append(self.tr("{when}: {average:.1f} of 5").format(
                    when=p.start.isoformat(), average=p.average))
        self.setAccessibleDescription("; ".join(said))
        self.update()

    @never_raises(None)
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        plot = QRectF(LABEL_WIDTH, MARGIN, self.width() - LABEL_WIDTH - 2 * MARGIN,
                      self.height() - 2 * MARGIN - FOOT)
        self._scale(painter, plot, text)
        self._line(painter, plot, text)
        painter.end()

    def _y(self, plot: QRectF, value: float) -> float:
        share = (value - LOWEST) / (HIGHEST - LOWEST)
        return plot.bottom() - share * plot.height()

    def _x(self, plot: QRectF, index: int) -> float:
        if len(self.points) < 2:
            return plot.center().x()
        return plot.left() + index * plot.width() / (len(self.points) - 1)

    def _scale(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        grid = text.lighter(250) if text.lightness() < 128 else text.darker(250)
        metrics = painter.fontMetrics()
        for how in HowIAm:
            y = self._y(plot, int(how))
            painter.setPen(QPen(grid))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            word = metrics.elidedText(translate("CarerSpace", how.title),
                                      Qt.TextElideMode.ElideRight, LABEL_WIDTH - 6)
            painter.drawText(QRectF(2, y - 9, LABEL_WIDTH - 6, 18),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, word)
        # every label if they fit side by side, else every second or third one
        wide = max((metrics.horizontalAdvance(self.label(p)) for p in self.points), default=0)
        room = plot.width() / max(len(self.points) - 1, 1)
        step = max(1, int((wide + 8) // max(room, 1)) + 1)
        for i, point in enumerate(self.points):
            if (len(self.points) - 1 - i) % step:
                continue  # the newest always has its label
            painter.drawText(QRectF(self._x(plot, i) - wide / 2 - 4, plot.bottom() + 8,
                                    wide + 8, FOOT - 8),
                             Qt.AlignmentFlag.AlignCenter, self.label(point))

    def _line(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        before: QPointF | None = None
        for i, point in enumerate(self.points):
            if point.average is None:
                before = None  # a gap: the line is not carried across it
                continue
            here = QPointF(self._x(plot, i), self._y(plot, point.average))
            if before is not None:
                painter.setPen(QPen(LINE, 2))
                painter.drawLine(before, here)
            painter.setPen(QPen(text, 1))
            painter.setBrush(LINE)
            painter.drawEllipse(here, 4, 4)
            before = here
        if not any(p.average is not None for p in self.points):
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                             self.tr("No check-ins in this time yet."))
