"""What a supervision summary shows, worked out from a period's entries (no I/O).

Shared by the carer's PDF and the social worker's reader, so both see the same figures. The
records kept beside the entries (family time, goals, profiles, Secure Base reviews) are read
in ``summary_records``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from statistics import mean

from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.report import PeriodReport, ReportEntry
from carerdesk.domain.values import Observation

EXAMPLES_PER_DIMENSION = 3
MIN_RATINGS = 3  # on each side, before a movement is named
MOVED = 1.0  # points on 0-10 between the two means before it is called up or down
LONG_PERIOD_DAYS = 13 * 7  # longer than about a quarter: months, not weeks
FOSTER, BIRTH = "foster", "birth"  # the two family-membership series of the charts


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month_end(day: dt.date) -> dt.date:
    first_next = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return first_next - dt.timedelta(days=1)


@dataclass(frozen=True)
class Bucket:
    """A week (Monday to Sunday) or a month, clipped to the period; ``part`` when clipped."""

    start: dt.date
    end: dt.date
    part: bool

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def buckets(since: dt.date, until: dt.date) -> tuple[list[Bucket], bool]:
    """The period in weeks, or in months when it is long; True for months."""
    monthly = (until - since).days + 1 > LONG_PERIOD_DAYS
    found: list[Bucket] = []
    start = since.replace(day=1) if monthly else week_start(since)
    while start <= until:
        end = _month_end(start) if monthly else start + dt.timedelta(days=6)
        found.append(Bucket(max(start, since), min(end, until), start < since or end > until))
        start = end + dt.timedelta(days=1)
    return found, monthly


@dataclass(frozen=True)
class Movement:
    """Ratings early against late: named only on ``MIN_RATINGS`` or more on each side."""

    earlier: tuple[int, ...]
    later: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.earlier) + len(self.later)

    @property
    def enough(self) -> bool:
        return len(self.earlier) >= MIN_RATINGS and len(self.later) >= MIN_RATINGS

    @property
    def direction(self) -> str | None:
        """``up``, ``down`` or ``steady`` on enough ratings; None when there are too few."""
        if not self.enough:
            return None
        change = mean(self.later) - mean(self.earlier)
        return "up" if change >= MOVED else "down" if change <= -MOVED else "steady"


def split_movement(ratings: list[int]) -> Movement:
    half = len(ratings) // 2
    return Movement(tuple(ratings[:half]), tuple(ratings[half:]))


class Summary:
    def __init__(self, report: PeriodReport) -> None:
        self.report = report
        self.entries = sorted(report.entries, key=lambda e: (e.content.date, e.id))
        self.buckets, self.monthly = buckets(report.since, report.until)

    @property
    def days_recorded(self) -> int:
        return len({e.content.date for e in self.entries})

    # --- charts: one value per bucket, None where nothing was recorded ---

    def _per_bucket(self, values: list[tuple[dt.date, int]]) -> list[float | None]:
        found: list[float | None] = []
        for bucket in self.buckets:
            inside = [v for day, v in values if bucket.holds(day)]
            found.append(mean(inside) if inside else None)
        return found

    def ratings(self, dim: Dimension, which: str = FOSTER) -> list[tuple[dt.date, int]]:
        """Every rating of ``dim`` in the period's entries (for family membership, ``which``
        family: ours or the birth family), in date order."""
        found = []
        for entry in self.entries:
            obs = entry.content.observations.get(dim)
            value = None if obs is None else obs.rating_birth if which == BIRTH else obs.rating
            if value is not None:
                found.append((entry.content.date, value))
        return found

    def rating_series(self) -> dict[tuple[Dimension, str], list[float | None]]:
        series = {(d, FOSTER): self._per_bucket(self.ratings(d)) for d in Dimension}
        series[(Dimension.FAMILY_MEMBERSHIP, BIRTH)] = self._per_bucket(
            self.ratings(Dimension.FAMILY_MEMBERSHIP, BIRTH))
        return series

    def mood_series(self) -> list[float | None]:
        return self._per_bucket([(e.content.date, e.content.mood.score) for e in self.entries
                                 if e.content.mood])

    def movement(self, dim: Dimension, which: str = FOSTER) -> Movement:
        return split_movement([v for _, v in self.ratings(dim, which)])

    # --- sections ---

    @property
    def any_starred(self) -> bool:
        return any(e.starred for e in self.entries)

    def picks(self, dim: Dimension) -> list[tuple[ReportEntry, Observation]]:
        """Every moment of ``dim`` the carer starred "bring to supervision", in date order:
        all of them, however many, shown before any chosen by rule."""
        return [(e, e.content.observations[dim]) for e in self.entries
                if e.starred and dim in e.content.observations]

    def starred_elsewhere(self) -> list[ReportEntry]:
        """Starred entries that touch no dimension: shown on their own, not lost."""
        return [e for e in self.entries if e.starred and not e.content.observations]

    def examples(self, dim: Dimension) -> list[tuple[ReportEntry, Observation]]:
        """The moments the rule chooses under a dimension, after the carer's picks and never
        one of them: the fullest in the Interview's shape, newest first among equals, at most
        ``EXAMPLES_PER_DIMENSION``, then shown in date order. Every entry is in the appendix
        whatever is chosen."""
        found = [(e, e.content.observations[dim]) for e in self.entries
                 if not e.starred and dim in e.content.observations
                 and e.content.observations[dim].texts()]
        best = sorted(found, key=lambda pair: (len(pair[1].texts()), pair[0].content.date),
                      reverse=True)[:EXAMPLES_PER_DIMENSION]
        return sorted(best, key=lambda pair: pair[0].content.date)

    def recorded(self, dim: Dimension) -> int:
        return sum(1 for e in self.entries if dim in e.content.observations)

    def significant(self) -> list[ReportEntry]:
        return [e for e in self.entries if e.content.significant]

    def in_category(self, *categories: Category) -> list[ReportEntry]:
        return [e for e in self.entries if set(categories) & set(e.content.categories)]

    def achievements(self) -> list[ReportEntry]:
        return self.in_category(Category.ACHIEVEMENT)

    def voices(self) -> list[ReportEntry]:
        return [e for e in self.entries if e.content.voice]
