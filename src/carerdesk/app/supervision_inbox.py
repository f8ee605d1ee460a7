"""Supervision packages coming in: a report imported by the social worker, opened with its
summary drawn again here; a supervision record read by the carer. The CLI and the GUI call
these."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from carerdesk.app.package_files import agency_keys, read_package
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import ReportRefused
from carerdesk.exchange import ImportResult, OpenedReport
from carerdesk.reports.summary_pdf import summary_pdf


def open_report(workspace: Workspace, typed: str) -> OpenedReport:
    """An imported report with its summary drawn again here, from the report data that was
    signed and imported, by this CarerDesk's own code: what the social worker reads is what
    the data says, never the PDF the carer's copy drew (kept in the package for older
    readers)."""
    opened = workspace.exchange.open_report(typed)
    return replace(opened, pdf=summary_pdf(opened.report))


def import_file(workspace: Workspace, path: Path) -> ImportResult:
    """Import one package file; the refusal names the file."""
    try:
        return workspace.exchange.import_package(read_package(path), agency_keys())
    except ReportRefused as exc:
        if not exc.path:
            exc.path = str(path)
        raise
