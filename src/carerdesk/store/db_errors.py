"""SQLite's failures, as the typed errors the CLI and the GUI know how to word."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from carerdesk.domain.errors import CarerDeskError, DatabaseDamaged, StorageFailed

_DAMAGE = ("malformed", "not a database", "vtable constructor failed", "corrupt", "hmac")
_FULL = ("disk is full", "database or disk is full")
_READ_ONLY = ("readonly", "read-only", "attempt to write a readonly database")
_GONE = ("disk i/o error", "unable to open database file")


def typed_error(exc: DatabaseError, path: str) -> CarerDeskError | None:
    """The CarerDeskError that ``exc`` stands for, or None for a bug of ours."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if any(word in text for word in _FULL):
        return StorageFailed(path, "full")
    if isinstance(exc, OperationalError) and any(word in text for word in _READ_ONLY):
        return StorageFailed(path, "read-only")
    if any(word in text for word in _GONE):
        return StorageFailed(path, "gone")
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


@contextmanager
def transaction(sessions: sessionmaker[Session], database: str) -> Iterator[Session]:
    """One transaction, committed on success, with SQLite's failures typed."""
    with typed_db_errors(database), sessions.begin() as session:
        yield session
