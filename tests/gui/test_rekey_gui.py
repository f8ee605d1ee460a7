"""Journal → Change the recovery key…, done as a carer does it: the passphrase typed, the button
clicked, the new key read off the dialog and ticked as written down; the old key stops
working, the new one and the passphrase open the journal."""

import pytest
from helpers import PASSPHRASE
from keyboard_checks import check_mnemonics, check_tab_order
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import WrongRecoveryKey
from carerdesk.vault import Vault

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    from carerdesk.vault import kdf

    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.FLOOR)


def _when_modal(steps):
    """``steps(dialog, seen)`` on the next modal window; closed afterwards whatever happened
    (by ``done``: the dialog itself will not close before its key is written down)."""
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or not dialog.isActiveWindow():
            QTimer.singleShot(20, act)
            return
        try:
            steps(dialog, seen)
        except BaseException as exc:
            seen["error"] = exc
        finally:
            if dialog.isVisible():
                QDialog.done(dialog, 0)

    QTimer.singleShot(0, act)
    return seen


def _open_dialog(window, steps):
    QThreadPool.globalInstance().waitForDone(10_000)  # the unlock's background check is over
    seen = _when_modal(steps)
    window.rekey_action.trigger()
    if "error" in seen:
        raise seen["error"]
    return seen


def test_change_the_recovery_key_by_clicks(qtbot, window, vault_dir, vault_ids):
    salt = (vault_dir / "carerdesk.db").read_bytes()[:16]

    def steps(dialog, seen):
        check_mnemonics(dialog)  # one letter each, none clashing, none leading nowhere
        check_tab_order(dialog, dialog.passphrase)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen["busy"] = dialog.busy.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored while the journal is re-encrypted
        seen["escape_while_busy"] = dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=60_000)
        seen["key"] = dialog.key.text()
        seen["typed_kept"] = dialog.passphrase.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored: the key is not written down yet
        seen["escape_before_written"] = dialog.isVisible()
        seen["done_before"] = dialog.done_button.isEnabled()
        check_mnemonics(dialog)
        qtbot.mouseClick(dialog.written, LEFT)
        qtbot.mouseClick(dialog.done_button, LEFT)
        seen["open"] = dialog.isVisible()

    seen = _open_dialog(window, steps)
    assert seen["busy"] and seen["escape_while_busy"]
    assert seen["escape_before_written"] and not seen["done_before"]
    assert not seen["open"] and seen["typed_kept"] == ""
    new_key = "-".join(seen["key"].split())
    assert len(new_key) == 77 and new_key != vault_ids["recovery_key"]
    assert "new recovery key" in window.statusBar().currentMessage()  # exec() said accepted
    window.refresh()  # the journal still reads, under its new key
    assert window.workspace.status().entries == 1
    window.detach()
    window.workspace.lock()
    assert (vault_dir / "carerdesk.db").read_bytes()[:16] != salt
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(vault_dir, vault_ids["recovery_key"])
    Vault.unlock_with_recovery_key(vault_dir, new_key).lock()
    Workspace.unlock(vault_dir, PASSPHRASE).lock()


def test_a_wrong_passphrase_keeps_the_dialog_and_changes_nothing(qtbot, window, vault_dir):
    key_file = (vault_dir / "vault.json").read_bytes()

    def steps(dialog, seen):
        qtbot.keyClicks(dialog.passphrase, "not my passphrase")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=30_000)
        seen["message"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["step"] = dialog.steps.currentIndex()
        seen["open"] = dialog.isVisible()

    seen = _open_dialog(window, steps)
    assert seen["open"] and seen["step"] == 0 and "passphrase is not right" in seen["message"]
    assert (vault_dir / "vault.json").read_bytes() == key_file


def test_the_action_sits_beside_change_passphrase_with_a_letter_of_its_own(window):
    journal = window.menuBar().actions()[0].menu()
    actions = [a for a in journal.actions() if not a.isSeparator()]
    here = actions.index(window.rekey_action)
    assert actions[here - 1] is window.passphrase_action
    letters = [a.text().split("&")[1][0].lower() for a in actions if "&" in a.text()]
    assert len(letters) == len(set(letters))
