"""Plain words for the errors of the plan (domain/goals.py) and of the Secure Base review
(domain/sb_review.py)."""

from __future__ import annotations

from collections.abc import Callable

from carerdesk.domain import errors as e
from carerdesk.domain import input_errors as ie
from carerdesk.domain.goals import GoalStatus, SetBy, area_keys
from carerdesk.domain.sb_review import RATED, AgeBand
from carerdesk.text.i18n import translate

PLAN_FIELD_NAMES: dict[str, Callable[[], str]] = {
    "goal": lambda: translate("Messages", "goal (what we are working towards)"),
    "how_we_will_know": lambda: translate("Messages", "how we will know"),
    "who_helps": lambda: translate("Messages", "who helps"),
    "contingency": lambda: translate("Messages", "what we do if this does not work"),
    "review_words": lambda: translate("Messages", "words of the review"),
    "goal_set_on": lambda: translate("Messages", "date the goal was set"),
    "goal_by": lambda: translate("Messages", "date to reach the goal by"),
    "goal_review": lambda: translate("Messages", "goal's review date"),
    "goal_reviewed": lambda: translate("Messages", "date of the review"),
    "sb_review_date": lambda: translate("Messages", "date of the Secure Base review"),
}

_BEFORE_SET: dict[str, Callable[[], str]] = {
    "goal_by": lambda: translate("Messages", "The date to reach the goal by, {value}, is before "
                                             "the goal was set. Nothing was saved."),
    "goal_review": lambda: translate("Messages", "The review date {value} is before the goal "
                                                 "was set. Nothing was saved."),
    "goal_reviewed": lambda: translate("Messages", "A review dated {value} would be before the "
                                                   "goal was set. Please check the date. Nothing "
                                                   "was saved."),
}

PLAN_KINDS = ("goal", "goal-review", "sb-review")


def _choices(exc: ie.InvalidInput) -> str | None:
    """An unknown area, status, setter or age band: what was typed, and what is taken."""
    listed: list[tuple[type, Callable[[], str], list[str]]] = [
        (ie.UnknownGoalArea, lambda: translate("Messages", "an area for a goal"), area_keys()),
        (ie.UnknownGoalStatus, lambda: translate("Messages", "a goal's status"),
         [s.value for s in GoalStatus]),
        (ie.UnknownSetBy, lambda: translate("Messages", "who set a goal"),
         [s.value for s in SetBy]),
        (ie.UnknownAgeBand, lambda: translate("Messages", "an age band"),
         [b.value for b in AgeBand]),
    ]
    for kind, what, choices in listed:
        if isinstance(exc, kind):
            return translate("Messages", "\"{value}\" is not {what}. Use one of: "
                                         "{choices}.").format(value=exc.value, what=what(),
                                                              choices=", ".join(choices))
    return None


def _not_found(exc: e.NotFound) -> str | None:
    if exc.kind == "goal":
        return translate("Messages", "There is no goal with the id \"{id}\". \"carerdesk goal "
                                     "list --child CHILD\" shows them.").format(id=exc.ident)
    if exc.kind in ("sb-review", "goal-review"):
        return translate("Messages", "There is no review with the id \"{id}\".").format(
            id=exc.ident)
    return None


def plan_message(exc: e.CarerDeskError) -> str | None:
    """The words for ``exc`` if it is one of the plan's, else None."""
    if isinstance(exc, e.NotFound) and not isinstance(exc, e.AmbiguousId):
        return _not_found(exc)
    if not isinstance(exc, ie.InvalidInput):
        return None
    if isinstance(exc, ie.BeforeGoalWasSet) and exc.field in _BEFORE_SET:
        return _BEFORE_SET[exc.field]().format(value=exc.value)
    if isinstance(exc, ie.OtherChildsRecord) and exc.field == "goal":
        return translate("Messages", "The goal \"{id}\" is another child's, not this child's. "
                                     "Nothing was saved.").format(id=exc.value)
    if isinstance(exc, ie.EmptyValue) and exc.field == "sb_review":
        return translate("Messages", "Give at least one rating from 0 to 10 (words alone are "
                                     "kept in the journal). Nothing was saved.")
    if isinstance(exc, ie.RatingOutOfRange) and exc.field.split(":")[-1] in RATED:
        return translate("Messages", "A rating in a Secure Base review is a whole number from 0 "
                                     "to 10; \"{value}\" is not. Nothing was saved.").format(
            value=exc.value)
    return _choices(exc)
