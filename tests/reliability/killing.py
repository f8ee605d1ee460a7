"""Kill a saving process at random moments and prove the vault survives every time.

Used by tests/reliability/test_kill.py (a small sample in CI) and by
benchmarks/stress_kill.py (hundreds of trials).
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from carerdesk.domain.errors import WrongPassphrase
from carerdesk.workspace import Workspace

SAVER = Path(__file__).with_name("saver.py")


@dataclass
class Trial:
    acknowledged: list[str]
    killed_after: float


def run_and_kill(args: list[str], rng: random.Random, max_delay: float = 0.8) -> Trial:
    """Start the saver, wait until it saves, kill -9 it after a random delay."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, str(SAVER), *args], stdout=subprocess.PIPE,
                            text=True, env=env, bufsize=1)
    assert proc.stdout is not None
    lines: list[str] = []
    assert proc.stdout.readline().strip() == "ready"
    delay = rng.uniform(0.02, max_delay)
    deadline = None
    while True:
        ready, _, _ = select.select([proc.stdout], [], [], 0.01)
        if ready:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            if deadline is None:
                deadline = time.monotonic() + delay  # the first save is in: start the clock
        if deadline is not None and time.monotonic() >= deadline:
            break
        if proc.poll() is not None:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return Trial(lines, delay)


def check_entries(folder: Path, passphrase: str, tag: str, acknowledged: list[str]) -> int:
    """The vault opens, passes its integrity check, and holds every entry this trial (``tag``)
    acknowledged; returns how many entries the vault holds in all."""
    with Workspace.unlock(folder, passphrase) as workspace:
        assert workspace.status().problems == ()
        texts = {h.entry.content.text for h in workspace.journal.search(tag, limit=100_000)}
        missing = [n for n in acknowledged if f"acknowledged entry {tag} {n}" not in texts]
        assert not missing, f"acknowledged but lost: {missing}"
        return workspace.journal.counts()[1]


def check_passphrase(folder: Path, before: str, prefix: str, acknowledged: list[str]) -> str:
    """After a kill mid-change, the last acknowledged passphrase or the one being written
    opens the vault: never neither, never an older one. Returns the one that works."""
    last = int(acknowledged[-1]) if acknowledged else 0
    old = f"{prefix} {last}" if last else before
    for candidate in (old, f"{prefix} {last + 1}"):
        try:
            Workspace.unlock(folder, candidate).lock()
            return candidate
        except WrongPassphrase:
            continue
    raise AssertionError(f"neither {old!r} nor the next passphrase opens the vault")
