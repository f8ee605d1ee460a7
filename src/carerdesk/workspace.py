"""An unlocked vault with its schema brought up to date and its services ready.

The one place the CLI and the GUI go to create, unlock and lock: they never touch the vault
or the store themselves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import sessionmaker

from carerdesk.domain.roles import Role
from carerdesk.journal import JournalService
from carerdesk.journal.views import VaultStatus
from carerdesk.store import migrate
from carerdesk.store.db_errors import typed_error
from carerdesk.store.repositories import AuditRepository, MetaRepository
from carerdesk.vault import UnlockedVault, Vault, VaultFiles
from carerdesk.vault.kdf import Argon2Params

APP_NAME = "CarerDesk"
ENV_DATA_DIR = "CARERDESK_DATA_DIR"


def default_data_dir() -> Path:
    """``CARERDESK_DATA_DIR`` if set, else the platform's user data folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / "vault"


@contextmanager
def _typed_db_errors(database: str) -> Iterator[None]:
    try:
        yield
    except DatabaseError as exc:
        typed = typed_error(exc, database)
        if typed is None:
            raise
        raise typed from exc


def vault_exists(folder: Path) -> bool:
    return VaultFiles(Path(folder)).exists()


class Workspace:
    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault
        database = str(vault.files.database)
        with _typed_db_errors(database):
            self.safety_copy = migrate.upgrade(vault)
        self._sessions = sessionmaker(vault.engine, expire_on_commit=False)
        self.journal = JournalService(self._sessions, database)

    # --- opening ---

    @classmethod
    def create(cls, folder: Path, passphrase: str, confirmation: str,
               role: Role = Role.CARER, household: str | None = None,
               params: Argon2Params | None = None) -> tuple[Workspace, str]:
        """A new vault; returns it unlocked with the recovery key to show once."""
        created = Vault.create(folder, passphrase, confirmation, params=params)
        try:
            workspace = cls(created.vault)
            with workspace._sessions.begin() as s:
                meta = MetaRepository(s)
                meta.set("role", role.value)
                meta.set("vault_id", created.vault.vault_id)
                AuditRepository(s).record("vault.create", "vault", created.vault.vault_id)
            if household:
                workspace.journal.save_household(household)
        except BaseException:
            created.vault.lock()
            raise
        return workspace, created.recovery_key

    @staticmethod
    def check_files(folder: Path) -> None:
        """Missing, damaged or foreign key files are reported before a passphrase is asked."""
        Vault.check_files(folder)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Workspace:
        return cls._opened(Vault.unlock(folder, passphrase))

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> Workspace:
        return cls._opened(Vault.unlock_with_recovery_key(folder, recovery_key))

    @classmethod
    def _opened(cls, vault: UnlockedVault) -> Workspace:
        try:
            return cls(vault)
        except BaseException:
            vault.lock()
            raise

    # --- while open ---

    @property
    def is_locked(self) -> bool:
        return self.vault.is_locked

    @property
    def role(self) -> Role:
        with self._sessions.begin() as s:
            return Role(MetaRepository(s).get("role") or Role.CARER.value)

    def change_passphrase(self, new: str, confirmation: str, why: str = "passphrase.change",
                          params: Argon2Params | None = None) -> None:
        self.vault.change_passphrase(new, confirmation, params=params)
        with self._sessions.begin() as s:
            AuditRepository(s).record(why, "vault", self.vault.vault_id)

    def status(self, check_integrity: bool = True) -> VaultStatus:
        children, entries = self.journal.counts()
        household = self.journal.household()
        with self._sessions.begin() as s:
            meta = MetaRepository(s)
            role = meta.get("role") or Role.CARER.value
            schema = migrate.current_revision(s.connection()) or "none"
        problems: tuple[str, ...] = ()
        if check_integrity:
            try:
                problems = tuple(self.vault.integrity_problems())
            except DatabaseError as exc:  # the check itself tripped over the damage
                problems = (type(exc).__name__,)
        return VaultStatus(str(self.vault.files.folder), role,
                           household.name if household else None, self.vault.created_at,
                           schema, children, entries, problems)

    def lock(self) -> None:
        self.vault.lock()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
