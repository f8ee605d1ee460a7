"""The summary's look, shared by its sections: styles, paragraphs, tables, dates, the footer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from carerdesk.reports import fonts
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import translate

INK, SOFT, RULE = HexColor("#263238"), HexColor("#546e7a"), HexColor("#cfd8dc")
SAFEGUARDING = HexColor("#a4262c")  # the only red: significant events and their gaps
MARGIN = 18 * mm
FULL = A4[0] - 2 * MARGIN


def tr(text: str) -> str:
    return translate("Summary", text)


def style(size: float = 10, bold: bool = False, colour: Any = INK, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle("s", fontName=fonts.SANS_BOLD if bold else fonts.SANS,
                          fontSize=size, leading=size * 1.4, textColor=colour, **kw)


BODY, SMALL = style(10), style(8.5, colour=SOFT)
H1 = style(16, True, spaceBefore=6, spaceAfter=4)
H2 = style(12.5, True, spaceBefore=8, spaceAfter=3)
H3 = style(10.5, True, spaceBefore=2)
FLAG = style(10, True, colour=SAFEGUARDING)


def esc(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br/>")


def p(text: str | None, st: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(esc(text), st)


def markup(text: str, st: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of markup already escaped by the caller."""
    return Paragraph(text, st)


def labelled(label: str, text: str | None, st: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", st)


def table(rows: list[Any], widths: list[float], *styles: tuple[Any, ...]) -> Table:
    """A table whose cells use our embedded font (reportlab sets Helvetica otherwise)."""
    made = Table(rows, colWidths=widths, repeatRows=0)
    made.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), *styles]))
    return made


def day(value: dt.date) -> str:
    return strftime(value, "%a %d %b %Y")


def short_day(value: dt.date) -> str:
    return strftime(value, "%d %b %Y")


def moment(value: dt.datetime) -> str:
    return strftime(value.astimezone(), "%d %b %Y %H:%M")


# The contexts a (context, source) pair from the domain may name, each written out so that
# lupdate and the literal-context check see every one.
_CONTEXTS: dict[str, Callable[[str], str]] = {
    "Goals": lambda source: translate("Goals", source),
    "Dimension": lambda source: translate("Dimension", source),
    "SecureBaseGuide": lambda source: translate("SecureBaseGuide", source),
    "Events": lambda source: translate("Events", source),
    "Category": lambda source: translate("Category", source),
}


def ctx(pair: tuple[str, str]) -> str:
    """A (context, source) pair translated; an empty context is the agency's own words."""
    context, source = pair
    return _CONTEXTS[context](source) if context else source


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    """Holds pages back until the end so each can say "Page 3 of 12"."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(fonts.SANS, 8)
            self.setFillColor(SOFT)
            self.drawString(MARGIN, 10 * mm, self._footer)
            page = translate("Summary", "Page {n} of {total}").format(
                n=number, total=len(self._pages))
            self.drawRightString(A4[0] - MARGIN, 10 * mm, page)
            super().showPage()
        super().save()
