"""The ecomap drawn in a PDF (the summary's people section, the closed record's): the child
in the middle, each person in a box with their name and role, a line to the child.

Readable in greyscale: a kind is told by its box and its line, not by colour alone (birth
family and brothers and sisters: a heavy edge and a solid line; friends and other children: a
light edge, a solid line; the team around the child: a dashed edge and a dashed line). Another
fostered child is shown by initials only. Positions come from ``ecomap_layout``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from carerdesk.domain.input_errors import NotInitials
from carerdesk.domain.profile import Living, PersonRole
from carerdesk.domain.profile import initials as profile_initials
from carerdesk.domain.sibling_parts import initials
from carerdesk.domain.text import shown_safely
from carerdesk.reports import fonts
from carerdesk.reports.ecomap_layout import GROUP_OF, Box, ecomap_layout
from carerdesk.text.i18n import translate

INK, SOFT = HexColor("#263238"), HexColor("#546e7a")
_LOOK: dict[str, tuple[float, Color, tuple[float, ...] | None]] = {
    # group: (edge width, fill, dash)
    "family": (1.8, HexColor("#eceff1"), None),
    "siblings": (1.8, HexColor("#eceff1"), None),
    "friends": (0.8, white, None),
    "other": (0.8, white, (1, 2)),
    "team": (1.0, white, (4, 2)),
}
NAME_SIZE, ROLE_SIZE = 7.8, 6.8
BOX_WIDTH, BOX_HEIGHT = 116.0, 36.0
MAX_HEIGHT = 200 * mm  # an A4 frame less a heading and the key


@dataclass(frozen=True)
class MapPerson:
    """What the picture needs of someone: their name (or the child's name for them), role,
    and for a brother or sister where they live."""

    name: str
    role: PersonRole
    family_name: str | None = None
    living: Living | None = None

    @property
    def label(self) -> str:
        if self.role is PersonRole.FOSTERED_CHILD:  # initials only, whatever was stored
            try:
                return profile_initials(self.name)
            except NotInitials:
                return initials(self.name)
        if self.family_name and self.family_name != self.name:
            return f"{self.family_name} ({self.name})"
        return self.name

    @property
    def role_line(self) -> str:
        role = translate("Profile", self.role.title)
        if self.living is Living.TOGETHER:
            return translate("Ecomap", "{role}, lives with the child").format(role=role)
        if self.living is Living.APART:
            return translate("Ecomap", "{role}, lives apart").format(role=role)
        return role


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrapped(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """``text`` in at most ``most`` lines of ``width`` points, the last cut if need be."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", font, size) <= width:
            line += " " + words.pop(0)
        if stringWidth(line, font, size) > width:  # one long word: cut, the rest goes on
            lines.append(_fit(line, font, size, width))
            continue
        lines.append(line)
    if words:
        lines.append(_fit(" ".join(words), font, size, width))
    return lines


def _box(d: Drawing, box: Box, lines: Sequence[tuple[str, str, float, Color]], edge: float,
         fill: Color, dash: tuple[float, ...] | None) -> None:
    d.add(Rect(box.x - box.width / 2, box.y - box.height / 2, box.width, box.height, rx=5,
               ry=5, strokeColor=INK, strokeWidth=edge, fillColor=fill,
               strokeDashArray=list(dash) if dash else None))
    leading = 8.6
    top = box.y + (len(lines) - 1) * leading / 2 - 2.6
    for n, (text, font, size, ink) in enumerate(lines):
        d.add(String(box.x, top - n * leading, text, fontName=font, fontSize=size,
                     fillColor=ink, textAnchor="middle"))


def _lines(person: MapPerson, width: float) -> list[tuple[str, str, float, Color]]:
    """The name in up to two lines, the role in what is left of three."""
    room = width - 8
    role = _wrapped(person.role_line, fonts.SANS, ROLE_SIZE, room, 2)
    name = _wrapped(shown_safely(person.label), fonts.SANS_BOLD, NAME_SIZE, room,
                    3 - len(role) if len(role) > 1 else 2)
    if len(name) + len(role) > 3:
        role = [_fit(person.role_line, fonts.SANS, ROLE_SIZE, room)]
    return ([(line, fonts.SANS_BOLD, NAME_SIZE, INK) for line in name]
            + [(line, fonts.SANS, ROLE_SIZE, SOFT) for line in role])


def ecomap_drawing(child: str, people: Sequence[MapPerson], width: float) -> Drawing:
    fonts.register()
    layout = ecomap_layout([p.role for p in people], width, BOX_WIDTH, BOX_HEIGHT)
    d = Drawing(layout.width, layout.height)
    for person, box in zip(people, layout.people, strict=True):
        edge, _fill, dash = _LOOK[GROUP_OF[person.role]]
        d.add(Line(layout.child.x, layout.child.y, box.x, box.y, strokeColor=SOFT,
                   strokeWidth=max(edge * 0.7, 0.6), strokeDashArray=list(dash) if dash
                   else None))
    for person, box in zip(people, layout.people, strict=True):
        edge, fill, dash = _LOOK[GROUP_OF[person.role]]
        _box(d, box, _lines(person, box.width), edge, fill, dash)
    name = _wrapped(shown_safely(child), fonts.SANS_BOLD, 10.0, layout.child.width - 8, 2)
    _box(d, layout.child, [(line, fonts.SANS_BOLD, 10.0, INK) for line in name], 2.4, white,
         None)
    return d


class EcomapFlowable(Flowable):  # type: ignore[misc]  # reportlab has no types
    """The drawing, scaled down to the frame when a long list of people makes it too tall."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing, self.scale = drawing, 1.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        w, h = self.drawing.width, self.drawing.height
        self.scale = min(1.0, available_width / w, MAX_HEIGHT / h)  # a page holds it
        return w * self.scale, h * self.scale

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        self.drawing.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def key_text() -> str:
    return translate("Ecomap", "Heavy edge: birth family, brothers and sisters. Light edge: "
                               "friends and other children in the home. Dotted: someone else. "
                               "Dashed: the team around the child.")
