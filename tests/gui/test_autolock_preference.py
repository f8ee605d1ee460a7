"""A shorter auto-lock time takes effect when Preferences is saved, not at the next unlock: a
carer who shortens it because someone else is in the house must not keep the longer one
(found by trying it: a 1-minute lock did not come for 4 minutes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def _open_preferences(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert menu is not None, "the Journal menu opened"
    qtbot.keyClick(menu, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: getattr(window, "preferences_dialog", None) is not None
                    and window.preferences_dialog.isVisible())
    return window.preferences_dialog


def test_a_new_auto_lock_time_applies_once_preferences_are_saved(qtbot, vault_dir):
    from carerdesk.app.workspace import Workspace
    from carerdesk.gui.app import AppController

    controller = AppController(vault_dir)
    controller.opened(Workspace.unlock(vault_dir, "correct horse battery"))
    window = controller.window
    qtbot.addWidget(window)
    assert controller.idle.interval() == 10 * 60_000
    dialog = _open_preferences(qtbot, window)
    spin = dialog.minutes
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "1")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert controller.idle.interval() == 60_000, "the new time is in force at once"
    assert controller.idle.isActive()
