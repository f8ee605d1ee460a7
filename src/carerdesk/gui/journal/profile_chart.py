"""A small chart of the change between two profiles: for each area, the rating before (grey)
and now (coloured) as bars from the middle line, -3 on the left to +3 on the right."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from carerdesk.domain.profile_scale import SCALE_MAX, AreaChange, signed
from carerdesk.gui.common.crash import never_raises

BEFORE, UP, DOWN, SAME = QColor("#9e9e9e"), QColor("#2e7d32"), QColor("#c62828"), QColor(
    "#1565c0")
ROW, LABEL_WIDTH, MARGIN = 30, 190, 8


def colour_of(change: AreaChange) -> QColor:
    return {"up": UP, "down": DOWN}.get(change.direction, SAME)


class ProfileChart(QWidget):
    """``show_change([(title, AreaChange), ...])``; a screen reader gets the same in words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, AreaChange]] = []
        self.setAccessibleName(self.tr("Chart of the change, from -3 to +3"))
        self.setMinimumSize(360, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(480, self._height())

    def _height(self) -> int:
        return MARGIN * 2 + ROW * max(len(self.rows), 1) + 18

    def show_change(self, rows: list[tuple[str, AreaChange]]) -> None:
        self.rows = list(rows)
        self.setFixedHeight(self._height())
        self.setAccessibleDescription("; ".join(
            self.tr("{area}: before {before}, now {now}").format(
                area=title, before=signed(c.before), now=signed(c.after))
            for title, c in self.rows))
        self.update()

    @never_raises(None)
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        left = min(LABEL_WIDTH, self.width() // 3)
        plot = QRectF(left + MARGIN, MARGIN, self.width() - left - 2 * MARGIN,
                      ROW * max(len(self.rows), 1))
        unit = plot.width() / (2 * SCALE_MAX)
        middle = plot.left() + plot.width() / 2
        painter.setPen(QPen(text.lighter(250) if text.lightness() < 128 else text.darker(250)))
        for step in range(-SCALE_MAX, SCALE_MAX + 1):
            x = middle + step * unit
            painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
            painter.drawText(QRectF(x - 12, plot.bottom() + 2, 24, 16),
                             Qt.AlignmentFlag.AlignCenter, signed(step))
        for i, (title, change) in enumerate(self.rows):
            top = plot.top() + i * ROW
            painter.setPen(text)
            painter.drawText(QRectF(2, top, left, ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                              left - 4))
            self._bar(painter, middle, unit, top + 5, change.before, BEFORE)
            self._bar(painter, middle, unit, top + 15, change.after, colour_of(change))
        painter.setPen(QPen(text, 2))
        painter.drawLine(int(middle), int(plot.top()), int(middle), int(plot.bottom()))
        painter.end()

    @staticmethod
    def _bar(painter: QPainter, middle: float, unit: float, top: float, value: int | None,
             colour: QColor) -> None:
        if value is None:
            return
        width = max(abs(value) * unit, 3.0)  # a zero still shows as a sliver on the line
        x = middle if value >= 0 else middle - width
        painter.fillRect(QRectF(x, top, width, 9), colour)
