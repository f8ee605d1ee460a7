"""A recovery key never checked is replaced by a new one: only the recovery slot changes."""

import pytest

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import WrongRecoveryKey
from carerdesk.vault import Vault
from carerdesk.vault.kdf import FLOOR

PASS = "kettle orbit velvet"


def test_a_new_recovery_key_replaces_the_old_one(tmp_path):
    folder = tmp_path / "vault"
    created = Vault.create(folder, PASS, PASS, params=FLOOR)
    old = created.recovery_key
    database = (folder / "carerdesk.db").read_bytes()
    try:
        new = created.vault.new_recovery_key()
    finally:
        created.vault.lock()
    assert new != old and len(new) == 77
    # never re-keyed: the same salt (the database only moved its generation on)
    assert (folder / "carerdesk.db").read_bytes()[:16] == database[:16]
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(folder, old)
    Vault.unlock_with_recovery_key(folder, new).lock()
    Vault.unlock(folder, PASS).lock()  # the passphrase slot is untouched


def test_set_up_progress_is_read_from_the_vault(tmp_path):
    folder = tmp_path / "vault"
    workspace, _ = Workspace.create(folder, PASS, PASS, params=FLOOR, check_recovery=True)
    try:
        progress = workspace.set_up_progress()
        assert progress.recovery_pending and progress.needs_household and progress.needs_child
        assert not progress.complete
        workspace.recovery_key_checked()
        workspace.journal.save_household("The Brown family")
        assert not workspace.set_up_progress().complete  # no child yet
        workspace.journal.add_child("Ruby")
        assert workspace.set_up_progress().complete
        workspace.new_recovery_key()
        assert workspace.set_up_progress().recovery_pending  # a new key is checked again
    finally:
        workspace.lock()


def test_a_vault_made_outside_the_wizard_is_never_pending(tmp_path):
    workspace, _ = Workspace.create(tmp_path / "vault", PASS, PASS, params=FLOOR)
    try:
        workspace.journal.add_child("Ruby")  # no household: the command line allows that
        progress = workspace.set_up_progress()
        assert not progress.recovery_pending and progress.needs_household
        assert progress.complete
    finally:
        workspace.lock()
