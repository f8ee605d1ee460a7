"""A supervision report from the carer's side: gather a period, draw its summary, seal it for
the social worker (with the key files it is sealed to). The CLI and the GUI call these."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carerdesk.app.files import write_file
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import Refused
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.input_errors import DateOrder
from carerdesk.domain.report import Notes, PeriodReport, ReportEntry, SharedPage
from carerdesk.domain.report_parts import (
    ReportPerson,
    ReportProfile,
    ReportRecord,
    records_for_period,
)
from carerdesk.domain.roles import Role
from carerdesk.domain.sibling_parts import for_child
from carerdesk.domain.values import not_in_future
from carerdesk.exchange import PublicKey
from carerdesk.reports.summary_pdf import summary_pdf
from carerdesk.text.i18n import translate

Progress = Callable[[int, str], None]  # percent done, what is happening


@dataclass(frozen=True)
class Export:
    report: PeriodReport
    pdf: bytes
    package: bytes | None  # None for a preview


def _quiet(percent: int, step: str) -> None:
    pass


def period_report(workspace: Workspace, child: str, since: dt.date, until: dt.date,
                  notes: Notes = Notes(), today: dt.date | None = None) -> PeriodReport:
    """Everything recorded about ``child`` from ``since`` to ``until``, both included."""
    not_in_future(until, "until", today)
    not_in_future(since, "since", today)  # and from 1900 on, as every record date
    notes = notes.validated()
    if since > until:
        raise DateOrder("since", since.isoformat())
    journal = workspace.journal
    found = journal.child(child)
    entries = journal.entries(EntryFilter(child_id=found.id, since=since, until=until),
                              limit=1_000_000)
    household = journal.household()
    names = {c.id: c.name for c in journal.children()}
    mine = [(e, for_child(e.content, found.id, names)) for e in reversed(entries)]
    pages = tuple(SharedPage(p.title, p.when, p.story)  # words only: no photo is read
                  for p in workspace.lifestory.page_texts(found.id) if p.in_reports)
    profile = workspace.profiles.profile(found.id)
    return PeriodReport(
        carer=(household.carers or household.name) if household else "",
        household=household.name if household else "",
        agency=household.agency if household else None,
        child=found.name, child_born=found.born, since=since, until=until,
        made_at=dt.datetime.now(dt.UTC),
        # a sibling entry: only what was shared with this child, the others by initials
        entries=tuple(ReportEntry(e.id, e.version, c, e.starred) for e, c in mine
                      if c is not None),
        notes=notes, pages=pages,
        profile=ReportProfile(found.placed, profile.child.ended, dict(profile.parts)),
        people=tuple(ReportPerson.of(p.details, p.id) for p in workspace.people.people(found.id)),
        records=records_for_period(
            [ReportRecord(d.kind, d.id, d.version, d.date, d.content)
             for d in workspace.documents.of_child(found.id, until)], since, until),
        last_supervision=workspace.loop.last_for(found.id, until))


def export(workspace: Workspace, child: str, since: dt.date, until: dt.date,
           recipients: list[PublicKey], notes: Notes = Notes(),
           progress: Progress = _quiet, save_to: Path | None = None,
           pdf_to: Path | None = None) -> Export:
    """The summary PDF and, when there are recipients, the sealed package.

    With ``save_to`` the package (and the PDF, with ``pdf_to``) is written there whole, and
    only then is the report listed as sent: a write that fails (StorageFailed: a full disk,
    a read-only folder) leaves no new file of this report behind and nothing in the list. With
    no ``save_to`` the package is handed to the caller, and listed as sent at once."""
    if workspace.role is not Role.CARER:
        raise Refused(translate("Supervision", "Reports are exported from a carer's vault. "
                                "This vault belongs to a supervising social worker."))
    progress(5, translate("Supervision", "Gathering the entries…"))
    report = period_report(workspace, child, since, until, notes)
    if not report.entries:
        raise Refused(translate("Supervision", "{child} has no entries from {since} to {until}, "
                                "so there is nothing to report.").format(
            child=report.child, since=since.isoformat(), until=until.isoformat()))
    progress(30, translate("Supervision", "Drawing the summary…"))
    pdf = summary_pdf(report)
    if not recipients:
        return Export(report, pdf, None)
    progress(75, translate("Supervision", "Signing and encrypting…"))
    child_id = workspace.journal.child(child).id
    package = workspace.exchange.seal(report, pdf, recipients, child_id,
                                      record=save_to is None)
    if save_to is not None:
        _save(workspace, report, package, pdf, child_id, Path(save_to), pdf_to)
    progress(100, translate("Supervision", "Done"))
    return Export(report, pdf, package)


def _save(workspace: Workspace, report: PeriodReport, package: bytes, pdf: bytes,
          child_id: str, save_to: Path, pdf_to: Path | None) -> None:
    """Every file written whole, then the line in "Reports you sent"; all or nothing."""
    written: list[Path] = []
    try:
        for path, data in ((pdf_to, pdf), (save_to, package)):  # the package last
            if path is not None:
                existed = Path(path).exists()
                write_file(Path(path), data)
                if not existed:  # only a file this made is taken away again
                    written.append(Path(path))
        workspace.exchange.record_sent(report, package, child_id)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


