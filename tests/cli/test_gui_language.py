"""``carerdesk --lang cy`` opens the app in Welsh, as it answers a command in Welsh (found by
trying it: the window came up in English)."""

from __future__ import annotations

import os
import subprocess
import sys

SHOW = """
import sys
from PySide6.QtWidgets import QApplication

def shown(*_):  # instead of the event loop: say what is on screen, then end
    app = QApplication.instance()
    app.processEvents()
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            print("SHOWN", widget.windowTitle(), "|", " ".join(
                b.text() for b in widget.findChildren(__import__("PySide6.QtWidgets",
                fromlist=["QAbstractButton"]).QAbstractButton) if b.isVisible()))
    return 0

QApplication.exec = shown
from carerdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _first_window(tmp_path, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "LANG": "C.UTF-8"}
    for name in ("CARERDESK_LANG", "CARERDESK_DATA_DIR", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-c", SHOW, *args, "--data-dir",
                           str(tmp_path / "vault")], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return "\n".join(line for line in done.stdout.splitlines() if line.startswith("SHOWN"))


def test_lang_cy_opens_the_window_in_welsh(tmp_path):
    english = _first_window(tmp_path)
    welsh = _first_window(tmp_path, "--lang", "cy")
    assert english and welsh
    assert welsh != english
    assert "Nesaf" in welsh or "Diddymu" in welsh, welsh  # Next / Cancel, in Welsh
