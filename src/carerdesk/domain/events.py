"""A significant event as a safeguarding lead would accept it: when and where it happened, who
was there, what happened and what the child said, what the carer did, who was told (name, role,
how, when), the follow-up, and for a child missing from home the times and the return talk.

Kinds: England, Fostering Services Regulations 2011, Schedule 7, and the agency's own (its
preset adds them). The warnings never block saving: they say what a reader will look for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.categories import SignificantEventKind as Old
from carerdesk.domain.dates import checked_moment
from carerdesk.domain.input_errors import EmptyValue, EventTimeOrder, UnknownEventKind
from carerdesk.domain.limits import check_length

MISSING = "missing-from-home"
KINDS: dict[str, str] = {  # key -> title, in the Schedule's order
    "death": QT_TRANSLATE_NOOP("Events", "Death of the child"),
    "serious-illness-or-accident": QT_TRANSLATE_NOOP("Events", "Serious illness or accident"),
    "police-called": QT_TRANSLATE_NOOP("Events", "Serious incident: police called to our home"),
    "sexual-exploitation": QT_TRANSLATE_NOOP("Events", "Child sexual exploitation (suspected "
                                                       "or actual)"),
    "child-protection-enquiry": QT_TRANSLATE_NOOP("Events", "Child-protection enquiry started "
                                                            "or ended"),
    "allegation-against-carer": QT_TRANSLATE_NOOP("Events", "Allegation or serious complaint "
                                                            "about us or our household"),
    "infectious-disease": QT_TRANSLATE_NOOP("Events", "Serious infectious disease in our home"),
    "dbs-referral": QT_TRANSLATE_NOOP("Events", "Referral to the Disclosure and Barring "
                                                "Service"),
    MISSING: QT_TRANSLATE_NOOP("Events", "Missing from home"),
    "serious-offence": QT_TRANSLATE_NOOP("Events", "The child is said to have committed a "
                                                   "serious offence"),
}

# Old kinds whose meaning is the same; the rest (an "allegation" may not be about the carer,
# an "exploitation concern" may not be sexual) stay as they were written.
FROM_OLD: dict[Old, str] = {
    Old.DEATH: "death", Old.SERIOUS_ILLNESS_OR_ACCIDENT: "serious-illness-or-accident",
    Old.POLICE_CALLED: "police-called", Old.MISSING: MISSING,
    Old.NOTIFIABLE_DISEASE: "infectious-disease",
}
_TO_OLD = {new: old for old, new in FROM_OLD.items()} | {
    "sexual-exploitation": Old.EXPLOITATION, "child-protection-enquiry": Old.CHILD_PROTECTION,
    "allegation-against-carer": Old.ALLEGATION}


@dataclass(frozen=True)
class EventKind:
    key: str
    title: str  # marked for translation ("Events"), or the agency's own words
    agency: bool = False


def event_kinds(extra: Iterable[tuple[str, str]] = ()) -> tuple[EventKind, ...]:
    """The regulations' kinds, then the agency's (key, title) pairs."""
    found = [EventKind(k, t) for k, t in KINDS.items()]
    found += [EventKind(k, t, True) for k, t in extra if k not in KINDS]
    return tuple(found)


def check_kind(text: str, extra: Iterable[tuple[str, str]] = ()) -> str:
    """A kind's key as typed (``Missing_From_Home`` works), or UnknownEventKind with the list."""
    kinds = event_kinds(extra)
    key = text.strip().lower().replace("_", "-").replace(" ", "-")
    if key not in {k.key for k in kinds}:
        raise UnknownEventKind("event_kind", text, tuple(k.key for k in kinds))
    return key


def old_kind_for(key: str) -> Old:
    """The kind written in the old column (read by older readers) for a new kind."""
    return _TO_OLD.get(key, Old.OTHER)


class TellRole(StrEnum):
    SUPERVISING_SOCIAL_WORKER = "supervising-social-worker"
    FOSTERING_SERVICE = "fostering-service"
    CHILD_SOCIAL_WORKER = "child-social-worker"
    POLICE = "police"
    OUT_OF_HOURS = "out-of-hours"
    OTHER = "other"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name
        return ROLE_TITLES[self]


ROLE_TITLES: dict[TellRole, str] = {
    TellRole.SUPERVISING_SOCIAL_WORKER: QT_TRANSLATE_NOOP("Events", "Supervising social worker"),
    TellRole.FOSTERING_SERVICE: QT_TRANSLATE_NOOP("Events", "Fostering service"),
    TellRole.CHILD_SOCIAL_WORKER: QT_TRANSLATE_NOOP("Events", "Child's social worker"),
    TellRole.POLICE: QT_TRANSLATE_NOOP("Events", "Police"),
    TellRole.OUT_OF_HOURS: QT_TRANSLATE_NOOP("Events", "Out-of-hours team"),
    TellRole.OTHER: QT_TRANSLATE_NOOP("Events", "Someone else"),
}


@dataclass(frozen=True)
class Told:
    """One person told. A draft may lack a name or a time; a saved event may not."""

    name: str = ""
    role: TellRole = TellRole.OTHER
    when: dt.datetime | None = None
    how: str | None = None  # phone, email, in person...


@dataclass(frozen=True)
class Missing:
    """For a child missing from home; every part optional."""

    last_seen: dt.datetime | None = None
    reported_at: dt.datetime | None = None
    reported_to: str | None = None
    police_reference: str | None = None
    back_at: dt.datetime | None = None
    return_conversation: str | None = None

    def is_empty(self) -> bool:
        return not any(vars(self).values())


@dataclass(frozen=True)
class EventDetail:
    kind: str = ""
    happened_at: dt.datetime | None = None
    where: str | None = None
    present: str | None = None
    what_happened: str | None = None
    child_words: str | None = None  # verbatim
    carer_response: str | None = None  # what the carer did and said
    told: tuple[Told, ...] = ()
    follow_up: str | None = None
    missing: Missing | None = None  # kept for missing-from-home only

    def validated(self, now: dt.datetime | None = None) -> EventDetail:
        """The first rule broken raises; else the detail tidied (times with their zone)."""
        kind = check_length(self.kind.strip(), "event_kind")
        if not kind:
            raise EmptyValue("event_kind")
        if self.happened_at is None:
            raise EmptyValue("happened_at")
        happened = checked_moment(self.happened_at, "happened_at", now)
        told = tuple(_told(row, n, happened, now) for n, row in enumerate(self.told, 1))
        missing = _missing(self.missing, now) if kind == MISSING and self.missing else None
        return EventDetail(
            kind, happened, _line(self.where, "where"), _line(self.present, "present"),
            _text(self.what_happened), _text(self.child_words), _text(self.carer_response),
            told, _text(self.follow_up), None if missing is None or missing.is_empty() else missing)

    def texts(self) -> list[str]:
        """Every word in it, for search."""
        parts = [self.where, self.present, self.what_happened, self.child_words,
                 self.carer_response, self.follow_up]
        for row in self.told:
            parts += [row.name, row.how]
        if self.missing:
            parts += [self.missing.reported_to, self.missing.police_reference,
                      self.missing.return_conversation]
        return [p for p in parts if p]

    def first_told(self) -> dt.datetime | None:
        times = [row.when for row in self.told if row.when is not None]
        return min(times) if times else None


def _line(text: str | None, field_name: str) -> str | None:
    return check_length((text or "").strip(), field_name) or None


def _text(text: str | None) -> str | None:
    return check_length((text or "").strip(), "event_text") or None


def _told(row: Told, number: int, happened: dt.datetime, now: dt.datetime | None) -> Told:
    name = check_length(row.name.strip(), "told")
    if not name:
        raise EmptyValue("told_name", number)
    if row.when is None:
        raise EmptyValue("told_when", number)
    when = checked_moment(row.when, "told_when", now)
    if when < happened:
        raise EventTimeOrder("told_when", number)
    return Told(name, row.role, when, _line(row.how, "told_how"))


def _missing(part: Missing, now: dt.datetime | None) -> Missing:
    def moment(value: dt.datetime | None, field_name: str) -> dt.datetime | None:
        return None if value is None else checked_moment(value, field_name, now)

    seen = moment(part.last_seen, "last_seen")
    reported, back = moment(part.reported_at, "reported_at"), moment(part.back_at, "back_at")
    for value, field_name in ((reported, "reported_at"), (back, "back_at")):
        if seen is not None and value is not None and value < seen:
            raise EventTimeOrder(field_name, None)
    return Missing(seen, reported, _line(part.reported_to, "reported_to"),
                   _line(part.police_reference, "police_reference"), back,
                   _text(part.return_conversation))


# --- warnings: plain words, never blocking --------------------------------------------------

NOT_TOLD = QT_TRANSLATE_NOOP("Events", "Neither your supervising social worker nor the "
                                       "fostering service is among those told. Tell them as "
                                       "soon as you can, and add when you did.")
TOLD_LATE = QT_TRANSLATE_NOOP("Events", "The first person was told more than 24 hours after "
                                        "it happened. If you can, say why in the follow-up.")
LATE = dt.timedelta(hours=24)


def warnings(event: EventDetail) -> tuple[str, ...]:
    """What a safeguarding lead would ask about (untranslated: the caller translates them in
    the "Events" context)."""
    found = []
    roles = {row.role for row in event.told}
    if not roles & {TellRole.SUPERVISING_SOCIAL_WORKER, TellRole.FOSTERING_SERVICE}:
        found.append(NOT_TOLD)
    first = event.first_told()
    if first is not None and event.happened_at is not None and _aware(first) - _aware(
            event.happened_at) > LATE:
        found.append(TOLD_LATE)
    return tuple(found)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.astimezone()


# --- JSON, for the entries.event column and the versions ---------------------------------------


def _when(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def detail_to_dict(event: EventDetail) -> dict[str, Any]:
    missing = event.missing
    return {
        "kind": event.kind, "happened_at": _when(event.happened_at), "where": event.where,
        "present": event.present, "what_happened": event.what_happened,
        "child_words": event.child_words, "carer_response": event.carer_response,
        "told": [{"name": r.name, "role": r.role.value, "how": r.how, "when": _when(r.when)}
                 for r in event.told],
        "follow_up": event.follow_up,
        "missing": None if missing is None else {
            "last_seen": _when(missing.last_seen), "reported_at": _when(missing.reported_at),
            "reported_to": missing.reported_to, "police_reference": missing.police_reference,
            "back_at": _when(missing.back_at),
            "return_conversation": missing.return_conversation},
    }


def _str(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError("text")
    return value


def _moment(value: Any) -> dt.datetime | None:
    text = _str(value)
    return dt.datetime.fromisoformat(text) if text else None


def detail_from_dict(data: dict[str, Any]) -> EventDetail:
    """Every version ever written; TypeError or ValueError for anything else (a package's
    JSON may hold any type anywhere)."""
    missing = data.get("missing")
    rows = data.get("told") or []
    if not isinstance(rows, list):
        raise TypeError("told")
    return EventDetail(
        kind=_str(data["kind"]) or "", happened_at=_moment(data.get("happened_at")),
        where=_str(data.get("where")), present=_str(data.get("present")),
        what_happened=_str(data.get("what_happened")), child_words=_str(data.get("child_words")),
        carer_response=_str(data.get("carer_response")),
        told=tuple(Told(_str(r.get("name")) or "", TellRole(r.get("role") or "other"),
                        _moment(r.get("when")), _str(r.get("how"))) for r in rows),
        follow_up=_str(data.get("follow_up")),
        missing=None if not missing else Missing(
            _moment(missing.get("last_seen")), _moment(missing.get("reported_at")),
            _str(missing.get("reported_to")), _str(missing.get("police_reference")),
            _moment(missing.get("back_at")), _str(missing.get("return_conversation"))),
    )
