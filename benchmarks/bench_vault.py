"""Figures for the encrypted vault beside the same journal on plain SQLite (not a test).

    .venv/bin/python benchmarks/bench_vault.py [--entries 20000] [--out DIR] [--keep]
                                               [--json FILE] [--plain-module sqlite3|sqlcipher3]

Unlock (Argon2id at the calibrated default params, and the rest), N synthetic entries saved
one ``add_entry`` at a time, list pages and searches; the same entries (same seed) also go
into an unencrypted file with the same schema and pragmas, for the ratio SQLCipher/plain.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from functools import partial
from pathlib import Path

import sqlcipher3
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from carerdesk.app.workspace import Workspace
from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.values import EntryContent, Observation
from carerdesk.domain.writing import Mood
from carerdesk.journal import JournalService
from carerdesk.store import migrate
from carerdesk.vault import kdf, slots
from carerdesk.vault.engine import _PRAGMAS
from carerdesk.vault.vault import UnlockedVault

PASSPHRASE = "benchmark: a long enough passphrase"
CHILDREN = (("Maya", dt.date(2012, 5, 3)), ("Leo", dt.date(2014, 9, 21)),
            ("Ruby", dt.date(2010, 1, 8)))
SEARCHES = {"common word": "school", "rare word": "trampoline", "two words": "park tired",
            "prefix": "sle"}
REPEAT = 7
TARGET_UNLOCK_MS, TARGET_RATIO = 1000, 1.3

# --- synthetic entries: every run with the same seed makes the same journal ---------------

SENTENCES = [
    "{n} came out of school smiling and told me about the class trip.",
    "A hard morning: {n} would not get dressed and we were late for school.",
    "We walked to the park after tea and {n} raced the dog to the gate.",
    "{n} was tired and tearful at bedtime, asking when the next contact visit is.",
    "Slept through the night for the first time this month.",
    "Contact with Mum went ahead. {n} was quiet in the car on the way home.",
    "Homework took an hour with lots of breaks, but {n} finished the reading log.",
    "A friend came round for a sleepover and they giggled until late.",
    "Dentist check-up, no fillings. {n} chose a sticker for being brave.",
    "Rainy Sunday at home: board games, a film and hot chocolate.",
    "Review meeting with the social worker; {n} wanted to speak for themselves.",
]
VOICES = ["I like it here because the dog sleeps on my bed.", "Why can't I see Nan every week?",
          "I did it all by myself!", "Can we go to the park again tomorrow?"]
REFLECTIONS = ["I stayed calm and that seemed to help.", "I was tired and snapped; I said sorry.",
               "Next time I will warn about changes earlier.", "A good day for both of us."]
OBS_PARTS = ["{n} checked I was still there.", "Needed to know I would come back.",
             "I sat close and kept my voice low.", "Tired but glad I noticed.",
             "{n} asked for help with the zip.", "Feeling more able to rely on me."]


def synthetic(count: int, child_ids: list[str], seed: int) -> list[EntryContent]:
    """``count`` entries, oldest first, spread over the ten years up to today."""
    rng, today = random.Random(seed), dt.date.today()
    first = today - dt.timedelta(days=3652)
    out = []
    for i in range(count):
        who = rng.sample(range(3), rng.choice((1, 1, 1, 1, 2, 3)))
        name = CHILDREN[who[0]][0]
        target, text = rng.randint(50, 800), ""
        while len(text) < target:
            text += rng.choice(SENTENCES).format(n=name) + " "
        if rng.random() < 0.002:
            text = "Went to the trampoline park. " + text
        text = text[:800].rsplit(" ", 1)[0] if len(text) > 800 else text.strip()
        observations = {}
        for dim in rng.sample(list(Dimension), rng.choice((0, 0, 1, 1, 2, 3, 5))):
            parts = [rng.choice(OBS_PARTS).format(n=name) if rng.random() < 0.7 else None
                     for _ in range(4)]
            rating = rng.randint(0, 10) if rng.random() < 0.6 else None
            family = rating is not None and dim is Dimension.FAMILY_MEMBERSHIP
            birth = rng.randint(0, 10) if family else None
            observations[dim] = Observation(*parts, rating=rating, rating_birth=birth)
        out.append(EntryContent(
            date=first + dt.timedelta(days=i * 3652 // count),
            child_ids=tuple(child_ids[w] for w in who), text=text, observations=observations,
            categories=tuple(rng.sample(list(Category)[:6], rng.choice((1, 1, 2)))),
            mood=rng.choice(list(Mood)) if rng.random() < 0.6 else None,
            voice=rng.choice(VOICES) if rng.random() < 0.3 else None,
            reflection=rng.choice(REFLECTIONS) if rng.random() < 0.4 else None))
    return out


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return ms_since(start)


@contextlib.contextmanager
def spy(owner, name: str, spent: list[float]):
    """While inside, every call of ``owner.name`` adds its milliseconds to ``spent``."""
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = real(*args, **kwargs)
        spent.append(ms_since(start))
        return result

    setattr(owner, name, wrapper)
    try:
        yield
    finally:
        setattr(owner, name, real)


def plain_journal(path: Path, module: str) -> tuple[JournalService, Engine]:
    """The same schema and pragmas on an unencrypted file, migrated over one connection."""
    extra = {"module": sqlcipher3} if module == "sqlcipher3" else {}  # sqlcipher3, no key
    engine = create_engine("sqlite:///" + str(path), poolclass=QueuePool, **extra,
                           connect_args={"isolation_level": None, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        for pragma in _PRAGMAS:
            dbapi_conn.execute(pragma).fetchall()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return JournalService(sessionmaker(engine, expire_on_commit=False)), engine


# --- workloads: the two stores take turns, so a busy moment on the machine hits both ----

def fill(stores: dict[str, JournalService], contents: dict[str, list[EntryContent]]) -> dict:
    """One ``add_entry`` (one transaction, one commit) per entry, alternating stores."""
    samples: dict[str, list[float]] = {name: [] for name in stores}
    for i in range(len(contents["plain"])):
        for name, journal in stores.items():
            samples[name].append(timed(partial(journal.add_entry, contents[name][i])))
    return {name: {"add median ms": statistics.median(ms),
                   "add p95 ms": sorted(ms)[len(ms) * 95 // 100], "fill total s": sum(ms) / 1000}
            for name, ms in samples.items()}


def deep_key(journal: JournalService) -> tuple[int, tuple[dt.date, int]]:
    """How many entries lie above halfway down the journal, and the keyset key there."""
    deep, key, total = 0, None, journal.counts()[1]
    while deep < total // 2:
        page = journal.entries(EntryFilter(), 200, key)
        deep, key = deep + len(page), (page[-1].content.date, page[-1].seq)
    return deep, key


def reads(stores: dict[str, JournalService], child_ids: dict[str, str]) -> dict:
    """List pages and searches, each run in turn on every store; medians of REPEAT runs."""
    deep = {name: deep_key(journal) for name, journal in stores.items()}
    depth = deep[next(iter(stores))][0]
    operations = {
        "list first page ms": lambda j, n: j.entries(EntryFilter(), limit=200),
        f"list page at {depth} ms": lambda j, n: j.entries(EntryFilter(), 200, deep[n][1]),
        "list one child ms": lambda j, n: j.entries(EntryFilter(child_id=child_ids[n]), 200),
    }
    for label, query in SEARCHES.items():
        hits = len(stores["plain"].search(query))
        operations[f"search {label} '{query}' ({hits}) ms"] = lambda j, n, q=query: j.search(q)
    figures: dict[str, dict[str, float]] = {name: {} for name in stores}
    for label, operation in operations.items():
        samples: dict[str, list[float]] = {name: [] for name in stores}
        for run in range(REPEAT + 1):  # the first run of each is a warm-up, not counted
            for name, journal in stores.items():
                ms = timed(partial(operation, journal, name))
                if run:
                    samples[name].append(ms)
        for name in stores:
            figures[name][label] = statistics.median(samples[name])
    return figures


def unlock_figures(folder: Path, runs: int = 5) -> dict[str, float]:
    """Median of ``runs`` unlocks, split by spying on the steps; and Argon2id alone."""
    slot_file = slots.loads((folder / "vault.json").read_bytes(), "vault.json")
    params = slot_file.slot(slots.PASSPHRASE).params
    steps: dict[str, list[float]] = {k: [] for k in ("argon", "open", "migrate", "first", "total")}
    for _ in range(runs):
        with spy(kdf, "derive", steps["argon"]), spy(migrate, "upgrade", steps["migrate"]), \
                spy(UnlockedVault, "check_readable", steps["open"]):
            start = time.perf_counter()
            workspace = Workspace.unlock(folder, PASSPHRASE)
            steps["first"].append(timed(partial(workspace.journal.entries, EntryFilter(), 200)))
            steps["total"].append(ms_since(start))
        workspace.lock()
    alone = [timed(lambda: kdf.derive(PASSPHRASE, b"\0" * 16, params)) for _ in range(runs)]
    med = {k: statistics.median(v) for k, v in steps.items()}
    return {"argon2id alone ms": statistics.median(alone), "argon2id in unlock ms": med["argon"],
            "open + key check ms": med["open"], "migrations check ms": med["migrate"],
            "first page ms": med["first"], "unlock + first page ms": med["total"],
            "rest ms": med["total"] - med["argon"],
            "params": f"{params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes}"}


def folder_mib(path: Path) -> float:
    files = path.glob("*") if path.is_dir() else path.parent.glob(path.name + "*")
    return sum(f.stat().st_size for f in files if f.is_file()) / 2**20


def run(root: Path, entries: int, plain_module: str, seed: int = 2024) -> dict:
    folder = root / "vault"
    start = time.perf_counter()
    workspace, _ = Workspace.create(folder, PASSPHRASE, PASSPHRASE)
    create_ms = ms_since(start)
    plain, plain_engine = plain_journal(root / "plain.db", plain_module)
    stores = {"sqlcipher": workspace.journal, "plain": plain}
    ids = {name: [journal.add_child(child, born, born + dt.timedelta(days=1500)).id
                  for child, born in CHILDREN] for name, journal in stores.items()}
    added = fill(stores, {name: synthetic(entries, ids[name], seed) for name in stores})
    found = reads(stores, {name: ids[name][0] for name in stores})
    workspace.lock()
    plain_engine.dispose()  # as the vault's lock does: the last close checkpoints the WAL
    unlock = unlock_figures(folder)
    enc, plain_figures = ({**added[n], **found[n]} for n in stores)
    return {"entries": entries, "plain_module": plain_module, "create_ms": create_ms,
            "versions": versions(plain_module), "unlock": unlock,
            "sqlcipher": enc, "plain": plain_figures,
            "ratios": {k: enc[k] / plain_figures[k] for k in enc if plain_figures[k]},
            "size_mib": {"sqlcipher": folder_mib(folder), "plain": folder_mib(root / "plain.db")}}


def versions(plain_module: str) -> str:
    """Which SQLite each side runs: a newer SQLite alone can move the ratios."""
    with contextlib.closing(sqlcipher3.connect(":memory:")) as cipher:
        sqlite = cipher.execute("SELECT sqlite_version()").fetchone()[0]
        sqlc = cipher.execute("PRAGMA cipher_version").fetchone()[0]
    plain = sqlite if plain_module == "sqlcipher3" else sqlite3.sqlite_version
    return f"SQLCipher {sqlc} on SQLite {sqlite}; plain: {plain_module} on SQLite {plain}"


def report(fig: dict) -> None:
    unlock = fig["unlock"]
    print(f"CarerDesk vault benchmark: {fig['entries']} entries, 3 children, ~10 years")
    print(fig["versions"])
    print(f"create (calibrate + slots + schema): {fig['create_ms']:.0f} ms; "
          f"Argon2id {unlock['params']}")
    print(f"unlock of the filled vault, median of 5 (ms); target < {TARGET_UNLOCK_MS} ms")
    for key in ("argon2id alone ms", "argon2id in unlock ms", "open + key check ms",
                "migrations check ms", "first page ms", "rest ms", "unlock + first page ms"):
        print(f"  {key:<42}{unlock[key]:>11.1f}")
    verdict = "ok" if unlock["unlock + first page ms"] < TARGET_UNLOCK_MS else "MISSED"
    print(f"  {'unlock target':<42}{verdict:>11}")
    print(f"{'operation':<44}{'SQLCipher':>11}{'plain':>10}{'ratio':>7}  target")
    enc, plain = fig["sqlcipher"], fig["plain"]
    for key, ratio in fig["ratios"].items():
        gated = key.startswith(("add", "fill", "search"))
        verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
        mark = f"<= {TARGET_RATIO}x {verdict}" if gated else ""
        print(f"  {key:<42}{enc[key]:>11.2f}{plain[key]:>10.2f}{ratio:>7.2f}  {mark}")
    size = fig["size_mib"]
    print(f"  {'files on disk MiB':<42}{size['sqlcipher']:>11.1f}{size['plain']:>10.1f}"
          f"{size['sqlcipher'] / size['plain']:>7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--out", type=Path, help="make the working folder in DIR (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the vault and plain.db")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to FILE")
    parser.add_argument("--plain-module", choices=("sqlite3", "sqlcipher3"), default="sqlite3",
                        help="driver for the plain store (sqlcipher3 without a key: same SQLite)")
    args = parser.parse_args()
    (args.out or Path()).mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="carerdesk-bench-vault-", dir=args.out))
    try:
        figures = run(root, args.entries, args.plain_module)
        report(figures)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
    finally:
        if args.keep:
            print(f"kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
