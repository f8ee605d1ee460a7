"""First run through the wizard, then the unlock window, driven through real widgets."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.gui.setup.wizard import SetupWizard
from carerdesk.vault.kdf import FLOOR

PASS = "kettle orbit velvet"


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_wizard_creates_the_vault_household_and_child(qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "vault", kdf_params=FLOOR)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)  # welcome
    page = wizard.currentPage()
    qtbot.keyClicks(page.first, "short")
    assert "Weak" in page.meter.level.text() or "weak" in page.meter.level.text()
    assert "at least 8" in page.meter.advice.text()
    page.first.clear()
    qtbot.keyClicks(page.first, PASS)
    assert "strong" in page.meter.level.text().lower()
    qtbot.keyClicks(page.second, "something else")
    _next(qtbot, wizard)
    assert "not the same" in page.error.text()
    page.second.clear()
    qtbot.keyClicks(page.second, PASS)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.workspace is not None, timeout=15000)
    key_page = wizard.currentPage()
    assert len(wizard.recovery_key) == 77
    assert all(group in key_page.key.text() for group in wizard.recovery_key.split("-"))
    sheet = tmp_path / "sheet.pdf"
    wizard.save_sheet(sheet, key_page.saved)
    assert sheet.read_bytes().startswith(b"%PDF")
    _next(qtbot, wizard)
    confirm = wizard.currentPage()
    groups = wizard.recovery_key.split("-")
    qtbot.keyClicks(confirm.first, "AAAAA")
    qtbot.keyClicks(confirm.second, groups[confirm.groups[1] - 1])
    _next(qtbot, wizard)
    assert confirm.error.isVisible() and wizard.currentPage() is confirm
    confirm.first.clear()
    qtbot.keyClicks(confirm.first, groups[confirm.groups[0] - 1].lower())
    _next(qtbot, wizard)
    household = wizard.currentPage()
    qtbot.keyClicks(household.name, "The Brown family")
    qtbot.keyClicks(household.carers, "Ann and Raj")
    _next(qtbot, wizard)
    child_page = wizard.currentPage()
    qtbot.keyClicks(child_page.fields.name, "Ruby")
    with qtbot.waitSignal(wizard.ready, timeout=5000) as ready:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    workspace = ready.args[0]
    try:
        assert workspace.journal.household().name == "The Brown family"
        [child] = workspace.journal.children()
        assert child.name == "Ruby" and child.placed == dt.date.today() and child.born is None
    finally:
        workspace.lock()


def _through_the_recovery_key(qtbot, wizard):
    page = wizard.currentPage()
    qtbot.keyClicks(page.first, PASS)
    qtbot.keyClicks(page.second, PASS)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.workspace is not None, timeout=15000)
    _next(qtbot, wizard)  # the key shown
    confirm = wizard.currentPage()
    groups = wizard.recovery_key.split("-")
    qtbot.keyClicks(confirm.first, groups[confirm.groups[0] - 1])
    qtbot.keyClicks(confirm.second, groups[confirm.groups[1] - 1])
    _next(qtbot, wizard)


def test_a_social_worker_sets_up_a_supervisor_vault(qtbot, tmp_path):
    from carerdesk.domain.roles import Role
    from carerdesk.gui.setup.wizard_roles import SupervisorPage

    wizard = SetupWizard(tmp_path / "vault", kdf_params=FLOOR)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.welcome.supervisor, Qt.MouseButton.LeftButton)
    _next(qtbot, wizard)
    _through_the_recovery_key(qtbot, wizard)
    page = wizard.currentPage()
    assert isinstance(page, SupervisorPage)  # no household, no child
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()  # a name is needed
    qtbot.keyClicks(page.name, "Priya Shah")
    with qtbot.waitSignal(wizard.ready, timeout=5000) as ready:
        qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    workspace = ready.args[0]
    try:
        assert workspace.role is Role.SUPERVISOR
        key = workspace.exchange.public_key()
        assert key.name == "Priya Shah" and key.role is Role.SUPERVISOR
        assert workspace.journal.children() == []
    finally:
        workspace.lock()


def test_the_role_cannot_change_once_the_vault_exists(qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "vault", kdf_params=FLOOR)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    _through_the_recovery_key(qtbot, wizard)
    wizard.back(), wizard.back(), wizard.back(), wizard.back()
    assert wizard.currentPage() is wizard.welcome
    assert not wizard.welcome.supervisor.isEnabled()
    wizard.abandon()  # leave without the "finish later?" question


def test_unlock_wrong_then_right(qtbot, vault_dir):
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "passphrase is not right" in dialog.error.text()
    assert dialog.isVisible() and dialog.passphrase.hasFocus()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    opened.args[0].lock()


def test_forgotten_passphrase_path(qtbot, vault_dir, vault_ids):
    from carerdesk.gui.setup.recover import RecoverDialog

    dialog = RecoverDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    key = vault_ids["recovery_key"]
    qtbot.keyClicks(dialog.key, key[:7] + ("A" if key[7] != "A" else "B") + key[8:])
    qtbot.keyClicks(dialog.new, "brand new passphrase")
    qtbot.keyClicks(dialog.confirm, "brand new passphrase")
    dialog.try_recover()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert "Group 2" in dialog.error.text()
    dialog.key.setText(key)
    with qtbot.waitSignal(dialog.recovered, timeout=15000) as done:
        dialog.try_recover()
    done.args[0].lock()
    from carerdesk.app.workspace import Workspace

    Workspace.unlock(vault_dir, "brand new passphrase").lock()
    assert QMessageBox  # imported for the modal helper in other tests


def test_printable_sheet_holds_every_group():
    from carerdesk.gui.setup.wizard_keys import sheet_document
    from carerdesk.vault import recovery

    key = recovery.format_key(bytes(range(32)))
    text = sheet_document(key).toPlainText()
    assert all(group in text for group in key.split("-"))
    assert "Forgotten passphrase" in text


def test_add_child_dialog_refuses_an_empty_name(qtbot, workspace):
    from carerdesk.gui.journal.child_dialog import ChildDialog

    dialog = ChildDialog(workspace.journal)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "empty" in dialog.error.text() and dialog.child is None
    qtbot.keyClicks(dialog.name, "Theo")
    dialog.accept()
    assert dialog.child.name == "Theo"
    assert [c.name for c in workspace.journal.children()].count("Theo") == 1


def test_a_refusal_is_announced_to_a_screen_reader(qtbot, vault_dir, monkeypatch):
    """The error is not only shown: it is announced, at once, from the dialog's error line."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    said = []
    real = QAccessible.updateAccessibility

    def listen(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    message, politeness = said[0]
    assert "passphrase is not right" in message
    assert politeness == QAccessible.AnnouncementPoliteness.Assertive
