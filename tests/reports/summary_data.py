"""Reports made in memory for the summary's tests (no vault), and the PDF read back as text."""

from __future__ import annotations

import datetime as dt
import subprocess
from typing import Any

from carerdesk.domain.record_kinds import codec_for
from carerdesk.domain.report import Notes, PeriodReport, ReportEntry
from carerdesk.domain.report_parts import ReportRecord
from carerdesk.domain.values import EntryContent
from carerdesk.reports.summary_pdf import summary_pdf

CHILD_ID = "c0ffee00-0000-4000-8000-000000000001"
SINCE, UNTIL = dt.date(2026, 9, 1), dt.date(2026, 9, 30)


def entry(day: dt.date, text: str = "", n: int = 0, **fields: Any) -> ReportEntry:
    content = EntryContent(date=day, child_ids=(CHILD_ID,), text=text, **fields)
    return ReportEntry(f"e{day.isoformat()}-{n:03d}", 1, content)


def record(kind: str, value: Any, record_id: str) -> ReportRecord:
    codec = codec_for(kind)
    return ReportRecord(kind, record_id, 1, codec.day(value), codec.dump(value))


def report(entries: list[ReportEntry], records: list[ReportRecord] = (),  # type: ignore[assignment]
           notes: Notes = Notes(), since: dt.date = SINCE,
           until: dt.date = UNTIL) -> PeriodReport:
    return PeriodReport(carer="Sam and Alex Example", household="The Example family",
                        agency="Hillside", child="Leo Sample", child_born=dt.date(2016, 2, 2),
                        since=since, until=until,
                        made_at=dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC),
                        entries=tuple(entries), notes=notes, records=tuple(records))


def pages(made: PeriodReport, tmp_path) -> list[str]:
    """The summary's text, page by page, as pdftotext reads it (reading order)."""
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(summary_pdf(made))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return text.split("\f")


def squashed(text: str) -> str:
    """Words joined by single spaces: a wrapped line reads as one."""
    return " ".join(text.split())


def section(text: str, start: str, end: str) -> str:
    """The text from the heading ``start`` to the next heading ``end``."""
    flat = squashed(text)
    begin = flat.index(start)
    return flat[begin:flat.index(end, begin)]
