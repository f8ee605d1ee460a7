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


# --- what the user typed ---------------------------------------------------------------


class InvalidInput(CarerDeskError):
    """Input that breaks a rule of the record; ``field`` names where."""

    def __init__(self, field: str, value: object = None) -> None:
        super().__init__(field, value)
        self.field = field
        self.value = value


class InvalidDate(InvalidInput):
    pass


class FutureDate(InvalidInput):
    pass


class DateOutOfRange(InvalidInput):
    """A date before 1900 (``early``) or too far ahead for any record or period."""

    def __init__(self, field: str, value: object = None, early: bool = False) -> None:
        super().__init__(field, value)
        self.early = early


class TooLong(InvalidInput):
    """Longer than the field allows; carries the lengths, never the words."""

    def __init__(self, field: str, limit: int, length: int) -> None:
        super().__init__(field, None)
        self.limit = limit
        self.length = length


class DateOrder(InvalidInput):
    """A date that lies before another it must follow (placed before born)."""


class EmptyValue(InvalidInput):
    pass


class UnknownDimension(InvalidInput):
    pass


class UnknownCategory(InvalidInput):
    pass


class RatingOutOfRange(InvalidInput):
    pass


class UnknownEventKind(InvalidInput):
    """A kind of significant event not in the regulations' list nor the agency's."""

    def __init__(self, field: str, value: object, choices: tuple[str, ...]) -> None:
        super().__init__(field, value)
        self.choices = choices


class EventTimeOrder(InvalidInput):
    """A time that lies before the one it must follow: a telling before the event
    (``value`` is the row number), a report or a return before the child was last seen."""


class UnknownTellRole(InvalidInput):
    """A role of a person told that is not in the list."""


class BadToldLine(InvalidInput):
    """A ``--told`` line that is not ``NAME, ROLE, YYYY-MM-DDTHH:MM``."""


class UnknownMood(InvalidInput):
    pass


class UnknownProfileField(InvalidInput):
    """A part of the child's profile that does not exist (``value`` is what was typed)."""


class UnknownRole(InvalidInput):
    """A role for a person around the child that is not in the list."""


class NotInitials(InvalidInput):
    """Another fostered child is written by initials only (J.S.), never by name."""


class UnknownPart(InvalidInput):
    """A part of an entry to share in a child's report that an entry has no such name for
    (``value`` as typed)."""


class NotAboutThisEntry(InvalidInput):
    """A choice of what to share with a child the entry is not about (``value`` as typed)."""


class OtherChildsRecord(InvalidInput):
    """A link to an entry or a person that belongs to another child (``field`` says which:
    ``entry`` or ``person``; ``value`` is the id as typed)."""


class ProfileRatingOutOfRange(RatingOutOfRange):
    """A rating on a profile's -3..+3 scale that is not a whole number in it (``field`` is
    the area, ``value`` what was typed)."""


class UnknownProfileArea(InvalidInput):
    """An area that is not in the profile (``field`` is its kind: needs or capacity)."""


class UnknownView(InvalidInput):
    """Whose view a rating is: carer, social-worker or agreed, nothing else."""


class ViewMissing(InvalidInput):
    """A rating of the carers' capacity that does not say whose view it is (``field``)."""


class NoSocialWorker(InvalidInput):
    """A capacity profile is made with the social worker: it names them."""


class EmptyProfile(InvalidInput):
    """A profile with nothing in it (``field`` is its kind)."""


class NotASibling(InvalidInput):
    """Living together or apart is said of a brother or sister only."""


class UnknownGoalArea(InvalidInput):
    """A goal's area that is neither a Secure Base dimension nor a developmental need."""


class UnknownGoalStatus(InvalidInput):
    pass


class UnknownSetBy(InvalidInput):
    """Who set a goal: carer, social-worker or both."""


class UnknownAgeBand(InvalidInput):
    pass


class BeforeGoalWasSet(DateOrder):
    """A goal's by-when or review date, or a review of it, before the day it was set
    (``field``: goal_by, goal_review or goal_reviewed)."""


class UnknownFamilyTimeStatus(InvalidInput):
    """A family time is planned, happened or cancelled; ``value`` is what was typed."""


class UnknownWellbeing(InvalidInput):
    """How I am in a wellbeing check-in: 1-5 or its word; ``value`` is what was typed."""


class NotHappenedYet(FutureDate):
    """A family time marked as happened on a day still to come."""


class NotCancelled(InvalidInput):
    """Who cancelled a family time, and why, are said of a cancelled one only."""


class NotAnImage(InvalidInput):
    """A file that is not a photo CarerDesk can read (JPEG, PNG, GIF, BMP, WebP, TIFF)."""


class ImageTooLarge(InvalidInput):
    pass


class UnreadableFile(InvalidInput):
    pass


class PassphraseTooShort(InvalidInput):
    def __init__(self, minimum: int) -> None:
        super().__init__("passphrase", None)
        self.minimum = minimum


class PassphraseMismatch(InvalidInput):
    def __init__(self) -> None:
        super().__init__("passphrase", None)


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
