"""Kill a saving process at random moments and prove the vault survives every time.

Used by tests/reliability/test_kill.py and test_restore_kill.py (a small sample in CI) and by
benchmarks/stress_kill.py (hundreds of trials). ``run_and_kill`` starts a new interpreter;
``fork_and_kill`` forks this one, and ``kill_at`` injects a kill at the n-th rename or sync.
The checks after a kill live in kill_checks.py.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import WrongPassphrase

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


# --- in a forked child: no interpreter start per kill -----------------------------------
# A fork of a single-threaded process (this one, with no vault open) costs milliseconds
# where a new interpreter importing CarerDesk costs seconds: a thousand kills stay cheap.

Work = Callable[[Callable[[str], None]], None]


@dataclass
class Forked:
    acknowledged: list[str]
    killed: bool  # by our SIGKILL or by the fault injected in the child
    finished: bool  # the work returned before any kill


def _child(write_fd: int, work: Work) -> None:
    """Run ``work`` with an ``ack`` that tells the parent; never returns."""
    code = 0
    try:
        work(lambda line: os.write(write_fd, f"{line}\n".encode()))
        os.write(write_fd, b"done\n")
    except BaseException:  # the work failed by itself, not by a kill: the parent says so
        os.write(write_fd, b"crashed\n")
        traceback.print_exc()
        code = 3
    finally:
        os._exit(code)


def _start(work: Work) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(write_fd, work)
    os.close(write_fd)
    return pid, read_fd


def _lines(buffer: bytes) -> list[str]:
    return [line for line in buffer.decode().splitlines() if line]


def _outcome(lines: list[str], status: int) -> Forked:
    if "crashed" in lines:
        raise AssertionError(f"the work failed by itself after {lines[:-1]} (see stderr)")
    return Forked([x for x in lines if x != "done"], os.WIFSIGNALED(status), "done" in lines)


def fork_and_kill(work: Work, rng: random.Random, max_delay: float = 0.8,
                  from_start: bool = False) -> Forked:
    """Fork a child doing ``work``; SIGKILL it after a random delay, counted from its first
    acknowledgement (or, with ``from_start``, from its start: a kill may come before it)."""
    pid, read_fd = _start(work)
    delay = rng.uniform(0.005 if from_start else 0.02, max_delay)
    deadline = time.monotonic() + delay if from_start else None
    buffer = b""
    while deadline is None or time.monotonic() < deadline:
        wait = 0.01 if deadline is None else max(0.0, min(0.01, deadline - time.monotonic()))
        ready, _, _ = select.select([read_fd], [], [], wait)
        if ready:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break  # the child ended by itself
            buffer += chunk
            if deadline is None and b"\n" in buffer:
                deadline = time.monotonic() + delay
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    buffer += _drain(read_fd)
    return _outcome(_lines(buffer), status)


def fork_and_wait(work: Work) -> Forked:
    """Fork a child doing ``work`` (which may kill itself: ``kill_at``) and wait for it."""
    pid, read_fd = _start(work)
    buffer = _drain(read_fd)
    _, status = os.waitpid(pid, 0)
    return _outcome(_lines(buffer), status)


def _drain(read_fd: int) -> bytes:
    data = b""
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    return data


DISK_CALLS = ("replace", "rename", "fsync", "unlink", "mkdir", "rmdir")


def kill_at(n: int, calls: tuple[str, ...] = DISK_CALLS) -> None:
    """In a child: SIGKILL this process on entering its ``n``-th call of ``calls`` (as
    ``strace -e inject=...:signal=KILL:when=n`` does), before the call happens."""
    count = 0
    for name in calls:
        real = getattr(os, name)

        def counted(*args, _real=real, **kwargs):
            nonlocal count
            count += 1
            if count == n:
                os.kill(os.getpid(), signal.SIGKILL)
            return _real(*args, **kwargs)
        setattr(os, name, counted)
