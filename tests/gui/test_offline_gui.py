"""The app opens no socket: start-up, unlock, writing and saving, the recovery sheet, backups."""

from PySide6.QtCore import Qt

from carerdesk.gui.app import AppController
from carerdesk.gui.setup.wizard import SetupWizard
from carerdesk.reports.recovery_sheet import recovery_sheet
from carerdesk.vault.kdf import FLOOR


def test_gui_work_opens_no_socket(no_network, qtbot, vault_dir, tmp_path):
    wizard = SetupWizard(tmp_path / "new", kdf_params=FLOOR)  # first-run start-up
    qtbot.addWidget(wizard)
    wizard.show()
    controller = AppController(vault_dir)
    controller.start()  # the unlock window
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    window = controller.window
    qtbot.addWidget(window)
    from carerdesk.gui.journal import main_actions

    editor = main_actions.open_editor(window)
    qtbot.keyClicks(editor.form.narrative.text, "An offline day")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    qtbot.waitUntil(lambda: "Backup" in window.statusBar().currentMessage(), timeout=10000)
    assert recovery_sheet("ABCDE-" * 12 + "ABCDE").startswith(b"%PDF")
    controller.quit()
    assert no_network == []
