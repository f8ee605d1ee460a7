"""Restoring a backup as carefully as a save, and finishing one that was cut short.

The order: the backup's headers are checked, then its slot file and the passphrase (or
recovery key), and only then is the database copied out into a staging folder beside the
vault, checked, moved one generation past both the backup and the vault it replaces, and
fsynced with the slot file. The swap is two renames (the current vault
aside, never deleted; the staged one in), so an intent file, written and fsynced before the
first rename, names both: a start after a kill between them (``finish_interrupted_restore``)
moves the staged vault in, which is whole by then, or puts the old one back. There is never
a moment after which a start finds no vault.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from carerdesk.domain.errors import (
    CarerDeskError,
    OtherVaultBackup,
    StorageFailed,
    VaultInUse,
    WrongPassphrase,
)
from carerdesk.vault import generation, leftovers, slots
from carerdesk.vault.archive import Archive, extract_db, open_archive
from carerdesk.vault.atomic import atomic_write, fsync_file, fsync_folder, storage_reason
from carerdesk.vault.backup import _stamp
from carerdesk.vault.check import check_db as _check_db
from carerdesk.vault.process_lock import ProcessLock
from carerdesk.vault.vault import VaultFiles

WAIT_FOR_RESTORE = 5.0  # seconds a start waits for another process's restore to finish


def intent_file(folder: Path) -> Path:
    return folder.with_name(f".{folder.name}.restore-intent.json")


def _lock_file(folder: Path) -> Path:
    return folder.with_name(f".{folder.name}.restore.lock")


@contextlib.contextmanager
def _restoring(folder: Path, wait: float = WAIT_FOR_RESTORE) -> Iterator[None]:
    """One restore (or recovery) of ``folder`` at a time, across processes."""
    guard = ProcessLock(_lock_file(folder))
    deadline = time.monotonic() + wait
    while True:
        try:
            guard.acquire()
            break
        except VaultInUse:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)
    try:
        yield
    finally:
        guard.release()


def restore(backup: Path, folder: Path, unwrap: Callable[[slots.SlotFile], bytes | None],
            wrong: type[Exception] = WrongPassphrase, other_vault: bool = False) -> Path | None:
    """Install ``backup`` as the vault in ``folder``; returns where the old vault was put.

    A backup of another vault replaces this one only when ``other_vault`` says it is meant.
    """
    folder = Path(folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageFailed(str(folder.parent), storage_reason(exc)) from exc
    with _restoring(folder):
        _settle(folder)
        archive = open_archive(backup)  # headers and sizes, before any byte is written
        slot_file = slots.loads(archive.slot_bytes, str(backup))
        if not other_vault:
            _same_vault(slot_file, folder, backup)
        dek = unwrap(slot_file)  # the passphrase, before the database is copied out
        if dek is None:
            raise wrong()
        guard = ProcessLock(VaultFiles(folder).lock_file) if folder.exists() else None
        if guard is not None:
            guard.acquire()  # VaultInUse if it is open elsewhere, before anything is written
        try:
            return _swap_in(_stage(archive, slot_file, dek, folder), folder)
        finally:
            if guard is not None:
                guard.release()


def _same_vault(backup_slots: slots.SlotFile, folder: Path, backup: Path) -> None:
    current = VaultFiles(folder).slot_file
    try:
        with open(current, "rb") as handle:
            current_id = slots.loads(handle.read(slots.MAX_FILE_BYTES + 1), str(current)).vault_id
    except (OSError, CarerDeskError):
        return  # no readable vault here to confuse it with
    if current_id != backup_slots.vault_id:
        raise OtherVaultBackup(str(backup), backup_slots.created_at)


def _stage(archive: Archive, slot_file: slots.SlotFile, dek: bytes, folder: Path) -> Path:
    """The restored vault, whole, checked and fsynced, in a hidden folder beside ``folder``."""
    try:
        staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-restore-"))
    except OSError as exc:
        raise StorageFailed(str(folder.parent), storage_reason(exc)) from exc
    try:
        db = staging / "carerdesk.db"
        extract_db(archive, db)
        _check_db(db, dek, slot_file.db_salt, archive.path, slot_file.vault_id)
        # one generation past the backup's and the replaced vault's: neither file from
        # before the restore can pass for the restored vault's
        slot_bytes = generation.advance_restored(
            db, dek, slot_file, generation.of_key_file(VaultFiles(folder).slot_file))
        fsync_file(db)  # again: the check and the new generation wrote to it
        _write_synced(staging / "vault.json", slot_bytes)
        _write_synced(staging / "vault.lock", b"")
        fsync_folder(staging)
    except OSError as exc:
        leftovers.remove(staging)
        raise StorageFailed(str(folder.parent), storage_reason(exc)) from exc
    except BaseException:
        leftovers.remove(staging)
        raise
    return staging


def _write_synced(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _swap_in(staging: Path, folder: Path) -> Path | None:
    """Move the current vault aside (never deleted), then the restored one into place."""
    aside = folder.with_name(f"{folder.name}.before-restore-{_stamp()}") if folder.exists() \
        else None
    try:
        atomic_write(intent_file(folder), json.dumps(
            {"staging": staging.name, "aside": aside.name if aside else None}).encode())
        if aside is not None:
            os.replace(folder, aside)
        os.replace(staging, folder)
        fsync_folder(folder.parent)
    except (OSError, StorageFailed) as exc:
        _undo(staging, folder, aside)
        if isinstance(exc, StorageFailed):
            raise
        raise StorageFailed(str(folder), storage_reason(exc)) from exc
    _drop_intent(folder)
    return aside


def _undo(staging: Path, folder: Path, aside: Path | None) -> None:
    """A rename failed (not a kill): the old vault back in place, the staged one removed."""
    with contextlib.suppress(OSError):
        if not folder.exists() and aside is not None and aside.exists():
            os.replace(aside, folder)
            fsync_folder(folder.parent)
    if folder.exists():
        leftovers.remove(staging)
        _drop_intent(folder)


def _drop_intent(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(intent_file(folder))
    with contextlib.suppress(OSError):
        fsync_folder(folder.parent)


# --- at start ------------------------------------------------------------------------


def finish_interrupted_restore(folder: Path) -> None:
    """Finish (or undo) a restore that was killed, and clean what killed restores and key
    changes left; called before a vault is looked for, so a kill never shows as no vault.
    Does nothing while another process is restoring it (after waiting a little)."""
    folder = Path(folder)
    if not _anything_left(folder):
        return
    try:
        with _restoring(folder):
            _settle(folder)
    except (VaultInUse, StorageFailed):
        return  # a restore still running, or a folder we cannot write: nothing to finish


def _anything_left(folder: Path) -> bool:
    patterns = (intent_file(folder).name, *leftovers.staging_patterns(folder))
    try:
        return any(next(folder.parent.glob(p), None) for p in patterns) or \
            any(next(folder.glob(p), None) for p in leftovers.VAULT_FOLDER_PATTERNS)
    except OSError:
        return False


def _settle(folder: Path) -> None:
    """With the restore lock held: the intent carried out, then the leftovers removed."""
    intent = intent_file(folder)
    if intent.exists():
        plan = _read_intent(folder)
        if plan is None:
            return  # not ours to guess at: keep every folder as it is
        _carry_out(folder, *plan)
        _drop_intent(folder)
    leftovers.clean(folder.parent, leftovers.staging_patterns(folder), only_stale=False)
    _clean_vault_folder(folder)


def _read_intent(folder: Path) -> tuple[Path, Path | None] | None:
    """The staging and aside folders an intent names, only if they are names a restore of
    ``folder`` makes (a tampered intent must not move other folders)."""
    try:
        plan = json.loads(intent_file(folder).read_bytes()[:4096])
        staging, aside = plan["staging"], plan["aside"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    ok_staging = isinstance(staging, str) and staging.startswith(f".{folder.name}-restore-")
    ok_aside = aside is None or (isinstance(aside, str) and aside.startswith(
        f"{folder.name}.before-restore-"))
    if not (ok_staging and ok_aside) or "/" in staging + (aside or "") or "\\" in staging + (
            aside or ""):
        return None
    return folder.parent / staging, (folder.parent / aside if aside else None)


def _carry_out(folder: Path, staging: Path, aside: Path | None) -> None:
    """Killed between the renames: the staged vault (whole before the intent was written)
    goes in; if it is not there, the old one comes back. A vault in place is left alone."""
    if folder.exists():
        return
    try:
        if (staging / "vault.json").is_file() and (staging / "carerdesk.db").is_file():
            os.replace(staging, folder)
        elif aside is not None and aside.is_dir():
            os.replace(aside, folder)
        fsync_folder(folder.parent)
    except OSError as exc:
        raise StorageFailed(str(folder), storage_reason(exc)) from exc


def _clean_vault_folder(folder: Path) -> None:
    """Temp files of killed slot-file writes, removed only while nobody has the vault open."""
    if not any(next(folder.glob(p), None) for p in leftovers.VAULT_FOLDER_PATTERNS):
        return
    guard = ProcessLock(VaultFiles(folder).lock_file)
    try:
        guard.acquire()
    except (VaultInUse, StorageFailed):
        return
    try:
        leftovers.clean(folder, leftovers.VAULT_FOLDER_PATTERNS, only_stale=False)
    finally:
        guard.release()


__all__ = ["finish_interrupted_restore", "intent_file", "restore"]
