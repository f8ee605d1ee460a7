"""The supervision summary's charts, drawn with reportlab.graphics (vector, no images)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from carerdesk.domain.dimensions import COLOURS, Dimension
from carerdesk.domain.summary import Summary
from carerdesk.reports import fonts
from carerdesk.text.i18n import translate

WIDTH, HEIGHT = 170 * mm, 54 * mm
INK, GRID = HexColor("#263238"), HexColor("#cfd8dc")


def _drawing() -> Drawing:
    """A chart canvas whose renderer starts in our embedded font, not Helvetica."""
    fonts.register()
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.initialFontName = fonts.SANS
    return drawing


def _title(dim: Dimension) -> str:
    return translate("Dimension", dim.info.title)


def _week_labels(summary: Summary) -> list[str]:
    """A date under every few weeks, so a year's 53 bars stay legible."""
    step = max(1, len(summary.weeks) // 8)
    return [w.strftime("%d %b") if i % step == 0 else "" for i, w in enumerate(summary.weeks)]


def _legend(drawing: Drawing, pairs: list[tuple[str, str]], y: float) -> None:
    legend = Legend()
    legend.x, legend.y = 0, y
    legend.fontName, legend.fontSize = fonts.SANS, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 30 * mm
    legend.colorNamePairs = [(HexColor(c), n) for c, n in pairs]
    drawing.add(legend)


def _heading(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, HEIGHT - 4 * mm, text, fontName=fonts.SANS_BOLD, fontSize=10,
                       fillColor=INK))


def dimensions_by_week(summary: Summary) -> Drawing:
    """Stacked bars: how many entries recorded each dimension, week by week."""
    drawing = _drawing()
    _heading(drawing, translate("Summary", "Dimensions recorded, week by week"))
    counts = summary.dimension_counts()
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 16 * mm
    chart.width, chart.height = WIDTH - 12 * mm, HEIGHT - 30 * mm
    chart.data = [counts[d] for d in Dimension]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = _week_labels(summary)
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars.strokeWidth = 0
    for i, dim in enumerate(Dimension):
        chart.bars[i].fillColor = HexColor(COLOURS[dim])
    drawing.add(chart)
    _legend(drawing, [(COLOURS[d], _title(d)) for d in Dimension], 5 * mm)
    return drawing


def _line(summary: Summary, series: list[list[float | None]], colours: list[str],
          low: float, high: float, title: str, names: list[str]) -> Drawing:
    drawing = _drawing()
    _heading(drawing, title)
    plot = LinePlot()
    plot.x, plot.y = 10 * mm, 16 * mm
    plot.width, plot.height = WIDTH - 12 * mm, HEIGHT - 30 * mm
    points = [[(i, v) for i, v in enumerate(values) if v is not None] for values in series]
    shown = [(p, c, n) for p, c, n in zip(points, colours, names, strict=True) if p]
    plot.data = [p for p, _, _ in shown] or [[(0, low)]]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, max(1, len(summary.weeks) - 1)
    plot.xValueAxis.valueSteps = [i for i, label in enumerate(_week_labels(summary)) if label]
    labels = dict(enumerate(_week_labels(summary)))
    plot.xValueAxis.labelTextFormat = lambda v: labels.get(int(v), "")
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low, high
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.SANS, 7
    plot.yValueAxis.visibleGrid, plot.yValueAxis.gridStrokeColor = 1, GRID
    for i, (_, colour, _) in enumerate(shown):
        plot.lines[i].strokeColor = HexColor(colour)
        plot.lines[i].strokeWidth = 1.4
        plot.lines[i].symbol = makeMarker("FilledCircle", size=2.2,
                                          fillColor=HexColor(colour))
    if not shown:
        plot.lines[0].strokeColor = GRID
        drawing.add(String(WIDTH / 2, HEIGHT / 2, translate("Summary", "Nothing rated yet"),
                           fontName=fonts.SANS, fontSize=9, textAnchor="middle"))
    drawing.add(plot)
    _legend(drawing, [(c, n) for _, c, n in shown], 5 * mm)
    return drawing


def ratings_by_week(summary: Summary) -> Drawing:
    ratings = summary.weekly_ratings()
    return _line(summary, [ratings[d] for d in Dimension], [COLOURS[d] for d in Dimension],
                 0, 10, translate("Summary", "Ratings (0-10), weekly average"),
                 [_title(d) for d in Dimension])


def mood_by_week(summary: Summary) -> Drawing:
    return _line(summary, [summary.weekly_mood()], ["#455a64"], 1, 5,
                 translate("Summary", "The child's mood (1 very upset, 5 very happy), "
                                      "weekly average"),
                 [translate("Summary", "Mood")])
