"""A Secure Base dimension's mark: a colour and a shape of its own, so that a person who
cannot tell the colours apart (or sees them in high contrast) still tells the marks apart.
The same shapes are drawn in the month view and written as glyphs in the timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF

from carerdesk.domain.dimensions import COLOURS, Dimension

SHAPES = {Dimension.AVAILABILITY: "circle", Dimension.SENSITIVITY: "diamond",
          Dimension.ACCEPTANCE: "triangle", Dimension.COOPERATION: "square",
          Dimension.FAMILY_MEMBERSHIP: "house"}
GLYPHS = {"circle": "●", "diamond": "◆", "triangle": "▲", "square": "■", "house": "⬟"}


def glyph(dimension: Dimension) -> str:
    return GLYPHS[SHAPES[dimension]]


def title(dimension: Dimension) -> str:
    return QCoreApplication.translate("Dimension", dimension.info.title)


def glyph_html(dimension: Dimension) -> str:
    """The mark as rich text, named for a tooltip."""
    return (f'<span style="color:{COLOURS[dimension]}" title="{title(dimension)}">'
            f"{glyph(dimension)}</span>")


def draw(painter: QPainter, dimension: Dimension, box: QRectF) -> None:
    """The dimension's shape in its colour, filling ``box``; a dark edge keeps a pale
    colour visible on a pale or a dark background."""
    painter.setBrush(QColor(COLOURS[dimension]))
    painter.setPen(QColor("#202124"))
    shape = SHAPES[dimension]
    left, top, right, bottom = box.left(), box.top(), box.right(), box.bottom()
    middle_x, middle_y = box.center().x(), box.center().y()
    if shape == "circle":
        painter.drawEllipse(box)
    elif shape == "square":
        painter.drawRect(box)
    else:
        points = {"diamond": [(middle_x, top), (right, middle_y), (middle_x, bottom),
                              (left, middle_y)],
                  "triangle": [(middle_x, top), (right, bottom), (left, bottom)],
                  "house": [(middle_x, top), (right, middle_y), (right, bottom),
                            (left, bottom), (left, middle_y)]}[shape]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]),
                            Qt.FillRule.WindingFill)
