"""Plain words for every typed error, shared by the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from carerdesk.domain import errors as e
from carerdesk.domain import input_errors as ie
from carerdesk.domain.categories import Category
from carerdesk.domain.dates import EARLIEST, LATEST
from carerdesk.domain.entry_parts import PARTS
from carerdesk.domain.family_time import FamilyTimeStatus
from carerdesk.domain.profile import PROFILE_FIELDS, PersonRole
from carerdesk.domain.roles import Role
from carerdesk.domain.writing import Mood
from carerdesk.text.carer_space_messages import CARER_SPACE_FIELD_NAMES, carer_space_message
from carerdesk.text.child_voice_messages import CHILD_VOICE_FIELD_NAMES, child_voice_message
from carerdesk.text.event_messages import EVENT_FIELD_NAMES, event_message
from carerdesk.text.exchange_messages import KEY_INVALID, REPORT_REFUSED
from carerdesk.text.handover_messages import handover_message
from carerdesk.text.i18n import Context, translate
from carerdesk.text.plan_messages import PLAN_FIELD_NAMES, plan_message
from carerdesk.text.profile_messages import profile_message
from carerdesk.text.removal_messages import REMOVAL_FIELD_NAMES, removal_message
from carerdesk.text.supervision_messages import SUPERVISION_FIELD_NAMES

Messages = Context("Messages")



FIELD_NAMES = {
    "name": lambda: translate("Messages", "name"),
    "date": lambda: translate("Messages", "date"),
    "born": lambda: translate("Messages", "date of birth"),
    "placed": lambda: translate("Messages", "placement date"),
    "ended": lambda: translate("Messages", "placement end date"),
    "since": lambda: translate("Messages", "start date"),
    "until": lambda: translate("Messages", "end date"),
    "text": lambda: translate("Messages", "entry"),
    "reason": lambda: translate("Messages", "reason for the change"),
    "child": lambda: translate("Messages", "child"),
    "household": lambda: translate("Messages", "household name"),
    "title": lambda: translate("Messages", "title"),
    "story": lambda: translate("Messages", "story"),
    "told_at": lambda: translate("Messages", "time they were told"),
    "told": lambda: translate("Messages", "who was told"),
    "next_steps": lambda: translate("Messages", "next steps"),
    "voice": lambda: translate("Messages", "child's own words"),
    "reflection": lambda: translate("Messages", "reflection"),
    "dimension": lambda: translate("Messages", "dimension note"),
    "carers": lambda: translate("Messages", "carers' names"),
    "agency": lambda: translate("Messages", "agency name"),
    "when": lambda: translate("Messages", "date or period"),
    "place": lambda: translate("Messages", "place"),
    "people": lambda: translate("Messages", "people who were there"),
    "caption": lambda: translate("Messages", "caption"),
    "consent": lambda: translate("Messages", "note of who agreed"),
    "note": lambda: translate("Messages", "note"),
    "headline": lambda: translate("Messages", "headline"),
    "questions": lambda: translate("Messages", "questions for supervision"),
    "wellbeing": lambda: translate("Messages", "wellbeing note"),
    "query": lambda: translate("Messages", "search"),
    "word": lambda: translate("Messages", "word for your dictionary"),
    "profile": lambda: translate("Messages", "part of the profile"),
    "family_name": lambda: translate("Messages", "child's own name for them"),
    "relation": lambda: translate("Messages", "how the child relates to them"),
    "family.date": lambda: translate("Messages", "date of the family time"),
    "family.people": lambda: translate("Messages", "person at the family time"),
    "family.where": lambda: translate("Messages", "place of the family time"),
    "family.supervised_by": lambda: translate("Messages", "who supervised it"),
    "family.cancelled_by": lambda: translate("Messages", "who cancelled it"),
    "family.why": lambda: translate("Messages", "reason it was cancelled"),
    "family.before": lambda: translate("Messages", "how the child seemed before"),
    "family.during": lambda: translate("Messages", "how the child seemed during it"),
    "family.after": lambda: translate("Messages", "how the child seemed after"),
    "family.words": lambda: translate("Messages", "child's own words"),
    "family.noticed": lambda: translate("Messages", "what you noticed"),
    **EVENT_FIELD_NAMES,
    **PLAN_FIELD_NAMES,
    **CARER_SPACE_FIELD_NAMES,
    **CHILD_VOICE_FIELD_NAMES,
    **SUPERVISION_FIELD_NAMES,
    **REMOVAL_FIELD_NAMES,
}


def field_name(field: str) -> str:
    base = field.split(":")[0]
    return FIELD_NAMES.get(base, lambda: field)()


def _storage(exc: e.StorageFailed) -> str:
    reasons = {
        "full": translate("Messages", "The disk holding {path} is full. Nothing was lost; free "
                                      "some space and try again."),
        "read-only": translate("Messages", "CarerDesk cannot write to {path}: the folder is "
                                           "read-only or you do not have permission. Nothing was "
                                           "changed."),
        "gone": translate("Messages", "The folder {path} is not there (if it is on a USB stick, is "
                                  "the stick plugged in?). Nothing was changed."),
    }
    text = reasons.get(exc.reason, translate("Messages", "CarerDesk could not write to {path}. "
                                                "Nothing was changed."))
    return text.format(path=exc.path)


def _typo(exc: e.RecoveryKeyTypo) -> str:
    if exc.group is None:
        return translate("Messages", "That recovery key is the wrong length: it has 13 groups of 5 "
                            "letters and digits. Please check it and type it again.")
    return translate("Messages", "Group {group} of the recovery key does not look right. Please "
                                 "check that group and type it again.").format(group=exc.group)


def _invalid(exc: ie.InvalidInput) -> str:
    name = field_name(exc.field)
    if isinstance(exc, ie.PassphraseTooShort):
        return translate("Messages", "The passphrase must have at least {n} characters.").format(
            n=exc.minimum)
    if isinstance(exc, ie.PassphraseMismatch):
        return translate("Messages", "The two passphrases are not the same. Please type them "
                                     "again.")
    if isinstance(exc, ie.TooLong):
        return Messages.tr("The {field} is too long: it has {length} characters, and at most %n "
                           "fit. Nothing was saved.", "", exc.limit).format(
            field=name, length=exc.length)
    if isinstance(exc, ie.DateOutOfRange) and exc.early:
        return translate("Messages", "The {field} {value} is too long ago: CarerDesk takes dates "
                                     "from {year} on.").format(field=name, value=exc.value,
                                                               year=EARLIEST.year)
    if isinstance(exc, ie.DateOutOfRange):
        return translate("Messages", "The {field} {value} is too far in the future: CarerDesk "
                                     "takes dates up to {year}.").format(
            field=name, value=exc.value, year=LATEST.year)
    if isinstance(exc, ie.InvalidDate) and exc.field == "told_at":
        return translate("Messages", "\"{value}\" is not a date and time that exists. Please "
                                     "write it as YYYY-MM-DDTHH:MM, for example "
                                     "2026-03-14T16:30.").format(value=exc.value)
    if isinstance(exc, ie.OtherChildsRecord) and exc.field == "person":
        return translate("Messages", "The person \"{id}\" is in another child's life, not this "
                                     "child's. Nothing was saved.").format(id=exc.value)
    if isinstance(exc, ie.OtherChildsRecord):
        return translate("Messages", "The entry \"{id}\" is about another child, not this one. "
                                     "Nothing was saved.").format(id=exc.value)
    if isinstance(exc, ie.NotHappenedYet):
        return translate("Messages", "A family time on {value} has not happened yet: mark it "
                                     "as planned, or give the day it happened.").format(
            value=exc.value)
    if isinstance(exc, ie.FutureDate):
        return translate("Messages", "The {field} {value} is in the future. Please give a date "
                                     "that has already come.").format(field=name, value=exc.value)
    if isinstance(exc, ie.InvalidDate):
        return translate("Messages", "\"{value}\" is not a date that exists. Please write it as "
                            "YYYY-MM-DD, for example 2026-03-14.").format(value=exc.value)
    if isinstance(exc, ie.DateOrder) and exc.field == "since":
        return translate("Messages", "The start date is after the end date. Please swap them.")
    if isinstance(exc, ie.DateOrder) and exc.field == "ended":
        return translate("Messages", "The placement cannot end before it began. Please check "
                                     "the two dates.")
    if isinstance(exc, ie.DateOrder):
        return translate("Messages", "The {field} cannot be before the date of birth.").format(
            field=name)
    if isinstance(exc, ie.EmptyValue) and exc.field == "child":
        return translate("Messages", "Choose which child (or children) this entry is about.")
    if isinstance(exc, ie.EmptyValue) and exc.field in ("born", "placed", "ended"):
        return translate("Messages", "Type the {field}, or untick the box beside it if you do "
                                     "not know it.").format(field=name)
    if isinstance(exc, ie.EmptyValue):
        return translate("Messages", "The {field} is empty. Please write something.").format(
            field=name)
    if isinstance(exc, ie.UnknownDimension):
        return translate("Messages", "\"{value}\" is not a Secure Base dimension. Use one of: "
                            "availability, sensitivity, acceptance, cooperation, "
                            "family_membership.").format(value=exc.value)
    if isinstance(exc, ie.UnknownCategory):
        return translate("Messages", "\"{value}\" is not a category. Use one of: "
                                     "{choices}.").format(
            value=exc.value, choices=", ".join(c.value for c in Category))
    if isinstance(exc, ie.UnknownProfileField):
        return translate("Messages", "\"{value}\" is not a part of the profile. Use one of: "
                                     "{choices}.").format(value=exc.value,
                                                          choices=", ".join(PROFILE_FIELDS))
    if isinstance(exc, ie.UnknownRole):
        return translate("Messages", "\"{value}\" is not a role. Use one of: {choices}.").format(
            value=exc.value, choices=", ".join(r.value for r in PersonRole))
    if isinstance(exc, ie.NotInitials):
        return translate("Messages", "Another fostered child is written by initials only, in "
                                     "capitals (for example J.S.). Nothing was saved.")
    if isinstance(exc, ie.UnknownPart):
        return translate("Messages", "\"{value}\" is not a part of an entry. Use one of: "
                                     "{choices}.").format(value=exc.value,
                                                          choices=", ".join(PARTS))
    if isinstance(exc, ie.NotAboutThisEntry):
        return translate("Messages", "\"{value}\" is not one of the children this entry is "
                                     "about, so nothing can be shared with them. Nothing was "
                                     "saved.").format(value=exc.value)
    if isinstance(exc, ie.UnknownFamilyTimeStatus):
        return translate("Messages", "\"{value}\" is not a status of a family time. Use "
                                     "one of: {choices}.").format(
            value=exc.value, choices=", ".join(s.value for s in FamilyTimeStatus))
    if isinstance(exc, ie.NotCancelled):
        return translate("Messages", "Who cancelled a family time, and why, are only for one "
                                     "that was cancelled. Nothing was saved.")
    if isinstance(exc, ie.NotASibling):
        return translate("Messages", "Living together or apart is only for a brother or "
                                     "sister. Nothing was saved.")
    if isinstance(exc, ie.NotAnImage):
        return translate("Messages", "{value} is not a photo CarerDesk can read (JPEG, PNG, GIF, "
                                     "BMP, WebP or TIFF). Nothing was saved.").format(
            value=exc.value)
    if isinstance(exc, ie.ImageTooLarge):
        return translate("Messages", "{value} is too large a picture (over 50 megapixels). Make "
                                     "it smaller first. Nothing was saved.").format(value=exc.value)
    if isinstance(exc, ie.UnreadableFile):
        return translate("Messages", "CarerDesk cannot read {value}: it is missing or you do not "
                                     "have permission. Nothing was saved.").format(value=exc.value)
    if exc.field == "photos":
        return translate("Messages", "A page holds at most 4 photos.")
    if isinstance(exc, ie.UnknownMood):
        return translate("Messages", "\"{value}\" is not a mood. Use one of: {choices}.").format(
            value=exc.value, choices=", ".join(m.value for m in Mood))
    if isinstance(exc, ie.RatingOutOfRange):
        return translate("Messages", "A rating is a whole number from 0 to 10; \"{value}\" is "
                                     "not.").format(value=exc.value)
    return translate("Messages", "The {field} is not valid.").format(field=name)


def _restore_hint(exc: e.DatabaseDamaged) -> str:
    """The guided restore's sentence: the newest backup by name when there is one."""
    if exc.backup:
        return translate("Messages", "Your newest backup is {backup}; restore it with: "
                                     "carerdesk restore \"{backup}\"").format(backup=exc.backup)
    return translate("Messages", "Restore it from a backup with: carerdesk restore FILE")


_DAMAGE: dict[type, Callable[[], str]] = {
    e.DatabaseEmpty: lambda: translate(
        "Messages", "The journal database {path} is empty: everything in it is gone, so "
                    "CarerDesk will not open it as a new journal. Nothing was changed."),
    e.DatabaseNotAFile: lambda: translate(
        "Messages", "{path} is a folder, not the journal database, so the vault cannot be "
                    "opened. Nothing was changed. Move it away, then restore the journal."),
    e.DatabaseWithoutVault: lambda: translate(
        "Messages", "{path} is not this vault's journal (it has no vault identity), so "
                    "CarerDesk will not open it. Nothing was changed."),
    e.DatabaseRolledBack: lambda: translate(
        "Messages", "The journal database {path} is an older copy than its key file: an older "
                    "carerdesk.db was put in place, and entries written since may be missing "
                    "from it. CarerDesk will not open it. Nothing was changed."),
}


def _damage(exc: e.DatabaseDamaged) -> str | None:
    for kind in type(exc).__mro__:
        if kind in _DAMAGE:
            return _DAMAGE[kind]().format(path=exc.path) + " " + _restore_hint(exc)
    return None


# Each takes an exception of its key's type (which a dict's type cannot say).
_SIMPLE: dict[type, Callable[[Any], str]] = {
    e.SlotFileRolledBack: lambda x: translate(
        "Messages", "The key file {path} is an older copy than the journal database (it was "
                    "put back from a backup or another copy), so CarerDesk will not open the "
                    "vault with it. Nothing was changed. Put back the newest vault.json, or "
                    "restore the newest backup.").format(path=x.path),
    e.SlotFileMismatch: lambda x: translate(
        "Messages", "The key file {path} has been changed, or does not belong to this journal "
                    "database, so the vault cannot be opened. Nothing was changed. Restore it "
                    "from a backup.").format(path=x.path),
    e.VaultNotFound: lambda x: translate(
        "Messages", "There is no CarerDesk vault in {folder}. Create one with \"carerdesk "
                    "init\".").format(folder=x.folder),
    e.VaultAlreadyExists: lambda x: translate(
        "Messages", "A vault already exists in {folder}. Nothing was changed.").format(
        folder=x.folder),
    e.WrongPassphrase: lambda x: translate(
        "Messages", "That passphrase is not right. Nothing was changed. If you have forgotten "
                    "it, use your recovery key."),
    e.WrongRecoveryKey: lambda x: translate(
        "Messages", "That recovery key does not open this vault. Is it the key for another vault?"),
    e.SlotFileMissing: lambda x: translate(
        "Messages", "The key file {path} is missing, so the vault cannot be opened. Restore it "
                    "from a backup; nothing else was changed.").format(path=x.path),
    e.SlotFileDamaged: lambda x: translate(
        "Messages", "The key file {path} is damaged ({detail}), so the vault cannot be opened. "
                    "Restore it from a backup; nothing was changed.").format(path=x.path,
                                                                             detail=x.detail),
    e.UnsupportedVaultVersion: lambda x: translate(
        "Messages", "This vault was made by a newer CarerDesk (format {version}). Please update "
           "CarerDesk to open it.").format(version=x.version),
    e.DatabaseMissing: lambda x: translate(
        "Messages", "The journal database {path} is missing. Restore it from a backup.").format(
        path=x.path),
    e.DatabaseDamaged: lambda x: (translate(
        "Messages", "The journal database {path} is damaged and cannot be read. Nothing was "
                    "changed. Your newest backup is {backup}; restore it with: carerdesk "
                    "restore \"{backup}\"").format(path=x.path, backup=x.backup) if x.backup
        else translate(
        "Messages", "The journal database {path} is damaged and cannot be read. Nothing was "
                    "changed. Restore it from a backup with: carerdesk restore FILE").format(
        path=x.path)),
    e.ForeignDatabase: lambda x: (translate(
        "Messages", "{path} is not an encrypted CarerDesk journal. Nothing was changed.")
        if x.unencrypted
        else translate("Messages", "The journal database {path} does not belong with this key "
                          "file: one of them is from another vault, or from before a change "
                          "of keys. Nothing was changed.")).format(path=x.path),
    e.VaultInUse: lambda x: translate(
        "Messages", "This vault is already open in another CarerDesk window or command. Close "
                    "it there and try again."),
    e.BackupDamaged: lambda x: translate(
        "Messages", "{path} is not a CarerDesk backup, or it is damaged or cut short. "
                    "Nothing was changed. Try an older backup.").format(path=x.path),
    e.OtherVaultBackup: lambda x: translate(
        "Messages", "{path} is a backup of a different vault (one made on {created}), not of "
                    "this one. Nothing was changed. If you mean to replace this vault with it, "
                    "restore again with --other-vault; this vault will be kept aside.").format(
        path=x.path, created=x.created[:10]),
    e.VaultLocked: lambda x: translate("Messages", "The vault is locked. Unlock it first."),
    e.CipherUnavailable: lambda x: translate(
        "Messages", "The encryption library is missing, so CarerDesk will not open the vault. "
                    "Please reinstall CarerDesk."),
    e.SchemaTooNew: lambda x: translate(
        "Messages", "This vault was saved by a newer CarerDesk. Please update CarerDesk to open "
                    "it."),
    e.NotFound: lambda x: _not_found(x) or (
        translate("Messages", "There is no child called \"{id}\" (or with that id). "
                              "\"carerdesk child list\" shows them.") if x.kind == "child"
        else translate("Messages", "There is no life-story page with the id "
                                   "\"{id}\".") if x.kind == "page"
        else translate("Messages", "There is no entry with the id \"{id}\".")).format(
        id=x.ident),
    e.AmbiguousId: lambda x: translate(
        "Messages", "More than one record starts with \"{id}\". Please give more of the "
                    "id.").format(id=x.ident),
}


def _not_found(exc: e.NotFound) -> str | None:
    if exc.kind == "recipient":
        return translate("Messages", "There is no recipient \"{id}\". Give a key file, or a name "
                                     "from \"carerdesk recipients list\".").format(id=exc.ident)
    if exc.kind == "report":
        return translate("Messages", "There is no imported report \"{id}\".").format(id=exc.ident)
    if exc.kind == "carer":
        return translate("Messages", "There is no carer \"{id}\": give the start of their "
                                     "fingerprint (five digits or more) or a report id from "
                                     "\"carerdesk reports list\".").format(id=exc.ident)
    if exc.kind == "action":
        return translate("Messages", "There is no agreed action number {id} in that "
                                     "supervision record.").format(id=exc.ident)
    if exc.kind == "supervision":
        return translate("Messages", "There is no supervision record \"{id}\".").format(
            id=exc.ident)
    if exc.kind == "family-time":
        return translate("Messages", "There is no family time with the id \"{id}\". "
                                     "\"carerdesk family-time list\" shows them.").format(
            id=exc.ident)
    if exc.kind == "person":
        return translate("Messages", "There is no person with the id \"{id}\". \"carerdesk "
                                     "people list\" shows them.").format(id=exc.ident)
    return None


def describe(exc: e.CarerDeskError) -> str:
    """One or two plain sentences for ``exc``; never record text, never a traceback."""
    if isinstance(exc, e.Refused):
        return exc.message
    if (events := event_message(exc)) is not None:  # a significant event's own
        return events
    if (profiles := profile_message(exc)) is not None:  # the -3..+3 profiles' own
        return profiles
    if (plan := plan_message(exc)) is not None:  # goals and Secure Base reviews
        return plan
    if (mine := carer_space_message(exc)) is not None:  # the carer's own space
        return mine
    if (childs := child_voice_message(exc)) is not None:  # the child's own page
        return childs
    if (handover := handover_message(exc)) is not None:  # a handover and its receipt
        return handover
    if (removal := removal_message(exc)) is not None:  # ending and removing a record
        return removal
    if isinstance(exc, e.StorageFailed):
        return _storage(exc)
    if isinstance(exc, e.DatabaseDamaged) and _damage(exc):
        return _damage(exc) or ""
    if isinstance(exc, e.RecoveryKeyTypo):
        return _typo(exc)
    if isinstance(exc, ie.InvalidInput):
        return _invalid(exc)
    if isinstance(exc, e.ReportRefused):
        return REPORT_REFUSED[exc.reason]().format(
            path=exc.path or translate("Messages", "The file"), name=exc.detail)
    if isinstance(exc, e.KeyFileInvalid) and exc.reason == "not-a-supervisor":
        return translate("Messages", "That is a foster carer's key{path}, not a supervising "
                                     "social worker's. Reports can only be sent to social "
                                     "workers.").format(path=f" ({exc.path})" if exc.path else "")
    if isinstance(exc, e.KeyFileInvalid):
        return KEY_INVALID[exc.reason]().format(path=exc.path or translate("Messages", "the key"))
    for kind in type(exc).__mro__:
        if kind in _SIMPLE:
            return _SIMPLE[kind](exc)
    return translate("Messages", "Something went wrong. Nothing was changed.")


class _Key(Protocol):  # an exchange.keys.PublicKey, which this layer may not import
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def fingerprint(self) -> str: ...


def key_name(key: _Key) -> str:
    """The name on a public key, or for a key file without one, its role and fingerprint start."""
    if key.name:
        return key.name
    first = key.fingerprint.split()[0]
    if key.role.value == "supervisor":
        return translate("Messages", "Social worker {fp}").format(fp=first)
    return translate("Messages", "Carer {fp}").format(fp=first)
