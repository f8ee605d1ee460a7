"""The ecomap: the child in the middle, the people around them, drawn from the records.

Family and friends sit on the left half of the circle, the team around the child on the right,
so that the two groups are easy to see apart."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from carerdesk.domain.profile import PersonRole
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.widgets import shown
from carerdesk.gui.journal.people_panel import role_title

FAMILY = (PersonRole.BIRTH_FAMILY, PersonRole.SIBLING, PersonRole.FRIEND,
          PersonRole.FOSTERED_CHILD, PersonRole.OTHER)
COLOURS = {"family": QColor("#2e7d32"), "team": QColor("#1565c0")}
BOX_WIDTH, BOX_HEIGHT = 190, 40


def placed_around(people: list, width: float, height: float) -> list[tuple[object, QPointF]]:
    """Each person's centre: family on the left half, the team on the right."""
    centre, radius = QPointF(width / 2, height / 2), min(width * 0.36, height * 0.38)
    family = [p for p in people if p.details.role in FAMILY]
    team = [p for p in people if p.details.role not in FAMILY]
    spots = []
    for group, start in ((family, 90.0), (team, -90.0)):
        for i, person in enumerate(group):
            angle = math.radians(start + 180.0 * (i + 1) / (len(group) + 1))
            spots.append((person, QPointF(centre.x() + radius * math.cos(angle),
                                          centre.y() - radius * math.sin(angle))))
    return spots


class Ecomap(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.child_name, self.people = "", []
        self.setAccessibleName(self.tr("Ecomap: the child and the people around them"))
        self.setMinimumSize(420, 320)

    def sizeHint(self) -> QSize:
        return QSize(760, 480)

    def show_people(self, child_name: str, people: list) -> None:
        self.child_name, self.people = child_name, list(people)
        names = ", ".join(shown(p.details.name) for p in self.people)
        self.setAccessibleDescription(names)  # what the picture shows, for a screen reader
        self.update()

    @never_raises(None)
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        text = self.palette().color(QPalette.ColorRole.Text)
        centre = QPointF(self.width() / 2, self.height() / 2)
        spots = placed_around(self.people, self.width(), self.height())
        for person, spot in spots:
            painter.setPen(QPen(self._colour(person), 2))
            painter.drawLine(centre, spot)
        for person, spot in spots:
            self._box(painter, spot, self._label(person), self._colour(person), text)
        self._box(painter, centre, shown(self.child_name), text, text, bold=True)
        if not self.people:
            painter.setPen(text)
            painter.drawText(self.rect().adjusted(0, 0, 0, -20),
                             Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                             self.tr("Add the people around the child on the People tab."))
        painter.end()

    def _colour(self, person) -> QColor:
        return COLOURS["family" if person.details.role in FAMILY else "team"]

    def _label(self, person) -> str:
        d = person.details
        name = shown(d.family_name or d.name)
        return f"{name}\n{role_title(d.role)}"

    def _box(self, painter: QPainter, at: QPointF, label: str, edge: QColor, ink: QColor,
             bold: bool = False) -> None:
        font = painter.font()
        font.setBold(bold)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, BOX_WIDTH - 8)
                 for line in label.split("\n")]
        height = max(BOX_HEIGHT, metrics.height() * len(lines) + 8)
        box = QRectF(at.x() - BOX_WIDTH / 2, at.y() - height / 2, BOX_WIDTH, height)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(ink)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
