"""A new database key: the journal copied under it, then swapped in with its key file.

``PRAGMA rekey`` is not used: it rewrites the live file in place, and the key file cannot
change in the same instant. Instead, two pending files are made beside the live ones and
made durable first:

1. ``carerdesk.db.rekey``: an encrypted copy (``sqlcipher_export``) under the new key, with
   the next generation written into it, checked page by page;
2. ``vault.json.rekey``: the key file for it (new passphrase and recovery slots);

then the database is renamed into place, then the key file. The two live files always
agree except between those two renames, and ``settle`` (run at every unlock, under the
process lock) tells the states apart by the database's salt: the new key file names the new
database's salt, so it is renamed in; otherwise the pending files are an unfinished copy,
and are removed. A kill at any point leaves a vault that opens.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from carerdesk.domain.errors import StorageFailed
from carerdesk.vault import engine as sqlc
from carerdesk.vault import generation, slots
from carerdesk.vault.atomic import (
    atomic_write,
    fsync_file,
    fsync_folder,
    sqlite_storage_reason,
    storage_reason,
)

SUFFIX = ".rekey"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def pending_database(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def pending_slots(slot_file: Path) -> Path:
    return slot_file.with_name(slot_file.name + SUFFIX)


def _remove(path: Path) -> None:
    for name in (path.name, *(path.name + side for side in _SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / name).unlink()


def write_copy(raw: sqlcipher3.Connection, database: Path, key: bytes,
               next_generation: int) -> bytes:
    """The pending database under ``key``, checked and durable; returns its salt.

    ``raw`` is a live connection to the current database, so the ``-wal`` is included."""
    target = pending_database(database)
    _remove(target)
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only
        raw.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{key.hex()}'\"", (str(target),))
        try:
            raw.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
            generation.write(raw, next_generation, schema="rekeyed")
        finally:
            raw.execute("DETACH DATABASE rekeyed")
        _verify(target, key, next_generation)
        fsync_file(target)
        fsync_folder(target.parent)
        return sqlc.file_salt(target)
    except OSError as exc:
        _remove(target)
        raise StorageFailed(str(target), storage_reason(exc)) from exc
    except sqlcipher3.OperationalError as exc:
        _remove(target)
        reason = sqlite_storage_reason(str(exc))
        if reason is None:
            raise
        raise StorageFailed(str(target), reason) from exc
    except BaseException:
        _remove(target)
        raise


def _verify(path: Path, key: bytes, expected_generation: int) -> None:
    check = sqlc.connect(path, key)
    try:
        problems = [r[0] for r in check.execute("PRAGMA cipher_integrity_check")]
        quick = [r[0] for r in check.execute("PRAGMA quick_check")]
        found = generation.read(check)
        if problems or quick != ["ok"] or found is None or \
                found.generation != expected_generation:
            raise StorageFailed(str(path), "verify")
    finally:
        check.close()


def write_pending_slots(slot_file: Path, updated: slots.SlotFile) -> None:
    atomic_write(pending_slots(slot_file), slots.dumps(updated))


def abandon(database: Path, slot_file: Path) -> None:
    """Remove the pending files of a rekey that did not reach its first rename."""
    _remove(pending_database(database))
    with contextlib.suppress(FileNotFoundError):
        pending_slots(slot_file).unlink()


def check_quiet(database: Path) -> None:
    """Every connection to the old database closed, its WAL checkpointed away: a WAL left
    beside the new file would be replayed into it."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise StorageFailed(str(wal), "busy")


def swap(database: Path, slot_file: Path) -> None:
    """Rename the pending database, then the pending key file, into place (after
    ``check_quiet``)."""
    folder = database.parent
    try:
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                database.with_name(database.name + side).unlink()
        os.replace(pending_database(database), database)
        fsync_folder(folder)
        os.replace(pending_slots(slot_file), slot_file)
        fsync_folder(folder)
    except OSError as exc:
        raise StorageFailed(str(folder), storage_reason(exc)) from exc


def settle(database: Path, slot_file: Path) -> None:
    """Finish or undo a rekey cut short (see the module's note); touches nothing otherwise."""
    new_db, new_slots = pending_database(database), pending_slots(slot_file)
    if new_db.exists():  # the first rename never happened: the live pair is the old one
        abandon(database, slot_file)
        return
    if not new_slots.exists():
        return
    with open(new_slots, "rb") as handle:
        pending = slots.loads(handle.read(slots.MAX_FILE_BYTES + 1), str(new_slots))
    try:
        live_salt = sqlc.file_salt(database)
    except OSError:
        return  # no database to match: leave both for a person to look at
    if pending.db_salt == live_salt:
        os.replace(new_slots, slot_file)
        fsync_folder(slot_file.parent)
    else:
        new_slots.unlink()
