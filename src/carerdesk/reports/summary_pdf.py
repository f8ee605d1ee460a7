"""The supervision summary: a period of one child's records, for the carer and their social
worker to read together, built around the child.

In the order a supervision takes it: the first page (headline, what went well, significant
events with who was told and when, the carer's questions; summary_front); goals, profiles and
Secure Base reviews with the change since the last report (summary_plan); the people around
the child with their ecomap (summary_people); family time, health
and education, the child's own words, the carer's wellbeing (summary_life); each dimension's
chosen moments and, as an appendix, every entry in full with its marks (summary_log).

The carer's CarerDesk draws it at export, and the social worker's draws it again from the
report data it imported, with this same code (app.supervision_inbox.open_report).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from carerdesk.domain.report import PeriodReport
from carerdesk.domain.summary import Summary
from carerdesk.domain.summary_records import RecordsSummary
from carerdesk.reports import fonts
from carerdesk.reports.summary_front import front
from carerdesk.reports.summary_life import life
from carerdesk.reports.summary_log import appendix, dimensions
from carerdesk.reports.summary_people import people
from carerdesk.reports.summary_plan import plan
from carerdesk.reports.summary_style import MARGIN, NumberedCanvas
from carerdesk.text.i18n import translate


def summary_pdf(report: PeriodReport) -> bytes:
    """The whole summary as PDF bytes, in memory (never a temp file)."""
    fonts.register()
    summary, records = Summary(report), RecordsSummary(report)
    out = io.BytesIO()
    title = translate("Summary", "Supervision summary: {child}, {since} to {until}").format(
        child=report.child, since=report.since.isoformat(), until=report.until.isoformat()
    )
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=title,
        author=report.carer,
        subject=translate("Summary", "Supervision summary"),
        creator="CarerDesk",
        pageCompression=1,
        initialFontName=fonts.SANS,
    )
    footer = translate("Summary", "{child} · {since} to {until} · confidential").format(
        child=report.child, since=report.since.isoformat(), until=report.until.isoformat()
    )
    story = front(report, summary, records) + plan(summary, records) + people(report)
    story += life(report, summary, records) + dimensions(summary) + appendix(summary)
    doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, footer=footer, **k))
    return out.getvalue()
