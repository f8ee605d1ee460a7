"""The services' session factory, which works only while the vault is open.

Every service reaches the database through ``VaultSessions.begin()``. Once the vault is
locked (or ``close()`` has run) it raises ``VaultLocked`` instead of opening a session, and it
no longer holds the engine, so nothing kept by a service can reach the database or the key.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy.orm import Session, sessionmaker

from carerdesk.domain.errors import VaultLocked
from carerdesk.vault import UnlockedVault


class VaultSessions:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._maker: sessionmaker[Session] | None = sessionmaker(vault.engine,
                                                                 expire_on_commit=False)

    def begin(self) -> AbstractContextManager[Session]:
        if self._maker is None or self._vault.is_locked:
            raise VaultLocked()
        return self._maker.begin()

    def close(self) -> None:
        """Forget the engine; every later ``begin()`` raises VaultLocked."""
        self._maker = None
