"""Family time as its own record: the "golden thread" between the child and the people who
matter to them, planned, happened or cancelled, and how the child was before, during and after.

It is linked to the people around the child (``PersonDetails``, by id), so that a list per
person and the summary's own section are fed by these records, never by the category tick on
a day's entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dates import in_range
from carerdesk.domain.input_errors import NotCancelled, NotHappenedYet, UnknownFamilyTimeStatus
from carerdesk.domain.limits import LINE_MAX, check_length
from carerdesk.domain.values import optional_text

KIND = "family-time"


class FamilyTimeStatus(StrEnum):
    PLANNED = "planned"
    HAPPENED = "happened"
    CANCELLED = "cancelled"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() is not used
        return STATUS_TITLES[self]

    @classmethod
    def parse(cls, text: str | None) -> FamilyTimeStatus:
        try:
            return cls((text or "").strip().lower())
        except ValueError:
            raise UnknownFamilyTimeStatus("family.status", text) from None


STATUS_TITLES: dict[FamilyTimeStatus, str] = {
    FamilyTimeStatus.PLANNED: QT_TRANSLATE_NOOP("FamilyTime", "Planned"),
    FamilyTimeStatus.HAPPENED: QT_TRANSLATE_NOOP("FamilyTime", "Happened"),
    FamilyTimeStatus.CANCELLED: QT_TRANSLATE_NOOP("FamilyTime", "Cancelled"),
}

# The words of a family time, in the order the form and the command line show them; each
# key is also the name errors use for it (``family.<key>``), and its limit (domain/limits.py).
TEXT_FIELDS = ("where", "supervised_by", "cancelled_by", "why", "before", "during", "after",
               "words", "noticed")
CANCELLATION = frozenset({"cancelled_by", "why"})


@dataclass(frozen=True)
class FamilyTime:
    """One family time. ``people`` are ids of people around the child (their full ids)."""

    date: dt.date
    status: FamilyTimeStatus
    people: tuple[str, ...] = ()
    where: str | None = None
    supervised_by: str | None = None  # who supervised it, if anyone did
    cancelled_by: str | None = None  # cancelled only
    why: str | None = None  # why it was cancelled
    before: str | None = None  # how the child seemed to me before
    during: str | None = None
    after: str | None = None
    words: str | None = None  # what the child said, word for word
    noticed: str | None = None  # what I noticed

    def texts(self) -> dict[str, str | None]:
        return {key: getattr(self, key) for key in TEXT_FIELDS}

    def validated(self, today: dt.date | None = None) -> FamilyTime:
        """Trimmed and checked: a day that has come for one that happened, who cancelled and
        why only for one that was cancelled, every text within its length."""
        in_range(self.date, "family.date")
        if self.status is FamilyTimeStatus.HAPPENED and self.date > (today or dt.date.today()):
            raise NotHappenedYet("family.date", self.date.isoformat())
        texts: dict[str, Any] = {key: optional_text(value, f"family.{key}")
                                 for key, value in self.texts().items()}
        if self.status is not FamilyTimeStatus.CANCELLED and any(texts[k] for k in CANCELLATION):
            raise NotCancelled("family.cancelled_by")
        people = tuple(dict.fromkeys(p.strip() for p in self.people if p.strip()))
        for person in people:
            check_length(person, "family.people", LINE_MAX)
        return replace(self, people=people, **texts)


def family_time_json(value: FamilyTime) -> dict[str, Any]:
    """The JSON a record is stored and printed as (no checks: see ``validated``)."""
    return {"date": value.date.isoformat(), "status": value.status.value,
            "people": list(value.people), **value.texts()}


def family_time_from_json(data: dict[str, Any]) -> FamilyTime:
    """Reads every version ever written (a field added later is absent from older ones)."""
    return FamilyTime(dt.date.fromisoformat(data["date"]), FamilyTimeStatus(data["status"]),
                      tuple(data.get("people") or ()),
                      **{key: data.get(key) for key in TEXT_FIELDS})


class FamilyTimeCodec:
    """``domain.records.RecordCodec`` for family time."""

    kind = KIND

    def dump(self, value: FamilyTime) -> dict[str, Any]:
        return family_time_json(value.validated())

    def load(self, data: dict[str, Any]) -> FamilyTime:
        return family_time_from_json(data)

    def day(self, value: FamilyTime) -> dt.date:
        return value.date

    def entries(self, value: FamilyTime) -> Iterable[str]:
        return ()

    def people(self, value: FamilyTime) -> Iterable[str]:
        return value.validated().people
