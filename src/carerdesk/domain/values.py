"""Value objects of a journal entry, and the rules every entry keeps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dates import checked_moment, not_in_future, parse_date
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.entry_parts import EVENT, REFLECTION, TEXT, VOICE, normalised
from carerdesk.domain.events import ROLE_TITLES, EventDetail, old_kind_for
from carerdesk.domain.input_errors import DateOrder, EmptyValue, InvalidInput, RatingOutOfRange
from carerdesk.domain.limits import check_length
from carerdesk.domain.writing import Mark, Mood

__all__ = ["parse_date", "not_in_future"]  # kept here for the callers that import them here

RATING_MIN, RATING_MAX = 0, 10


def not_before(day: dt.date | None, earlier: dt.date | None, field_name: str) -> None:
    if day is not None and earlier is not None and day < earlier:
        raise DateOrder(field_name, day.isoformat())


def check_rating(value: int | None, field_name: str) -> int | None:
    if value is not None and not (RATING_MIN <= value <= RATING_MAX):
        raise RatingOutOfRange(field_name, value)
    return value


def required_text(text: str | None, field_name: str) -> str:
    """Trimmed, not empty, and no longer than the field allows (domain/limits.py)."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise EmptyValue(field_name)
    return check_length(cleaned, field_name)


def optional_text(text: str | None, field_name: str) -> str | None:
    cleaned = (text or "").strip()
    return check_length(cleaned, field_name) or None


@dataclass(frozen=True)
class Observation:
    """One dimension in the Secure Base Interview shape; every part is optional."""

    what_happened: str | None = None
    meaning: str | None = None
    what_i_did: str | None = None
    how_i_felt: str | None = None
    rating: int | None = None  # 0-10; for family membership, the foster family
    rating_birth: int | None = None  # family membership only: the birth family

    def is_empty(self) -> bool:
        return not any(
            (self.what_happened, self.meaning, self.what_i_did, self.how_i_felt)
        ) and self.rating is None and self.rating_birth is None

    def texts(self) -> list[str]:
        return [t for t in (self.what_happened, self.meaning, self.what_i_did, self.how_i_felt)
                if t]


@dataclass(frozen=True)
class SignificantEvent:
    """A significant event (reg. 36, Schedule 7). ``detail`` is the record (domain/events.py);
    an entry written before it had one keeps only the four one-line fields. When there is a
    detail, those four are derived from it (``of``), never typed apart, so that a reader of
    the old fields (report format 1, the old columns) still sees who was told and when."""

    kind: SignificantEventKind = SignificantEventKind.OTHER
    who_was_told: str | None = None
    told_at: dt.datetime | None = None
    next_steps: str | None = None
    detail: EventDetail | None = None

    @classmethod
    def of(cls, detail: EventDetail) -> SignificantEvent:
        told = "; ".join(f"{row.name} ({ROLE_TITLES[row.role]})" for row in detail.told)
        return cls(old_kind_for(detail.kind), told or None, detail.first_told(),
                   detail.follow_up, detail)


@dataclass(frozen=True)
class EntryContent:
    """Everything a carer writes in one entry: what is saved, versioned and searched."""

    date: dt.date
    child_ids: tuple[str, ...]
    text: str = ""
    observations: dict[Dimension, Observation] = field(default_factory=dict)
    categories: tuple[Category, ...] = ()
    significant: SignificantEvent | None = None
    mood: Mood | None = None
    voice: str | None = None  # the child's own words, kept as theirs
    reflection: str | None = None
    marks: tuple[Mark, ...] = ()  # fact / opinion / reported passages of ``text``
    # About several children: the parts each child's report holds (entry_parts.py); a child
    # not named here gets every part. Empty for an entry about one child.
    shared: dict[str, frozenset[str]] = field(default_factory=dict)

    def parts(self) -> frozenset[str]:
        """The parts this entry has words in (entry_parts.PARTS)."""
        found = {p for p, has in ((TEXT, self.text.strip()), (VOICE, self.voice),
                                  (REFLECTION, self.reflection), (EVENT, self.significant))
                 if has}
        found.update(d.value for d, o in self.observations.items() if not o.is_empty())
        return frozenset(found)

    def shared_with(self, child_id: str) -> frozenset[str]:
        """The parts ``child_id``'s report holds."""
        return self.shared.get(child_id, self.parts())

    def validated(self, today: dt.date | None = None) -> EntryContent:
        """Raise the first rule this content breaks; return it tidied when none."""
        if not self.child_ids:
            raise EmptyValue("child")
        not_in_future(self.date, "date", today)
        self._check_lengths()
        significant = self.significant
        if significant is not None and significant.detail is not None:
            significant = SignificantEvent.of(significant.detail.validated())
        elif significant is not None and significant.told_at is not None:
            significant = replace(significant,
                                  told_at=checked_moment(significant.told_at, "told_at"))
        for dim, obs in self.observations.items():
            check_rating(obs.rating, f"rating:{dim.value}")
            check_rating(obs.rating_birth, f"rating:{dim.value}")
            if obs.rating_birth is not None and dim is not Dimension.FAMILY_MEMBERSHIP:
                raise RatingOutOfRange(f"rating:{dim.value}", obs.rating_birth)
        observations = {d: o for d, o in self.observations.items() if not o.is_empty()}
        has_words = any(
            (self.text.strip(), self.voice, self.reflection, observations, self.significant)
        )
        if not has_words:
            raise EmptyValue("text")
        text = self.text.strip()
        child_ids = tuple(dict.fromkeys(self.child_ids))
        tidied = EntryContent(
            date=self.date,
            child_ids=child_ids,
            text=text,
            observations=dict(sorted(observations.items(),
                                     key=lambda kv: list(Dimension).index(kv[0]))),
            categories=tuple(c for c in Category if c in self.categories),  # model order
            significant=significant,
            mood=self.mood,
            voice=optional_text(self.voice, "voice"),
            reflection=optional_text(self.reflection, "reflection"),
            marks=_marks_after_strip(self.text, text, self.marks),
        )
        return replace(tidied, shared=normalised(self.shared, child_ids, tidied.parts()))

    def _check_lengths(self) -> None:
        check_length(self.text, "text")
        for dim, obs in self.observations.items():
            for words in obs.texts():
                check_length(words, f"dimension:{dim.value}")
        if self.significant is not None:
            check_length(self.significant.who_was_told, "told")
            check_length(self.significant.next_steps, "next_steps")


def _marks_after_strip(raw: str, text: str, marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Marks moved with the text when its leading space is trimmed; bad spans refused."""
    shift = len(raw) - len(raw.lstrip())
    kept = []
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        start, end = max(mark.start - shift, 0), min(mark.end - shift, len(text))
        if mark.start < 0 or mark.end <= mark.start or mark.end > len(raw):
            raise InvalidInput("marks", (mark.start, mark.end))
        if end > start:
            kept.append(Mark(start, end, mark.kind))
    return tuple(kept)
