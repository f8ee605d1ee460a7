"""A backup folder shared by several vaults (a preset's folder for everyone, a family's stick):
rotation, the daily backup, the newest backup and the guided restore count only this vault's."""

import os
import shutil

import pytest
from helpers import CHILD_NAME, PASSPHRASE

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.vault import backup
from carerdesk.vault.kdf import FLOOR


@pytest.fixture
def other(tmp_path):
    """Vault B, with no child yet; yields it unlocked."""
    workspace, _ = Workspace.create(tmp_path / "other", PASSPHRASE, PASSPHRASE, params=FLOOR)
    yield workspace
    workspace.lock()


def _mine(folder, workspace):
    return backup.backups_in(folder, workspace.vault.vault_id)


def test_twenty_backups_of_one_vault_leave_the_other_vaults_only_backup(cli, workspace, other,
                                                                        vault_dir, tmp_path):
    shared = tmp_path / "stick"
    only = other.backup(shared)
    workspace.lock()
    made = cli("backup", "--out", str(shared))  # as a person does it, then 19 more
    assert made.code == 0, made.err
    first = made.last_line
    assert backup.short_id(other.vault.vault_id) not in first
    assert CHILD_NAME.split()[0] not in first
    with Workspace.unlock(vault_dir, PASSPHRASE) as a:
        for _ in range(19):
            a.backup(shared)
        assert len(_mine(shared, a)) == 14  # the default rotation, of A's alone
        assert first not in map(str, _mine(shared, a))
    assert only.exists() and _mine(shared, other) == [only]
    assert len(backup.backups_in(shared)) == 15


def test_the_daily_backup_counts_only_this_vaults(workspace, other, tmp_path):
    shared = tmp_path / "preset folder"
    Workspace.set_backup_folder(shared)
    assert other.backup_if_due() is not None
    made = workspace.backup_if_due()  # B's fresh backup does not count for A
    assert made is not None and made.parent == shared
    assert workspace.backup_if_due() is None  # A's own does
    assert other.backup_if_due() is None


def test_backups_named_before_names_carried_the_vault_are_told_apart_by_their_key_file(
        workspace, other, tmp_path):
    shared = tmp_path / "stick"
    made = other.backup(shared)
    old_style = made.with_name("carerdesk-20250101T000000000000Z.cdbackup")  # last year's name
    os.rename(made, old_style)
    assert backup.owner(old_style) == backup.short_id(other.vault.vault_id)
    for _ in range(3):
        workspace.backup(shared, keep=2)
    assert old_style.exists()  # not A's to prune
    assert _mine(shared, other) == [old_style]
    newer = other.backup(shared, keep=1)  # B's own rotation counts it, and drops it
    assert _mine(shared, other) == [newer] and not old_style.exists()
    assert len(_mine(shared, workspace)) == 2


def test_newest_backup_and_the_guided_restore_are_this_vaults(cli, workspace, other, vault_dir,
                                                              tmp_path):
    shared = tmp_path / "stick"
    Workspace.set_backup_folder(shared)
    own = workspace.backup()
    workspace.lock()
    other.journal.add_child("Another family's child")
    theirs = other.backup()  # newer, same passphrase
    db = vault_dir / "carerdesk.db"
    data = bytearray(db.read_bytes())
    data[100:164] = bytes(64)
    db.write_bytes(bytes(data))
    assert Workspace.newest_backup(vault_dir) == own
    damaged = cli("child", "list")
    assert damaged.code == 1 and str(own) in damaged.err and str(theirs) not in damaged.err
    assert Workspace.restore_newest_good(vault_dir, PASSPHRASE) == own
    with Workspace.unlock(vault_dir, PASSPHRASE) as a:
        assert [c.name for c in a.journal.children()] == [CHILD_NAME]


def test_a_vault_without_its_key_file_never_guesses_between_two_vaults(workspace, other,
                                                                        vault_dir, tmp_path):
    shared = tmp_path / "stick"
    Workspace.set_backup_folder(shared)
    own = workspace.backup()
    workspace.lock()
    (vault_dir / "vault.json").unlink()
    assert Workspace.newest_backup(vault_dir) == own  # only one vault's backups: that one
    other.backup()
    assert Workspace.newest_backup(vault_dir) is None  # two vaults' backups: no guess
    with pytest.raises(errors.BackupDamaged):
        Workspace.restore_newest_good(vault_dir, PASSPHRASE)
    shutil.rmtree(vault_dir)  # and a restore by hand, of the file meant, still works
    Workspace.restore(own, vault_dir, passphrase=PASSPHRASE)
    Workspace.unlock(vault_dir, PASSPHRASE).lock()
