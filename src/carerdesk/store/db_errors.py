"""SQLite's failures, as the typed errors the CLI and the GUI know how to word."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from carerdesk.domain.errors import CarerDeskError, DatabaseDamaged, StorageFailed
from carerdesk.vault.atomic import sqlite_storage_reason

_DAMAGE = ("malformed", "not a database", "vtable constructor failed", "corrupt", "hmac")


def typed_error(exc: DatabaseError, path: str) -> CarerDeskError | None:
    """The CarerDeskError that ``exc`` stands for, or None for a bug of ours."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    reason = sqlite_storage_reason(text)
    if reason == "read-only" and not isinstance(exc, OperationalError):
        reason = None
    if reason is not None:
        return StorageFailed(path, reason)
    if any(word in text for word in _DAMAGE):
        return DatabaseDamaged(path)
    return None


@contextmanager
def typed_db_errors(database: str) -> Iterator[None]:
    """Turn SQLite's full disk or damaged file into the typed error; a bug stays a bug."""
    try:
        yield
    except DatabaseError as exc:
        typed = typed_error(exc, database)
        if typed is None:
            raise
        raise typed from exc


class Sessions(Protocol):
    """A sessionmaker, or the vault's VaultSessions (which refuses once locked)."""

    def begin(self) -> AbstractContextManager[Session]: ...


@contextmanager
def transaction(sessions: Sessions, database: str) -> Iterator[Session]:
    """One transaction, committed on success, with SQLite's failures typed."""
    with typed_db_errors(database), sessions.begin() as session:
        yield session
