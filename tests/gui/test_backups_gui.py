"""Backups as a carer meets them: made on unlock, chosen folder, and a guided restore."""

from pathlib import Path

from PySide6.QtCore import Qt

from carerdesk.app.locations import default_backup_folder
from carerdesk.app.workspace import Workspace
from carerdesk.gui.app import AppController
from carerdesk.gui.journal.preferences import PreferencesDialog
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.vault import backup

PASS = "correct horse battery"


def test_unlock_makes_the_daily_backup(qtbot, vault_dir):
    controller = AppController(vault_dir)
    controller.opened(Workspace.unlock(vault_dir, PASS))
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: "Backup written" in controller.window.statusBar().currentMessage(),
                    timeout=10000)
    assert len(backup.backups_in(default_backup_folder(vault_dir))) == 1
    controller.quit()


def test_preferences_choose_the_backup_folder(qtbot, workspace, tmp_path):
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "usb"))
    dialog.minutes.setValue(5)
    dialog.accept()
    assert workspace.backup_folder() == tmp_path / "usb"
    assert workspace.backup().parent == tmp_path / "usb"
    from carerdesk.gui.common.autolock import autolock_minutes

    assert autolock_minutes() == 5


def test_damaged_journal_offers_the_newest_backup(qtbot, vault_dir):
    with Workspace.unlock(vault_dir, PASS) as ws:
        made = ws.backup()
    db = vault_dir / "carerdesk.db"
    data = bytearray(db.read_bytes())
    data[100:164] = bytes(64)
    db.write_bytes(bytes(data))
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.restore_button.isVisible, timeout=10000)
    assert "damaged" in dialog.error.text() and str(made) in dialog.error.text()
    with qtbot.waitSignal(dialog.unlocked, timeout=15000) as opened:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    opened.args[0].lock()
    kept = [p for p in Path(vault_dir).parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and (kept[0] / "carerdesk.db").read_bytes() == bytes(data)


def test_damage_found_after_unlock_locks_and_offers_the_backup(qtbot, vault_dir):
    with Workspace.unlock(vault_dir, PASS) as ws:
        ws.backup()
    db = vault_dir / "carerdesk.db"
    data = bytearray(db.read_bytes())
    data[-3000] ^= 0xFF  # a deep page: the file opens, the background check finds it
    db.write_bytes(bytes(data))
    controller = AppController(vault_dir)
    try:
        workspace = Workspace.unlock(vault_dir, PASS)
    except Exception:  # noqa: BLE001 - found at once: the unlock window handles it
        return
    controller.opened(workspace)  # the controller closes its own window when it locks
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=10000)
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isVisibleTo(dialog) and "damaged" in dialog.error.text()
