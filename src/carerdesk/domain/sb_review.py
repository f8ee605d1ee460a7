"""The periodic Secure Base review: every few weeks, before supervision, the carer rates how
the child is doing on each dimension from 0 to 10, with plain anchors and a prompt for the
child's age band; family membership is rated twice, for the foster and the birth family.

It takes the place of the per-entry rating, which had no anchor; old per-entry ratings are
left as they were and stay readable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dates import not_in_future
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.input_errors import EmptyValue, UnknownAgeBand, UnknownDimension
from carerdesk.domain.limits import TEXT_MAX, check_length
from carerdesk.domain.sb_guide import ANCHORS, PROMPTS
from carerdesk.domain.values import check_rating

REVIEW_WEEKS = 4  # the default time between reviews, before each supervision


class AgeBand(StrEnum):
    BABY = "0-18-months"
    YOUNG = "19-months-4-years"
    CHILD = "5-10-years"
    TEEN = "11-18-years"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() unused
        return BAND_TITLES[self]

    @classmethod
    def parse(cls, text: str) -> AgeBand:
        key = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            raise UnknownAgeBand("band", text) from None


BAND_TITLES: dict[AgeBand, str] = {
    AgeBand.BABY: QT_TRANSLATE_NOOP("SecureBaseGuide", "0 to 18 months"),
    AgeBand.YOUNG: QT_TRANSLATE_NOOP("SecureBaseGuide", "19 months to 4 years"),
    AgeBand.CHILD: QT_TRANSLATE_NOOP("SecureBaseGuide", "5 to 10 years"),
    AgeBand.TEEN: QT_TRANSLATE_NOOP("SecureBaseGuide", "11 to 18 years"),
}

# What is rated, in the model's order: family membership twice.
RATED: dict[str, Dimension] = {
    "availability": Dimension.AVAILABILITY,
    "sensitivity": Dimension.SENSITIVITY,
    "acceptance": Dimension.ACCEPTANCE,
    "cooperation": Dimension.COOPERATION,
    "family_foster": Dimension.FAMILY_MEMBERSHIP,
    "family_birth": Dimension.FAMILY_MEMBERSHIP,
}
RATED_TITLES: dict[str, str] = {
    "family_foster": QT_TRANSLATE_NOOP("SecureBaseGuide", "Family membership: our family"),
    "family_birth": QT_TRANSLATE_NOOP("SecureBaseGuide", "Family membership: birth family"),
}


def rated_source(key: str) -> tuple[str, str]:
    """Translation context and source text of a rated item's name."""
    if key in RATED_TITLES:
        return "SecureBaseGuide", RATED_TITLES[key]
    return "Dimension", RATED[key].info.title


def months_old(born: dt.date, on: dt.date) -> int:
    months = (on.year - born.year) * 12 + on.month - born.month
    return months - 1 if on.day < born.day else months


def age_band(born: dt.date | None, on: dt.date) -> AgeBand | None:
    """The band for the child's age on ``on``; None when the birth date is not known. (The
    model says emotional age counts, so the carer may choose another.)"""
    if born is None:
        return None
    months = months_old(born, on)
    if months <= 18:
        return AgeBand.BABY
    if months < 5 * 12:
        return AgeBand.YOUNG
    if months < 11 * 12:
        return AgeBand.CHILD
    return AgeBand.TEEN


def anchors(key: str) -> tuple[str, str, str]:
    """What 0, 5 and 10 look like (translation sources, context ``SecureBaseGuide``)."""
    return ANCHORS[key]


def prompt(key: str, band: AgeBand) -> str:
    return PROMPTS[RATED[key].value][list(AgeBand).index(band)]


@dataclass(frozen=True)
class Rating:
    score: int | None = None  # 0-10; None: not rated this time
    words: str | None = None


@dataclass(frozen=True)
class SecureBaseReview:
    date: dt.date
    band: AgeBand
    ratings: dict[str, Rating] = field(default_factory=dict)  # keys of RATED
    words: str | None = None

    def validated(self, today: dt.date | None = None) -> SecureBaseReview:
        not_in_future(self.date, "sb_review_date", today)
        ratings: dict[str, Rating] = {}
        for key, rating in self.ratings.items():
            if key not in RATED:
                raise UnknownDimension("rating", key)
            check_rating(rating.score, f"rating:{key}")
            words = check_length((rating.words or "").strip(), "dimension") or None
            if rating.score is not None or words:
                ratings[key] = Rating(rating.score, words)
        if not any(r.score is not None for r in ratings.values()):
            raise EmptyValue("sb_review")
        ordered = {key: ratings[key] for key in RATED if key in ratings}
        words = check_length((self.words or "").strip(), "note", TEXT_MAX) or None
        return SecureBaseReview(self.date, AgeBand(self.band), ordered, words)


def next_review(last: dt.date | None, weeks: int = REVIEW_WEEKS) -> dt.date | None:
    return None if last is None else last + dt.timedelta(weeks=weeks)


def review_due(last: dt.date | None, today: dt.date, weeks: int = REVIEW_WEEKS) -> bool:
    """Due when there has never been one, or ``weeks`` have passed since the last."""
    due = next_review(last, weeks)
    return due is None or today >= due


class SecureBaseReviewCodec:
    kind = "sb-review"

    def dump(self, value: SecureBaseReview) -> dict[str, Any]:
        r = value.validated()
        return {"date": r.date.isoformat(), "band": r.band.value, "words": r.words,
                "ratings": {k: {"score": v.score, "words": v.words}
                            for k, v in r.ratings.items()}}

    def load(self, data: dict[str, Any]) -> SecureBaseReview:
        stored = data.get("ratings", {})  # kept with sorted keys: read in the model's order
        ratings = {k: Rating(stored[k].get("score"), stored[k].get("words"))
                   for k in RATED if k in stored}
        return SecureBaseReview(dt.date.fromisoformat(data["date"]), AgeBand(data["band"]),
                                ratings, data.get("words"))

    def day(self, value: SecureBaseReview) -> dt.date:
        return value.date

    def entries(self, value: SecureBaseReview) -> Iterable[str]:
        return ()

    def people(self, value: SecureBaseReview) -> Iterable[str]:
        return ()
