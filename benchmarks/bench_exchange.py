"""Time a supervision report for a year of daily entries: export (PDF and package) and the
social worker's import. Prints figures with the targets beside them (not a test).

    .venv/bin/python benchmarks/bench_exchange.py [--days 365] [--runs 3]

Every entry is full: all five dimensions in the Interview's four parts with ratings, mood,
the child's words, a reflection; a family-time day each week, a significant event a month.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from carerdesk.app import supervision
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--runs", type=int, default=3)
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
        made = supervision.export(carer, child.id, since, until, [key],
                                  Notes(questions="Respite?"))
        exports.append(time.perf_counter() - start)
        start = time.perf_counter()
        supervision.export(carer, child.id, since, until, [])
        pdfs.append(time.perf_counter() - start)
        path = root / "year.cdreport"
        path.write_bytes(made.package)
        start = time.perf_counter()
        result = supervision.import_file(worker, path)
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


if __name__ == "__main__":
    main()
