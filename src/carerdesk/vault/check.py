"""Is this file a sound journal of ours? Every page's HMAC, the b-tree, and the identity table
that Vault.create makes: used on backups (before they take a name and before a restore) and on
copies of the live database."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from carerdesk.domain.errors import BackupDamaged
from carerdesk.vault import engine as sqlc

IDENTITY_TABLE = "vault_identity"  # made by Vault.create: a journal without it is no journal


def check_db(path: Path, key: bytes, salt: bytes, backup: Path,
              vault_id: str | None = None) -> None:
    """Every page sound, and a journal in it (the identity table Vault.create makes, naming
    ``vault_id`` when given): an empty database is damage, not a journal."""
    try:
        conn = sqlc.connect(path, key, salt)
    except Exception:
        raise BackupDamaged(str(backup)) from None
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if problems or [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            raise BackupDamaged(str(backup))
        ids = identity(conn)
        if not ids or (vault_id is not None and vault_id not in ids):
            raise BackupDamaged(str(backup))
    except sqlcipher3.DatabaseError:
        raise BackupDamaged(str(backup)) from None
    finally:
        conn.close()


def identity(conn: sqlcipher3.Connection) -> list[str]:
    found = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                         (IDENTITY_TABLE,)).fetchone()[0]
    if not found:
        return []
    return [row[0] for row in conn.execute(f"SELECT vault_id FROM {IDENTITY_TABLE}")]
