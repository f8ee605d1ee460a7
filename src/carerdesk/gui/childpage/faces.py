"""Five faces drawn with QPainter (no emoji font needed), each a big checkable button with
its words under it, reachable by Tab and chosen with Space or a click."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from carerdesk.domain.child_voice import Face
from carerdesk.text.i18n import translate

FACE_SIZE = 80  # big enough for a small finger on a touch screen, small enough for 720p
# Warm to cool, soft enough for a child's page; the words, not the colour, say the feeling.
COLOURS = {Face.VERY_SAD: "#9ecae1", Face.SAD: "#c6dbef", Face.OK: "#fff3b0",
           Face.HAPPY: "#ffd580", Face.VERY_HAPPY: "#ffb74d"}
SMILE = {Face.VERY_SAD: -1.0, Face.SAD: -0.5, Face.OK: 0.0, Face.HAPPY: 0.5,
         Face.VERY_HAPPY: 1.0}


def draw_face(painter: QPainter, box: QRectF, face: Face) -> None:
    """A round face; the mouth curves up or down with the feeling."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QPen(QColor("#333333"), max(2.0, box.width() / 24))
    painter.setPen(ink)
    painter.setBrush(QColor(COLOURS[face]))
    inner = box.adjusted(ink.widthF(), ink.widthF(), -ink.widthF(), -ink.widthF())
    painter.drawEllipse(inner)
    w, h, x, y = inner.width(), inner.height(), inner.x(), inner.y()
    painter.setBrush(QColor("#333333"))
    for eye_x in (x + w * 0.34, x + w * 0.66):
        painter.drawEllipse(QPointF(eye_x, y + h * 0.38), w * 0.05, w * 0.06)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    curve = SMILE[face] * h * 0.16
    mouth = QPainterPath(QPointF(x + w * 0.3, y + h * 0.68 - curve / 2))
    mouth.quadTo(QPointF(x + w * 0.5, y + h * 0.68 + curve * 1.5),
                 QPointF(x + w * 0.7, y + h * 0.68 - curve / 2))
    painter.drawPath(mouth)


def face_icon(face: Face, size: int = FACE_SIZE) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_face(painter, QRectF(0, 0, size, size), face)
    painter.end()
    return QIcon(pixmap)


class FaceChooser(QWidget):
    """``chosen`` carries the face picked; ``face()`` is None until one is."""

    chosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Face, QToolButton] = {}
        self.setAccessibleName(translate("ChildVoice", "Choose a face"))
        layout = QHBoxLayout(self)
        layout.setSpacing(18)
        for face in Face:
            button = QToolButton(self)
            words = translate("ChildVoice", face.words)
            button.setText(words)
            button.setAccessibleName(words)
            button.setIcon(face_icon(face))
            button.setIconSize(QSize(FACE_SIZE, FACE_SIZE))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumWidth(FACE_SIZE + 40)
            self.group.addButton(button, int(face))
            self.buttons[face] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda number: self.chosen.emit(Face(number)))

    def face(self) -> Face | None:
        number = self.group.checkedId()
        return Face(number) if number > 0 else None

    def clear(self) -> None:
        self.group.setExclusive(False)  # an exclusive group never lets all go unchecked
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
