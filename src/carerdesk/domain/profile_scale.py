"""The -3..+3 scale of the dated profiles (issue 16): one area's rating with its strengths,
difficulties and the specific evidence for this child, the view a rating is (carer, social
worker, agreed), and the change between two profiles.

The scale is the permanence practice's: -3 a serious difficulty, 0 neither, +3 a real
strength. A rating is optional: an area may have words and no number yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol, TypeVar

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dates import not_in_future
from carerdesk.domain.input_errors import ProfileRatingOutOfRange, UnknownView
from carerdesk.domain.limits import TEXT_MAX, check_length

SCALE_MIN, SCALE_MAX = -3, 3


class View(StrEnum):
    """Whose view a rating of the carers' capacity is: never the carer's score alone."""

    CARER = "carer"
    SOCIAL_WORKER = "social-worker"
    AGREED = "agreed"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() is not used
        return VIEW_TITLES[self]

    @classmethod
    def parse(cls, text: str) -> View:
        key = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            raise UnknownView("view", text) from None


VIEW_TITLES: dict[View, str] = {
    View.CARER: QT_TRANSLATE_NOOP("Profiles", "the carer's view"),
    View.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Profiles", "the social worker's view"),
    View.AGREED: QT_TRANSLATE_NOOP("Profiles", "agreed together"),
}


def check_scale(value: int | None, area: str) -> int | None:
    """A whole number from -3 to +3, or None (not rated)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not (
            SCALE_MIN <= value <= SCALE_MAX):
        raise ProfileRatingOutOfRange(area, value)
    return value


def parse_scale(text: str, area: str) -> int:
    """``+2``, ``2``, ``-1`` as typed; anything else, +4 and -4 among them, refused."""
    cleaned = (text or "").strip()
    try:
        value = int(cleaned)
    except ValueError:
        raise ProfileRatingOutOfRange(area, cleaned) from None
    checked = check_scale(value, area)
    assert checked is not None
    return checked


def signed(value: int | None) -> str:
    """``+2``, ``0``, ``-1``; a dash when not rated."""
    if value is None:
        return "–"
    return f"+{value}" if value > 0 else str(value)


def _words(text: str | None, field: str) -> str | None:
    return check_length((text or "").strip() or None, field, TEXT_MAX)


@dataclass(frozen=True)
class AreaRating:
    """One area of a profile. ``entries`` are journal entries given as evidence (full ids);
    ``view`` is said for the carers' capacity only."""

    rating: int | None = None
    strengths: str | None = None
    difficulties: str | None = None
    evidence: str | None = None  # "specific evidence for this child", in words
    entries: tuple[str, ...] = ()
    view: View | None = None

    def is_empty(self) -> bool:
        return (self.rating is None and not (self.strengths or self.difficulties
                                             or self.evidence) and not self.entries)

    def validated(self, area: str) -> AreaRating:
        return replace(self, rating=check_scale(self.rating, area),
                       strengths=_words(self.strengths, "strengths"),
                       difficulties=_words(self.difficulties, "difficulties"),
                       evidence=_words(self.evidence, "evidence"),
                       entries=tuple(dict.fromkeys(e.strip() for e in self.entries
                                                   if e.strip())))


def checked_areas(areas: Mapping[str, AreaRating], known: Mapping[str, str],
                  unknown: type[Exception], kind: str) -> dict[str, AreaRating]:
    """The areas filled in, validated, in the profile's own order; an area not in ``known``
    refused with ``unknown(kind, key)``."""
    for key in areas:
        if key not in known:
            raise unknown(kind, key)
    return {key: areas[key].validated(key) for key in known
            if key in areas and not areas[key].is_empty()}


def checked_day(day: dt.date, today: dt.date | None = None) -> dt.date:
    return not_in_future(day, "date", today)


def area_key(text: str, known: Mapping[str, str], unknown: type[Exception], kind: str) -> str:
    """An area as typed (``Self_Care``, ``self-care``) as its key, or ``unknown``."""
    key = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
    if key not in known:
        raise unknown(kind, text)
    return key


# --- between two profiles ------------------------------------------------------------------


@dataclass(frozen=True)
class AreaChange:
    before: int | None
    after: int | None

    @property
    def difference(self) -> int | None:
        """After minus before, when both are rated."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def direction(self) -> str:
        """``up``, ``down``, ``same``, or ``unknown`` when one of them is not rated."""
        d = self.difference
        return "unknown" if d is None else "up" if d > 0 else "down" if d < 0 else "same"


class Rated(Protocol):
    @property
    def areas(self) -> Mapping[str, AreaRating]: ...


def change(before: Rated | None, after: Rated, order: Iterable[str]) -> dict[str, AreaChange]:
    """Per area, the rating before and after, for side-by-side display and the chart."""
    def rating(profile: Rated | None, key: str) -> int | None:
        if profile is None or key not in profile.areas:
            return None
        return profile.areas[key].rating

    return {key: AreaChange(rating(before, key), rating(after, key)) for key in order}


class Dated(Protocol):
    @property
    def day(self) -> dt.date: ...


D = TypeVar("D", bound=Dated)


def new_from(previous: D, day: dt.date | None = None) -> D:
    """A new profile that starts from the last one: the same ratings and words, dated today
    (or ``day``); the carer then changes what has changed."""
    return replace(previous, day=day or dt.date.today())  # type: ignore[type-var]
