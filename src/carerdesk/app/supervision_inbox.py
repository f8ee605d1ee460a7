"""Supervision packages coming in: a report imported by the social worker, opened with its
summary drawn again here; a supervision record read by the carer. The CLI and the GUI call
these."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.input_errors import UnreadableFile
from carerdesk.domain.roles import Role
from carerdesk.exchange import ImportResult, OpenedReport, PublicKey
from carerdesk.exchange.package import MAX_PACKAGE
from carerdesk.reports.summary_pdf import summary_pdf


def open_report(workspace: Workspace, typed: str) -> OpenedReport:
    """An imported report with its summary drawn again here, from the report data that was
    signed and imported, by this CarerDesk's own code: what the social worker reads is what
    the data says, never the PDF the carer's copy drew (kept in the package for older
    readers)."""
    opened = workspace.exchange.open_report(typed)
    return replace(opened, pdf=summary_pdf(opened.report))


def read_package(path: Path) -> bytes:
    """A package file, never reading more than a package can be."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACKAGE + 1)
    except IsADirectoryError:
        raise ReportRefused("not-a-package", str(path)) from None
    except OSError:
        raise UnreadableFile("file", str(path)) from None
    if len(data) > MAX_PACKAGE:
        raise ReportRefused("too-large", str(path))
    return data


def agency_keys() -> list[PublicKey]:
    """The agency keys whose vouch for a carer's key is trusted: the preset's ``[agency]
    public_key`` (docs/report-format.md, "Vouching"), when the preset names one."""
    from carerdesk.app import preset
    from carerdesk.exchange import parse_key_line

    line = getattr(preset.active(), "agency_key", None)
    return [parse_key_line(line, "", Role.SUPERVISOR)] if line else []


def import_file(workspace: Workspace, path: Path) -> ImportResult:
    """Import one package file; the refusal names the file."""
    try:
        return workspace.exchange.import_package(read_package(path), agency_keys())
    except ReportRefused as exc:
        if not exc.path:
            exc.path = str(path)
        raise
