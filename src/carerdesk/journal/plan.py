"""The child's plan: SMART goals and the reviews of each, kept as versioned records.

Two record services, one per kind; this wrapper keeps what links them: a review belongs to
one of this child's goals and is never dated before the goal was set, and evidence is added to
a goal as a new version (the earlier one kept).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from carerdesk.domain.goals import (
    Goal,
    GoalCodec,
    GoalReview,
    GoalReviewCodec,
    GoalStatus,
    review_due,
)
from carerdesk.domain.input_errors import OtherChildsRecord
from carerdesk.journal.records import RecordService, RecordView
from carerdesk.store.db_errors import Sessions

EVIDENCE_REASON = "evidence added"


@dataclass(frozen=True)
class GoalSummary:
    """A goal with its reviews (oldest first), where it stands and whether a review is due."""

    goal: RecordView[Goal]
    reviews: tuple[RecordView[GoalReview], ...]
    due: bool

    @property
    def status(self) -> GoalStatus:
        return self.reviews[-1].value.status if self.reviews else GoalStatus.NOT_STARTED


class PlanService:
    def __init__(self, sessions: Sessions, database: str) -> None:
        self.goals = RecordService(sessions, database, GoalCodec())
        self.reviews = RecordService(sessions, database, GoalReviewCodec())

    def add_goal(self, child: str, goal: Goal) -> RecordView[Goal]:
        return self.goals.add(child, goal)

    def amend_goal(self, typed_id: str, goal: Goal,
                   reason: str | None = None) -> RecordView[Goal]:
        return self.goals.amend(typed_id, goal, reason)

    def goal(self, typed_id: str) -> RecordView[Goal]:
        return self.goals.record(typed_id)

    def add_evidence(self, goal_id: str, entry_id: str) -> RecordView[Goal]:
        """``entry_id`` in full; one already cited changes nothing."""
        goal = self.goals.record(goal_id)
        if entry_id in goal.value.evidence:
            return goal
        value = replace(goal.value, evidence=(*goal.value.evidence, entry_id))
        return self.goals.amend(goal.id, value, EVIDENCE_REASON)

    def review(self, goal_id: str, review: GoalReview,
               child: str | None = None) -> RecordView[GoalReview]:
        """A review of one of the child's goals (``child``, when given, must be its child)."""
        goal = self.goals.record(goal_id)
        if child is not None and child != goal.child_id:
            raise OtherChildsRecord("goal", goal_id)
        checked = replace(review, goal_id=goal.id).validated(goal.value)
        return self.reviews.add(goal.child_id, checked)

    def reviews_of(self, goal_id: str) -> list[RecordView[GoalReview]]:
        goal = self.goals.record(goal_id)
        return [r for r in self.reviews.records(goal.child_id) if r.value.goal_id == goal.id]

    def plan(self, child: str, today: dt.date | None = None) -> list[GoalSummary]:
        """The child's goals, oldest first, each with its reviews."""
        today = today or dt.date.today()
        goals = self.goals.records(child)
        reviews = self.reviews.records(child)
        summaries = []
        for goal in goals:
            mine = tuple(r for r in reviews if r.value.goal_id == goal.id)
            last = mine[-1].value if mine else None
            summaries.append(GoalSummary(goal, mine, review_due(goal.value, last, today)))
        return summaries
