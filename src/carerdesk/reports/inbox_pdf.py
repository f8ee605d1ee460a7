"""The social worker's two small PDFs beside the summary: the entry list of one report (every
entry in full with its marks, as the summary's appendix prints it) and their own notes on it.
Both in memory, never a temp file."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

from carerdesk.domain.report import PeriodReport
from carerdesk.domain.summary import Summary
from carerdesk.reports import fonts
from carerdesk.reports.summary_log import appendix
from carerdesk.reports.summary_style import H1, MARGIN, SMALL, NumberedCanvas, moment, p
from carerdesk.text.i18n import translate


def _build(story: list[Any], title: str, footer: str, author: str) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=18 * mm, title=title, author=author,
                            creator="CarerDesk", pageCompression=1,
                            initialFontName=fonts.SANS)
    doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, footer=footer, **k))
    return out.getvalue()


def _footer(report: PeriodReport) -> str:
    return translate("InboxPdf", "{child} · {since} to {until} · confidential").format(
        child=report.child, since=report.since.isoformat(), until=report.until.isoformat())


def entry_list_pdf(report: PeriodReport) -> bytes:
    """Every entry of the report's period, oldest first, with the carer's marks."""
    fonts.register()  # before any paragraph is made with the fonts' names
    title = translate("InboxPdf", "Entries: {child}, {since} to {until}").format(
        child=report.child, since=report.since.isoformat(), until=report.until.isoformat())
    story: list[Any] = [p(title, H1), p(translate(
        "InboxPdf", "From {carer}'s report; %n entries.", None, len(report.entries)).format(
        carer=report.carer), SMALL), Spacer(1, 3 * mm)]
    flow = appendix(Summary(report))
    story += [part for part in flow[2:] if not isinstance(part, PageBreak)]  # its own heading
    return _build(story, title, _footer(report), report.carer)


def notes_pdf(report: PeriodReport, notes: Sequence[tuple[dt.datetime, str]],
              reviewed: dt.datetime | None, author: str = "") -> bytes:
    """The social worker's notes on one report, oldest first, each with when it was written."""
    fonts.register()
    title = translate("InboxPdf", "Supervision notes: {child}, {since} to {until}").format(
        child=report.child, since=report.since.isoformat(), until=report.until.isoformat())
    story: list[Any] = [p(title, H1), p(translate(
        "InboxPdf", "On {carer}'s report. Reviewed: {reviewed}.").format(
        carer=report.carer, reviewed=moment(reviewed) if reviewed else
        translate("InboxPdf", "not yet")), SMALL), Spacer(1, 3 * mm)]
    for written, text in notes:
        story += [p(moment(written), SMALL), p(text), Spacer(1, 2 * mm)]
    if not notes:
        story.append(p(translate("InboxPdf", "No notes written yet.")))
    return _build(story, title, _footer(report), author)
