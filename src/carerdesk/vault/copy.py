"""Whole encrypted copies of the database, checked before they are trusted."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection

from carerdesk.domain.errors import StorageFailed
from carerdesk.vault import engine as sqlc
from carerdesk.vault.atomic import fsync_folder, sqlite_storage_reason, storage_reason


def encrypted_copy(conn: Connection, target: Path, key: bytes) -> None:
    """``sqlcipher_export`` into a temp file under the same key, verify it, rename it in.

    The export reads through the live connection, so the ``-wal`` is included.
    """
    tmp = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    raw = conn.connection.dbapi_connection
    assert raw is not None  # an open connection has its driver's
    try:
        raw.execute(f"ATTACH DATABASE ? AS safety KEY \"x'{key.hex()}'\"", (str(tmp),))
        try:
            raw.execute("SELECT sqlcipher_export('safety')").fetchall()
        finally:
            raw.execute("DETACH DATABASE safety")
        _verify(tmp, key)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailed(str(target), storage_reason(exc)) from exc
    except sqlcipher3.OperationalError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = sqlite_storage_reason(str(exc))
        if reason is None:
            raise
        raise StorageFailed(str(target), reason) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _verify(path: Path, key: bytes) -> None:
    check = sqlc.connect(path, key)
    try:
        problems = [r[0] for r in check.execute("PRAGMA cipher_integrity_check")]
        quick = [r[0] for r in check.execute("PRAGMA quick_check")]
        if problems or quick != ["ok"]:
            raise StorageFailed(str(path), "verify")
    finally:
        check.close()
