"""An unlocked vault with its schema brought up to date and its services ready.

The one place the CLI and the GUI go to create, unlock and lock: they never touch the vault
or the store themselves.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError

from carerdesk.app import policy, preset, preset_sync
from carerdesk.app.handover import HandoverFlow
from carerdesk.app.locations import vault_id_in
from carerdesk.app.removal import ChildRemoval
from carerdesk.domain.errors import (
    BackupDamaged,
    DatabaseDamaged,
    OtherVaultBackup,
    StorageFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)
from carerdesk.domain.family_time import FamilyTimeCodec
from carerdesk.domain.profile_codecs import CapacityCodec, CareNeedsCodec, NeedsProfileCodec
from carerdesk.domain.roles import Role
from carerdesk.domain.sb_review import SecureBaseReviewCodec
from carerdesk.journal import JournalService
from carerdesk.journal.carer_space import CarerSpaceService
from carerdesk.journal.child_voice import ChildVoiceService
from carerdesk.journal.people import PeopleService
from carerdesk.journal.plan import PlanService
from carerdesk.journal.profile import ProfileService
from carerdesk.journal.records import RecordDocuments, RecordService
from carerdesk.journal.spelling_words import PersonalWords
from carerdesk.journal.views import VaultStatus
from carerdesk.store import migrate
from carerdesk.store.db_errors import typed_db_errors
from carerdesk.store.repositories import AuditRepository, MetaRepository
from carerdesk.store.sessions import VaultSessions
from carerdesk.vault import UnlockedVault, Vault, backup, slots
from carerdesk.vault import restore as restoring
from carerdesk.vault.kdf import FLOOR, Argon2Params
from carerdesk.vault.recovery import parse_key as parse_recovery_key

if TYPE_CHECKING:
    from carerdesk.exchange.loop import SupervisionLoop
    from carerdesk.exchange.service import ExchangeService
    from carerdesk.lifestory import LifeStoryService

QUICK_KDF = FLOOR  # the fastest Argon2 settings: for a self-test's throwaway vault only
BACKUPS_KEPT = 14


RECOVERY_CHECK = "recovery_check"  # meta: "pending" from the wizard until the key is checked


@dataclass(frozen=True)
class SetUpProgress:
    """What the set-up wizard still has to do, derived from the vault itself.

    The recovery-key check is pending only in vaults the wizard made and left before the
    check (a CLI or older vault never has the mark). A carer's set-up is done once a child
    exists (a household name is asked for with the child if it is missing); a social
    worker's once they have named themselves.
    """

    role: Role
    recovery_pending: bool
    needs_household: bool
    needs_child: bool
    needs_name: bool

    @property
    def complete(self) -> bool:
        if self.recovery_pending:
            return False
        return not self.needs_name if self.role is Role.SUPERVISOR else not self.needs_child


class Workspace:
    preset_followed: preset_sync.Followed | None = None  # the agency preset, at unlock

    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault
        database = str(vault.files.database)
        self._sessions = VaultSessions(vault)
        with typed_db_errors(database):
            self.safety_copy = migrate.upgrade(vault, backup=self._backup_before_migration)
        self.journal = JournalService(self._sessions, database)
        self.profiles = ProfileService(self._sessions, database)  # the child's profile
        self.documents = RecordDocuments(self._sessions, database)  # every kind, for reports
        self.people = PeopleService(self._sessions, database)  # the people around the child
        self.plan = PlanService(self._sessions, database)  # goals and their reviews
        self.sb_reviews = RecordService(self._sessions, database, SecureBaseReviewCodec())
        self.needs_profiles = RecordService(self._sessions, database, NeedsProfileCodec())
        self.care_needs = RecordService(self._sessions, database, CareNeedsCodec())
        self.capacity = RecordService(self._sessions, database, CapacityCodec())
        self.family_time = RecordService(self._sessions, database, FamilyTimeCodec())
        self.carer_space = CarerSpaceService(self._sessions, database)  # the carer's own
        self.removal = ChildRemoval(self._sessions, vault, self)  # end a placement, remove
        self.handover = HandoverFlow(self._sessions, database, self)  # hand over, receipt
        self.child_voice = ChildVoiceService(self._sessions, database)  # the child's own page
        self.spelling_words = PersonalWords(self._sessions, database)  # "Add to dictionary"

    # The life story and the exchange (pyrage, photos, packages) are made when first used:
    # most commands (search, entry add, status) never touch them and start faster without.

    @functools.cached_property
    def lifestory(self) -> LifeStoryService:
        from carerdesk.lifestory import LifeStoryService

        return LifeStoryService(self._sessions, str(self.vault.files.database))

    @functools.cached_property
    def exchange(self) -> ExchangeService:
        from carerdesk.exchange.service import ExchangeService

        return ExchangeService(self._sessions, str(self.vault.files.database))

    @functools.cached_property
    def loop(self) -> SupervisionLoop:  # supervision records out and back (exchange/loop.py)
        from carerdesk.exchange.loop import SupervisionLoop

        return SupervisionLoop(self._sessions, str(self.vault.files.database))

    def quick_check(self) -> None:
        """SQLite's quick check of every page (a few hundred ms on years of entries, so the
        app runs it in the background after unlocking). DatabaseDamaged names the newest
        backup for a guided restore."""
        database = str(self.vault.files.database)
        try:
            with typed_db_errors(database), self.vault.engine.connect() as conn:
                result = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
            if result != ["ok"]:
                raise DatabaseDamaged(database)
        except DatabaseDamaged as exc:
            exc.backup = self.newest_backup(self.vault.files.folder)
            raise

    def _backup_before_migration(self, label: str) -> Path:
        """A full backup in the backup folder; a safety copy in the vault if that fails."""
        try:
            return self.backup()
        except StorageFailed:
            return self.vault.safety_copy(label)

    # --- opening ---

    @classmethod
    def create(cls, folder: Path, passphrase: str, confirmation: str,
               role: Role = Role.CARER, household: str | None = None,
               params: Argon2Params | None = None,
               check_recovery: bool = False) -> tuple[Workspace, str]:
        """A new vault; returns it unlocked with the recovery key to show once.

        ``check_recovery`` (the wizard) marks the key as not yet checked, so that a set-up
        left before the check offers a new key next time."""
        restoring.finish_interrupted_restore(Path(folder))  # never a new vault over a restore
        preset.require_sound()  # a broken preset has no last good one for a new vault
        created = Vault.create(folder, passphrase, confirmation, params=params,
                               minimum=policy.current().min_passphrase)
        try:
            workspace = cls(created.vault)
            with workspace._sessions.begin() as s:
                meta = MetaRepository(s)
                meta.set("role", role.value)
                meta.set("vault_id", created.vault.vault_id)
                if check_recovery:
                    meta.set(RECOVERY_CHECK, "pending")
                AuditRepository(s).record("vault.create", "vault", created.vault.vault_id)
            if household:
                workspace.journal.save_household(household)
            workspace.exchange.public_key()  # the vault's own keys, made now
            workspace.follow_preset()  # the agency's social workers, trusted from the start
        except BaseException:
            created.vault.lock()
            raise
        return workspace, created.recovery_key

    def follow_preset(self) -> preset_sync.Followed:
        """The agency preset in force applied to this vault (at set-up and every unlock): its
        social workers as recipients, the last good one kept (app/preset_sync.py)."""
        self.preset_followed = preset_sync.follow(self._sessions, lambda: self.exchange)
        return self.preset_followed

    @staticmethod
    def check_files(folder: Path) -> None:
        """Missing, damaged or foreign key files are reported before a passphrase is asked."""
        restoring.finish_interrupted_restore(Path(folder))  # a killed restore is finished first
        try:
            Vault.check_files(folder)
        except DatabaseDamaged as exc:  # an empty or folder journal: offer the newest backup
            exc.backup = Workspace.newest_backup(Path(folder))
            raise

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Workspace:
        return cls._opened(folder, lambda: Vault.unlock(folder, passphrase))

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> Workspace:
        return cls._opened(folder, lambda: Vault.unlock_with_recovery_key(folder, recovery_key))

    @classmethod
    def _opened(cls, folder: Path, open_vault: Callable[[], UnlockedVault]) -> Workspace:
        """Unlock, check and migrate; damage comes back with the newest backup to restore."""
        vault = None
        restoring.finish_interrupted_restore(Path(folder))
        try:
            vault = open_vault()
            workspace = cls(vault)
            workspace.follow_preset()
            return workspace
        except BaseException as exc:
            if vault is not None:
                vault.lock()
            if isinstance(exc, DatabaseDamaged):
                exc.backup = cls.newest_backup(Path(folder))
            raise


    # --- while open ---

    @property
    def is_locked(self) -> bool:
        return self.vault.is_locked

    @property
    def role(self) -> Role:
        with self._sessions.begin() as s:
            return Role(MetaRepository(s).get("role") or Role.CARER.value)

    def set_up_progress(self) -> SetUpProgress:
        household, children = self.journal.household(), self.journal.children()
        with typed_db_errors(str(self.vault.files.database)), self._sessions.begin() as s:
            meta = MetaRepository(s)
            role = Role(meta.get("role") or Role.CARER.value)
            pending = meta.get(RECOVERY_CHECK) == "pending"
            named = bool((meta.get("own_name") or "").strip())
        return SetUpProgress(role, pending, household is None, not children, not named)

    def recovery_key_checked(self) -> None:
        """The person typed groups of the key back: it was kept."""
        with self._sessions.begin() as s:
            MetaRepository(s).set(RECOVERY_CHECK, "done")
            AuditRepository(s).record("recovery.check", "vault", self.vault.vault_id)

    def new_recovery_key(self) -> str:
        """A fresh recovery key in place of one never checked (the old one stops working);
        returned once, to show, and marked as not yet checked."""
        key = self.vault.new_recovery_key()
        with self._sessions.begin() as s:
            MetaRepository(s).set(RECOVERY_CHECK, "pending")
            AuditRepository(s).record("recovery.renew", "vault", self.vault.vault_id)
        return key

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless it is the passphrase in use (one Argon2 run: off the GUI
        thread). Leaving the child's own page asks for it."""
        if not self.vault.passphrase_matches(passphrase):
            raise WrongPassphrase()

    def change_passphrase(self, new: str, confirmation: str, why: str = "passphrase.change",
                          params: Argon2Params | None = None,
                          current: str | None = None) -> None:
        """``current``, when given, must be the passphrase in use (WrongPassphrase if not)."""
        self.vault.change_passphrase(new, confirmation, params=params,
                                     minimum=policy.current().min_passphrase, current=current)
        with self._sessions.begin() as s:
            AuditRepository(s).record(why, "vault", self.vault.vault_id)

    def rekey(self, new: str, confirmation: str, current: str,
              params: Argon2Params | None = None) -> str:
        """A new database key (the journal re-encrypted), ``new`` as the passphrase and a new
        recovery key, returned to show once. Key files from before (in backups, say) and the
        old recovery key stop opening this journal. ``current`` must be the passphrase in use."""
        key = self.vault.rekey(new, confirmation, current, minimum=policy.current().min_passphrase,
                               params=params)
        with self._sessions.begin() as s:
            AuditRepository(s).record("vault.rekey", "vault", self.vault.vault_id)
        return key

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

    # --- backups ---

    def backup_folder(self) -> Path:
        return policy.current().backup_folder_for(self.vault.files.folder)

    @staticmethod
    def set_backup_folder(folder: Path) -> None:
        policy.choose(backup_folder=str(Path(folder).expanduser()))

    def backup(self, folder: Path | None = None, keep: int = BACKUPS_KEPT) -> Path:
        """Into ``folder`` (made if need be), else the backup folder.

        The backup folder's missing parents are made only inside the home folder: elsewhere
        (a USB stick's mount point) a missing parent means the stick is gone, and making it
        would quietly put the backups on the computer's own disk.
        """
        try:
            if folder:
                return backup.write_backup(self.vault, Path(folder), keep)
            chosen = self.backup_folder()
            made = backup.write_backup(self.vault, chosen, keep,
                                       make_parents=chosen.is_relative_to(Path.home()))
            if "removal" in vars(self):  # not while migrating; a removed child's old backups go
                self.removal.after_backup(made)
            return made
        except DatabaseDamaged as exc:  # an empty or damaged journal: never backed up
            exc.backup = self.newest_backup(self.vault.files.folder)
            raise

    def backup_if_due(self, hours: float = 24) -> Path | None:
        """At most one automatic backup a day (this vault's: a shared folder holds others'):
        None when the newest is recent enough. What killed backups left there is cleaned."""
        backup.clean_leftovers(self.backup_folder())
        newest = backup.backups_in(self.backup_folder(), self.vault.vault_id)
        if newest:
            age = dt.datetime.now().timestamp() - newest[0].stat().st_mtime
            if age < hours * 3600:
                return None
        return self.backup()

    @staticmethod
    def restore(backup_file: Path, folder: Path, passphrase: str | None = None,
                recovery_key: str | None = None, other_vault: bool = False) -> Path | None:
        """Put a backup in place; the current vault is moved aside, never overwritten.

        A backup of a different vault is refused unless ``other_vault`` says it is meant.
        """
        if recovery_key is not None:
            key = parse_recovery_key(recovery_key)
            return restoring.restore(Path(backup_file), Path(folder),
                                     lambda s: slots.open_with_recovery(s, key),
                                     WrongRecoveryKey, other_vault)
        return restoring.restore(Path(backup_file), Path(folder),
                                 lambda s: slots.open_with_passphrase(s, passphrase or ""),
                                 other_vault=other_vault)

    @staticmethod
    def restore_newest_good(folder: Path, passphrase: str) -> Path:
        """The guided restore: the newest of this vault's backups that opens and passes its
        checks (an empty or damaged one is passed over for the one before)."""
        candidates = backup.backups_of(policy.current().backup_folder_for(Path(folder)),
                                       vault_id_in(folder))
        for candidate in candidates:
            try:
                Workspace.restore(candidate, folder, passphrase=passphrase)
            except (BackupDamaged, OtherVaultBackup):
                continue  # damaged too, or another vault's on a shared stick: the one before
            return candidate
        raise BackupDamaged(str(policy.current().backup_folder_for(Path(folder))))

    @staticmethod
    def newest_backup(folder: Path) -> Path | None:
        """This vault's newest backup (by the id in its key file), for a guided restore."""
        found = backup.backups_of(policy.current().backup_folder_for(Path(folder)),
                                  vault_id_in(folder))
        return found[0] if found else None

    def lock(self) -> None:
        """Every service refuses from now on (VaultLocked); the engine is disposed and the
        key overwritten; the process lock goes last."""
        self._sessions.close()
        self.vault.lock()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()
