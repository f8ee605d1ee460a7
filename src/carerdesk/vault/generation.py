"""The database's own row, ``vault_identity``: whose journal it is, and its generation.

The key file and the database both carry a generation, moved forward together by every
change of keys (passphrase, recovery key, a new database key) and by a restore. At unlock
they must agree, so an older ``vault.json`` put back beside a newer database, or an older
``carerdesk.db`` beside a newer key file, is said, never opened as if nothing happened.

A change of keys writes the database first (``generation`` one up, ``moving_from`` the old
one), then the key file, then clears ``moving_from``: a kill between the two writes leaves
a pair that ``settle`` recognises and puts right, so the vault still opens.

Functions here take a raw (DB-API) SQLCipher connection in autocommit mode; each write is one
statement, so it is all or nothing.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path

import sqlcipher3

from carerdesk.domain.errors import (
    CarerDeskError,
    DatabaseRolledBack,
    DatabaseWithoutVault,
    ForeignDatabase,
    SlotFileRolledBack,
)
from carerdesk.vault import engine as sqlc
from carerdesk.vault import slots
from carerdesk.vault.atomic import atomic_write

TABLE = "vault_identity"
CREATE = (f"CREATE TABLE {TABLE} (vault_id TEXT NOT NULL, "
          "generation INTEGER NOT NULL DEFAULT 0, moving_from INTEGER)")
COLUMNS = (("generation", "INTEGER NOT NULL DEFAULT 0"), ("moving_from", "INTEGER"))


@dataclass(frozen=True)
class Identity:
    vault_id: str
    generation: int
    moving_from: int | None


def _columns(raw: sqlcipher3.Connection, schema: str) -> set[str]:
    return {row[1] for row in raw.execute(f"PRAGMA {schema}.table_info({TABLE})")}


def read(raw: sqlcipher3.Connection, schema: str = "main") -> Identity | None:
    """The row, or None when there is no identity (no table, no row, or several rows).
    A vault from before generations reads as generation 0."""
    columns = _columns(raw, schema)
    if "vault_id" not in columns:
        return None
    picked = ", ".join(name if name in columns else "NULL" for name, _ in COLUMNS)
    rows = raw.execute(f"SELECT vault_id, {picked} FROM {schema}.{TABLE}").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        return None
    vault_id, generation, moving_from = rows[0]
    return Identity(vault_id, int(generation or 0), moving_from)


def ensure_columns(raw: sqlcipher3.Connection, schema: str = "main") -> None:
    """Add the generation columns to a vault made before them (migration 0007 does the same
    at unlock; this covers a copy that has not been through it, such as a restored backup)."""
    present = _columns(raw, schema)
    for name, declaration in COLUMNS:
        if name not in present:
            raw.execute(f"ALTER TABLE {schema}.{TABLE} ADD COLUMN {name} {declaration}")


def write(raw: sqlcipher3.Connection, generation: int, moving_from: int | None = None,
          schema: str = "main") -> None:
    ensure_columns(raw, schema)
    raw.execute(f"UPDATE {schema}.{TABLE} SET generation = ?, moving_from = ?",
                (generation, moving_from))


def move_on(raw: sqlcipher3.Connection, slot_path: Path, current: slots.SlotFile,
            updated: slots.SlotFile) -> slots.SlotFile:
    """Write ``updated`` as the key file, one generation past ``current``; returns it. The
    database says so first (with the generation it moves from), so a kill between the two
    writes is told from an older copy."""
    before = current.generation
    moved = replace(updated, generation=before + 1)
    write(raw, before + 1, moving_from=before)
    try:
        atomic_write(slot_path, slots.dumps(moved))
    except BaseException:
        write(raw, before)
        raise
    write(raw, before + 1)
    return moved


Stamp = tuple[tuple[int, int] | None, ...]


def written_stamp(database: Path) -> Stamp:
    """Size and time of the database and its WAL: a write changes one of them, a read
    neither (a checkpoint only follows writes)."""
    stamp: list[tuple[int, int] | None] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            info = path.stat()
            stamp.append((info.st_size, info.st_mtime_ns))
        except OSError:
            stamp.append(None)
    return tuple(stamp)


def settle(raw: sqlcipher3.Connection, vault_id: str, slot_generation: int, database: str,
           slot_file: str) -> None:
    """Check the database against the key file that opened it; put right a change of keys
    cut short; raise what an older or foreign copy is."""
    found = read(raw)
    if found is None:
        raise DatabaseWithoutVault(database)
    if found.vault_id != vault_id:
        raise ForeignDatabase(database)
    if found.generation == slot_generation:
        if found.moving_from is not None:  # killed after the key file was written
            write(raw, slot_generation)
        return
    if found.moving_from == slot_generation and found.generation == slot_generation + 1:
        write(raw, slot_generation)  # killed before the key file was written: undo
        return
    if slot_generation < found.generation:
        raise SlotFileRolledBack(slot_file)
    raise DatabaseRolledBack(database)


# --- for a restore ---------------------------------------------------------------------


def of_key_file(path: Path) -> int:
    """The generation of the key file at ``path``; 0 when there is none to read."""
    with contextlib.suppress(OSError, CarerDeskError), open(path, "rb") as handle:
        return slots.loads(handle.read(slots.MAX_FILE_BYTES + 1), str(path)).generation
    return 0


def advance_restored(database: Path, key: bytes, slot_file: slots.SlotFile,
                     replaced: int) -> bytes:
    """A restored pair, moved one generation past both the backup's and that of the vault it
    replaces (``replaced``, from ``of_key_file``): neither file from before the restore can
    then pass for the restored vault's. Writes the staged database (before it is fsynced
    and renamed in); returns the key file's new bytes to stage beside it."""
    next_generation = max(replaced, slot_file.generation) + 1
    conn = sqlc.connect(database, key, slot_file.db_salt)
    try:
        write(conn, next_generation)
    finally:
        conn.close()
    return slots.dumps(replace(slot_file, generation=next_generation))
