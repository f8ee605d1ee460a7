#!/usr/bin/env python3
"""The monkey for minutes: tests/gui/test_monkey.py with many actions and several seeds.

    .venv/bin/python tools/monkey.py [--actions 5000] [--seeds 1 2 3]

Prints, for each seed, what it sent, how long it took and whether it ended cleanly (no
exception, no crash, no deleted-object warning, every saved entry intact).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=5000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    failures = 0
    for seed in args.seeds:
        env = {**os.environ, "CARERDESK_MONKEY_ACTIONS": str(args.actions),
               "CARERDESK_MONKEY_SEED": str(seed), "QT_QPA_PLATFORM": "offscreen"}
        started = time.monotonic()
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                              "tests/gui/test_monkey.py"], cwd=ROOT, env=env,
                             capture_output=True, text=True)
        minutes = (time.monotonic() - started) / 60
        figures = re.search(r"monkey: .*", run.stdout)
        outcome = "clean" if run.returncode == 0 else f"FAILED (exit {run.returncode})"
        print(f"seed {seed}: {minutes:.1f} min, {outcome}; "
              f"{figures.group(0) if figures else 'no figures'}", flush=True)
        if run.returncode != 0:
            failures += 1
            print((run.stdout + run.stderr)[-3000:])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
