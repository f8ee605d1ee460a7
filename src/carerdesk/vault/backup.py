"""Whole-vault backups: one file holding the key slots and an encrypted copy of the database.

A backup is an uncompressed tar of ``vault.json`` and ``carerdesk.db`` (both already
encrypted), so it opens with the passphrase or the recovery key of the day it was made.
Its name carries a short hash of the vault's id (never a child's name), so that a folder
shared by several vaults (a preset's, a family's stick) is rotated per vault. A backup is
verified before it takes its name, and only then are this vault's oldest ones pruned: a
backup of an empty or damaged journal is refused and never pushes a good one out.
Restoring lives in ``restore.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import re
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

from carerdesk.domain.errors import BackupDamaged, DatabaseDamaged, StorageFailed
from carerdesk.vault import leftovers, slots
from carerdesk.vault.archive import MAX_DB_BYTES, MEMBERS, extract_db, open_archive, read_owner
from carerdesk.vault.atomic import fsync_folder, storage_reason
from carerdesk.vault.vault import UnlockedVault

SUFFIX = ".cdbackup"
# carerdesk-<12 hex of the vault id's hash>-<UTC stamp>.cdbackup; older ones had no hash
_NAME = re.compile(r"^carerdesk-(?:(?P<owner>[0-9a-f]{12})-)?(?P<stamp>\d{8}T\d{6}\d*Z)"
                   + re.escape(SUFFIX) + "$")


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _storage(path: Path, exc: OSError) -> StorageFailed:
    return StorageFailed(str(path), storage_reason(exc))


def short_id(vault_id: str) -> str:
    """12 hex digits naming a vault in backup file names (a hash: the id itself stays inside)."""
    return hashlib.sha256(vault_id.encode("utf-8")).hexdigest()[:12]


def backup_name(vault_id: str) -> str:
    return f"carerdesk-{short_id(vault_id)}-{_stamp()}{SUFFIX}"


def owner(backup: Path) -> str | None:
    """The short id of the vault a backup belongs to: from its name, or, for a backup named
    before names carried it, from the slot file inside; None if neither tells."""
    match = _NAME.match(backup.name)
    if match is None:
        return None
    if match["owner"]:
        return match["owner"]
    vault_id = read_owner(backup)
    return short_id(vault_id) if vault_id else None


def backups_in(folder: Path, vault_id: str | None = None) -> list[Path]:
    """CarerDesk backups in ``folder``, newest first; with ``vault_id``, only that vault's."""
    try:
        found = [(m["stamp"], p) for p in folder.glob(f"carerdesk-*{SUFFIX}")
                 if (m := _NAME.match(p.name)) and p.is_file()]
    except OSError:
        return []
    newest_first = [p for _, p in sorted(found, key=lambda item: (item[0], item[1].name),
                                         reverse=True)]
    if vault_id is None:
        return newest_first
    mine = short_id(vault_id)
    return [p for p in newest_first if owner(p) == mine]


def write_backup(vault: UnlockedVault, folder: Path, keep: int = 14,
                 make_parents: bool = True) -> Path:
    """Write, verify and rotate; returns the new backup's path.

    Without ``make_parents`` only the last folder is made: a chosen folder on a USB stick
    that was pulled out must fail as gone, not quietly fill the empty mount point.
    DatabaseDamaged (nothing written, nothing pruned) if the journal is empty or damaged.
    """
    try:
        folder.mkdir(mode=0o700, parents=make_parents, exist_ok=True)  # owner-only, like the vault
    except OSError as exc:
        raise _storage(folder, exc) from exc
    clean_leftovers(folder)
    final = folder / backup_name(vault.vault_id)
    part = final.with_name(final.name + ".part")
    try:
        with tempfile.TemporaryDirectory(dir=folder, prefix=".backup-") as tmp:
            db_copy = Path(tmp) / "carerdesk.db"
            vault.export_copy(db_copy)
            _journal_is_sound(vault, db_copy)
            _write_tar(part, vault.files.slot_file.read_bytes(), db_copy)
        _verify_written(part, vault)
        os.replace(part, final)
        fsync_folder(folder)
    except OSError as exc:
        raise _storage(folder, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    prune(folder, keep, vault.vault_id)
    return final


def clean_leftovers(folder: Path) -> list[Path]:
    """What killed backups left in ``folder`` (temp folders, ``.part`` files), once it is
    old enough that no other process can still be writing it."""
    return leftovers.clean(folder, leftovers.BACKUP_FOLDER_PATTERNS)


def _journal_is_sound(vault: UnlockedVault, db_copy: Path) -> None:
    try:
        vault.check_copy(db_copy)
    except BackupDamaged:
        raise DatabaseDamaged(str(vault.files.database)) from None


def _verify_written(part: Path, vault: UnlockedVault) -> None:
    """Read the file back as a restore would: a backup nobody can open is no backup."""
    try:
        verify_backup(part, vault.check_copy)
    except BackupDamaged:
        raise StorageFailed(str(part.parent), "verify") from None


def _write_tar(part: Path, slot_bytes: bytes, db_copy: Path) -> None:
    # owner-only from the first byte, like the vault's own files
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        with tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar:
            _add_bytes(tar, "vault.json", slot_bytes)
            tar.add(db_copy, arcname="carerdesk.db")
        handle.flush()
        os.fsync(handle.fileno())


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def prune(folder: Path, keep: int, vault_id: str) -> None:
    """Keep this vault's newest ``keep``; another vault's backups are never touched."""
    for old in backups_in(folder, vault_id)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()


def _open_members(backup: Path, into: Path) -> tuple[bytes, Path]:
    """The slot file's bytes and the database copied out into ``into``; strict about shape."""
    archive = open_archive(backup)
    db_path = into / "carerdesk.db"
    extract_db(archive, db_path)
    return archive.slot_bytes, db_path


def verify_backup(backup: Path, check_db: Callable[[Path], None]) -> None:
    """Re-read the written file and open its database."""
    with tempfile.TemporaryDirectory(dir=backup.parent, prefix=".verify-") as tmp:
        slot_bytes, db_path = _open_members(backup, Path(tmp))
        slots.loads(slot_bytes, str(backup))
        check_db(db_path)


def backups_of(folder: Path, vault_id: str | None) -> list[Path]:
    """This vault's backups, newest first. With no id (the vault's key file is gone), every
    backup in the folder only if they are all of one vault: a guess on a shared stick could
    put another family's journal in place."""
    if vault_id is not None:
        return backups_in(folder, vault_id)
    found = backups_in(folder)
    owners = {owner(p) for p in found} - {None}
    return found if len(owners) <= 1 else []


__all__ = ["MAX_DB_BYTES", "MEMBERS", "SUFFIX", "backup_name", "backups_in", "backups_of",
           "clean_leftovers", "owner", "prune", "short_id", "verify_backup", "write_backup"]
