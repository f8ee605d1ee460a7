"""Create, unlock, lock, change the passphrase, recover.

The folder holds ``vault.json`` (key slots), ``carerdesk.db`` (SQLCipher) and ``vault.lock``
(the process lock). Nothing here writes before the key is proven, so a wrong passphrase or
a damaged file changes no byte on disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import os
import secrets
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from carerdesk.domain.errors import (
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseNotAFile,
    SlotFileDamaged,
    SlotFileMismatch,
    SlotFileMissing,
    StorageFailed,
    VaultAlreadyExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from carerdesk.domain.passphrase import MIN_PASSPHRASE, check_new_passphrase
from carerdesk.vault import engine as sqlc
from carerdesk.vault import generation, kdf, recovery, rekey, slots
from carerdesk.vault.atomic import atomic_write, storage_reason
from carerdesk.vault.copy import encrypted_copy
from carerdesk.vault.process_lock import ProcessLock


@dataclass(frozen=True)
class VaultFiles:
    folder: Path

    @property
    def slot_file(self) -> Path:
        return self.folder / "vault.json"

    @property
    def database(self) -> Path:
        return self.folder / "carerdesk.db"

    @property
    def lock_file(self) -> Path:
        return self.folder / "vault.lock"

    @property
    def safety_folder(self) -> Path:
        return self.folder / "safety-copies"

    def exists(self) -> bool:
        return self.slot_file.exists() or self.database.exists()


class UnlockedVault:
    """An open vault: holds the process lock and the database key until ``lock()``."""

    def __init__(self, files: VaultFiles, slot_file: slots.SlotFile, dek: bytes,
                 guard: ProcessLock):
        self.files = files
        self.vault_id = slot_file.vault_id
        self.created_at = slot_file.created_at
        self._slots = slot_file
        # A bytearray, so that lock() can overwrite the key in place (a bytes or str copy
        # cannot be wiped); every connection asks for it, so none can be made once locked.
        self._key: bytearray | None = bytearray(dek)
        self._guard = guard
        self._engine: Engine | None = None
        self._unchanged: generation.Stamp | None = None  # see mark_unchanged

    @property
    def is_locked(self) -> bool:
        return self._key is None

    @property
    def _dek(self) -> bytes:
        """The database key, for one use; VaultLocked once the vault is locked."""
        if self._key is None:
            raise VaultLocked()
        return bytes(self._key)

    @property
    def engine(self) -> Engine:
        if self._key is None:
            raise VaultLocked()
        if self._engine is None:
            self._engine = sqlc.make_engine(self.files.database, lambda: self._dek,
                                            self._slots.db_salt)
        return self._engine

    def check_readable(self) -> None:
        """Open one connection now, so a damaged or foreign file is reported at unlock; then
        check that it is this vault's journal, of the key file's generation."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            conn.commit()  # the read ends; settle's repairs are statements of their own
            generation.settle(conn.connection.dbapi_connection, self.vault_id,
                              self._slots.generation, str(self.files.database),
                              str(self.files.slot_file))

    def integrity_problems(self) -> list[str]:
        """An empty list when every page's HMAC and the b-tree structure are sound."""
        with self.engine.connect() as conn:
            cipher = [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            quick = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
        return cipher + [q for q in quick if q != "ok"]

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault's passphrase slot (one Argon2 run, no
        reopening: the slot file read at unlock is enough)."""
        if self.is_locked:
            raise VaultLocked()
        opened = slots.open_with_passphrase(self._slots, passphrase)
        return opened is not None and hmac.compare_digest(opened, self._dek)

    def change_passphrase(self, new: str, confirmation: str, minimum: int = MIN_PASSPHRASE,
                          params: kdf.Argon2Params | None = None,
                          current: str | None = None) -> None:
        """Rewrite the passphrase slot only; the database is never re-keyed. With
        ``current``, nothing changes unless it is the passphrase in use."""
        if self.is_locked:
            raise VaultLocked()
        check_new_passphrase(new, confirmation, minimum)
        if current is not None and not self.passphrase_matches(current):
            raise WrongPassphrase()
        slot = slots.passphrase_slot(self.vault_id, self._dek, new, params or kdf.calibrate())
        self._write_slots(self._slots.with_slot(slot))

    def new_recovery_key(self) -> str:
        """Rewrite the recovery slot with a fresh key (the old key stops opening this vault);
        returns the new key in the form a person copies by hand. The database is untouched."""
        if self.is_locked:
            raise VaultLocked()
        key = recovery.generate()
        self._write_slots(self._slots.with_slot(slots.recovery_slot(self.vault_id, self._dek,
                                                                    key)))
        return recovery.format_key(key)

    def _write_slots(self, updated: slots.SlotFile) -> None:
        """The key file one generation on (see ``generation.move_on``)."""
        with self.engine.connect() as conn:
            self._slots = generation.move_on(conn.connection.dbapi_connection,
                                             self.files.slot_file, self._slots, updated)
        if self._unchanged is not None:  # what was written so far is behind the new generation
            self.mark_unchanged()

    def mark_unchanged(self) -> None:
        """From here, a lock moves the generation on only if the database was written."""
        self._unchanged = generation.written_stamp(self.files.database)

    def _move_on_if_written(self) -> None:
        """A session that wrote leaves the pair one generation on, so a copy of the database
        from before it, put back later, is noticed. Never stops a lock: if it fails, the
        next change of keys moves the generation instead."""
        if self._key is None or self._unchanged is None or \
                generation.written_stamp(self.files.database) == self._unchanged:
            return
        with contextlib.suppress(Exception):
            self._write_slots(self._slots)

    def rekey(self, new: str, confirmation: str, current: str, minimum: int = MIN_PASSPHRASE,
              params: kdf.Argon2Params | None = None) -> str:
        """Re-encrypt the database under a new key, with ``new`` as the passphrase and a new
        recovery key (returned, to show once). Old key files and the old recovery key no
        longer open it. Crash-safe: see ``rekey``'s module note."""
        check_new_passphrase(new, confirmation, minimum)
        if not self.passphrase_matches(current):
            raise WrongPassphrase()
        engine = self.engine
        if engine.pool.checkedout():  # type: ignore[attr-defined]  # our QueuePool has it  # a background read still running: try again after it
            raise StorageFailed(str(self.files.database), "busy")
        dek, rkey = secrets.token_bytes(kdf.KEY_BYTES), recovery.generate()
        nxt = self._slots.generation + 1
        database, slot_path = self.files.database, self.files.slot_file
        try:
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw is not None  # an open connection has its driver's
                salt = rekey.write_copy(raw, database, dek, nxt)
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            updated = slots.SlotFile(
                self.vault_id, self.created_at, salt,
                (slots.passphrase_slot(self.vault_id, dek, new, params or kdf.calibrate()),
                 slots.recovery_slot(self.vault_id, dek, rkey)), nxt)
            rekey.write_pending_slots(slot_path, updated)
            engine.dispose()  # every connection to the old file closed before the swap
            rekey.check_quiet(database)
        except BaseException:
            rekey.abandon(database, slot_path)
            raise
        rekey.swap(database, slot_path)
        self._replace_key(dek, updated)
        return recovery.format_key(rkey)

    def _replace_key(self, dek: bytes, updated: slots.SlotFile) -> None:
        """The new key for every later connection (the engine asks for it each time); a vault
        locked meanwhile (the auto-lock) stays locked."""
        self._slots = updated
        if self._key is None:
            return
        self._key[:] = bytes(len(self._key))
        self._key = bytearray(dek)

    def safety_copy(self, label: str) -> Path:
        """An encrypted, checked copy of the database, e.g. before a migration."""
        folder = self.files.safety_folder
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise StorageFailed(str(folder), storage_reason(exc)) from exc
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{label}-{stamp}.db"
        self.export_copy(target)
        return target

    def export_copy(self, target: Path) -> None:
        """An encrypted, verified copy of the database (same key) at ``target``."""
        if self.is_locked:
            raise VaultLocked()
        with self.engine.connect() as conn:
            encrypted_copy(conn, target, self._dek)

    def check_copy(self, path: Path) -> None:
        """Open a copy with this vault's key and check every page; BackupDamaged if not."""
        from carerdesk.vault.check import check_db as _check_db

        _check_db(path, self._dek, b"", path)

    def lock(self) -> None:
        """Close every connection, overwrite the key, and only then release the process
        lock; a connection asked for afterwards raises VaultLocked."""
        self._move_on_if_written()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None
        self._guard.release()

    def __enter__(self) -> UnlockedVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


@dataclass(frozen=True)
class CreatedVault:
    vault: UnlockedVault
    recovery_key: str  # shown once, in the form a person copies by hand


class Vault:
    """Entry points; each returns an ``UnlockedVault`` holding the process lock."""

    @staticmethod
    def create(folder: Path, passphrase: str, confirmation: str, *,
               minimum: int = MIN_PASSPHRASE,
               params: kdf.Argon2Params | None = None) -> CreatedVault:
        files = VaultFiles(Path(folder))
        check_new_passphrase(passphrase, confirmation, minimum)
        if files.exists():
            raise VaultAlreadyExists(str(files.folder))
        try:
            files.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageFailed(str(files.folder), storage_reason(exc)) from exc
        guard = _acquire(files)
        try:
            return _create(files, guard, passphrase, params)
        except BaseException:
            guard.release()
            raise

    @staticmethod
    def check_files(folder: Path) -> None:
        """Raise what stops an unlock that no passphrase could fix; touches nothing."""
        files = VaultFiles(Path(folder))
        _read_slots(files)
        _check_database_file(files)

    @staticmethod
    def unlock(folder: Path, passphrase: str) -> UnlockedVault:
        return _open(VaultFiles(Path(folder)), lambda s: slots.open_with_passphrase(s, passphrase),
                     WrongPassphrase)

    @staticmethod
    def unlock_with_recovery_key(folder: Path, typed_key: str) -> UnlockedVault:
        key = recovery.parse_key(typed_key)  # a typo is caught before anything is opened
        return _open(VaultFiles(Path(folder)), lambda s: slots.open_with_recovery(s, key),
                     WrongRecoveryKey)


def _acquire(files: VaultFiles) -> ProcessLock:
    guard = ProcessLock(files.lock_file)
    guard.acquire()
    return guard


def _create(files: VaultFiles, guard: ProcessLock, passphrase: str,
            params: kdf.Argon2Params | None) -> CreatedVault:
    vault_id = str(uuid.uuid4())
    dek = secrets.token_bytes(kdf.KEY_BYTES)
    rkey = recovery.generate()
    try:
        conn = sqlc.connect(files.database, dek)
        conn.execute(generation.CREATE)
        conn.execute("INSERT INTO vault_identity (vault_id) VALUES (?)", (vault_id,))
        conn.close()
        os.chmod(files.database, 0o600)
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        slot_file = slots.SlotFile(
            vault_id, created, sqlc.file_salt(files.database),
            (slots.passphrase_slot(vault_id, dek, passphrase, params or kdf.calibrate()),
             slots.recovery_slot(vault_id, dek, rkey)),
        )
        # The slot file is written last: until it exists, no half-made vault can be unlocked.
        atomic_write(files.slot_file, slots.dumps(slot_file))
    except OSError as exc:
        raise StorageFailed(str(files.folder), storage_reason(exc)) from exc
    vault = UnlockedVault(files, slot_file, dek, guard)
    vault.mark_unchanged()
    return CreatedVault(vault, recovery.format_key(rkey))


def _read_slots(files: VaultFiles) -> slots.SlotFile:
    try:
        with open(files.slot_file, "rb") as handle:  # a prefix: enough to refuse a huge file
            data = handle.read(slots.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        if files.database.exists():
            raise SlotFileMissing(str(files.slot_file)) from None
        raise VaultNotFound(str(files.folder)) from None
    except IsADirectoryError:
        raise SlotFileDamaged(str(files.slot_file), "a folder, not a file") from None
    except OSError as exc:
        raise StorageFailed(str(files.slot_file), storage_reason(exc)) from exc
    return slots.loads(data, str(files.slot_file))


def _check_database_file(files: VaultFiles) -> None:
    """Missing, empty or not a file: said before any key is tried (and before SQLite could
    write a header into an empty file and make it look like a new journal)."""
    try:
        info = files.database.stat()
    except FileNotFoundError:
        raise DatabaseMissing(str(files.database)) from None
    except OSError as exc:
        raise StorageFailed(str(files.database), storage_reason(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseNotAFile(str(files.database))
    if info.st_size == 0:
        raise DatabaseEmpty(str(files.database))


def _open(files: VaultFiles, unwrap: Callable[[slots.SlotFile], bytes | None],
          wrong: type[Exception]) -> UnlockedVault:
    _read_slots(files)  # strict parse first: no KDF work on a hostile file
    _check_database_file(files)
    guard = _acquire(files)
    try:
        rekey.settle(files.database, files.slot_file)  # a rekey cut short: finish or undo
        slot_file = _read_slots(files)
        _check_database_file(files)
        try:
            dek = unwrap(slot_file)
        except slots.Tampered:
            raise SlotFileMismatch(str(files.slot_file)) from None
        if dek is None:
            raise wrong()
        vault = UnlockedVault(files, slot_file, dek, guard)
    except BaseException:
        guard.release()
        raise
    try:
        vault.check_readable()
    except BaseException:
        vault.lock()  # closes the connection the check opened (no -wal left), then the guard
        raise
    vault.mark_unchanged()
    return vault
