"""The QScreen is never deleted under Qt's feet.

``widget.screen()`` gives a QScreen whose Python wrapper PySide ties to the widget's; once
the widget was gone, the garbage collector freed that wrapper and with it the QScreen itself
(a hardware watchpoint on the QScreen caught ``QScreen::~QScreen`` called from shiboken's
dealloc, inside gc.collect); the next window read the deleted screen and the process died in
QWidget::screen() inside a QDialog or QMainWindow constructor. Screens are now found through
QGuiApplication (window_policy.screen_of), and nothing calls ``.screen()`` on a widget."""

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_code_asks_a_widget_for_its_screen():
    found = []
    for folder in ("src", "tests", "tools", "benchmarks"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "screen" and not node.args):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_windows_opened_and_closed_under_the_window_policy_keep_the_screen():
    """The run that died in most tries before (the inbox's trust tests, with the policy
    fitting each window to its screen), twice over in a process of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent),
                                          os.environ.get("PYTHONPATH", "")])}
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
             "-p", "policy_installed", "tests/exchange/test_gui_trust.py"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
