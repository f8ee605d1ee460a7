"""SQLCipher connections and the SQLAlchemy engine over them.

Every connection proves it is SQLCipher, sets the raw 256-bit key, proves the key with a read
of ``sqlite_master``, then sets the pragmas that keep plaintext off the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from carerdesk.domain.errors import CipherUnavailable, DatabaseDamaged, ForeignDatabase

SQLITE_HEADER = b"SQLite format 3\0"
SALT_BYTES = 16
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",  # no plaintext temp files
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


def file_salt(path: Path) -> bytes:
    """The first 16 bytes of a SQLCipher file: its salt, stored in the clear."""
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def classify_unreadable(path: Path, expected_salt: bytes) -> Exception:
    """Why a database would not open with the right key: foreign, plaintext or damaged."""
    try:
        head = path.read_bytes()[: len(SQLITE_HEADER)] if path.stat().st_size else b""
    except OSError:
        return DatabaseDamaged(str(path))
    if head == SQLITE_HEADER:
        return ForeignDatabase(str(path), unencrypted=True)
    if expected_salt and head[:SALT_BYTES] != expected_salt:
        return ForeignDatabase(str(path))
    return DatabaseDamaged(str(path))


def connect(path: Path, key: bytes, expected_salt: bytes = b"") -> sqlcipher3.Connection:
    # isolation_level=None: SQLAlchemy, not the driver, says where transactions begin.
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise CipherUnavailable()
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()  # keep stderr for our words
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise classify_unreadable(path, expected_salt) from None
        for pragma in _PRAGMAS:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, key: Callable[[], bytes], expected_salt: bytes = b"") -> Engine:
    """An engine whose every pooled connection is keyed; parameters never reach logs.

    ``key`` is asked for at each new connection, so the engine keeps no copy of it: once
    the vault is locked, it raises and no connection can be made."""
    engine = create_engine(
        "sqlite://",  # pysqlite dialect over the sqlcipher3 module; we key it ourselves
        module=sqlcipher3,
        creator=lambda: connect(path, key(), expected_salt),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # the driver is in autocommit mode; real transactions start here
        conn.exec_driver_sql("BEGIN")

    return engine
