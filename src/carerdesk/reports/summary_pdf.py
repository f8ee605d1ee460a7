"""The supervision summary: a period of one child's records, for the carer and their social
worker to read together. Cover, charts at a glance, then the Secure Base dimensions with the
carer's own examples, significant events, family time, the child's words, reflections and
the questions the carer wants to bring."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from carerdesk.domain.categories import SIGNIFICANT_EVENT_TITLES, Category
from carerdesk.domain.dimensions import COLOURS, OBSERVATION_PARTS, Dimension
from carerdesk.domain.report import PeriodReport, ReportEntry
from carerdesk.domain.summary import Movement, Summary
from carerdesk.domain.values import Observation
from carerdesk.reports import charts, fonts
from carerdesk.text.i18n import Context, translate

Counts = Context("Counts")  # plurals on the summary pages

INK, SOFT, RULE = HexColor("#263238"), HexColor("#607d8b"), HexColor("#cfd8dc")
MARGIN = 18 * mm


def _tr(text: str) -> str:
    return translate("Summary", text)


def _style(size: float = 10, bold: bool = False, colour: Any = INK,
           **kw: Any) -> ParagraphStyle:
    return ParagraphStyle("s", fontName=fonts.SANS_BOLD if bold else fonts.SANS,
                          fontSize=size, leading=size * 1.4, textColor=colour, **kw)


BODY, SMALL = _style(10), _style(8.5, colour=SOFT)
H1, H2, H3 = _style(18, True, spaceBefore=4, spaceAfter=6), _style(13, True, spaceBefore=8,
                                                                   spaceAfter=4), _style(10.5, True)


def _p(text: str | None, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def _table(rows: list[Any], widths: list[float], *styles: tuple[Any, ...]) -> Table:
    """A table whose cells use our embedded font (reportlab sets Helvetica otherwise)."""
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), *styles]))
    return table


def _day(day: dt.date) -> str:
    return day.strftime("%a %d %b %Y")


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
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
            self.drawRightString(A4[0] - MARGIN, 10 * mm, _tr("Page {n} of {total}").format(
                n=number, total=len(self._pages)))
            super().showPage()
        super().save()


def summary_pdf(report: PeriodReport) -> bytes:
    """The whole summary as PDF bytes, in memory (never a temp file)."""
    fonts.register()
    summary = Summary(report)
    out = io.BytesIO()
    title = _tr("Supervision summary: {child}, {since} to {until}").format(
        child=report.child, since=report.since.isoformat(), until=report.until.isoformat())
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=18 * mm, title=title,
                            author=report.carer, subject=_tr("Supervision summary"),
                            creator="CarerDesk", pageCompression=1,
                            initialFontName=fonts.SANS)
    footer = _tr("{child} · {since} to {until} · confidential").format(
        child=report.child, since=report.since.isoformat(), until=report.until.isoformat())
    story = _cover(report) + _glance(summary) + _dimensions(summary) + _events(summary)
    story += _family_and_health(summary) + _voices(summary) + _carer(summary)
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer=footer, **k))
    return out.getvalue()


def _cover(report: PeriodReport) -> list[Any]:
    rows = [
        (_tr("Child"), report.child),
        (_tr("Carer"), report.carer),
        (_tr("Household"), report.household),
        (_tr("Agency"), report.agency or "—"),
        (_tr("Period"), _tr("{since} to {until}").format(since=_day(report.since),
                                                         until=_day(report.until))),
        (_tr("Made"), report.made_at.astimezone().strftime("%d %b %Y %H:%M")),
        (_tr("Entries"), str(len(report.entries))),
    ]
    table = _table([[_p(k, H3), _p(v)] for k, v in rows], [40 * mm, 120 * mm],
                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE))
    flow = [Spacer(1, 40 * mm), _p(_tr("Supervision summary"), _style(28, True)),
            _p(report.child, _style(20, colour=SOFT)), Spacer(1, 12 * mm), table]
    if report.notes.headline:
        flow += [Spacer(1, 10 * mm), _p(_tr("In a sentence"), H2), _p(report.notes.headline)]
    return flow + [Spacer(1, 10 * mm), _p(_tr(
        "Written by the foster carer in CarerDesk, shaped by the Secure Base model "
        "(Schofield and Beek). Confidential: about a child in care."), SMALL), PageBreak()]


def _glance(summary: Summary) -> list[Any]:
    r = summary.report
    facts = " · ".join((
        Counts.tr("%n entries", "", len(r.entries)),
        Counts.tr("on %n days", "", summary.days_recorded),
        _tr("significant events: {significant}").format(significant=len(summary.significant())),
        _tr("in the child's own words: {voices}").format(voices=len(summary.voices()))))
    rows = [[_p(_tr("Dimension"), H3), _p(_tr("Helps the child to"), H3),
             _p(_tr("Recorded"), H3), _p(_tr("Ratings, earlier and later"), H3)]]
    for dim in Dimension:
        move = summary.movement(dim)
        rows.append([_p(translate("Dimension", dim.info.title), _style(10, True,
                                                                       HexColor(COLOURS[dim]))),
                     _p(translate("Dimension", dim.info.helps_child_to)),
                     _p(str(summary.recorded(dim))), _p(_movement(move))])
    table = _table(rows, [38 * mm, 62 * mm, 22 * mm, 52 * mm],
                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE))
    return [_p(_tr("At a glance"), H1), _p(facts), Spacer(1, 4 * mm), table,
            Spacer(1, 6 * mm), charts.dimensions_by_week(summary), Spacer(1, 3 * mm),
            charts.ratings_by_week(summary), Spacer(1, 3 * mm), charts.mood_by_week(summary),
            PageBreak()]


def _movement(move: Movement) -> str:
    if move.earlier is None:
        return _tr("not rated")
    if move.later is None:
        return _tr("{value:.1f} (one rating)").format(value=move.earlier)
    change = move.later - move.earlier  # move.change, both halves rated
    if change > 0.25:
        text = _tr("{a:.1f} then {b:.1f}: up ({n} ratings)")
    elif change < -0.25:
        text = _tr("{a:.1f} then {b:.1f}: down ({n} ratings)")
    else:
        text = _tr("{a:.1f} then {b:.1f}: steady ({n} ratings)")
    return text.format(a=move.earlier, b=move.later, n=move.count)


def _dimensions(summary: Summary) -> list[Any]:
    flow: list[Any] = [_p(_tr("The five dimensions"), H1)]
    for dim in Dimension:
        info = dim.info
        head = [_p(translate("Dimension", info.title), _style(13, True, HexColor(COLOURS[dim]),
                                                              spaceBefore=8)),
                _p(_tr("Helps the child to {benefit}. The carer is thinking: {thinking}").format(
                    benefit=translate("Dimension", info.helps_child_to),
                    thinking=translate("Dimension", info.carer_thinking)), SMALL)]
        examples = summary.examples(dim)
        if not examples:
            flow += [KeepTogether(head + [_p(_tr("No example recorded in this period."))])]
            continue
        flow += head
        for entry, obs in examples:
            parts = [_p(_day(entry.content.date) + _rating(obs), H3)]
            for key, label in OBSERVATION_PARTS:
                if getattr(obs, key):
                    parts.append(Paragraph(f"<b>{escape(translate('Dimension', label))}:</b> "
                                           f"{escape(getattr(obs, key))}", BODY))
            flow.append(KeepTogether(parts + [Spacer(1, 2 * mm)]))
    return flow + [PageBreak()]


def _rating(obs: Observation) -> str:
    bits = []
    if obs.rating is not None:
        bits.append(_tr("rated {n}/10").format(n=obs.rating))
    if obs.rating_birth is not None:
        bits.append(_tr("birth family {n}/10").format(n=obs.rating_birth))
    return f" · {', '.join(bits)}" if bits else ""


def _dated(entries: list[ReportEntry], text: Callable[[ReportEntry], str],
           empty: str) -> list[Any]:
    if not entries:
        return [_p(empty)]
    rows = [[_p(_day(e.content.date), SMALL), _p(text(e))] for e in entries]
    return [_table(rows, [32 * mm, 142 * mm], ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE))]


def _events(summary: Summary) -> list[Any]:
    def describe(e: ReportEntry) -> str:
        sig = e.content.significant
        assert sig is not None  # summary.significant() keeps only these
        told = sig.who_was_told or _tr("not recorded")
        when = sig.told_at.astimezone().strftime("%d %b %Y %H:%M") if sig.told_at else "—"
        lines = [translate("Category", SIGNIFICANT_EVENT_TITLES[sig.kind]), e.content.text,
                 _tr("Told: {who}, {when}").format(who=told, when=when)]
        if sig.next_steps:
            lines.append(_tr("Next: {steps}").format(steps=sig.next_steps))
        return "\n".join(line for line in lines if line)

    return [_p(_tr("Significant events"), H1)] + _dated(
        summary.significant(), describe, _tr("No significant events in this period."))


def _family_and_health(summary: Summary) -> list[Any]:
    flow = [CondPageBreak(60 * mm), _p(_tr("Family time"), H2)]
    flow += _dated(summary.family_time(), _entry_text, _tr("No family time recorded."))
    flow += [CondPageBreak(60 * mm), _p(_tr("Health and education"), H2)]
    flow += _dated(summary.in_category(Category.HEALTH, Category.MEDICATION,
                                       Category.EDUCATION),
                   _entry_text, _tr("Nothing about health or education recorded."))
    return flow


def _entry_text(e: ReportEntry) -> str:
    c = e.content
    fm = c.observations.get(Dimension.FAMILY_MEMBERSHIP)
    return c.text or (fm.what_happened if fm and fm.what_happened else "") or (c.voice or "")


def _voices(summary: Summary) -> list[Any]:
    flow = [CondPageBreak(60 * mm), _p(_tr("In the child's own words"), H2)]
    return flow + _dated(summary.voices(), lambda e: f"“{e.content.voice}”",
                         _tr("No words of the child's recorded."))


def _carer(summary: Summary) -> list[Any]:
    notes = summary.report.notes
    flow = [CondPageBreak(60 * mm), _p(_tr("The carer's reflections"), H2)]
    flow += _dated(summary.reflections(), lambda e: e.content.reflection or "",
                   _tr("No reflections recorded."))
    flow += [CondPageBreak(40 * mm), _p(_tr("To bring to supervision"), H2),
             _p(notes.questions or _tr("Nothing added."))]
    flow += [_p(_tr("The carer's own wellbeing and support wanted"), H2),
             _p(notes.wellbeing or _tr("Nothing added."))]
    if summary.report.pages:
        flow += [CondPageBreak(40 * mm), _p(_tr("Life-story pages shared"), H2)]
        for page in summary.report.pages:
            flow += [_p(page.title + (f" · {page.when}" if page.when else ""), H3),
                     _p(page.story)]
    return flow
