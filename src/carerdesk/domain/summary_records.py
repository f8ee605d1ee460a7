"""What the summary shows of the records kept beside the entries: family time, goals and their
reviews, the dated profiles and the Secure Base reviews (no I/O).

A report carries every goal, and of every other kind the period's records and the newest one
before the period: that one is the comparison with the last report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from carerdesk.domain.family_time import KIND as FAMILY_TIME
from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
from carerdesk.domain.goals import Goal, GoalReview, GoalStatus
from carerdesk.domain.needs_profile import CAPACITY, CARE_NEEDS, NEEDS
from carerdesk.domain.profile_scale import AreaChange, change
from carerdesk.domain.report import PeriodReport
from carerdesk.domain.report_parts import ReportRecord
from carerdesk.domain.sb_review import RATED, SecureBaseReview
from carerdesk.domain.summary import Movement

GOAL, GOAL_REVIEW, SB_REVIEW = "goal", "goal-review", "sb-review"
PROFILE_KINDS = (NEEDS, CARE_NEEDS, CAPACITY)


@dataclass(frozen=True)
class Dated:
    """A record's value with its date, read through its codec."""

    record: ReportRecord
    value: Any


@dataclass(frozen=True)
class GoalProgress:
    id: str
    goal: Goal
    before: GoalReview | None  # the latest review before the period
    reviews: tuple[GoalReview, ...]  # in the period, oldest first

    @property
    def latest(self) -> GoalReview | None:
        return self.reviews[-1] if self.reviews else self.before


@dataclass(frozen=True)
class ProfileChange:
    kind: str
    latest: Dated
    earlier: Dated | None  # the one before the latest, in the period or before it
    new: bool  # the latest was made in this period

    def areas(self, order: list[str]) -> dict[str, AreaChange]:
        before = self.earlier.value if self.earlier else None
        return change(before, self.latest.value, order)


class RecordsSummary:
    def __init__(self, report: PeriodReport) -> None:
        self.report = report

    def _read(self, kind: str) -> list[Dated]:
        return [Dated(r, r.value()) for r in sorted(self.report.records_of(kind),
                                                    key=lambda r: (r.date, r.id))]

    def _in_period(self, day: dt.date) -> bool:
        return self.report.since <= day <= self.report.until

    # --- family time ---

    def family_time(self) -> list[FamilyTime]:
        return [d.value for d in self._read(FAMILY_TIME) if self._in_period(d.record.date)]

    def family_time_before(self) -> FamilyTime | None:
        earlier = [d.value for d in self._read(FAMILY_TIME) if d.record.date < self.report.since]
        return earlier[-1] if earlier else None

    def family_time_counts(self) -> dict[FamilyTimeStatus, int]:
        counts = Counter(f.status for f in self.family_time())
        return {status: counts.get(status, 0) for status in FamilyTimeStatus}

    # --- goals ---

    def goals(self) -> list[GoalProgress]:
        reviews = [d.value for d in self._read(GOAL_REVIEW)]
        found = []
        for dated in self._read(GOAL):
            mine = [r for r in reviews if r.goal_id == dated.record.id]
            before = [r for r in mine if r.date < self.report.since]
            found.append(GoalProgress(dated.record.id, dated.value,
                                      before[-1] if before else None,
                                      tuple(r for r in mine if self._in_period(r.date))))
        return found

    def achieved(self) -> list[GoalProgress]:
        """Goals whose review in this period says achieved."""
        return [g for g in self.goals()
                if any(r.status is GoalStatus.ACHIEVED for r in g.reviews)]

    # --- profiles ---

    def profile(self, kind: str) -> ProfileChange | None:
        found = [d for d in self._read(kind) if d.record.date <= self.report.until]
        if not found:
            return None
        latest = found[-1]
        return ProfileChange(kind, latest, found[-2] if len(found) > 1 else None,
                             self._in_period(latest.record.date))

    # --- Secure Base reviews ---

    def sb_reviews(self) -> list[SecureBaseReview]:
        """The newest before the period (if any) and every one in it, oldest first."""
        return [d.value for d in self._read(SB_REVIEW)]

    def sb_movement(self, key: str) -> Movement:
        """The reviews' scores of ``key``, the earlier half against the later."""
        scores = [r.ratings[key].score for r in self.sb_reviews()
                  if key in r.ratings and r.ratings[key].score is not None]
        half = len(scores) // 2
        return Movement(tuple(s for s in scores[:half] if s is not None),
                        tuple(s for s in scores[half:] if s is not None))

    @staticmethod
    def rated_keys() -> list[str]:
        return list(RATED)
