"""goal add / list / show / review / evidence and review add / list: the child's plan and the
periodic Secure Base review. Every mistake is named before the passphrase is asked."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from carerdesk.app import policy
from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.cli.plan_parser import rating_option
from carerdesk.cli.text_files import stand_in
from carerdesk.domain.errors import Refused
from carerdesk.domain.goals import Goal, GoalCodec, GoalReview, GoalStatus, SetBy, area_source
from carerdesk.domain.input_errors import RatingOutOfRange
from carerdesk.domain.sb_review import (
    RATED,
    AgeBand,
    Rating,
    SecureBaseReview,
    SecureBaseReviewCodec,
    age_band,
    next_review,
    rated_source,
    review_due,
)
from carerdesk.domain.text import shown_safely
from carerdesk.domain.values import parse_date
from carerdesk.text.i18n import Context, translate

Cli = Context("Cli")


def _day(text: str | None, field: str) -> dt.date | None:
    return None if text is None else parse_date(text, field)


def _goal(args: argparse.Namespace, evidence: tuple[str, ...] = ()) -> Goal:
    return Goal(args.area, args.what, _day(args.set_on, "goal_set_on") or dt.date.today(),
                args.how_we_will_know, args.who_helps, _day(args.by, "goal_by"),
                _day(args.review, "goal_review"), args.if_not, SetBy.parse(args.set_by),
                evidence).validated()


def goal_add(args: argparse.Namespace) -> int:
    _goal(stand_in(args))  # every mistake named before the passphrase is asked
    with opened(args) as workspace:
        evidence = tuple(workspace.journal.entry(e).id for e in args.evidence)
        goal = workspace.plan.add_goal(args.child, _goal(args, evidence))
    say(translate("Cli", "Goal set."))
    say(goal.id)
    return 0


def _goal_json(summary: Any) -> dict[str, Any]:
    goal = summary.goal
    return {"id": goal.id, "child": goal.child_id, "version": goal.version,
            **GoalCodec().dump(goal.value), "status": summary.status.value, "due": summary.due,
            "reviews": [{"id": r.id, **_review_fields(r.value)} for r in summary.reviews]}


def _review_fields(review: GoalReview) -> dict[str, Any]:
    return {"date": review.date.isoformat(), "status": review.status.value,
            "words": review.words}


def _area(key: str) -> str:
    return translate(*area_source(key))


def _goal_line(summary: Any) -> str:
    g = summary.goal.value
    review = g.review_date.isoformat() if g.review_date else "-"
    due = "  " + translate("Cli", "REVIEW DUE") if summary.due else ""
    return (f"{_area(g.area)}: {shown_safely(g.what)} — "
            f"{translate('Goals', summary.status.title)} · "
            + translate("Cli", "review {day}").format(day=review) + due
            + f"  [{summary.goal.id}]")


def goal_list(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        plan = workspace.plan.plan(args.child)
    if args.json:
        emit_json([_goal_json(s) for s in plan])
        return 0
    if not plan:
        say(translate("Cli", "No goals yet: carerdesk goal add --child CHILD --area AREA "
                             "--what TEXT"))
    for summary in plan:
        say(_goal_line(summary))
    return 0


def goal_show(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        goal = workspace.plan.goal(args.goal)
        summary = next(s for s in workspace.plan.plan(goal.child_id) if s.goal.id == goal.id)
        evidence = [workspace.journal.entry(e) for e in goal.value.evidence]
    if args.json:
        emit_json({**_goal_json(summary),
                   "evidence": [{"id": e.id, "date": e.content.date.isoformat()}
                                for e in evidence]})
        return 0
    g = goal.value
    say(_goal_line(summary))
    labels = ((translate("Cli", "How we will know"), g.how_we_will_know),
              (translate("Cli", "Who helps"), g.who_helps),
              (translate("Cli", "By"), g.by_when.isoformat() if g.by_when else None),
              (translate("Cli", "If this does not work"), g.contingency),
              (translate("Cli", "Set by"), translate("Goals", g.set_by.title) + " · "
               + g.set_on.isoformat()))
    for label, value in labels:
        if value:
            say(f"  {label}: " + shown_safely(value).replace("\n", " / "))
    for entry in evidence:
        first = shown_safely(entry.content.text).split("\n")[0][:60]
        say("  " + translate("Cli", "Evidence {day}: {words}").format(
            day=entry.content.date.isoformat(), words=first) + f"  [{entry.id}]")
    for review in summary.reviews:
        r = review.value
        words = ": " + shown_safely(r.words).replace("\n", " / ") if r.words else ""
        say(f"  {r.date.isoformat()} {translate('Goals', r.status.title)}{words}")
    return 0


def _goal_review(args: argparse.Namespace) -> GoalReview:
    day = _day(args.date, "goal_reviewed") or dt.date.today()
    return GoalReview("", day, GoalStatus.parse(args.status), args.words)


def goal_review(args: argparse.Namespace) -> int:
    _goal_review(stand_in(args))
    with opened(args) as workspace:
        review = workspace.plan.review(args.goal, _goal_review(args))
    say(translate("Cli", "Review kept."))
    say(review.id)
    return 0


def goal_evidence(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        entry = workspace.journal.entry(args.add)
        before = workspace.plan.goal(args.goal)
        goal = workspace.plan.add_evidence(before.id, entry.id)
    if goal.version == before.version:
        say(translate("Cli", "That entry is already evidence for this goal."))
    else:
        say(translate("Cli", "Evidence added (version {n}; the earlier version is kept).")
            .format(n=goal.version))
    say(goal.id)
    return 0


def _score(text: str | None, key: str) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise RatingOutOfRange(f"rating:{key}", text) from None


def _sb_review(args: argparse.Namespace, born: dt.date | None = None) -> SecureBaseReview:
    day = _day(args.date, "sb_review_date") or dt.date.today()
    band = AgeBand.parse(args.band) if args.band else age_band(born, day)
    ratings = {key: Rating(_score(getattr(args, key), key), getattr(args, f"words_{key}"))
               for key in RATED}
    return SecureBaseReview(day, band or AgeBand.CHILD, ratings, args.words).validated()


def review_add(args: argparse.Namespace) -> int:
    _sb_review(stand_in(args))
    with opened(args) as workspace:
        child = workspace.journal.child(args.child)
        if args.band is None and child.born is None:
            raise Refused(translate("Cli", "The date of birth is not known, so give the age "
                                           "band: --band {bands}. Nothing was saved.").format(
                bands="|".join(b.value for b in AgeBand)))
        review = workspace.sb_reviews.add(child.id, _sb_review(args, child.born))
    say(translate("Cli", "Secure Base review kept."))
    say(review.id)
    return 0


def review_list(args: argparse.Namespace) -> int:
    weeks = policy.current().review_weeks
    with opened(args) as workspace:
        reviews = workspace.sb_reviews.records(args.child)
    last = reviews[-1].value.date if reviews else None
    due = next_review(last, weeks)
    if args.json:
        emit_json({"reviews": [{"id": r.id, "version": r.version,
                                **SecureBaseReviewCodec().dump(r.value)} for r in reviews],
                   "weeks": weeks, "next_due": due.isoformat() if due else None,
                   "due": review_due(last, dt.date.today(), weeks)})
        return 0
    if not reviews:
        say(translate("Cli", "No Secure Base reviews yet: carerdesk review add --child CHILD "
                             "--availability N ..."))
    for record in reviews:
        r = record.value
        scores = ", ".join(f"{translate(*rated_source(k))} {v.score}"
                           for k, v in r.ratings.items() if v.score is not None)
        say(f"{r.date.isoformat()} ({translate('SecureBaseGuide', r.band.title)}): {scores}"
            f"  [{record.id}]")
    if due is not None:
        say(Cli.tr("Next review due {day} (every %n weeks)", "", weeks).format(
            day=due.isoformat()))
    return 0


__all__ = ["goal_add", "goal_evidence", "goal_list", "goal_review", "goal_show", "rating_option",
           "review_add", "review_list"]
