"""A supervision report's contents: one child, one period, as the carer recorded it.

The same object feeds the summary PDF, travels (as versioned JSON) inside the encrypted
package, and is read back by the social worker's CarerDesk. ``from_dict`` is strict: a field
of the wrong type raises ValueError, never half a report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from carerdesk.domain.dates import EARLIEST, LATEST
from carerdesk.domain.limits import NAME_MAX, TEXT_MAX, check_length
from carerdesk.domain.report_parts import (
    ReportPerson,
    ReportProfile,
    ReportRecord,
    person_from,
    person_to_dict,
    profile_from,
    record_from,
)
from carerdesk.domain.serialize import content_from_dict, content_to_dict
from carerdesk.domain.supervision import LastSupervision
from carerdesk.domain.values import EntryContent

# 2 added the profile, the people and the records; 3 the carer's "bring to supervision"
# star on each entry. 1 and 2 are still read (their entries carry no star).
DATA_FORMAT = 3
READ_FORMATS = (1, 2, 3)


@dataclass(frozen=True)
class ReportEntry:
    id: str
    version: int  # above 1 when the carer amended it (every version is kept in their vault)
    content: EntryContent
    starred: bool = False  # the carer marked it "bring to supervision" (format 3 on)


@dataclass(frozen=True)
class SharedPage:
    """A life-story page the carer chose to include (words only, never photos)."""

    title: str
    when: str | None
    story: str


@dataclass(frozen=True)
class Notes:
    """What the carer adds for this supervision, beside the daily entries."""

    headline: str | None = None
    questions: str | None = None  # to bring to supervision
    wellbeing: str | None = None  # the carer's own wellbeing and the support they want

    def validated(self) -> Notes:
        for words, field_name in ((self.headline, "headline"), (self.questions, "questions"),
                                  (self.wellbeing, "wellbeing")):
            check_length(words, field_name)
        return self


@dataclass(frozen=True)
class PeriodReport:
    carer: str
    household: str
    agency: str | None
    child: str
    child_born: dt.date | None
    since: dt.date
    until: dt.date
    made_at: dt.datetime
    entries: tuple[ReportEntry, ...]
    notes: Notes = Notes()
    pages: tuple[SharedPage, ...] = ()
    profile: ReportProfile | None = None  # None in a format 1 report
    people: tuple[ReportPerson, ...] = ()
    records: tuple[ReportRecord, ...] = ()
    # the last supervision's agreed actions and their status (optional, so format 2 still)
    last_supervision: LastSupervision | None = None

    def name_of(self, person_id: str) -> str | None:
        """The name of someone a record names, as the child's people list has them."""
        return next((p.name for p in self.people if p.id and p.id == person_id), None)

    def records_of(self, kind: str) -> tuple[ReportRecord, ...]:
        return tuple(r for r in self.records if r.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": DATA_FORMAT,
            "carer": self.carer,
            "household": self.household,
            "agency": self.agency,
            "child": {"name": self.child,
                      "born": self.child_born.isoformat() if self.child_born else None},
            "period": {"since": self.since.isoformat(), "until": self.until.isoformat()},
            "made_at": self.made_at.isoformat(),
            "notes": {"headline": self.notes.headline, "questions": self.notes.questions,
                      "wellbeing": self.notes.wellbeing},
            "entries": [{"id": e.id, "version": e.version, "starred": e.starred,
                         **content_to_dict(e.content)} for e in self.entries],
            "life_story": [{"title": p.title, "when": p.when, "story": p.story}
                           for p in self.pages],
            "profile": self.profile.to_dict() if self.profile else None,
            "people": [person_to_dict(p) for p in self.people],
            "records": [r.to_dict() for r in self.records],
            **({"last_supervision": self.last_supervision.to_dict()}
               if self.last_supervision else {}),
        }

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> PeriodReport:
        """ValueError for anything not in this shape (the caller words it)."""
        try:
            return _report(doc)
        except (KeyError, TypeError, AttributeError, IndexError) as exc:
            raise ValueError(f"report data: {type(exc).__name__}") from None


def _report(doc: dict[str, Any]) -> PeriodReport:
    if doc["format"] not in READ_FORMATS or type(doc["format"]) is not int:
        raise UnknownDataFormat(doc["format"])
    later = doc["format"] >= 2
    child, period, notes = doc["child"], doc["period"], doc["notes"]
    born = _opt(child["born"])
    return PeriodReport(
        carer=_name(doc["carer"]),
        household=_name(doc["household"]),
        agency=_opt(doc["agency"]) and _name(doc["agency"]),
        child=_name(child["name"]),
        child_born=_day(born) if born else None,
        since=_day(_str(period["since"])),
        until=_day(_str(period["until"])),
        made_at=_moment(dt.datetime.fromisoformat(_str(doc["made_at"]))),
        entries=tuple(_entry(e, doc["format"] >= 3) for e in _list(doc["entries"])),
        notes=Notes(_opt(notes["headline"]), _opt(notes["questions"]),
                    _opt(notes["wellbeing"])),
        pages=tuple(SharedPage(_str(p["title"]), _opt(p["when"]), _str(p["story"]))
                    for p in _list(doc["life_story"])),
        profile=profile_from(doc["profile"]) if later else None,
        people=tuple(person_from(p) for p in _list(doc["people"])) if later else (),
        records=tuple(record_from(r) for r in _list(doc["records"])) if later else (),
        last_supervision=(LastSupervision.from_dict(doc["last_supervision"])
                          if later and doc.get("last_supervision") is not None else None),
    )


class UnknownDataFormat(ValueError):
    """Report data from a newer CarerDesk."""


def _entry(item: dict[str, Any], with_star: bool) -> ReportEntry:
    """One entry; from format 3 on its ``starred`` is required, true or false. Before, no
    entry had a star (whatever such a field might say)."""
    version = item["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("version")
    starred = item["starred"] if with_star else False
    if type(starred) is not bool:
        raise ValueError("starred")
    content = content_from_dict(item)
    _check_types(content)
    return ReportEntry(_str(item["id"]), version, content, starred)


def _check_types(content: EntryContent) -> None:
    """JSON gives any type anywhere: every text a text, every rating a whole number 0-10."""
    _str(content.text)
    for child_id in content.child_ids:
        _str(child_id)
    texts = [content.voice, content.reflection]
    if content.significant:
        texts += [content.significant.who_was_told, content.significant.next_steps]
    for obs in content.observations.values():
        texts += [obs.what_happened, obs.meaning, obs.what_i_did, obs.how_i_felt]
        for rating in (obs.rating, obs.rating_birth):
            if rating is not None and (type(rating) is not int or not 0 <= rating <= 10):
                raise ValueError("rating")
    for text in texts:
        _opt(text)
    _check_bounds(content, [content.text, *texts])


def _check_bounds(content: EntryContent, texts: list[str | None]) -> None:
    """What the carer's CarerDesk never writes: a text past its limit, a year out of range
    (which would overflow later, when the inbox shows it in local time)."""
    if any(text and len(text) > TEXT_MAX for text in texts):
        raise ValueError("text too long")
    _day(content.date.isoformat())
    if content.significant and content.significant.told_at:
        _moment(content.significant.told_at)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _name(value: Any) -> str:
    """A name as the carer's CarerDesk allows it; a longer one was not made by CarerDesk."""
    name = _str(value)
    if len(name) > NAME_MAX:
        raise ValueError("name too long")
    return name


def _day(text: str) -> dt.date:
    day = dt.date.fromisoformat(text)
    if not EARLIEST <= day <= LATEST:
        raise ValueError("date out of range")
    return day


def _moment(moment: dt.datetime) -> dt.datetime:
    if not EARLIEST.year <= moment.year <= LATEST.year:
        raise ValueError("date out of range")
    return moment


def _opt(value: Any) -> str | None:
    return None if value is None else _str(value)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("list")
    return value
