"""Over ssh or on a server, ``carerdesk`` with no command would open a window: with no display
it says so in one line and exits 1, where Qt would abort with a core dump."""

from __future__ import annotations

import subprocess
import sys

from carerdesk.app.display import missing_display


def test_with_no_display_the_app_says_so_in_one_line(sub, tmp_path):
    wanted = sub("--data-dir", str(tmp_path / "vault"),
                 extra_env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert wanted.code == 1
    assert wanted.err.strip().splitlines() == [wanted.err.strip()]
    assert "no display" in wanted.err and "carerdesk --help" in wanted.err
    assert not (tmp_path / "vault").exists(), "nothing made on the way"


def test_a_display_or_a_chosen_platform_is_enough(monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert missing_display() is sys.platform.startswith("linux")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert not missing_display()
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not missing_display()


def test_the_gui_entry_point_does_not_abort_either(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CARERDESK_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", "from carerdesk.gui.app import run; "
                           f"raise SystemExit(run({str(tmp_path / 'v')!r}))"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1 and "no display" in done.stderr
