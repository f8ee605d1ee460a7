"""Whole-vault backups: one file holding the key slots and an encrypted copy of the database.

A backup is an uncompressed tar of ``vault.json`` and ``carerdesk.db`` (both already
encrypted), so it opens with the passphrase or the recovery key of the day it was made.
Every backup is verified after it is written; the newest N are kept. Restoring never
overwrites: the current vault is moved aside first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

from carerdesk.domain.errors import (
    BackupDamaged,
    CarerDeskError,
    OtherVaultBackup,
    StorageFailed,
    WrongPassphrase,
)
from carerdesk.vault import engine as sqlc
from carerdesk.vault import slots
from carerdesk.vault.atomic import fsync_folder, storage_reason
from carerdesk.vault.process_lock import ProcessLock
from carerdesk.vault.vault import UnlockedVault, VaultFiles

SUFFIX = ".cdbackup"
MEMBERS = ("vault.json", "carerdesk.db")
MAX_DB_BYTES = 64 * 1024 ** 3


def _stamp() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def _storage(path: Path, exc: OSError) -> StorageFailed:
    return StorageFailed(str(path), storage_reason(exc))


def backups_in(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first (names sort by time)."""
    try:
        return sorted(folder.glob(f"carerdesk-*{SUFFIX}"), reverse=True)
    except OSError:
        return []


def write_backup(vault: UnlockedVault, folder: Path, keep: int = 14,
                 make_parents: bool = True) -> Path:
    """Write, verify and rotate; returns the new backup's path.

    Without ``make_parents`` only the last folder is made: a chosen folder on a USB stick
    that was pulled out must fail as gone, not quietly fill the empty mount point.
    """
    try:
        folder.mkdir(parents=make_parents, exist_ok=True)
        final = folder / f"carerdesk-{_stamp()}{SUFFIX}"
        part = final.with_name(final.name + ".part")
        with tempfile.TemporaryDirectory(dir=folder, prefix=".backup-") as tmp:
            db_copy = Path(tmp) / "carerdesk.db"
            vault.export_copy(db_copy)
            # owner-only from the first byte, like the vault's own files
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                with tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar:
                    _add_bytes(tar, "vault.json", vault.files.slot_file.read_bytes())
                    tar.add(db_copy, arcname="carerdesk.db")
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(part, final)
        fsync_folder(folder)
    except OSError as exc:
        with contextlib.suppress(OSError, UnboundLocalError):
            part.unlink()
        raise _storage(folder, exc) from exc
    verify_backup(final, vault.check_copy)
    prune(folder, keep)
    return final


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def prune(folder: Path, keep: int) -> None:
    for old in backups_in(folder)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.unlink()


def _open_members(backup: Path, into: Path) -> tuple[bytes, Path]:
    """The slot file's bytes and the database extracted into ``into``; strict about shape."""
    try:
        with tarfile.open(backup, "r:") as tar:
            members = tar.getmembers()
            if sorted(m.name for m in members) != sorted(MEMBERS) or not all(
                    m.isfile() for m in members):
                raise BackupDamaged(str(backup))
            by_name = {m.name: m for m in members}
            if by_name["vault.json"].size > slots.MAX_FILE_BYTES or \
                    by_name["carerdesk.db"].size > MAX_DB_BYTES:
                raise BackupDamaged(str(backup))
            slot_bytes = tar.extractfile(by_name["vault.json"]).read()  # type: ignore[union-attr]
            db_path = into / "carerdesk.db"
            with tar.extractfile(by_name["carerdesk.db"]) as src, open(db_path, "wb") as dst:  # type: ignore[union-attr]
                shutil.copyfileobj(src, dst)
    except (tarfile.TarError, EOFError, KeyError):
        raise BackupDamaged(str(backup)) from None
    except FileNotFoundError:
        raise BackupDamaged(str(backup)) from None
    except OSError as exc:
        raise _storage(backup, exc) from exc
    return slot_bytes, db_path


def verify_backup(backup: Path, check_db: Callable[[Path], None]) -> None:
    """Re-read the written file and open its database: a backup nobody can open is no backup."""
    with tempfile.TemporaryDirectory(dir=backup.parent, prefix=".verify-") as tmp:
        slot_bytes, db_path = _open_members(backup, Path(tmp))
        slots.loads(slot_bytes, str(backup))
        check_db(db_path)


def restore(backup: Path, folder: Path, unwrap: Callable[[slots.SlotFile], bytes | None],
            wrong: type[Exception] = WrongPassphrase, other_vault: bool = False) -> Path | None:
    """Install ``backup`` as the vault in ``folder``; returns where the old vault was put.

    A backup of another vault replaces this one only when ``other_vault`` says it is meant.
    """
    folder = Path(folder)
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}-restore-"))
    except OSError as exc:
        raise _storage(parent, exc) from exc
    try:
        slot_bytes, db_path = _open_members(backup, staging)
        slot_file = slots.loads(slot_bytes, str(backup))
        if not other_vault:
            _same_vault(slot_file, folder, backup)
        dek = unwrap(slot_file)
        if dek is None:
            raise wrong()
        _check_db(db_path, dek, slot_file.db_salt, backup)
        (staging / "vault.json").write_bytes(slot_bytes)
        (staging / "vault.lock").touch()
        for made in staging.iterdir():
            made.chmod(0o600)
        return _swap_in(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _same_vault(backup_slots: slots.SlotFile, folder: Path, backup: Path) -> None:
    current = VaultFiles(folder).slot_file
    try:
        with open(current, "rb") as handle:
            current_id = slots.loads(handle.read(slots.MAX_FILE_BYTES + 1), str(current)).vault_id
    except (OSError, CarerDeskError):
        return  # no readable vault here to confuse it with
    if current_id != backup_slots.vault_id:
        raise OtherVaultBackup(str(backup), backup_slots.created_at)


def _check_db(path: Path, key: bytes, salt: bytes, backup: Path) -> None:
    try:
        conn = sqlc.connect(path, key, salt)
    except Exception:
        raise BackupDamaged(str(backup)) from None
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if problems or [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            raise BackupDamaged(str(backup))
    finally:
        conn.close()


def _swap_in(staging: Path, folder: Path) -> Path | None:
    """Move the current vault aside (never deleted), then the restored one into place."""
    aside = None
    guard = ProcessLock(VaultFiles(folder).lock_file) if folder.exists() else None
    if guard is not None:
        guard.acquire()  # VaultInUse if it is open elsewhere
    try:
        if folder.exists():
            aside = folder.with_name(f"{folder.name}.before-restore-{_stamp()}")
            os.replace(folder, aside)
        os.replace(staging, folder)
        fsync_folder(folder.parent)
    except OSError as exc:
        raise _storage(folder, exc) from exc
    finally:
        if guard is not None:
            guard.release()
    return aside


__all__ = ["SUFFIX", "backups_in", "prune", "restore", "verify_backup",
           "write_backup"]
