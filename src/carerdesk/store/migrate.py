"""Alembic, driven in code over the vault's keyed connection; a safety copy goes first.

Alembic is imported only when a migration is due: an unlock of an up-to-date vault (every
command, every start) reads the version row with one query and compares it with ``HEAD``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from carerdesk.domain.errors import DatabaseDamaged, SchemaTooNew
from carerdesk.vault import UnlockedVault

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0012"  # the newest revision; a test keeps it equal to Alembic's own head


def _config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The schema's revision, read as Alembic keeps it (one row of ``alembic_version``)."""
    present = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).scalar()
    if not present:
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _only_the_vault_identity(vault: UnlockedVault) -> bool:
    """A database as ``init`` makes it before its schema (the vault's own row and nothing
    else): the only one a schema is built in. An unlock after an ``init`` cut short finishes
    it; nothing with records in it is ever built over."""
    with vault.engine.connect() as conn:
        names = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    return names == {"vault_identity"}


def upgrade(vault: UnlockedVault, target: str = "head",
            backup: Callable[[str], Path] | None = None) -> str | None:
    """Bring the schema to ``target``; returns the path of the backup made first, if any.

    ``backup(label)`` makes that backup (default: a safety copy inside the vault folder).
    A vault written by a newer CarerDesk is refused, never downgraded or half-read.
    """
    with vault.engine.connect() as conn:
        found = current_revision(conn)
    if target == "head" and found == HEAD:
        return None  # up to date: no Alembic at all
    wanted = head_revision() if target == "head" else target
    if found is not None and found not in known_revisions():
        raise SchemaTooNew(found)
    if found == wanted:
        return None
    if found is None and not _only_the_vault_identity(vault):
        # Tables but no schema version: a journal damaged, never one to build over.
        raise DatabaseDamaged(str(vault.files.database))
    safety = None
    if found is not None:
        safety = (backup or vault.safety_copy)(f"before-schema-{wanted}")
    from alembic import command

    config = _config()
    with vault.engine.connect() as conn:
        # As SQLite asks for a table rebuilt by copy: foreign keys off while it runs, so that
        # dropping the old table cascades to nothing (it once took every entry's versions),
        # then checked whole before the upgrade is committed.
        raw = conn.connection.dbapi_connection
        assert raw is not None  # a connection just checked out of the pool
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseDamaged(str(vault.files.database))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return str(safety) if safety else None
