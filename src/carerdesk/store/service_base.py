"""What every service has: the vault's sessions, and one transaction per operation with
SQLite's failures typed (``db_errors.transaction``)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TypeVar

from sqlalchemy.orm import Session

from carerdesk.store.db_errors import Sessions, transaction

S = TypeVar("S", bound="Service")


class Service:
    def __init__(self, sessions: Sessions, database: str = "") -> None:
        self._sessions = sessions
        self._database = database  # named in a StorageFailed, so the message says which file

    def beside(self, kind: type[S]) -> S:
        """Another service over the same vault (a form's drafts, beside the form's records)."""
        return kind(self._sessions, self._database)

    def _tx(self) -> AbstractContextManager[Session]:
        return transaction(self._sessions, self._database)
