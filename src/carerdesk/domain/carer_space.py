"""The carer's own space, apart from any child's record: private reflections and a short,
regular wellbeing check-in (how I am, sleep, the support I want, what helped), and its trend.

None of it belongs to a child and none of it leaves the vault unless the carer chooses to
share their latest check-in in a report, as the wellbeing note they can still read and
change first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum
from typing import Any

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dates import not_in_future
from carerdesk.domain.input_errors import EmptyValue, UnknownWellbeing
from carerdesk.domain.limits import LINE_MAX, TEXT_MAX, check_length

REFLECTION, CHECKIN = "reflection", "wellbeing"  # the kinds kept in carer_notes
CHECKIN_TEXT_MAX = 2_000  # a check-in is short: a few sentences at most
TREND_POINTS = 8


class HowIAm(IntEnum):
    """Five points with plain words: a tired carer picks a word, not a number."""

    STRUGGLING = 1
    LOW = 2
    GETTING_BY = 3
    GOOD = 4
    VERY_GOOD = 5

    @property
    def title(self) -> str:
        return HOW_TITLES[self]

    @classmethod
    def parse(cls, text: str | int | None) -> HowIAm:
        """1-5, or the word (``getting-by``, ``getting by``, ``GOOD``)."""
        typed = str(text if text is not None else "").strip().lower()
        for how in cls:
            if typed in (str(how.value), how.name.lower(), how.name.lower().replace("_", "-"),
                         how.name.lower().replace("_", " ")):
                return how
        raise UnknownWellbeing("me.how", text)


HOW_TITLES: dict[HowIAm, str] = {
    HowIAm.STRUGGLING: QT_TRANSLATE_NOOP("CarerSpace", "Struggling"),
    HowIAm.LOW: QT_TRANSLATE_NOOP("CarerSpace", "Low"),
    HowIAm.GETTING_BY: QT_TRANSLATE_NOOP("CarerSpace", "Getting by"),
    HowIAm.GOOD: QT_TRANSLATE_NOOP("CarerSpace", "Good"),
    HowIAm.VERY_GOOD: QT_TRANSLATE_NOOP("CarerSpace", "Very good"),
}

HOW_CHOICES = "|".join(h.name.lower().replace("_", "-") for h in HowIAm)


def _optional(text: str | None, field_name: str, limit: int) -> str | None:
    cleaned = (text or "").strip()
    return check_length(cleaned, field_name, limit) or None


@dataclass(frozen=True)
class Reflection:
    """A private reflection: the day and the words, as long as the carer needs."""

    date: dt.date
    words: str

    def validated(self, today: dt.date | None = None) -> Reflection:
        not_in_future(self.date, "me.date", today)
        words = _optional(self.words, "me.words", TEXT_MAX)
        if words is None:
            raise EmptyValue("me.words")
        return replace(self, words=words)


@dataclass(frozen=True)
class CheckIn:
    """A wellbeing check-in; only how I am is needed, the rest is said if wanted."""

    date: dt.date
    how: HowIAm
    sleep: str | None = None  # how I have been sleeping
    support: str | None = None  # the support I would like
    helped: str | None = None  # what helped

    def texts(self) -> dict[str, str | None]:
        return {"sleep": self.sleep, "support": self.support, "helped": self.helped}

    def validated(self, today: dt.date | None = None) -> CheckIn:
        not_in_future(self.date, "me.date", today)
        how = HowIAm.parse(self.how) if not isinstance(self.how, HowIAm) else self.how
        return replace(self, how=how, sleep=_optional(self.sleep, "me.sleep", LINE_MAX),
                       support=_optional(self.support, "me.support", CHECKIN_TEXT_MAX),
                       helped=_optional(self.helped, "me.helped", CHECKIN_TEXT_MAX))


CarerNoteValue = Reflection | CheckIn


def kind_of(value: CarerNoteValue) -> str:
    return REFLECTION if isinstance(value, Reflection) else CHECKIN


def note_json(value: CarerNoteValue) -> dict[str, Any]:
    """The JSON a note is kept as, validated first (raises the domain's typed errors)."""
    checked = value.validated()
    if isinstance(checked, Reflection):
        return {"date": checked.date.isoformat(), "words": checked.words}
    return {"date": checked.date.isoformat(), "how": int(checked.how), **checked.texts()}


def note_from_json(kind: str, data: dict[str, Any]) -> CarerNoteValue:
    """Reads every version ever written (a field added later is absent from older ones)."""
    day = dt.date.fromisoformat(data["date"])
    if kind == REFLECTION:
        return Reflection(day, data["words"])
    return CheckIn(day, HowIAm(int(data["how"])), data.get("sleep"), data.get("support"),
                   data.get("helped"))


# --- the trend -------------------------------------------------------------------------------


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class TrendPoint:
    """One week (from its Monday) or month (from its first day): the average of how I am
    over its check-ins, None when there was none (a gap, never a zero)."""

    start: dt.date
    average: float | None
    count: int


def period_start(day: dt.date, by: Period) -> dt.date:
    if by is Period.WEEK:
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _previous(start: dt.date, by: Period) -> dt.date:
    if by is Period.WEEK:
        return start - dt.timedelta(days=7)
    return (start - dt.timedelta(days=1)).replace(day=1)


def trend(checkins: Iterable[CheckIn], by: Period = Period.WEEK,
          today: dt.date | None = None, points: int = TREND_POINTS) -> list[TrendPoint]:
    """The last ``points`` weeks or months up to today, oldest first."""
    starts = [period_start(today or dt.date.today(), by)]
    while len(starts) < points:
        starts.append(_previous(starts[-1], by))
    starts.reverse()
    found: dict[dt.date, list[int]] = {start: [] for start in starts}
    for checkin in checkins:
        start = period_start(checkin.date, by)
        if start in found:
            found[start].append(int(checkin.how))
    return [TrendPoint(start, sum(hows) / len(hows) if hows else None, len(hows))
            for start, hows in found.items()]


def last_checkins(checkins: Sequence[CheckIn], count: int = TREND_POINTS) -> list[CheckIn]:
    """The newest ``count`` check-ins, oldest first (the order a chart reads)."""
    return sorted(checkins, key=lambda c: c.date)[-count:]
