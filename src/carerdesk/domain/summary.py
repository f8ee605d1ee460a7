"""What a supervision summary shows, worked out from a period's entries (no I/O).

Shared by the carer's PDF and the social worker's reader, so both see the same figures.
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


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Movement:
    """Ratings early in the period against late in it (the mean of each half)."""

    count: int
    earlier: float | None
    later: float | None

    @property
    def change(self) -> float | None:
        if self.earlier is None or self.later is None:
            return None
        return self.later - self.earlier


class Summary:
    def __init__(self, report: PeriodReport) -> None:
        self.report = report
        self.entries = sorted(report.entries, key=lambda e: (e.content.date, e.id))
        first, last = week_start(report.since), week_start(report.until)
        self.weeks = [first + dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]

    # --- at a glance ---

    @property
    def days_recorded(self) -> int:
        return len({e.content.date for e in self.entries})

    def _week_index(self, day: dt.date) -> int:
        return (week_start(day) - self.weeks[0]).days // 7

    def dimension_counts(self) -> dict[Dimension, list[int]]:
        """How many entries recorded each dimension, week by week."""
        counts = {d: [0] * len(self.weeks) for d in Dimension}
        for entry in self.entries:
            for dim in entry.content.observations:
                counts[dim][self._week_index(entry.content.date)] += 1
        return counts

    def weekly_ratings(self) -> dict[Dimension, list[float | None]]:
        """The mean rating (0-10) of each dimension in each week; None where none."""
        buckets: dict[Dimension, list[list[int]]] = {
            d: [[] for _ in self.weeks] for d in Dimension}
        for entry in self.entries:
            for dim, obs in entry.content.observations.items():
                if obs.rating is not None:
                    buckets[dim][self._week_index(entry.content.date)].append(obs.rating)
        return {d: [mean(b) if b else None for b in weeks] for d, weeks in buckets.items()}

    def weekly_mood(self) -> list[float | None]:
        """The child's mean mood each week, 1 (very upset) to 5 (very happy)."""
        buckets: list[list[int]] = [[] for _ in self.weeks]
        for entry in self.entries:
            if entry.content.mood:
                buckets[self._week_index(entry.content.date)].append(entry.content.mood.score)
        return [mean(b) if b else None for b in buckets]

    def movement(self, dim: Dimension) -> Movement:
        observed = [e.content.observations[dim].rating for e in self.entries
                    if dim in e.content.observations]
        ratings = [r for r in observed if r is not None]
        if len(ratings) < 2:
            return Movement(len(ratings), ratings[0] if ratings else None, None)
        half = len(ratings) // 2
        return Movement(len(ratings), mean(ratings[:half]), mean(ratings[half:]))

    # --- sections ---

    def examples(self, dim: Dimension) -> list[tuple[ReportEntry, Observation]]:
        """The fullest examples in the Interview's shape, fullest and newest first, then
        shown in date order."""
        found = [(e, e.content.observations[dim]) for e in self.entries
                 if dim in e.content.observations and e.content.observations[dim].texts()]
        best = sorted(found, key=lambda pair: (len(pair[1].texts()), pair[0].content.date),
                      reverse=True)[:EXAMPLES_PER_DIMENSION]
        return sorted(best, key=lambda pair: pair[0].content.date)

    def recorded(self, dim: Dimension) -> int:
        return sum(1 for e in self.entries if dim in e.content.observations)

    def significant(self) -> list[ReportEntry]:
        return [e for e in self.entries if e.content.significant]

    def in_category(self, *categories: Category) -> list[ReportEntry]:
        return [e for e in self.entries if set(categories) & set(e.content.categories)]

    def family_time(self) -> list[ReportEntry]:
        return self.in_category(Category.FAMILY_TIME)

    def voices(self) -> list[ReportEntry]:
        return [e for e in self.entries if e.content.voice]

    def reflections(self) -> list[ReportEntry]:
        return [e for e in self.entries if e.content.reflection]
