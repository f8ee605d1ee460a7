"""SMART goals in a child's plan, and the reviews of each goal.

A goal belongs to a Secure Base dimension or to an area of the child's developmental needs; it
says what, how we will know, who helps, by when, when it is reviewed and what we do if it does
not work, who set it, and which journal entries are its evidence. Goals are agreed in
supervision, so each records who set it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dates import in_range, not_in_future
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.input_errors import (
    BeforeGoalWasSet,
    UnknownGoalArea,
    UnknownGoalStatus,
    UnknownSetBy,
)
from carerdesk.domain.limits import LINE_MAX, TEXT_MAX, check_length
from carerdesk.domain.values import required_text

# The areas of a child's developmental needs (as the child's profile names them).
AREAS: dict[str, str] = {
    "health": QT_TRANSLATE_NOOP("Goals", "Health"),
    "education": QT_TRANSLATE_NOOP("Goals", "Education and learning"),
    "emotional-behavioural": QT_TRANSLATE_NOOP("Goals", "Emotional and behavioural development"),
    "identity": QT_TRANSLATE_NOOP("Goals", "Identity"),
    "family-social": QT_TRANSLATE_NOOP("Goals", "Family and social relationships"),
    "social-presentation": QT_TRANSLATE_NOOP("Goals", "Social presentation"),
    "self-care": QT_TRANSLATE_NOOP("Goals", "Self-care skills"),
}


def goal_area(text: str) -> str:
    """A dimension's key (``cooperation``, ``Co-operation``) or an area's (``self-care``)."""
    try:
        return Dimension.parse(text).value
    except ValueError:
        pass
    key = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
    if key not in AREAS:
        raise UnknownGoalArea("area", text)
    return key


def area_source(key: str) -> tuple[str, str]:
    """The translation context and source text of an area's name, to translate where shown."""
    if key in AREAS:
        return "Goals", AREAS[key]
    return "Dimension", Dimension(key).info.title


def area_keys() -> list[str]:
    """Every area a goal may have: the five dimensions first, then the developmental needs."""
    return [d.value for d in Dimension] + list(AREAS)


class SetBy(StrEnum):
    CARER = "carer"
    SOCIAL_WORKER = "social-worker"
    BOTH = "both"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() unused
        return SET_BY_TITLES[self]

    @classmethod
    def parse(cls, text: str) -> SetBy:
        key = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            raise UnknownSetBy("set_by", text) from None


SET_BY_TITLES: dict[SetBy, str] = {
    SetBy.CARER: QT_TRANSLATE_NOOP("Goals", "The carer"),
    SetBy.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Goals", "The social worker"),
    SetBy.BOTH: QT_TRANSLATE_NOOP("Goals", "Together, in supervision"),
}


class GoalStatus(StrEnum):
    NOT_STARTED = "not-started"
    MOVING = "moving"
    ACHIEVED = "achieved"
    CHANGED = "changed"
    STOPPED = "stopped"

    @property
    def title(self) -> str:  # type: ignore[override]
        return STATUS_TITLES[self]

    @property
    def open(self) -> bool:
        """Still being worked on: its review dates matter."""
        return self not in (GoalStatus.ACHIEVED, GoalStatus.STOPPED)

    @classmethod
    def parse(cls, text: str) -> GoalStatus:
        key = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            raise UnknownGoalStatus("status", text) from None


STATUS_TITLES: dict[GoalStatus, str] = {
    GoalStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Goals", "Not started"),
    GoalStatus.MOVING: QT_TRANSLATE_NOOP("Goals", "Moving"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Goals", "Achieved"),
    GoalStatus.CHANGED: QT_TRANSLATE_NOOP("Goals", "Changed"),
    GoalStatus.STOPPED: QT_TRANSLATE_NOOP("Goals", "Stopped"),
}


def _words(text: str | None, field_name: str, limit: int = TEXT_MAX) -> str | None:
    cleaned = (text or "").strip()
    return check_length(cleaned, field_name, limit) or None


@dataclass(frozen=True)
class Goal:
    area: str  # a Dimension's value or a key of AREAS
    what: str
    set_on: dt.date
    how_we_will_know: str | None = None
    who_helps: str | None = None
    by_when: dt.date | None = None
    review_date: dt.date | None = None
    contingency: str | None = None  # "if this does not work"
    set_by: SetBy = SetBy.BOTH
    evidence: tuple[str, ...] = ()  # full ids of journal entries

    def validated(self, today: dt.date | None = None) -> Goal:
        """Raise the first rule broken; the goal tidied when none."""
        not_in_future(self.set_on, "goal_set_on", today)
        for day, field_name in ((self.by_when, "goal_by"), (self.review_date, "goal_review")):
            if day is not None:
                in_range(day, field_name)
                if day < self.set_on:
                    raise BeforeGoalWasSet(field_name, day.isoformat())
        return Goal(goal_area(self.area), required_text(self.what, "goal"), self.set_on,
                    _words(self.how_we_will_know, "how_we_will_know"),
                    _words(self.who_helps, "who_helps", LINE_MAX), self.by_when,
                    self.review_date, _words(self.contingency, "contingency"),
                    SetBy(self.set_by), tuple(dict.fromkeys(self.evidence)))


@dataclass(frozen=True)
class GoalReview:
    goal_id: str  # the full id of the goal reviewed
    date: dt.date
    status: GoalStatus
    words: str | None = None

    def validated(self, goal: Goal, today: dt.date | None = None) -> GoalReview:
        """A review is never dated before its goal was set, nor in the future."""
        not_in_future(self.date, "goal_reviewed", today)
        if self.date < goal.set_on:
            raise BeforeGoalWasSet("goal_reviewed", self.date.isoformat())
        return GoalReview(self.goal_id, self.date, GoalStatus(self.status),
                          _words(self.words, "review_words"))


def review_due(goal: Goal, last_review: GoalReview | None, today: dt.date) -> bool:
    """Its review date has come, it is still open, and no review was made since that date."""
    if goal.review_date is None or goal.review_date > today:
        return False
    if last_review is None:
        return True
    return last_review.status.open and last_review.date < goal.review_date


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class GoalCodec:
    kind = "goal"

    def dump(self, value: Goal) -> dict[str, Any]:
        g = value.validated()
        return {"area": g.area, "what": g.what, "set_on": g.set_on.isoformat(),
                "how_we_will_know": g.how_we_will_know, "who_helps": g.who_helps,
                "by_when": g.by_when.isoformat() if g.by_when else None,
                "review_date": g.review_date.isoformat() if g.review_date else None,
                "contingency": g.contingency, "set_by": g.set_by.value,
                "evidence": list(g.evidence)}

    def load(self, data: dict[str, Any]) -> Goal:
        return Goal(data["area"], data["what"], dt.date.fromisoformat(data["set_on"]),
                    data.get("how_we_will_know"), data.get("who_helps"),
                    _day(data.get("by_when")), _day(data.get("review_date")),
                    data.get("contingency"), SetBy(data.get("set_by", SetBy.BOTH.value)),
                    tuple(data.get("evidence", ())))

    def day(self, value: Goal) -> dt.date:
        return value.set_on

    def entries(self, value: Goal) -> Iterable[str]:
        return value.evidence

    def people(self, value: Goal) -> Iterable[str]:
        return ()


class GoalReviewCodec:
    """Checked against its goal by the plan service (journal/plan.py) before it is dumped."""

    kind = "goal-review"

    def dump(self, value: GoalReview) -> dict[str, Any]:
        not_in_future(value.date, "goal_reviewed")
        return {"goal": value.goal_id, "date": value.date.isoformat(),
                "status": GoalStatus(value.status).value,
                "words": _words(value.words, "review_words")}

    def load(self, data: dict[str, Any]) -> GoalReview:
        return GoalReview(data["goal"], dt.date.fromisoformat(data["date"]),
                          GoalStatus(data["status"]), data.get("words"))

    def day(self, value: GoalReview) -> dt.date:
        return value.date

    def entries(self, value: GoalReview) -> Iterable[str]:
        return ()

    def people(self, value: GoalReview) -> Iterable[str]:
        return ()
