"""Time a supervision report for a year of daily entries: export (PDF and package) and the
social worker's import; then the social worker's caseload view over 300 monthly reports from
40 carers. Prints figures with the targets beside them (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_exchange.py \
        [--days 365] [--runs 3] [--carers 40] [--reports 300]

The caseload's reports are real signed, encrypted packages, one key per carer, made straight
from report data (30 full daily entries each, a significant event and a goal in some) and
imported through the service, so the social worker's vault holds what it would.

Every entry is full: all five dimensions in the Interview's four parts with ratings, mood,
the child's words, a reflection; a family-time day each week, a significant event a month.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from carerdesk.app import supervision_export, supervision_inbox
from carerdesk.app.workspace import Workspace
from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.report import Notes
from carerdesk.domain.roles import Role
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mood
from carerdesk.vault.kdf import FLOOR

PASSPHRASE = "benchmark passphrase"
SENTENCE = ("After school we walked the long way home and talked about the day; she told me "
            "about the spelling test and asked whether I would be there at pick-up tomorrow. ")


def entry(child_id: str, day: dt.date, i: int) -> EntryContent:
    observations = {d: Observation(SENTENCE, "She was checking I would stay.", "I stayed close "
                                   "and named the worry.", "Tired but glad.", rating=(i + k) % 11)
                    for k, d in enumerate(Dimension)}
    significant = (SignificantEvent(SignificantEventKind.OTHER, "Supervising social worker",
                                    dt.datetime.combine(day, dt.time(17), dt.UTC),
                                    "Talk at supervision") if day.day == 1 else None)
    return EntryContent(date=day, child_ids=(child_id,), text=SENTENCE * 3,
                        observations=observations, mood=list(Mood)[i % 5],
                        categories=(Category.FAMILY_TIME,) if i % 7 == 0 else (),
                        significant=significant, voice="Will you come to sports day?",
                        reflection="I noticed I was short with her when I was tired.")


def caseload_vault(worker: Workspace, carers: int, reports: int) -> None:
    """``reports`` monthly reports spread over ``carers`` carers (one or two children each)."""
    from reportlab.pdfgen import canvas

    from carerdesk.domain.goals import Goal, GoalCodec
    from carerdesk.domain.report import PeriodReport, ReportEntry
    from carerdesk.domain.report_parts import ReportRecord
    from carerdesk.exchange import package, payload
    from carerdesk.exchange.keys import Identity

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 72, "The carer's copy")
    page.save()
    pdf, recipient, today = out.getvalue(), [worker.exchange.public_key()], dt.date.today()
    for c in range(carers):
        identity, sender_id = Identity.generate(), str(uuid.uuid4())
        key = identity.public(f"Carer {c}", Role.CARER)
        mine = reports // carers + (1 if c < reports % carers else 0)
        for r in range(mine):
            child = f"Child {c}-{r % 2}"  # every other carer's reports are for two children
            until = today - dt.timedelta(days=30 * (r // 2) + c)
            since = until - dt.timedelta(days=29)
            goal = Goal("education", "Read together", since, review_date=since)
            report = PeriodReport(
                f"Carer {c}", "Household", None, child if c % 2 else f"Child {c}-0", None,
                since, until, dt.datetime.now(dt.UTC),
                tuple(ReportEntry(str(uuid.uuid4()), 1, entry("c", since + dt.timedelta(days=i),
                                                              i)) for i in range(30)),
                Notes(), records=(ReportRecord("goal", str(uuid.uuid4()), 1, since,
                                               GoalCodec().dump(goal)),))
            worker.exchange.import_package(package.seal(payload.build(report, pdf), identity,
                                                        key, sender_id, recipient))


def bench_caseload(root: Path, carers: int, reports: int) -> None:
    from PySide6.QtWidgets import QApplication

    from carerdesk.app.caseload import Caseload
    from carerdesk.gui.reports.inbox_window import InboxWindow

    app = QApplication.instance() or QApplication([])
    worker, _ = Workspace.create(root / "caseload", PASSPHRASE, PASSPHRASE,
                                 role=Role.SUPERVISOR, household="Sam", params=FLOOR)
    start = time.perf_counter()
    caseload_vault(worker, carers, reports)
    made = time.perf_counter() - start
    listed, read = [], []
    for _ in range(3):
        caseload = Caseload(worker)
        start = time.perf_counter()
        rows = caseload.load()
        listed.append(time.perf_counter() - start)
        caseload.keep(caseload.read(caseload.unread()))
        read.append(time.perf_counter() - start)
    start = time.perf_counter()
    window = InboxWindow(worker)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - start
    page = window.caseload_page
    while not page.progress.isHidden() or page.model.rows[0].goals_due is None:
        app.processEvents()
    flagged = time.perf_counter() - start
    start = time.perf_counter()
    found = window.reading.caseload.searcher("spelling test")()
    searched = time.perf_counter() - start
    print(f"caseload: {reports} monthly reports (30 full entries each) from {carers} carers, "
          f"{len(rows)} rows (made and imported in {made:.0f} s)")
    print(f"  the rows from the report list:          {statistics.median(listed):.2f} s")
    print(f"  every report's data read for the flags: {statistics.median(read):.2f} s "
          f"(on a worker in the window)")
    print(f"  the inbox window open, its rows shown:  {shown:.2f} s (target < 1 s)")
    print(f"    and every flag filled in:             {flagged:.2f} s")
    print(f"  a search over {sum(len(r.entries) for r in caseload._read.values())} entries:"
          f"       {searched:.2f} s ({len(found)} found, at most 500 listed)")
    window.close()
    worker.lock()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--carers", type=int, default=40)
    parser.add_argument("--reports", type=int, default=300)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp())
    until = dt.date.today()
    since = until - dt.timedelta(days=args.days - 1)
    carer, _ = Workspace.create(root / "carer", PASSPHRASE, PASSPHRASE, household="Bench",
                                params=FLOOR)
    worker, _ = Workspace.create(root / "sw", PASSPHRASE, PASSPHRASE, role=Role.SUPERVISOR,
                                 household="Sam", params=FLOOR)
    child = carer.journal.add_child("Bench Child", dt.date(2015, 1, 1), since)
    carer.journal.add_entries([entry(child.id, since + dt.timedelta(days=i), i)
                               for i in range(args.days)])
    key = worker.exchange.public_key()
    exports, imports, pdfs = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        made = supervision_export.export(carer, child.id, since, until, [key],
                                  Notes(questions="Respite?"))
        exports.append(time.perf_counter() - start)
        start = time.perf_counter()
        supervision_export.export(carer, child.id, since, until, [])
        pdfs.append(time.perf_counter() - start)
        path = root / "year.cdreport"
        path.write_bytes(made.package)
        start = time.perf_counter()
        result = supervision_inbox.import_file(worker, path)
        imports.append(time.perf_counter() - start)
        assert not result.already  # each export is a new package
    print(f"{args.days} daily entries, all five dimensions each; {args.runs} runs (median)")
    print(f"  export, PDF + signed encrypted package: {statistics.median(exports):.2f} s "
          f"(target < 5 s)")
    print(f"    of which the PDF alone:              {statistics.median(pdfs):.2f} s")
    print(f"  import, verify + decrypt + store:      {statistics.median(imports):.2f} s "
          f"(target < 2 s)")
    print(f"  package {len(made.package) / 1e6:.2f} MB, PDF {len(made.pdf) / 1e6:.2f} MB, "
          f"{len(made.report.entries)} entries")
    carer.lock()
    worker.lock()
    bench_caseload(root, args.carers, args.reports)


if __name__ == "__main__":
    main()
