"""Measure the vault and the journal store on N entries, and the same on plain SQLite.

    .venv/bin/python benchmarks/bench_store.py [--entries 20000] [--json FILE] [--keep DIR]

Prints figures, never pass/fail: unlock (Argon2id alone, and the rest), add-entry (median
and p95 of single saves), listing pages and searches, each beside the same work on a plain
(unencrypted) SQLite database with the same schema and pragmas, as the ratio SQLCipher/plain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from carerdesk.app.workspace import Workspace
from carerdesk.demo.generator import _Writer
from carerdesk.domain.filters import EntryFilter
from carerdesk.journal import JournalService
from carerdesk.store import migrate
from carerdesk.vault import kdf, slots
from carerdesk.vault.engine import _PRAGMAS

PASSPHRASE = "benchmark passphrase"
QUERIES = ["park", "flapjacks", "family time", "drag*", "nan dentist"]


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``repeat`` calls, in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def plain_journal(path: Path) -> JournalService:
    """The same schema and pragmas on an unencrypted SQLite file."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"isolation_level": None})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi, _record):
        for pragma in _PRAGMAS:
            dbapi.execute(pragma).fetchall()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return JournalService(sessionmaker(engine, expire_on_commit=False))


def fill(journal: JournalService, entries: int, seed: int) -> dict[str, float]:
    """Bulk-fill to ``entries`` over ~10 years for 3 children, then time single saves."""
    rng = random.Random(seed)
    names = ("Maya", "Leo", "Ruby")
    children = [journal.add_child(name).id for name in names]
    writers = [_Writer(rng, name, (cid,)) for name, cid in zip(names, children, strict=True)]
    start = time.perf_counter()
    batch, made = [], 0
    first = dt.date.today() - dt.timedelta(days=3650)
    while made < entries - 200:
        writer = writers[made % 3]
        batch.append(writer.entry(first + dt.timedelta(days=(made // 3) % 3650)))
        made += 1
        if len(batch) == 500:
            journal.add_entries(batch)
            batch = []
    journal.add_entries(batch)
    bulk_ms = (time.perf_counter() - start) * 1000
    singles = []
    for i in range(200):
        content = writers[i % 3].entry(dt.date.today() - dt.timedelta(days=i % 30))
        t = time.perf_counter()
        journal.add_entry(content)
        singles.append((time.perf_counter() - t) * 1000)
    singles.sort()
    return {"bulk_fill_s": bulk_ms / 1000, "add_median_ms": statistics.median(singles),
            "add_p95_ms": singles[int(len(singles) * 0.95)], "children": children}


def reads(journal: JournalService, child: str) -> dict[str, float]:
    first = journal.entries(EntryFilter(), limit=200)
    deep_key = (first[-1].content.date, first[-1].seq)
    figures = {
        "list_first_page_ms": timed(lambda: journal.entries(EntryFilter(), limit=200)),
        "list_deep_page_ms": timed(lambda: journal.entries(EntryFilter(), 200, deep_key)),
        "list_child_page_ms": timed(lambda: journal.entries(EntryFilter(child_id=child), 200)),
    }
    for query in QUERIES:
        figures[f"search '{query}' ms"] = timed(lambda q=query: journal.search(q))
    return figures


def unlock_figures(folder: Path) -> dict[str, float]:
    slot_file = slots.loads((folder / "vault.json").read_bytes(), "vault.json")
    params = slot_file.slot(slots.PASSPHRASE).params
    argon = timed(lambda: kdf.derive(PASSPHRASE, b"\0" * 16, params), repeat=3)

    def unlock():
        Workspace.unlock(folder, PASSPHRASE).lock()
    total = timed(unlock, repeat=3)
    return {"argon2id_ms": argon, "unlock_rest_ms": total - argon, "unlock_total_ms": total,
            "argon2_params": f"{params.memory_kib // 1024} MiB, t={params.iterations}, "
                             f"p={params.lanes}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--keep", type=Path, help="build the vaults here and keep them")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="carerdesk-bench-"))
    workspace, _ = Workspace.create(root / "vault", PASSPHRASE, PASSPHRASE)
    enc_fill = fill(workspace.journal, args.entries, seed=1)
    enc = {**enc_fill, **reads(workspace.journal, enc_fill["children"][0])}
    workspace.lock()
    enc.update(unlock_figures(root / "vault"))
    plain_journal_ = plain_journal(root / "plain.db")
    plain_fill = fill(plain_journal_, args.entries, seed=1)
    plain = {**plain_fill, **reads(plain_journal_, plain_fill["children"][0])}
    report(args.entries, enc, plain, args.json)


def report(entries: int, enc: dict, plain: dict, out: Path | None) -> None:
    print(f"CarerDesk store benchmark: {entries} entries, 3 children, ~10 years")
    print(f"  unlock: {enc['unlock_total_ms']:.0f} ms = Argon2id {enc['argon2id_ms']:.0f} ms "
          f"({enc['argon2_params']}) + the rest {enc['unlock_rest_ms']:.0f} ms   (target < 1000)")
    print(f"  {'operation':<28}{'SQLCipher':>12}{'plain':>12}{'ratio':>8}")
    rows = {}
    for key in enc:
        if key in ("children", "argon2_params") or key.startswith("unlock") or key == "argon2id_ms":
            continue
        ratio = enc[key] / plain[key] if plain[key] else float("nan")
        rows[key] = {"sqlcipher": enc[key], "plain": plain[key], "ratio": ratio}
        print(f"  {key:<28}{enc[key]:>12.2f}{plain[key]:>12.2f}{ratio:>8.2f}")
    print("  targets: writes and searches <= 1.3x plain")
    if out:
        out.write_text(json.dumps({"entries": entries, "unlock": {
            k: enc[k] for k in ("argon2id_ms", "unlock_rest_ms", "unlock_total_ms")},
            "operations": rows}, indent=2))


if __name__ == "__main__":
    main()
