"""Presets that keep up, as the carer sees them (issue 18, item 3): the journal opens under
a broken preset with a banner saying to call the agency; the agency is named on the unlock
window and in About; a social worker who has left is not offered in the export dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from preset_helpers import JO, PRIYA, SAM, preset_text, system_preset_path
from PySide6.QtCore import Qt

from carerdesk.app import policy, preset
from carerdesk.app.workspace import Workspace
from carerdesk.gui.app import AppController
from carerdesk.gui.common.help_dialog import AboutDialog
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.setup.unlock import UnlockDialog


@pytest.fixture
def system_preset() -> Path:
    return system_preset_path()


def _open_app(qtbot, vault_dir) -> AppController:
    """As ``carerdesk`` starts: the preset pinned, then the unlock window, typed into."""
    preset.unpin()
    preset.pin()
    controller = AppController(vault_dir)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=15000)
    return controller


def test_a_broken_preset_on_disk_and_the_journal_opens_with_the_banner(
        qtbot, vault_dir, system_preset):
    system_preset.write_text(preset_text([(SAM, True)]))
    Workspace.unlock(vault_dir, PASSPHRASE).lock()  # the good one, kept in the vault
    system_preset.write_text("format = 'carerdesk-agency-preset'\nversion = [")  # a typo
    controller = _open_app(qtbot, vault_dir)
    notice = controller.window.notice
    assert notice.isVisible()
    assert "mistake" in notice.text() and "tell your agency" in notice.text()
    assert "carerdesk-preset.toml" in notice.text()  # what the agency needs to mend it
    assert policy.current().auto_lock_minutes == 7, "the last good preset is in force"
    about = AboutDialog(controller.window)
    qtbot.addWidget(about)
    assert "Hillside Fostering" in about.text.text() and "kept in this vault" in about.text.text()
    system_preset.write_text(preset_text([(SAM, True)]))  # the agency mends it
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=5000)


def test_the_agency_is_named_on_the_unlock_window_and_in_about(qtbot, vault_dir,
                                                                  system_preset):
    system_preset.write_text(preset_text([(SAM, True)], agency="Hillside <b>Fostering</b>"))
    preset.pin()
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.agency.isVisible()
    assert dialog.agency.text() == "Set up by Hillside <b>Fostering</b>"  # shown, not markup
    about = AboutDialog()
    qtbot.addWidget(about)
    assert "Hillside &lt;b&gt;Fostering&lt;/b&gt;" in about.text.text()
    assert "settings folder: " in about.text.text()


def test_no_agency_on_the_unlock_window_without_a_preset(qtbot, vault_dir):
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.agency.isVisible()


def test_a_social_worker_who_has_left_is_not_offered(qtbot, vault_dir,
                                                     system_preset):
    from carerdesk.gui.reports.export_dialog import ExportDialog

    system_preset.write_text(preset_text([(SAM, True), (PRIYA, False)]))
    Workspace.unlock(vault_dir, PASSPHRASE).lock()
    system_preset.write_text(preset_text([(PRIYA, True), (JO, False)]))  # Sam has left
    controller = _open_app(qtbot, vault_dir)
    assert "Jo Bloggs" in controller.window.statusBar().currentMessage()
    assert "Sam Okafor is no longer with the agency" in \
        controller.window.statusBar().currentMessage()
    dialog = ExportDialog(controller.workspace, controller.window)
    qtbot.addWidget(dialog)
    offered = [dialog.recipients.item(i).text() for i in range(dialog.recipients.count())]
    assert any("Priya Shah" in o for o in offered) and any(JO.fingerprint in o for o in offered)
    assert not any("Sam Okafor" in o for o in offered)
