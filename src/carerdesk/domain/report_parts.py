"""What a report package carries beside the entries, from format 2 on: the child's profile and
placement, the people around the child, and the records kept as versioned documents (family
time, goals and their reviews, profiles, Secure Base reviews).

Parsing is as strict as for entries: a field of the wrong type, a text past its limit or a
record its own kind's rules refuse raises ValueError, never half a report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from carerdesk.domain.dates import EARLIEST, LATEST
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.limits import TEXT_MAX
from carerdesk.domain.profile import PROFILE_FIELDS, Living, PersonDetails, PersonRole
from carerdesk.domain.record_kinds import codec_for


@dataclass(frozen=True)
class ReportProfile:
    placed: dt.date | None
    ended: dt.date | None
    parts: Mapping[str, str | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"placed": _iso(self.placed), "ended": _iso(self.ended),
                "parts": {k: self.parts.get(k) for k in PROFILE_FIELDS}}


@dataclass(frozen=True)
class ReportRecord:
    """One record as its kind's codec wrote it; ``content`` is read with ``codec_for(kind)``."""

    kind: str
    id: str
    version: int
    date: dt.date
    content: Mapping[str, Any]

    def value(self) -> Any:
        return codec_for(self.kind).load(dict(self.content))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "version": self.version,
                "date": self.date.isoformat(), "content": dict(self.content)}


@dataclass(frozen=True)
class ReportPerson(PersonDetails):
    """Someone in the child's life, with the id that the records name them by."""

    id: str = ""

    @classmethod
    def of(cls, d: PersonDetails, person_id: str) -> ReportPerson:
        return cls(d.name, d.role, d.family_name, d.living, d.relation, d.notes, id=person_id)


def person_to_dict(person: ReportPerson) -> dict[str, Any]:
    return {"id": person.id, "name": person.name, "role": person.role.value,
            "family_name": person.family_name,
            "living": person.living.value if person.living else None,
            "relation": person.relation, "notes": person.notes}


def profile_from(doc: Any) -> ReportProfile | None:
    if doc is None:
        return None
    parts = _dict(doc["parts"])
    if not set(parts) <= set(PROFILE_FIELDS):
        raise ValueError("profile part")
    return ReportProfile(_opt_day(doc["placed"]), _opt_day(doc["ended"]),
                         {k: _text(parts.get(k)) for k in PROFILE_FIELDS})


def person_from(doc: Any) -> ReportPerson:
    try:
        person = PersonDetails(
            _str(doc["name"]), PersonRole(_str(doc["role"])), _text(doc["family_name"]),
            Living(doc["living"]) if doc["living"] is not None else None,
            _text(doc["relation"]), _text(doc["notes"])).validated()
    except CarerDeskError:
        raise ValueError("person") from None
    # "id" came with the people's first release of format 2; a report without it is read
    return ReportPerson.of(person, _str(doc.get("id", "")))


def record_from(doc: Any) -> ReportRecord:
    version = doc["version"]
    if type(version) is not int or version < 1:
        raise ValueError("version")
    content = _json(_dict(doc["content"]), depth=0)
    record = ReportRecord(_str(doc["kind"]), _str(doc["id"]), version,
                          _day(_str(doc["date"])), content)
    try:
        codec = codec_for(record.kind)
        codec.dump(record.value())  # its kind's own rules: a rating of +4 never gets in
    except (CarerDeskError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"record {type(exc).__name__}") from None
    return record


def _json(value: Any, depth: int) -> Any:
    """Plain JSON only, texts within the limit, no deeper than any codec writes."""
    if depth > 6:
        raise ValueError("too deep")
    if isinstance(value, dict):
        return {_str(k): _json(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v, depth + 1) for v in value]
    if isinstance(value, str) and len(value) > TEXT_MAX:
        raise ValueError("text too long")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise ValueError("json")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = _str(value)
    if len(text) > TEXT_MAX:
        raise ValueError("text too long")
    return text


def _dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("object")
    return value


def _day(text: str) -> dt.date:
    day = dt.date.fromisoformat(text)
    if not EARLIEST <= day <= LATEST:
        raise ValueError("date out of range")
    return day


def _opt_day(value: Any) -> dt.date | None:
    return None if value is None else _day(_str(value))


# Kinds that stay current until changed (a goal set last year is still the plan): a report
# carries all of them; of every other kind it carries the period's records and the newest
# one before it, so that the summary can show the change.
ONGOING_KINDS = frozenset({"goal"})


def records_for_period(records: list[ReportRecord], since: dt.date,
                       until: dt.date) -> tuple[ReportRecord, ...]:
    chosen: list[ReportRecord] = []
    before: dict[str, ReportRecord] = {}
    for record in sorted(records, key=lambda r: (r.kind, r.date)):
        if record.date > until:
            continue
        if record.kind in ONGOING_KINDS or record.date >= since:
            chosen.append(record)
        else:
            before[record.kind] = record  # sorted by date: the newest wins
    return tuple(sorted([*before.values(), *chosen], key=lambda r: (r.kind, r.date)))
