"""A backup of an empty or damaged journal is refused: it never becomes the newest backup and
never rotates a good one out; the guided restore passes over such a backup for the newest
good one of this vault."""

import io
import tarfile

import pytest
from helpers import CHILD_NAME, PASSPHRASE, snapshot

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.text.messages import describe
from carerdesk.vault import backup, slots
from carerdesk.vault import engine as sqlc


def _only_good(folder, good):
    assert backup.backups_in(folder) == [good]
    assert not [p.name for p in folder.iterdir() if p != good]  # no part, no temp folder


def test_an_emptied_database_never_rotates_out_the_good_backup(cli, workspace, vault_dir,
                                                               tmp_path):
    """The audit's ``: > carerdesk.db``, then the daily backup with keep 1."""
    folder = tmp_path / "usb"
    good = workspace.backup(folder, keep=1)
    workspace.lock()
    (vault_dir / "carerdesk.db").write_bytes(b"")
    for _ in range(2):
        made = cli("backup", "--out", str(folder))
        assert made.code == 1 and ("damaged" in made.err or "empty" in made.err), made.err
    _only_good(folder, good)
    Workspace.set_backup_folder(folder)
    assert Workspace.restore_newest_good(vault_dir, PASSPHRASE) == good
    with Workspace.unlock(vault_dir, PASSPHRASE) as restored:
        assert [c.name for c in restored.journal.children()] == [CHILD_NAME]


def test_a_journal_that_lost_its_identity_is_not_backed_up(workspace, tmp_path):
    """What the emptied database becomes when a schema is built over it: tables, no vault."""
    Workspace.set_backup_folder(tmp_path / "usb")
    good = workspace.backup(keep=1)
    with workspace.vault.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE vault_identity")
    with pytest.raises(errors.DatabaseDamaged) as info:
        workspace.backup(keep=1)
    assert info.value.backup == good and str(good) in describe(info.value)
    with pytest.raises(errors.DatabaseDamaged):
        workspace.backup_if_due(hours=0)  # the daily one too
    _only_good(tmp_path / "usb", good)


def _backup_with(made, db_bytes, target):
    with tarfile.open(made) as tar:
        slot_bytes = tar.extractfile("vault.json").read()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in (("vault.json", slot_bytes), ("carerdesk.db", db_bytes)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    target.write_bytes(buffer.getvalue())
    return target


def _empty_journal(made, tmp_path) -> bytes:
    """A database under this vault's own key, sound page by page, with no journal in it."""
    with tarfile.open(made) as tar:
        slot_file = slots.loads(tar.extractfile("vault.json").read(), "x")
    key = slots.open_with_passphrase(slot_file, PASSPHRASE)
    path = tmp_path / "empty.db"
    conn = sqlc.connect(path, key)
    conn.execute("CREATE TABLE notes (x)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path.read_bytes()


def test_the_guided_restore_passes_over_an_empty_journals_backup(cli, workspace, vault_dir,
                                                                tmp_path):
    folder = tmp_path / "usb"
    Workspace.set_backup_folder(folder)
    good = workspace.backup()
    newest = workspace.backup()
    workspace.lock()
    _backup_with(good, _empty_journal(good, tmp_path), newest)  # the newest, emptied
    before = snapshot(vault_dir)
    refused = cli("restore", str(newest))
    assert refused.code == 1 and "damaged" in refused.err
    assert snapshot(vault_dir) == before
    assert Workspace.restore_newest_good(vault_dir, PASSPHRASE) == good
    with Workspace.unlock(vault_dir, PASSPHRASE) as restored:
        assert [c.name for c in restored.journal.children()] == [CHILD_NAME]
