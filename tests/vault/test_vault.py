"""Create, unlock, lock, change passphrase, recover; and that failures change no byte."""

import multiprocessing
import os
import signal

import pytest
from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT, snapshot

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors, input_errors
from carerdesk.vault import Vault, recovery
from carerdesk.vault.kdf import FLOOR


def test_no_file_holds_plaintext(vault_dir):
    for name, data in snapshot(vault_dir).items():
        assert not data.startswith(b"SQLite format 3"), name
        for secret in (CHILD_NAME, SECRET_TEXT, "Xylophonic"):
            assert secret.encode() not in data, name
            assert secret.encode("utf-16-le") not in data, name


def test_wrong_passphrase_changes_no_byte(vault_dir):
    before = snapshot(vault_dir)
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_dir, "not the passphrase")
    assert snapshot(vault_dir) == before


def test_wrong_recovery_key_changes_no_byte(vault_dir):
    before = snapshot(vault_dir)
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.unlock_with_recovery_key(vault_dir, recovery.format_key(bytes(32)))
    with pytest.raises(errors.RecoveryKeyTypo):
        Vault.unlock_with_recovery_key(vault_dir, "ABCDE-FGHJK")
    assert snapshot(vault_dir) == before


def test_change_passphrase_rewrites_only_the_slot_file(vault_dir):
    db_before = (vault_dir / "carerdesk.db").read_bytes()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.change_passphrase("a brand new passphrase", "a brand new passphrase", params=FLOOR)
    vault.lock()
    # never re-keyed: the same salt (only its generation moved on)
    assert (vault_dir / "carerdesk.db").read_bytes()[:16] == db_before[:16]
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, "a brand new passphrase").lock()


def test_recover_with_recovery_key_then_new_passphrase(vault_dir, vault_ids):
    ws = Workspace.unlock_with_recovery_key(vault_dir, vault_ids["recovery_key"].lower())
    ws.change_passphrase("after recovery 123", "after recovery 123", params=FLOOR)
    assert [c.name for c in ws.journal.children()] == [CHILD_NAME]
    ws.lock()
    Workspace.unlock(vault_dir, "after recovery 123").lock()
    # the recovery key keeps working after the passphrase changed
    Vault.unlock_with_recovery_key(vault_dir, vault_ids["recovery_key"]).lock()


@pytest.mark.parametrize("new,confirm,error", [
    ("short", "short", input_errors.PassphraseTooShort),
    ("        ", "        ", input_errors.PassphraseTooShort),
    ("long enough one", "long enough two", input_errors.PassphraseMismatch),
])
def test_new_passphrase_rules(tmp_path, new, confirm, error):
    with pytest.raises(error):
        Vault.create(tmp_path / "v", new, confirm, params=FLOOR)
    assert not (tmp_path / "v").exists()


def test_create_refuses_an_existing_vault(vault_dir):
    before = snapshot(vault_dir)
    with pytest.raises(errors.VaultAlreadyExists):
        Vault.create(vault_dir, PASSPHRASE, PASSPHRASE, params=FLOOR)
    assert snapshot(vault_dir) == before


def test_missing_folder_and_missing_files(tmp_path, vault_dir):
    with pytest.raises(errors.VaultNotFound):
        Vault.unlock(tmp_path / "nowhere", PASSPHRASE)
    (vault_dir / "vault.json").rename(tmp_path / "elsewhere.json")
    with pytest.raises(errors.SlotFileMissing):
        Vault.unlock(vault_dir, PASSPHRASE)
    (tmp_path / "elsewhere.json").rename(vault_dir / "vault.json")
    (vault_dir / "carerdesk.db").unlink()
    with pytest.raises(errors.DatabaseMissing):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_damaged_slot_file_changes_no_byte(vault_dir):
    slot = vault_dir / "vault.json"
    slot.write_bytes(slot.read_bytes().replace(b'"wrapped": "', b'"wrapped": "A', 1))
    before = snapshot(vault_dir)
    with pytest.raises(errors.SlotFileDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


def test_damaged_database_is_named_and_left_alone(vault_dir):
    db = vault_dir / "carerdesk.db"
    data = bytearray(db.read_bytes())
    data[100:164] = bytes(64)  # inside page 1, past the salt
    db.write_bytes(bytes(data))
    before = snapshot(vault_dir)
    with pytest.raises(errors.DatabaseDamaged):
        Workspace.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


def test_damage_deeper_in_the_file_fails_the_integrity_check(vault_dir):
    db = vault_dir / "carerdesk.db"
    data = bytearray(db.read_bytes())
    data[-3000] ^= 0xFF  # a byte in the last page
    db.write_bytes(bytes(data))
    try:
        ws = Workspace.unlock(vault_dir, PASSPHRASE)
    except errors.DatabaseDamaged:
        return  # also a clear answer
    try:
        assert ws.status().problems  # reported as found...
    except errors.DatabaseDamaged:
        pass  # ...or as damage met on the way
    finally:
        ws.lock()


def test_foreign_database_is_named(vault_dir, tmp_path):
    other, _ = Workspace.create(tmp_path / "other", PASSPHRASE, PASSPHRASE, params=FLOOR)
    other.lock()
    (vault_dir / "carerdesk.db").write_bytes((tmp_path / "other" / "carerdesk.db").read_bytes())
    with pytest.raises(errors.ForeignDatabase) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert not info.value.unencrypted


def test_plain_sqlite_file_is_refused(vault_dir):
    import sqlite3

    (vault_dir / "carerdesk.db").unlink()
    plain = sqlite3.connect(vault_dir / "carerdesk.db")
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(errors.ForeignDatabase) as info:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert info.value.unencrypted


def test_second_opener_in_the_same_process_is_refused(vault_dir):
    first = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(errors.VaultInUse):
            Vault.unlock(vault_dir, PASSPHRASE)
    finally:
        first.lock()
    Vault.unlock(vault_dir, PASSPHRASE).lock()


def _hold_open(folder, ready):
    Vault.unlock(folder, PASSPHRASE)
    ready.set()
    signal.pause()


def test_lock_of_a_killed_process_is_released(vault_dir):
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    child = ctx.Process(target=_hold_open, args=(vault_dir, ready))
    child.start()
    try:
        assert ready.wait(60)
        with pytest.raises(errors.VaultInUse):
            Vault.unlock(vault_dir, PASSPHRASE)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    Vault.unlock(vault_dir, PASSPHRASE).lock()  # no stale lock after a crash


def test_locked_vault_refuses_use(vault_dir):
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.lock()
    with pytest.raises(errors.VaultLocked):
        _ = vault.engine
