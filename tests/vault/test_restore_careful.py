"""Restore as carefully as a save: a crafted backup is refused from its headers, the passphrase
is checked before the database is copied out, every restored file is fsynced before it is
renamed in, and what killed runs left behind is cleaned at start (only CarerDesk's own)."""

import io
import os
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE, snapshot

from carerdesk.app.locations import default_backup_folder
from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.vault import archive, leftovers, recovery, restore

GIB = 1024 ** 3


def _disk_used(folder: Path) -> int:
    return sum(p.stat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())


def _beside(parent: Path) -> list[str]:
    """What a restore left beside the vault, but for the (empty) lock that keeps two
    restores of it from running at once."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith((".vault", "vault"))
                  and p.name != ".vault.restore.lock")


def _members_of(made: Path, into: Path) -> tuple[Path, Path]:
    with tarfile.open(made) as tar:
        tar.extractall(into, filter="data")
    return into / "vault.json", into / "carerdesk.db"


@pytest.mark.skipif(shutil.which("tar") is None, reason="GNU tar makes the sparse member")
@pytest.mark.parametrize("tar_format", ["gnu", "pax"])
def test_a_sparse_member_is_refused_before_a_byte_is_written(cli, workspace, vault_dir,
                                                             tmp_path, tar_format):
    """The audit's 10 KB backup whose database member unpacks to 3 GiB."""
    slot_file, _ = _members_of(workspace.backup(tmp_path / "b"), tmp_path / "parts")
    workspace.lock()
    crafted = tmp_path / "crafted"
    crafted.mkdir()
    shutil.copy(slot_file, crafted / "vault.json")
    with open(crafted / "carerdesk.db", "wb") as handle:
        handle.write(b"x" * 4096)
        handle.truncate(3 * GIB)
    made = tmp_path / f"sparse-{tar_format}.cdbackup"
    subprocess.run(["tar", f"--format={tar_format}", "-S", "-cf", str(made), "-C", str(crafted),
                    "vault.json", "carerdesk.db"], check=True)
    assert made.stat().st_size < 64 * 1024
    before, used = snapshot(vault_dir), _disk_used(tmp_path)
    started = time.monotonic()
    result = cli("restore", str(made))
    assert result.code == 1 and "damaged" in result.err, result.err
    assert time.monotonic() - started < 20  # refused from the headers, not after 3 GiB
    assert snapshot(vault_dir) == before
    assert _disk_used(tmp_path) <= used + 1024 * 1024
    assert _beside(tmp_path) == ["vault"]


def _tar_with(members: list[tuple[str, bytes, int | None]]) -> bytes:
    """A tar whose headers may claim another size than the data they carry."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data, claimed in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            if claimed is not None:  # rewrite the size in the header just written
                header = tar.offset - tarfile.BLOCKSIZE * (1 + -(-len(data) // 512)) \
                    if data else tar.offset - tarfile.BLOCKSIZE
                buffer.seek(header + 124)
                buffer.write(b"%011o\0" % claimed)
                chk = buffer.getbuffer()[header:header + 512].tobytes()
                chk = chk[:148] + b" " * 8 + chk[156:]
                buffer.seek(header + 148)
                buffer.write(b"%06o\0 " % sum(chk))
                buffer.seek(0, io.SEEK_END)
    return buffer.getvalue()


@pytest.mark.parametrize("case", ["claims more than the file holds", "not whole pages",
                                  "a link", "a folder", "three members", "no database"])
def test_members_whose_real_data_does_not_match_are_refused(workspace, vault_dir, tmp_path,
                                                            case):
    slot_file, db = _members_of(workspace.backup(tmp_path / "b"), tmp_path / "parts")
    workspace.lock()
    slot_bytes, db_bytes = slot_file.read_bytes(), db.read_bytes()
    members: list[tuple[str, bytes, int | None]] = [("vault.json", slot_bytes, None)]
    if case == "claims more than the file holds":
        members.append(("carerdesk.db", db_bytes[:4096], 3 * GIB))
    elif case == "not whole pages":
        members.append(("carerdesk.db", db_bytes[:1000], None))
    elif case == "three members":
        members += [("carerdesk.db", db_bytes, None), ("notes.txt", b"x", None)]
    elif case != "no database":
        members.append(("carerdesk.db", db_bytes, None))
    data = _tar_with(members)
    if case in ("a link", "a folder"):
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            info = tarfile.TarInfo("vault.json")
            info.size = len(slot_bytes)
            tar.addfile(info, io.BytesIO(slot_bytes))
            odd = tarfile.TarInfo("carerdesk.db")
            odd.type = tarfile.SYMTYPE if case == "a link" else tarfile.DIRTYPE
            odd.linkname = "/etc/passwd"
            tar.addfile(odd)
        data = buffer.getvalue()
    made = tmp_path / "crafted.cdbackup"
    made.write_bytes(data)
    before = snapshot(vault_dir)
    with pytest.raises(errors.BackupDamaged):
        Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    assert snapshot(vault_dir) == before
    assert _beside(tmp_path) == ["vault"]


def test_the_passphrase_is_checked_before_the_database_is_copied_out(workspace, vault_dir,
                                                                     tmp_path, monkeypatch):
    made = workspace.backup(tmp_path / "b")
    workspace.lock()
    copied = []
    real = archive.extract_db
    monkeypatch.setattr(restore, "extract_db", lambda *a: (copied.append(a), real(*a)))
    with pytest.raises(errors.WrongPassphrase):
        Workspace.restore(made, vault_dir, passphrase="not the one")
    assert copied == []
    with pytest.raises(errors.WrongRecoveryKey):
        Workspace.restore(made, vault_dir, recovery_key=recovery.format_key(recovery.generate()))
    assert copied == []
    Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    assert len(copied) == 1


def test_every_restored_file_is_fsynced_before_it_is_renamed_in(workspace, vault_dir, tmp_path,
                                                               monkeypatch):
    made = workspace.backup(tmp_path / "b")
    workspace.lock()
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def replace(src, dst, **kwargs):
        events.append(("replace", f"{src} -> {dst}"))
        return real_replace(src, dst, **kwargs)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    swap = next(i for i, (kind, what) in enumerate(events)
                if kind == "replace" and what.endswith(f"-> {vault_dir}"))
    staging = events[swap][1].split(" -> ")[0]
    synced = {Path(what) for kind, what in events[:swap] if kind == "fsync"}
    assert {Path(staging), Path(staging) / "carerdesk.db", Path(staging) / "vault.json"} <= synced
    intent = restore.intent_file(vault_dir)
    written = [i for i, (kind, what) in enumerate(events) if kind == "replace"
               and what.endswith(f"-> {intent}")]
    assert written and written[0] < swap  # the intent is on disk before the first rename
    assert ("fsync", str(vault_dir.parent)) in events[swap:]  # the renames made durable
    assert not intent.exists()
    Workspace.unlock(vault_dir, PASSPHRASE).lock()


def _left(path: Path, data: bytes | None = b"x", old: bool = True) -> Path:
    """A leftover (a folder when ``data`` is None), last touched long ago unless not ``old``."""
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    if old:
        then = time.time() - 2 * leftovers.GRACE_SECONDS
        os.utime(path, (then, then))
    return path


def test_leftovers_of_killed_runs_are_cleaned_at_start_and_nothing_else(cli, workspace,
                                                                        vault_dir, tmp_path):
    backups = default_backup_folder(vault_dir)
    workspace.backup()
    workspace.lock()
    restore_left = [_left(tmp_path / ".vault-restore-k1ll3d", None),
                    _left(tmp_path / "..vault.restore-intent.json.abc.tmp"),
                    _left(vault_dir / ".vault.json.x1y2.tmp")]
    backup_left = [_left(backups / "carerdesk-0123456789ab-20260101T000000000000Z.cdbackup.part"),
                   _left(backups / ".backup-abc", None), _left(backups / ".verify-def", None)]
    fresh = _left(backups / "carerdesk-0123456789ab-20991231T000000000000Z.cdbackup.part",
                  b"another computer is writing this one now", old=False)
    own = [_left(p, b"a person's own file") for p in (
        tmp_path / "notes.part", backups / "holiday.tmp", backups / ".backup notes",
        vault_dir / "vault.json.tmp", backups / "carerdesk-mine.cdbackup")]
    kept_aside = _left(tmp_path / "vault.before-restore-20260101T000000000000Z", None)

    assert cli("status").code == 0  # the vault is looked for: a restore's leftovers go
    assert not any(p.exists() for p in restore_left)
    assert all(p.exists() for p in backup_left)
    assert cli("backup").code == 0  # the backup folder is written to: a backup's leftovers go
    assert not any(p.exists() for p in backup_left)
    assert fresh.exists() and kept_aside.exists()
    assert all(p.exists() for p in own)
    again = _left(backups / ".backup-xyz", None)
    with Workspace.unlock(vault_dir, PASSPHRASE) as opened:
        assert opened.backup_if_due() is None  # not due: nothing written, but tidied
    assert not again.exists() and fresh.exists()


def test_a_restored_vault_is_a_generation_past_the_backup_and_the_vault_it_replaced(
        workspace, vault_dir, tmp_path):
    from carerdesk.vault import generation

    made = workspace.backup(tmp_path / "b")
    workspace.lock()
    slot_file, _ = _members_of(made, tmp_path / "parts")
    before = generation.of_key_file(vault_dir / "vault.json")
    aside = Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    after = generation.of_key_file(vault_dir / "vault.json")
    assert after > max(before, generation.of_key_file(slot_file))
    Workspace.unlock(vault_dir, PASSPHRASE).lock()
    for old in (slot_file, aside / "vault.json"):  # a key file from before, put back
        current = (vault_dir / "vault.json").read_bytes()
        shutil.copy(old, vault_dir / "vault.json")
        with pytest.raises(errors.SlotFileRolledBack):
            Workspace.unlock(vault_dir, PASSPHRASE)
        (vault_dir / "vault.json").write_bytes(current)


def test_a_rename_that_fails_puts_the_old_vault_back(workspace, vault_dir, tmp_path,
                                                     monkeypatch):
    import errno

    made = workspace.backup(tmp_path / "b")
    workspace.lock()
    before = snapshot(vault_dir)
    real, failed = os.replace, []

    def failing(src, dst, **kwargs):
        if Path(dst) == vault_dir and not failed:  # the staged vault's rename in, once
            failed.append(src)
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst, **kwargs)
    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(errors.StorageFailed):
        Workspace.restore(made, vault_dir, passphrase=PASSPHRASE)
    monkeypatch.setattr(os, "replace", real)
    assert failed and ".vault-restore-" in str(failed[0])
    assert snapshot(vault_dir) == before
    assert _beside(tmp_path) == ["vault"] and not restore.intent_file(vault_dir).exists()
