"""Supervision between carer and social worker: the report dialog and the summary, the
inbox and its caseload, a new carer's key, the supervision record and the carer's actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from carerdesk.app.workspace import Workspace

from . import OUT, PASSPHRASE, settle


def supervision(app: QApplication, workspace, tmp: Path) -> None:
    """The carer's report dialog, a page of the summary, and the social worker's inbox."""
    import subprocess

    from carerdesk.app import supervision_export as sv
    from carerdesk.domain.report import Notes
    from carerdesk.domain.roles import Role
    from carerdesk.gui.reports.export_dialog import ExportDialog
    from carerdesk.gui.reports.inbox_window import InboxWindow

    worker, _ = Workspace.create(tmp / "social-worker", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Sam Okafor")
    workspace.exchange.add_recipient(worker.exchange.public_key(), default=True)
    child = workspace.journal.children()[0]
    until = dt.date.today()
    since = until - dt.timedelta(days=83)
    dialog = ExportDialog(workspace, child.id)
    dialog.since.setDate(since)
    dialog.questions.setPlainText("How can we help with the move to secondary school?")
    dialog.show()
    dialog.make_preview()
    while dialog.operation.running or len(dialog.preview.pages) < 2:
        settle(app, 100)
    dialog.preview.verticalScrollBar().setValue(dialog.preview.pages[1].y())
    settle(app)
    dialog.grab().save(str(OUT / "export-dialog.png"))
    dialog.close()
    made = sv.export(workspace, child.id, since, until, [worker.exchange.public_key()],
                     Notes("A settled month, with one worry at school.",
                           "How can we help with the move to secondary school?"))
    pdf = tmp / "summary.pdf"
    pdf.write_bytes(made.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(OUT / "summary-glance")], check=True)
    package = tmp / "report.cdreport"
    package.write_bytes(made.package)
    worker.exchange.import_package(package.read_bytes())
    inbox = InboxWindow(worker)
    inbox.show()  # fitted to the screen by the window policy, as in the app
    report_id = worker.exchange.reports()[0].package_id
    worker.exchange.add_note(report_id, "Talk about the school visit plan.")
    inbox.select(report_id)
    while len(inbox.preview.pages) < 2:
        settle(app, 100)
    settle(app)
    inbox.preview.verticalScrollBar().setValue(inbox.preview.pages[1].y())
    settle(app)
    inbox.grab().save(str(OUT / "supervisor-inbox.png"))
    inbox.close()
    worker.lock()


def caseload(app: QApplication, workspace, tmp: Path) -> None:
    """The social worker's caseload: the demo carer's children, reported on month by month,
    beside four more carers whose signed reports are made straight from report data."""
    import uuid

    from carerdesk.app import supervision_export as sv
    from carerdesk.domain.events import EventDetail, TellRole, Told
    from carerdesk.domain.report import Notes, PeriodReport, ReportEntry
    from carerdesk.domain.roles import Role
    from carerdesk.domain.values import EntryContent, SignificantEvent
    from carerdesk.exchange import package, payload
    from carerdesk.exchange.keys import Identity
    from carerdesk.gui.reports.inbox_window import InboxWindow

    worker, _ = Workspace.create(tmp / "caseload", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Sam Okafor")
    key, today = worker.exchange.public_key(), dt.date.today()
    for child in workspace.journal.children():
        for month in (2, 1):
            until = today - dt.timedelta(days=30 * (month - 1) + 3)
            made = sv.export(workspace, child.id, until - dt.timedelta(days=27), until, [key])
            worker.exchange.import_package(made.package)
    pdf = made.pdf
    others = {"The Okonkwo family": [("Amara", 12), ("Tobi", 47)], "Rhys and Dafydd": [
        ("Cerys", 70)], "The Nowak family": [("Kacper", 20)], "Gwen Pritchard": [("Leo", 33)]}
    for n, (carer, children) in enumerate(others.items()):
        identity, sender_id = Identity.generate(), str(uuid.uuid4())
        sender = identity.public(carer, Role.CARER)
        for child, ago in children:
            until = today - dt.timedelta(days=ago)
            since = until - dt.timedelta(days=27)
            entries = [ReportEntry(str(uuid.uuid4()), 1, EntryContent(
                date=since + dt.timedelta(days=i), child_ids=("c",),
                text="We cooked tea together and talked about the weekend."))
                for i in range(0, 28, 2)]
            if n == 0 and child == "Tobi":  # told the social worker, not yet the service
                at = dt.datetime.combine(until, dt.time(18), dt.UTC)
                entries.append(ReportEntry(str(uuid.uuid4()), 1, EntryContent(
                    date=until, child_ids=("c",), text="Tobi ran off after an argument.",
                    significant=SignificantEvent.of(EventDetail(
                        "missing-from-home", at - dt.timedelta(hours=2),
                        what_happened="Tobi left after an argument and came back at 8pm.",
                        told=(Told("Sam Okafor", TellRole.SUPERVISING_SOCIAL_WORKER, at),))))))
            report = PeriodReport(carer, carer, None, child, None, since, until,
                                  dt.datetime.now(dt.UTC), tuple(entries), Notes())
            worker.exchange.import_package(package.seal(payload.build(report, pdf), identity,
                                                        sender, sender_id, [key]))
        if n % 2 == 0:
            worker.exchange.confirm_carer(sender.fingerprint)
    inbox = InboxWindow(worker)
    inbox.show()
    while not inbox.caseload_page.progress.isHidden():
        settle(app, 100)
    settle(app)
    inbox.grab().save(str(OUT / "caseload.png"))
    inbox.close()
    worker.lock()


def trust_and_loop(app: QApplication, workspace, tmp: Path) -> None:
    """A new carer's key and its question; the supervision record; the carer's actions."""
    from carerdesk.app import supervision_export as sv
    from carerdesk.domain.roles import Role
    from carerdesk.domain.supervision import AgreedAction, SupervisionContent
    from carerdesk.gui.reports.confirm_carer import ConfirmCarerBox
    from carerdesk.gui.reports.returned_dialog import SupervisionBackDialog
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    worker, _ = Workspace.create(tmp / "social-worker-loop", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Priya Shah")
    workspace.exchange.add_recipient(worker.exchange.public_key(), "Priya Shah")
    child = workspace.journal.children()[0]
    until = dt.date.today() - dt.timedelta(days=10)
    made = sv.export(workspace, child.id, until - dt.timedelta(days=27), until,
                     [worker.exchange.public_key()])
    item = worker.exchange.import_package(made.package).item
    box = ConfirmCarerBox(item.carer, item.carer_fingerprint)
    box.show()
    settle(app)
    box.grab().save(str(OUT / "confirm-carer.png"))
    box.close()
    worker.exchange.confirm_carer(item.carer_fingerprint)
    held = until + dt.timedelta(days=4)
    worker.loop.write(item.package_id, SupervisionContent(
        held, "Priya Shah (SSW), the carers",
        "The move to secondary school; the visit plan; the family time on Saturdays.",
        (AgreedAction("Ask the school about a quiet start in the mornings", "Carer",
                      held + dt.timedelta(days=14)),
         AgreedAction("Book the respite weekend for half term", "Priya (SSW)",
                      held + dt.timedelta(days=3)),
         AgreedAction("Share the life-story book's first pages", "Carer",
                      held + dt.timedelta(days=28))),
        "You kept the evening routine steady through a hard month, and it shows."))
    form = SupervisionRecordDialog(worker, worker.exchange.reports()[0])
    form.show()
    settle(app)
    form.grab().save(str(OUT / "supervision-record.png"))
    form.close()
    workspace.loop.import_record(worker.loop.seal_record(item.package_id))
    workspace.loop.mark_done(workspace.loop.returned()[0].id, 2)
    back = SupervisionBackDialog(workspace)
    back.show()
    settle(app)
    back.grab().save(str(OUT / "carer-actions.png"))
    back.close()
    worker.lock()


def closed_record(app: QApplication, workspace, tmp: Path) -> None:
    """A child's record handed over and read in the social worker's inbox as the closed
    record: an entry with its earlier version and why it changed."""
    from carerdesk.domain.roles import Role
    from carerdesk.gui.reports.inbox_window import InboxWindow

    worker, _ = Workspace.create(tmp / "social-worker-closed", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Sam Okafor")
    child = workspace.journal.children()[1]  # the one with life-story photos and a page
    entry = next(e for e in workspace.journal.entries() if child.id in e.content.child_ids)
    workspace.journal.amend_text(entry.id, f"{entry.content.text} Later she said sorry.",
                                 "added what happened at bedtime")
    package = tmp / "closed.cdhandover"
    workspace.handover.make_file(child.id, [worker.exchange.public_key()], package)
    worker.handover.import_file(package)
    inbox = InboxWindow(worker)
    inbox.show()
    inbox.closed_action.trigger()
    settle(app, 800)
    page = inbox.closed_page
    page.open_record(page.current_id())
    settle(app, 1500)
    view = page.view
    view.find_field.setText("Later she said sorry")
    view.find_next()
    browser = view.browsers[0]
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().value() + 400)
    settle(app)
    view.grab().save(str(OUT / "closed-record.png"))
    view.reject()
    inbox.detach()
    inbox.close()
    worker.lock()
