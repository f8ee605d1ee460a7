"""Alembic, driven in code over the vault's keyed connection; a safety copy goes first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from carerdesk.domain.errors import SchemaTooNew
from carerdesk.vault import UnlockedVault

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(vault: UnlockedVault, target: str = "head",
            backup: Callable[[str], Path] | None = None) -> str | None:
    """Bring the schema to ``target``; returns the path of the backup made first, if any.

    ``backup(label)`` makes that backup (default: a safety copy inside the vault folder).
    A vault written by a newer CarerDesk is refused, never downgraded or half-read.
    """
    with vault.engine.connect() as conn:
        found = current_revision(conn)
    wanted = head_revision() if target == "head" else target
    if found is not None and found not in known_revisions():
        raise SchemaTooNew(found)
    if found == wanted:
        return None
    safety = None
    if found is not None:
        safety = (backup or vault.safety_copy)(f"before-schema-{wanted}")
    config = _config()
    with vault.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
    return str(safety) if safety else None
