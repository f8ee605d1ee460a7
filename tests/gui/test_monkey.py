"""A short monkey run in CI: random clicks, keys, typing and wheel turns on every window in
front, locking and unlocking; no exception, no crash, no Qt warning about a deleted object,
and every saved entry intact. tools/monkey.py runs it for minutes."""

import os

from monkey import Monkey, entries_intact, make_journal
from PySide6.QtWidgets import QApplication

from carerdesk.gui.app import AppController

ACTIONS = int(os.environ.get("CARERDESK_MONKEY_ACTIONS", "800"))
SEED = int(os.environ.get("CARERDESK_MONKEY_SEED", "2026"))


def test_a_monkey_breaks_nothing(qtbot, qtlog, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # file dialogs start here
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "vault"
    saved = make_journal(folder)
    controller = AppController(folder)
    controller.start()
    monkey = Monkey(controller, seed=SEED, actions=ACTIONS)
    monkey.start()
    try:
        qtbot.waitUntil(lambda: monkey.done, timeout=ACTIONS * 200)
    finally:
        monkey.timer.stop()
        controller.lock()
        qtbot.waitUntil(lambda: controller.workspace is None, timeout=10000)
        QApplication.instance().removeEventFilter(controller)
        for window in QApplication.topLevelWidgets():
            window.close()
    figures = monkey.figures
    print(f"monkey: {figures.actions} actions, {figures.clicks} clicks, {figures.keys} keys, "
          f"{figures.wheels} wheel turns, {figures.typed} typed, {figures.unlocks} unlocks; "
          f"windows: {sorted(figures.windows)}")
    assert figures.clicks and figures.keys and figures.wheels
    deleted = [r.message for r in qtlog.records
               if "deleted" in r.message.lower() or "destroyed" in r.message.lower()]
    assert deleted == []
    assert entries_intact(folder, saved) == []
