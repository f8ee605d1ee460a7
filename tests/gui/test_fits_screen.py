"""Every window and dialog opens within a laptop's screen and is usable there: all of it on
the screen, no button beyond its edge, size and maximised state kept across a lock.

The screen is the offscreen platform's, set by tests/conftest.py (1366×768 unless
CARERDESK_TEST_SCREEN names another in tests/fixtures/screens/): the last test runs this
file again at 1280×720 and at 125 % scaling of a 1366×768 laptop (1093×614 logical).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QWidget,
)

from carerdesk.app.workspace import Workspace
from carerdesk.domain.roles import Role
from carerdesk.gui.common.window_policy import screen_of
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.reports.inbox_window import InboxWindow
from carerdesk.gui.setup.recover import RecoverDialog
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.gui.setup.wizard import SetupWizard
from carerdesk.vault.kdf import FLOOR

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def problems_fitting(window: QWidget) -> list[str]:
    """What a person on this screen could not reach in ``window``."""
    room = screen_of(window).availableGeometry()
    frame = window.frameGeometry()
    name = type(window).__name__
    found = []
    if not room.contains(frame):
        found.append(f"{name} at {frame.getRect()} is not within the screen {room.getRect()}")
    hint = window.minimumSizeHint()
    if hint.height() > room.height() - 36 or hint.width() > room.width():
        found.append(f"{name} needs at least {hint.width()}×{hint.height()}")
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _scrolls(button, window):
            continue
        corner = button.mapTo(window, button.rect().bottomRight())
        if not inside.contains(corner):
            found.append(f"{name}: “{button.text()}” is beyond the window's edge")
    return found


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def window(qtbot, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    win.timeline.setCurrentIndex(win.model.index(0))
    yield win
    win.detach()


def _modal_problems(qtbot, open_it) -> list[str]:
    """Open a modal dialog as a person would, measure it, and close it with Escape."""
    found: list[str] = []

    def measure() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            found.append("no dialog opened")
            return
        found.extend(problems_fitting(modal))
        found.append(f"opened {type(modal).__name__}")
        modal.reject()
    QTimer.singleShot(300, measure)
    open_it()
    qtbot.waitUntil(lambda: any(f.startswith("opened") or f == "no dialog opened"
                                for f in found), timeout=5000)
    return [f for f in found if not f.startswith("opened")]


def test_the_journal_window_fits(qtbot, window):
    assert problems_fitting(window) == []
    assert window.preview.width() >= 280, "the entry can be read without broken words"


def test_the_entry_editor_fits_new_and_amend(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert problems_fitting(window.editor) == []
    window.editor.close_for_lock()
    qtbot.waitUntil(lambda: window.editor is None)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert problems_fitting(window.editor) == []
    window.editor.close_for_lock()


DIALOGS = {
    "history": (Qt.Key.Key_H, CTRL),
    "add a child": (Qt.Key.Key_N, CTRL | SHIFT),
    "supervision report": (Qt.Key.Key_E, CTRL | SHIFT),
    "keys and recipients": (Qt.Key.Key_K, CTRL),
    "my space": (Qt.Key.Key_M, CTRL | SHIFT),
    "supervision records": (Qt.Key.Key_U, CTRL | SHIFT),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_dialog_fits(qtbot, window, name):
    key, modifiers = DIALOGS[name]
    assert _modal_problems(qtbot, lambda: qtbot.keyClick(window, key, modifiers)) == []


def test_the_life_story_and_preferences_fit(qtbot, window):
    window.children_list.setCurrentRow(1)
    assert _modal_problems(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_L,
                                                         CTRL | SHIFT)) == []
    assert _modal_problems(qtbot, window.prefs_action.trigger) == []


def test_unlock_recover_and_the_wizard_fit(qtbot, vault_dir, tmp_path):
    unlock = UnlockDialog(vault_dir)
    qtbot.addWidget(unlock)
    unlock.show()
    assert problems_fitting(unlock) == []
    recover = RecoverDialog(vault_dir)
    qtbot.addWidget(recover)
    recover.show()
    assert problems_fitting(recover) == []
    wizard = SetupWizard(tmp_path / "new", kdf_params=FLOOR)
    qtbot.addWidget(wizard)
    wizard.show()
    assert problems_fitting(wizard) == []


def test_the_inbox_fits(qtbot, tmp_path):
    workspace, _ = Workspace.create(tmp_path / "sw", PASSPHRASE, PASSPHRASE,
                                    role=Role.SUPERVISOR, params=FLOOR)
    try:
        inbox = InboxWindow(workspace)
        qtbot.addWidget(inbox)
        inbox.show()
        inbox.refresh()
        assert problems_fitting(inbox) == []
        inbox.detach()
    finally:
        workspace.lock()


def test_size_and_maximised_state_come_back_after_a_lock(qtbot, workspace):
    first = MainWindow(workspace)
    qtbot.addWidget(first)
    first.show()
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.hide()  # what the lock does before it forgets the window
    second = MainWindow(workspace)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(second.isMaximized)
    second.showNormal()
    second.resize(1000, 540)
    second.hide()
    third = MainWindow(workspace)
    qtbot.addWidget(third)
    third.show()
    assert not third.isMaximized() and (third.width(), third.height()) == (1000, 540)
    for win in (first, second, third):
        win.detach()


SCREENS = Path(__file__).resolve().parents[1] / "fixtures" / "screens"


@pytest.mark.skipif(os.environ.get("CARERDESK_TEST_SCREEN") is not None,
                    reason="already running on another screen")
@pytest.mark.parametrize("screen", ["small-1280x720.json", "scaled-125.json"])
def test_on_a_smaller_and_a_scaled_screen(screen):
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          __file__, "-k", "not smaller_and_a_scaled"],
                         env={**os.environ, "CARERDESK_TEST_SCREEN": screen,
                              "QT_QPA_PLATFORM": "offscreen"},
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
