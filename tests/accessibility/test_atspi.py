"""A screen reader can do the whole job: the real app under Xvfb, with a session bus and the
accessibility bus, walked from outside through AT-SPI (Debian's pyatspi, as Orca reads it):
every focusable control in the unlock window, the journal, the editor, the life story (and
its New page window) and the report dialog, each walked while it is open, has a name; an
entry and a life-story page are written and saved, and a report previewed, through AT-SPI
alone, every press answered (a window opened in a nested event loop left the press that
opened it unanswered)."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # pyatspi is Debian's, for the system's Python
PASS = "a long enough passphrase"
TEXT = "Ruby fed the ducks and told me about her school trip"


def _dev():
    spec = importlib.util.spec_from_file_location("carerdesk_dev", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def system_packages() -> None:
    """What the test needs from Debian, installed as dev.py installs it (root with apt-get);
    skipped, saying why, only where it cannot be installed."""
    dev = _dev()
    missing = dev.missing_packages(dev.ACCESSIBILITY_TOOLS, dev.ACCESSIBILITY_PACKAGES)
    if missing and not dev.can_install():
        pytest.skip("needs Debian packages that cannot be installed here (not root with "
                    "apt-get): " + " ".join(missing))
    if missing:
        still = dev.ensure_system_tools(dev.ACCESSIBILITY_TOOLS, dev.ACCESSIBILITY_PACKAGES)
        assert still == [], f"apt-get did not install {still}"


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """A private home: no machine preset, config or settings is read."""
    home = tmp_path / "home"
    private = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
               "XDG_CACHE_HOME": str(home / "cache"), "XDG_RUNTIME_DIR": str(home / "run"),
               "XDG_CONFIG_DIRS": str(home / "system-config"), "CARERDESK_LANG": "en",
               "CARERDESK_DATA_DIR": str(tmp_path / "vault")}
    (home / "run").mkdir(parents=True, mode=0o700)
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("CARERDESK_", "QT_", "DBUS_", "AT_SPI", "XDG_"))}
    return clean | private


def carerdesk(env: dict[str, str], *args: str, stdin: str) -> str:
    done = subprocess.run([sys.executable, "-m", "carerdesk", *args, "--passphrase-stdin"],
                          input=stdin, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _started(command: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """A server that prints its address on its first line (Xvfb's display, dbus's bus)."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def desktop(system_packages, env) -> Iterator[dict[str, str]]:
    """A laptop-sized X display and a session bus; the accessibility bus is started on
    demand by the session bus, as on a desktop."""
    xvfb, display = _started(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24",
                              "-nolisten", "tcp"], env)
    bus, address = _started(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            env | {"DISPLAY": f":{display}"})
    try:
        assert display and address, "Xvfb or dbus-daemon did not start"
        yield env | {"DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address}
    finally:
        _stop(bus)  # the accessibility bus and registry end with the session bus
        _stop(xvfb)


@pytest.mark.slow
def test_a_screen_reader_writes_and_saves_an_entry(desktop, tmp_path):
    carerdesk(desktop, "init", stdin=f"{PASS}\n{PASS}\n")
    carerdesk(desktop, "child", "add", "--name", "Ruby Example", "--born", "2015-06-01",
              "--placed", "2025-02-01", stdin=PASS + "\n")
    app_env = desktop | {"QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1",
                         "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    log = tmp_path / "app.log"
    with log.open("w") as out:
        app = subprocess.Popen([sys.executable, "-m", "carerdesk"], env=app_env,
                               stdout=out, stderr=subprocess.STDOUT)
    try:
        walk = subprocess.run([SYSTEM_PYTHON, str(WALKER), TEXT], input=PASS + "\n",
                              env=desktop, capture_output=True, text=True, timeout=120)
    finally:
        _stop(app)
    assert walk.returncode == 0, walk.stderr[-3000:] + log.read_text()[-2000:]
    found = json.loads(walk.stdout)
    assert list(found["problems"]) == ["unlock", "main window", "editor", "life story",
                                       "life-story page", "report dialog"]
    unsaid = [f"{window}: {problem}" for window, problems in found["problems"].items()
              for problem in problems]
    assert unsaid == [], "\n".join(unsaid)
    assert found["timeline"], "the saved entry is not announced in the timeline"

    entries = json.loads(carerdesk(desktop, "entry", "list", "--json", stdin=PASS + "\n"))
    assert [entry["text"] for entry in entries] == [TEXT]
    pages = json.loads(carerdesk(desktop, "lifestory", "list", "--child", "Ruby Example",
                                 "--json", stdin=PASS + "\n"))
    assert [page["title"] for page in pages] == ["At the lake"]
