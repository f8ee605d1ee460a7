"""Typed errors. Lower layers raise these; the CLI and the GUI word them (messages.py)."""

from __future__ import annotations


class CarerDeskError(Exception):
    """Something the user can act on. Never carries the text of a record."""


# --- the vault -------------------------------------------------------------------------


class VaultError(CarerDeskError):
    pass


class _AtFolder(VaultError):
    def __init__(self, folder: str) -> None:
        super().__init__(folder)
        self.folder = folder


class _AtPath(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class VaultNotFound(_AtFolder):
    pass


class VaultAlreadyExists(_AtFolder):
    pass


class WrongPassphrase(VaultError):
    pass


class WrongRecoveryKey(VaultError):
    pass


class RecoveryKeyTypo(VaultError):
    """The recovery key fails its own check: a typo, caught before any unlock is tried."""

    def __init__(self, group: int | None, reason: str = "check") -> None:
        super().__init__(group, reason)
        self.group = group  # 1-based group number, or None when the length is wrong
        self.reason = reason


class SlotFileMissing(_AtPath):
    pass


class SlotFileDamaged(VaultError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail


class UnsupportedVaultVersion(VaultError):
    def __init__(self, version: object) -> None:
        super().__init__(version)
        self.version = version


class DatabaseMissing(_AtPath):
    pass


class DatabaseDamaged(_AtPath):
    backup: object = None  # the newest backup, when one was found: a guided restore


class DatabaseEmpty(DatabaseDamaged):
    """``carerdesk.db`` has no bytes at all: its contents are gone (never a new journal)."""


class DatabaseNotAFile(DatabaseDamaged):
    """``carerdesk.db`` is a folder (or another thing that is not a file)."""


class DatabaseWithoutVault(DatabaseDamaged):
    """The database opens with the key but has no vault identity: not this vault's journal."""


class DatabaseRolledBack(DatabaseDamaged):
    """An older copy of the database was put in place: its generation is behind the key
    file's, so entries written since may be missing from it."""


class SlotFileRolledBack(_AtPath):
    """The key file is an older copy (its generation is behind the database's)."""


class SlotFileMismatch(_AtPath):
    """The passphrase or recovery key is right, but the key file was changed (its vault id,
    say) or does not belong with this database."""


class ForeignDatabase(VaultError):
    """The database file belongs to another vault, or is not a CarerDesk vault at all."""

    def __init__(self, path: str, unencrypted: bool = False) -> None:
        super().__init__(path, unencrypted)
        self.path = path
        self.unencrypted = unencrypted


class VaultInUse(_AtFolder):
    pass


class BackupDamaged(_AtPath):
    """Not a CarerDesk backup, cut short, or changed since it was written."""


class OtherVaultBackup(VaultError):
    """A backup of a different vault than the one it would replace; ``created`` is when
    that other vault was made."""

    def __init__(self, path: str, created: str) -> None:
        super().__init__(path, created)
        self.path = path
        self.created = created


class VaultLocked(VaultError):
    pass


class CipherUnavailable(VaultError):
    """The SQLite library in use is not SQLCipher: refuse rather than write plaintext."""


class SchemaTooNew(VaultError):
    def __init__(self, found: str) -> None:
        super().__init__(found)
        self.found = found


class StorageFailed(VaultError):
    """The disk refused a write: full, read-only, or gone."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason


class OldBackupsRemain(StorageFailed):
    """A child's record was removed, but no fresh backup could be written (or an older one
    deleted) in ``path``: the older backups there still hold the child until the next
    backup succeeds."""


class NotFound(CarerDeskError):
    """No child or entry with that id (``kind`` is ``child`` or ``entry``)."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(kind, ident)
        self.kind = kind
        self.ident = ident


class AmbiguousId(NotFound):
    pass


class NotAmendable(CarerDeskError):
    """A record nobody may change or remove: the child's own words from their page
    (``kind`` is the record's kind, ``ident`` its id)."""

    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(kind, ident)
        self.kind = kind
        self.ident = ident


class Refused(CarerDeskError):
    """An error already worded (and translated) by the layer that raised it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- report packages and keys --------------------------------------------------------------


class ReportRefused(CarerDeskError):
    """A report package that is not imported, and why (``reason`` is a code worded in
    messages.py): not-a-package, unknown-version, damaged, cut-short, not-for-you,
    key-changed, too-large, wrong-role, re-signed, not-from-a-carer, wrong-kind,
    unknown-sender, answers-nothing."""

    def __init__(self, reason: str, path: str = "", detail: str = "") -> None:
        super().__init__(reason, path, detail)
        self.reason = reason
        self.path = path
        self.detail = detail


class HandoverRefused(CarerDeskError):
    """A handover or its receipt that is refused; ``reason`` is a code worded in
    text/handover_messages.py: not-this-handover (a receipt for a handover this vault did not
    make, or for other content), changed-since (the child's record changed after it was
    handed over), no-recipient (no agency records key and no social worker)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class KeyFileInvalid(CarerDeskError):
    """A public key file (or a preset's key) that cannot be read; ``reason`` is a code:
    not-a-key, damaged, fingerprint-mismatch, own-key, not-a-supervisor."""

    def __init__(self, reason: str, path: str = "") -> None:
        super().__init__(reason, path)
        self.reason = reason
        self.path = path
