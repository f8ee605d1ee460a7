"""A thousand SIGKILLs at random moments: saving entries, changing the passphrase, restoring a
backup, writing backups, importing report packages.

    .venv/bin/python benchmarks/stress_kill.py [--trials 200] [--seed 1] [--kinds entries,...]

Each trial forks a child (this process imports CarerDesk once) that does one kind of work in
a loop and says when each step is done; it is killed with SIGKILL after a random delay, then
the vault must be found (never "no vault": locked out), open with the passphrase, pass its
integrity check, and hold every acknowledged step (else: lost). The Argon2 cost is the floor
so that the kills, not the key derivation, take the time. Prints kills, lost and locked out
per kind; exits 1 if anything was lost or anyone locked out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

from kill_checks import check_backups, check_imported, check_restored  # noqa: E402
from killing import Forked, check_entries, check_passphrase, fork_and_kill  # noqa: E402

from carerdesk.app import supervision_export  # noqa: E402
from carerdesk.app.workspace import Workspace  # noqa: E402
from carerdesk.domain.errors import (  # noqa: E402
    DatabaseMissing,
    SlotFileMissing,
    VaultNotFound,
)
from carerdesk.domain.roles import Role  # noqa: E402
from carerdesk.domain.values import EntryContent  # noqa: E402
from carerdesk.vault import Vault  # noqa: E402
from carerdesk.vault.kdf import FLOOR  # noqa: E402

PASSPHRASE = "stress passphrase"
DAY = dt.date(2026, 1, 1)
LOCKED_OUT = (VaultNotFound, SlotFileMissing, DatabaseMissing)


READY = "ready"


def _acknowledged(done: Forked) -> list[str]:
    return [line for line in done.acknowledged if line != READY]


@dataclass
class Tally:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    locked_out: int = 0


def _carer(folder: Path, children: int = 1) -> str:
    workspace, _ = Workspace.create(folder, PASSPHRASE, PASSPHRASE, params=FLOOR)
    with workspace:
        ids = [workspace.journal.add_child(f"Stress {n}").id for n in range(children)]
    return ids[0]


# --- one kind of work each: set up, then one trial -------------------------------------


def entries(root: Path) -> Callable[[int, random.Random, Tally], None]:
    folder = root / "entries" / "vault"
    child = _carer(folder)

    def trial(n: int, rng: random.Random, tally: Tally) -> None:
        tag = f"trial{n}"

        def work(ack):
            workspace = Workspace.unlock(folder, PASSPHRASE)
            for step in range(1, 10 ** 9):
                workspace.journal.add_entry(EntryContent(
                    date=DAY, child_ids=(child,), text=f"acknowledged entry {tag} {step}"))
                ack(str(step))
        done = fork_and_kill(work, rng)
        tally.acknowledged += len(done.acknowledged)
        check_entries(folder, PASSPHRASE, tag, done.acknowledged)
    return trial


def passwd(root: Path) -> Callable[[int, random.Random, Tally], None]:
    folder = root / "passwd" / "vault"
    _carer(folder)
    current = [PASSPHRASE]

    def trial(n: int, rng: random.Random, tally: Tally) -> None:
        prefix = f"stress {n}"

        def work(ack):
            vault = Vault.unlock(folder, current[0])
            for step in range(1, 10 ** 9):
                new = f"{prefix} {step}"
                vault.change_passphrase(new, new, params=FLOOR)
                ack(str(step))
        done = fork_and_kill(work, rng, max_delay=0.4)
        tally.acknowledged += len(done.acknowledged)
        current[0] = check_passphrase(folder, current[0], prefix, done.acknowledged)
    return trial


def restore(root: Path) -> Callable[[int, random.Random, Tally], None]:
    """Backups with 1, 2 and 3 children, restored in turn: after a kill the vault is the last
    one restored or the next, never the one before, never none."""
    folder = root / "restore" / "vault"
    _carer(folder)
    made = []
    for children in (1, 2, 3):
        with Workspace.unlock(folder, PASSPHRASE) as workspace:
            if children > 1:
                workspace.journal.add_child(f"Stress {children}")
            made.append(workspace.backup(root / "restore" / "backups", keep=10))
    state = [3]

    def trial(n: int, rng: random.Random, tally: Tally) -> None:
        turn = [1 + (state[0] + k) % 3 for k in range(10 ** 4)]  # the next after the current

        def work(ack):
            for target in turn:
                Workspace.restore(made[target - 1], folder, passphrase=PASSPHRASE)
                ack(str(target))
        done = fork_and_kill(work, rng, max_delay=2.5, from_start=True)
        tally.acknowledged += len(done.acknowledged)
        steps = len(done.acknowledged)
        last = int(done.acknowledged[-1]) if steps else state[0]
        state[0] = check_restored(folder, PASSPHRASE, {last, turn[steps]})
        for aside in folder.parent.glob("vault.before-restore-*"):
            shutil.rmtree(aside)
    return trial


def backup(root: Path) -> Callable[[int, random.Random, Tally], None]:
    """Backups into a folder another vault shares: that vault's one backup must survive."""
    folder, shared = root / "backup" / "vault", root / "backup" / "shared"
    _carer(folder)
    _carer(root / "backup" / "other")
    with Workspace.unlock(root / "backup" / "other", PASSPHRASE) as other:
        others = other.backup(shared)
    acknowledged: list[str] = []

    def trial(n: int, rng: random.Random, tally: Tally) -> None:
        def work(ack):
            with Workspace.unlock(folder, PASSPHRASE) as workspace:
                ack(READY)  # the clock starts once the vault is open
                while True:
                    ack(str(workspace.backup(shared, keep=3)))
        done = _acknowledged(fork_and_kill(work, rng, max_delay=2.5))
        tally.acknowledged += len(done)
        acknowledged.extend(done)
        check_backups(folder, PASSPHRASE, shared, acknowledged, keep=3)
        assert others.exists(), "another vault's backup was rotated out"
    return trial


def imports(root: Path) -> Callable[[int, random.Random, Tally], None]:
    """Report packages imported one after another into a social worker's vault."""
    carer_dir, sw_dir = root / "import" / "carer", root / "import" / "sw"
    child_id = _carer(carer_dir)
    sw, _ = Workspace.create(sw_dir, PASSPHRASE, PASSPHRASE, params=FLOOR, role=Role.SUPERVISOR)
    with sw:
        sw_key = sw.exchange.public_key()
    with Workspace.unlock(carer_dir, PASSPHRASE) as carer:
        carer.journal.add_entry(EntryContent(date=DAY, child_ids=(child_id,), text="A walk."))
        carer.exchange.add_recipient(sw_key, "Stress worker")
        first = supervision_export.export(carer, child_id, DAY, DAY, [sw_key])
    packages: list[bytes] = []
    next_one = [0]

    def more() -> None:  # sealed in the parent, with no vault open when the child is forked
        with Workspace.unlock(carer_dir, PASSPHRASE) as carer:
            packages.extend(carer.exchange.seal(first.report, first.pdf, [sw_key], child_id)
                            for _ in range(60))

    def trial(n: int, rng: random.Random, tally: Tally) -> None:
        if len(packages) - next_one[0] < 40:
            more()
        start = next_one[0]
        ids: list[str] = []

        def work(ack):
            with Workspace.unlock(sw_dir, PASSPHRASE) as workspace:
                ack(READY)  # the clock starts once the vault is open
                for data in packages[start:]:
                    ack(workspace.exchange.import_package(data).item.package_id)
        done = _acknowledged(fork_and_kill(work, rng, max_delay=0.8))
        tally.acknowledged += len(done)
        ids.extend(done)
        next_one[0] = start + len(done) + 1  # the one cut short is not reused
        check_imported(sw_dir, PASSPHRASE, ids)
    return trial


KINDS = {"entries": entries, "passwd": passwd, "restore": restore, "backup": backup,
         "import": imports}


def run_kind(name: str, trials: int, root: Path, seed: int) -> Tally:
    rng, tally = random.Random(f"{seed}-{name}"), Tally()
    trial = KINDS[name](root)
    for n in range(1, trials + 1):
        try:
            trial(n, rng, tally)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            locked = isinstance(exc, LOCKED_OUT) or "locked out" in str(exc)
            tally.locked_out += locked
            tally.lost += not locked
            print(f"{name}: trial {n} FAILED", file=sys.stderr)
            traceback.print_exc()
            break  # the vault is not what the next trial expects: stop this kind
        finally:
            tally.kills += 1
        if n % 50 == 0:
            print(f"{name}: {n} kills", flush=True)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200, help="kills per kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS))
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="carerdesk-stress-"))
    start, tallies = time.perf_counter(), {}
    try:
        for name in args.kinds.split(","):
            began = time.perf_counter()
            tallies[name] = run_kind(name, args.trials, root, args.seed)
            t = tallies[name]
            print(f"{name}: {t.kills} kills, {t.acknowledged} acknowledged, {t.lost} lost, "
                  f"{t.locked_out} locked out, {time.perf_counter() - began:.0f} s", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    kills = sum(t.kills for t in tallies.values())
    lost = sum(t.lost for t in tallies.values())
    locked = sum(t.locked_out for t in tallies.values())
    print(f"all: {kills} kills, {lost} lost, {locked} locked out, "
          f"{time.perf_counter() - start:.0f} s")
    return 1 if lost or locked else 0


if __name__ == "__main__":
    sys.exit(main())
