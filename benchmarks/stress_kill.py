"""Hundreds of SIGKILL trials against a vault being written, and against passphrase changes.

    .venv/bin/python benchmarks/stress_kill.py [--trials 300] [--seed 1]

Each trial starts a process that saves entries (or changes the passphrase) in a loop, kills
it with SIGKILL at a random moment, then checks that the vault opens, passes its integrity
check and holds every acknowledged save. Prints the counts; exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

from killing import check_entries, check_passphrase, run_and_kill  # noqa: E402

from carerdesk.vault.kdf import FLOOR  # noqa: E402
from carerdesk.workspace import Workspace  # noqa: E402

PASSPHRASE = "stress passphrase"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="carerdesk-stress-")) / "vault"
    workspace, _ = Workspace.create(folder, PASSPHRASE, PASSPHRASE, params=FLOOR)
    child = workspace.journal.add_child("Stress").id
    workspace.lock()
    start, saves = time.perf_counter(), 0
    for n in range(1, args.trials + 1):
        tag = f"trial{n}"
        trial = run_and_kill([str(folder), "entries", child, PASSPHRASE, tag], rng)
        saves += len(trial.acknowledged)
        stored = check_entries(folder, PASSPHRASE, tag, trial.acknowledged)
        if n % 25 == 0:
            print(f"entries: {n} kills survived, {saves} acknowledged saves, {stored} stored",
                  flush=True)
    current = PASSPHRASE
    for n in range(1, args.trials // 3 + 1):
        prefix = f"stress {n}"
        trial = run_and_kill([str(folder), "passwd", current, prefix], rng, max_delay=0.4)
        current = check_passphrase(folder, current, prefix, trial.acknowledged)
    print(f"passphrase changes: {args.trials // 3} kills survived")
    print(f"all {args.trials + args.trials // 3} trials survived in "
          f"{time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
