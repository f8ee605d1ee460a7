"""Backups: written, verified, rotated, restored without overwriting; bad ones refused."""

import os
import tarfile

import pytest
from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT, snapshot

from carerdesk.app.locations import default_backup_folder
from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.vault import backup


def test_backup_restores_with_passphrase_or_recovery_key(workspace, vault_dir, vault_ids, tmp_path):
    made = workspace.backup(tmp_path / "usb")
    assert made.parent == tmp_path / "usb" and made.suffix == ".cdbackup"
    data = made.read_bytes()
    assert CHILD_NAME.encode() not in data and SECRET_TEXT.encode() not in data
    assert b"SQLite format 3" not in data
    assert made.stat().st_mode & 0o077 == 0  # owner-only, even on a shared USB stick
    workspace.journal.add_child("Written after the backup")
    workspace.lock()
    aside = Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    assert aside is not None and aside.exists()
    assert all(p.stat().st_mode & 0o077 == 0 for p in vault_dir.iterdir())
    with Workspace.unlock(vault_dir, PASSPHRASE) as ws:
        assert [c.name for c in ws.journal.children()] == [CHILD_NAME]
    with Workspace.unlock(aside, PASSPHRASE) as ws:  # the previous vault, kept as it was
        assert len(ws.journal.children()) == 2
    Workspace.restore(made, vault_dir, recovery_key=vault_ids["recovery_key"])
    Workspace.unlock(vault_dir, PASSPHRASE).lock()


def test_only_the_newest_are_kept(workspace, tmp_path):
    for _ in range(4):
        workspace.backup(tmp_path / "b", keep=2)
    assert len(backup.backups_in(tmp_path / "b")) == 2
    assert not [p for p in (tmp_path / "b").iterdir() if not p.name.endswith(".cdbackup")]


def test_at_most_one_automatic_backup_a_day(workspace):
    first = workspace.backup_if_due()
    assert first is not None and first.parent == default_backup_folder(workspace.vault.files.folder)
    assert workspace.backup_if_due() is None
    old = first.stat().st_mtime - 2 * 86400
    os.utime(first, (old, old))
    assert workspace.backup_if_due() is not None


def test_wrong_passphrase_restores_nothing(workspace, vault_dir, tmp_path):
    made = workspace.backup(tmp_path / "b")
    workspace.lock()
    before = snapshot(vault_dir)
    with pytest.raises(errors.WrongPassphrase):
        Workspace.restore(made, vault_dir, passphrase="not the one")
    assert snapshot(vault_dir) == before
    assert sorted(p.name for p in vault_dir.parent.iterdir() if p.name.startswith("vault")) == [
        "vault"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "not a tar", "extra member"])
def test_damaged_backups_are_refused_and_change_nothing(workspace, vault_dir, tmp_path, damage):
    made = workspace.backup(tmp_path / "b")
    workspace.lock()
    data = bytearray(made.read_bytes())
    if damage == "truncate":
        made.write_bytes(bytes(data[: len(data) // 2]))
    elif damage == "flip":
        data[len(data) // 2] ^= 0x40
        made.write_bytes(bytes(data))
    elif damage == "not a tar":
        made.write_bytes(b"hello, this is a letter" * 100)
    else:
        with tarfile.open(made, "a") as tar:
            extra = tmp_path / "notes.txt"
            extra.write_text("x")
            tar.add(extra, arcname="notes.txt")
    before = snapshot(vault_dir)
    with pytest.raises((errors.BackupDamaged, errors.SlotFileDamaged)):
        Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    assert snapshot(vault_dir) == before


def test_restore_refused_while_the_vault_is_open(workspace, vault_dir, tmp_path):
    made = workspace.backup(tmp_path / "b")
    with pytest.raises(errors.VaultInUse):
        Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    assert (vault_dir / "vault.json").exists()


def test_unwritable_and_vanished_backup_folders(workspace, tmp_path, monkeypatch):
    target = tmp_path / "usb"
    target.mkdir()
    target.chmod(0o500)
    try:
        if os.geteuid() != 0:  # root may write anywhere; the unit below covers it too
            with pytest.raises(errors.StorageFailed):
                workspace.backup(target)
    finally:
        target.chmod(0o700)

    def vanished(*args, **kwargs):
        raise FileNotFoundError(2, "No such device")
    monkeypatch.setattr(backup.tarfile, "open", vanished)
    with pytest.raises(errors.StorageFailed) as info:
        workspace.backup(tmp_path / "pulled-out")
    assert info.value.reason == "gone"
    assert not list((tmp_path / "pulled-out").glob("*.part"))


def test_full_disk_while_writing(workspace, tmp_path, monkeypatch):
    import errno

    real_open = backup.tarfile.open

    def full(*args, **kwargs):
        tar = real_open(*args, **kwargs)
        tar.close()
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(backup.tarfile, "open", full)
    with pytest.raises(errors.StorageFailed) as info:
        workspace.backup(tmp_path / "b")
    assert info.value.reason == "full"
    assert backup.backups_in(tmp_path / "b") == []
    assert not list((tmp_path / "b").glob("*.part"))


def test_damaged_vault_points_to_the_newest_backup(workspace, vault_dir):
    made = workspace.backup()
    workspace.lock()
    db = vault_dir / "carerdesk.db"
    data = bytearray(db.read_bytes())
    data[100:164] = bytes(64)
    db.write_bytes(bytes(data))
    with pytest.raises(errors.DatabaseDamaged) as info:
        Workspace.unlock(vault_dir, PASSPHRASE)
    assert info.value.backup == made
    from carerdesk.text.messages import describe

    assert str(made) in describe(info.value)
    Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    Workspace.unlock(vault_dir, PASSPHRASE).lock()


def test_guided_restore_skips_a_damaged_newest_backup(workspace, vault_dir):
    good = workspace.backup()
    newest = workspace.backup()
    workspace.lock()
    newest.write_bytes(newest.read_bytes()[:5000])  # cut short, as by a pulled USB stick
    assert Workspace.restore_newest_good(vault_dir, PASSPHRASE) == good
    Workspace.unlock(vault_dir, PASSPHRASE).lock()


def test_full_disk_and_vanished_disk_during_a_save_are_named():
    from sqlalchemy.exc import OperationalError

    from carerdesk.store.db_errors import typed_error

    full = typed_error(OperationalError("INSERT", {}, Exception("database or disk is full")), "db")
    assert isinstance(full, errors.StorageFailed) and full.reason == "full"
    gone = typed_error(OperationalError("INSERT", {}, Exception("disk I/O error")), "db")
    assert isinstance(gone, errors.StorageFailed) and gone.reason == "gone"
    assert typed_error(OperationalError("X", {}, Exception("no such table: x")), "db") is None


def test_a_backup_of_another_vault_is_not_restored_by_mistake(workspace, vault_dir, tmp_path):
    from carerdesk.vault.kdf import FLOOR

    other, _ = Workspace.create(tmp_path / "other", PASSPHRASE, PASSPHRASE, params=FLOOR)
    foreign = other.backup(tmp_path / "stick")
    other.lock()
    workspace.lock()
    before = snapshot(vault_dir)
    with pytest.raises(errors.OtherVaultBackup) as info:
        Workspace.restore(foreign, vault_dir, passphrase=PASSPHRASE)
    from carerdesk.text.messages import describe

    assert "different vault" in describe(info.value)
    assert snapshot(vault_dir) == before
    aside = Workspace.restore(foreign, vault_dir, passphrase=PASSPHRASE, other_vault=True)
    assert snapshot(aside) == before  # meant: this vault kept aside, whole


def test_the_guided_restore_skips_another_vaults_backup(workspace, vault_dir, tmp_path):
    from carerdesk.vault.kdf import FLOOR

    own = workspace.backup()
    workspace.lock()
    other, _ = Workspace.create(tmp_path / "other", PASSPHRASE, PASSPHRASE, params=FLOOR)
    other.backup(own.parent)  # a shared stick: the other vault's backup is the newest
    other.lock()
    assert Workspace.restore_newest_good(vault_dir, PASSPHRASE) == own


def test_a_backup_folder_in_the_home_folder_is_made_whole(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    chosen = tmp_path / "home" / "Documents" / "CarerDesk backups"  # Documents not made yet
    workspace.set_backup_folder(chosen)
    assert workspace.backup().parent == chosen
