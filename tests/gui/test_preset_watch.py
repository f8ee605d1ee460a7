"""The agency preset is read once, and again only when its file changes; one that breaks
while the app runs keeps the last good one in force and is said once."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carerdesk.app import preset
from carerdesk.gui.common.preset_watch import PresetWatcher
from carerdesk.gui.journal.main_window import MainWindow

GOOD = """format = "carerdesk-agency-preset"
version = 1
[agency]
name = "{name}"
[policies]
auto_lock_minutes = {minutes}
[locked]
auto_lock_minutes = true
"""


@pytest.fixture
def preset_file(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "system-config" / "CarerDesk"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "system-config"))
    path = folder / preset.FILE_NAME
    path.write_text(GOOD.format(name="Hillside Fostering", minutes=7))
    return path


def test_the_machine_preset_is_not_what_tests_read(tmp_path):
    assert all(not str(p).startswith("/etc") for p in preset.search_paths())


def test_a_change_is_taken_and_a_mistake_keeps_the_last_good(qtbot, preset_file):
    assert preset.pin().agency == "Hillside Fostering"
    watcher = PresetWatcher()
    said = []
    watcher.problem.connect(said.append)
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        preset_file.write_text(GOOD.format(name="Hillside Fostering", minutes=12))
    assert preset.policy("auto_lock_minutes") == 12
    preset_file.write_text("format = 'carerdesk-agency-preset'\nversion = [")  # a typo
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert preset.policy("auto_lock_minutes") == 12  # the last good one stays in force
    preset_file.write_text("format = 'carerdesk-agency-preset'\nversion = [")  # again
    qtbot.wait(800)
    assert len(said) == 1 and said[0], "said once, in words"
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        preset_file.write_text(GOOD.format(name="Hillside Fostering", minutes=20))
    assert said[-1] == "" and preset.policy("auto_lock_minutes") == 20


def test_keys_and_clicks_never_read_the_preset(qtbot, workspace, preset_file, monkeypatch):
    from carerdesk.gui.app import AppController

    preset.pin()
    reads = []
    real = preset.find_and_load
    monkeypatch.setattr(preset, "find_and_load", lambda: reads.append(1) or real())
    controller = AppController(preset_file.parent)
    controller.workspace = workspace  # as after an unlock
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    try:
        for _ in range(50):
            qtbot.keyClick(window.filters.search, Qt.Key.Key_A)
            qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton)
        assert reads == []
    finally:
        controller.workspace = None
        window.detach()
        QApplication.instance().removeEventFilter(controller)
