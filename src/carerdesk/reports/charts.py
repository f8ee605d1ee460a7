"""The supervision summary's charts, drawn with reportlab.graphics (vector, no images).

Honest by construction: a line joins only neighbouring weeks (or months) that both have data,
never across a gap; a part week at either end of the period is shaded and starred; a period
longer than about a quarter is drawn by month; every series has its own marker and dash
pattern and is labelled at its end, so a greyscale print reads without colour. The palette
is Okabe-Ito's (safe for colour-blind readers); red is kept for safeguarding alone.
No chart counts how much the carer wrote.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm

from carerdesk.domain.dimensions import COLOURS, Dimension
from carerdesk.domain.summary import BIRTH, FOSTER, Summary
from carerdesk.reports import fonts
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import translate

WIDTH, HEIGHT = 170 * mm, 64 * mm
LEFT, RIGHT_LABELS, BOTTOM, TOP = 9 * mm, 40 * mm, 17 * mm, 9 * mm
INK, GRID, PART = HexColor("#263238"), HexColor("#cfd8dc"), HexColor("#eceff1")
BIRTH_COLOUR = "#000000"
LABEL_GAP = 3.2 * mm  # direct labels closer than this are pushed apart

# Markers and dashes by dimension: each series can be told apart without its colour.
MARKERS = {
    Dimension.AVAILABILITY: "FilledCircle",
    Dimension.SENSITIVITY: "FilledSquare",
    Dimension.ACCEPTANCE: "FilledTriangle",
    Dimension.COOPERATION: "FilledDiamond",
    Dimension.FAMILY_MEMBERSHIP: "FilledStarSix",
}
DASHES: dict[Dimension, list[float] | None] = {
    Dimension.AVAILABILITY: None,
    Dimension.SENSITIVITY: [5, 2],
    Dimension.ACCEPTANCE: [1.2, 1.8],
    Dimension.COOPERATION: [6, 2, 1.2, 2],
    Dimension.FAMILY_MEMBERSHIP: [3, 1.5],
}


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    marker: str
    dash: list[float] | None
    values: list[float | None]


def tr(text: str) -> str:
    return translate("Summary", text)


def _drawing() -> Drawing:
    """A chart canvas whose renderer starts in our embedded font, not Helvetica."""
    fonts.register()
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.initialFontName = fonts.SANS
    return drawing


def _text(
    drawing: Drawing,
    x: float,
    y: float,
    text: str,
    size: float = 7,
    anchor: str = "start",
    bold: bool = False,
    colour: Color = INK,
) -> None:
    drawing.add(
        String(
            x,
            y,
            text,
            fontName=fonts.SANS_BOLD if bold else fonts.SANS,
            fontSize=size,
            fillColor=colour,
            textAnchor=anchor,
        )
    )


def _bucket_labels(summary: Summary) -> list[str]:
    """A date under every few buckets so a long period stays legible; a part week or month at
    either end is starred, and a regular label beside it is dropped so none collide."""
    count = len(summary.buckets)
    step = max(1, (count + 7) // 8)
    shown = {i for i in range(count) if i % step == 0}
    for end in (0, count - 1):
        if summary.buckets[end].part:
            shown = {i for i in shown if abs(i - end) >= step or i == end} | {end}
    labels = []
    for i, bucket in enumerate(summary.buckets):
        text = strftime(bucket.start, "%b %y" if summary.monthly else "%d %b")
        labels.append((text + ("*" if bucket.part else "")) if i in shown else "")
    return labels


def _runs(values: list[float | None]) -> list[list[tuple[int, float]]]:
    """Stretches of neighbouring buckets that all have a value."""
    runs: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for i, value in enumerate(values):
        if value is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((i, value))
    return runs + ([current] if current else [])


def _spread(wanted: list[tuple[float, int]], low: float, high: float) -> dict[int, float]:
    """Label heights pushed apart so none overlaps, kept inside [low, high]."""
    placed: dict[int, float] = {}
    last = low - LABEL_GAP
    for y, key in sorted(wanted):
        y = max(y, last + LABEL_GAP)
        placed[key], last = y, y
    overflow = last - high
    if overflow > 0:
        placed = {k: v - overflow for k, v in placed.items()}
    return placed


def line_chart(
    summary: Summary, series: list[Series], low: float, high: float, title: str, ticks: list[float]
) -> Drawing:
    drawing = _drawing()
    _text(drawing, 0, HEIGHT - 4 * mm, title, 10, bold=True)
    n = len(summary.buckets)
    width, height = WIDTH - LEFT - RIGHT_LABELS, HEIGHT - BOTTOM - TOP
    slot = float(width / n)

    def x_at(i: float) -> float:
        return float(LEFT + (i + 0.5) * slot)

    def y_at(v: float) -> float:
        return float(BOTTOM + (v - low) / (high - low) * height)

    for i, bucket in enumerate(summary.buckets):
        if bucket.part:
            drawing.add(
                Rect(LEFT + i * slot, BOTTOM, slot, height, fillColor=PART, strokeColor=None)
            )
    for tick in ticks:
        drawing.add(
            Line(LEFT, y_at(tick), LEFT + width, y_at(tick), strokeColor=GRID, strokeWidth=0.4)
        )
        _text(drawing, LEFT - 1.5 * mm, y_at(tick) - 2.2, f"{tick:g}", 6.5, "end")
    for i, label in enumerate(_bucket_labels(summary)):
        if label:
            _text(drawing, x_at(i), BOTTOM - 3.5 * mm, label, 6.5, "middle")
    ends: list[tuple[float, int]] = []
    for key, one in enumerate(series):
        colour = HexColor(one.colour)
        for run in _runs(one.values):
            if len(run) > 1:
                points = [c for i, v in run for c in (x_at(i), y_at(v))]
                drawing.add(
                    PolyLine(points, strokeColor=colour, strokeWidth=1.3, strokeDashArray=one.dash)
                )
            for i, v in run:
                drawing.add(
                    makeMarker(
                        one.marker,
                        x=x_at(i),
                        y=y_at(v),
                        size=6,
                        fillColor=colour,
                        strokeColor=INK,
                        strokeWidth=0.3,
                    )
                )
        last = next(
            ((i, v) for i, v in reversed(list(enumerate(one.values))) if v is not None), None
        )
        if last is not None:
            ends.append((y_at(last[1]), key))
    label_x = LEFT + width + 2 * mm
    for key, y in _spread(ends, BOTTOM, BOTTOM + height).items():
        one = series[key]
        drawing.add(
            makeMarker(
                one.marker,
                x=label_x + 1.5 * mm,
                y=y + 1,
                size=6,
                fillColor=HexColor(one.colour),
                strokeColor=INK,
                strokeWidth=0.3,
            )
        )
        _text(drawing, label_x + 4 * mm, y - 1.2, one.name, 7)
    if not ends:
        _text(
            drawing,
            LEFT + width / 2,
            BOTTOM + height / 2,
            translate("Summary", "Nothing rated yet"),
            9,
            "middle",
        )
    if any(b.part for b in summary.buckets):
        _text(
            drawing,
            0,
            2 * mm,
            translate("Summary", "* Shaded: a part month, not all of it in the period.")
            if summary.monthly
            else translate("Summary", "* Shaded: a part week, not all of it in the period."),
            6.5,
        )
    return drawing


def _title(dim: Dimension) -> str:
    return translate("Dimension", dim.info.title)


def ratings_chart(summary: Summary) -> Drawing | None:
    """The entries' ratings (0-10) by week or month, the birth family's drawn too; None when
    no entry of the period has a rating."""
    series = []
    for (dim, which), values in summary.rating_series().items():
        if which == BIRTH:
            name = translate("Summary", "Birth family")
            series.append(Series(name, BIRTH_COLOUR, "Circle", [2, 2], values))
        else:
            family = dim is Dimension.FAMILY_MEMBERSHIP and which == FOSTER
            name = translate("Summary", "Our family") if family else _title(dim)
            series.append(Series(name, COLOURS[dim], MARKERS[dim], DASHES[dim], values))
    shown = [s for s in series if any(v is not None for v in s.values)]
    if not shown:
        return None
    title = (
        translate("Summary", "Ratings in the entries (0-10), monthly average")
        if summary.monthly
        else translate("Summary", "Ratings in the entries (0-10), weekly average")
    )
    return line_chart(summary, shown, 0, 10, title, [0, 2, 4, 6, 8, 10])


def mood_chart(summary: Summary) -> Drawing | None:
    values = summary.mood_series()
    if all(v is None for v in values):
        return None
    title = (
        translate("Summary", "The child's mood (1 very upset, 5 very happy), monthly average")
        if summary.monthly
        else translate("Summary", "The child's mood (1 very upset, 5 very happy), weekly average")
    )
    return line_chart(
        summary,
        [Series(translate("Summary", "Mood"), "#000000", "FilledCircle", None, values)],
        1,
        5,
        title,
        [1, 2, 3, 4, 5],
    )
