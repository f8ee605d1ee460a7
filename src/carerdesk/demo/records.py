"""The records that come round on their own clock: a Secure Base review every four weeks, a
few goals a year with a review each quarter, a needs profile every six months, the care-needs
profile each year, one capacity profile made with the social worker, and life-story pages."""

from __future__ import annotations

import bisect
import datetime as dt

from carerdesk.demo import phrases_family as F
from carerdesk.demo import phrases_plan as L
from carerdesk.demo.bulk import Bulk
from carerdesk.demo.days import _Writer
from carerdesk.demo.people import Circle, long_date
from carerdesk.domain.goals import Goal, GoalReview, GoalStatus, SetBy
from carerdesk.domain.lifestory import Layout, PageContent
from carerdesk.domain.needs_profile import (
    CapacityProfile,
    CareNeed,
    CareNeedsProfile,
    NeedsProfile,
)
from carerdesk.domain.profile_scale import AreaRating, View
from carerdesk.domain.sb_review import RATED, AgeBand, Rating, SecureBaseReview, age_band

WEEKS_4 = dt.timedelta(weeks=4)


def _days(first: dt.date, step: dt.timedelta, last: dt.date) -> list[dt.date]:
    days = []
    while first <= last:
        days.append(first)
        first += step
    return days


def add_records(workspace: Bulk, writer: _Writer, circle: Circle, child_id: str,
                last: dt.date) -> None:
    _sb_reviews(workspace, writer, child_id, last)
    _goals(workspace, writer, child_id, last)
    _profiles(workspace, writer, child_id, last)
    _life_story(workspace, writer, circle, child_id, last)


def _sb_reviews(workspace: Bulk, writer: _Writer, child_id: str, last: dt.date) -> None:
    """Ratings that rise slowly as the child settles and dip after a month of hard days."""
    rng, child = writer.rng, writer.child
    hard = sorted(writer.hard_days)
    scores = {key: rng.uniform(2.5, 4.5) for key in RATED}
    scores["family_birth"] = rng.uniform(4, 6)
    for day in _days(child.placed + WEEKS_4, WEEKS_4, last):
        hard_days = bisect.bisect(hard, day) - bisect.bisect(hard, day - WEEKS_4)
        dip = hard_days >= 7
        for key in scores:
            step = rng.choice((-0.5, 0, 0.3, 0.5)) + (-1.2 if dip else 0.15)
            scores[key] = min(9.0, max(1.0, scores[key] + step))
        words = L.SB_WORDS[rng.choice((1, 6))] if dip else L.SB_WORDS[
            rng.choice((0, 2, 3, 4, 5, 7))]
        band = age_band(child.born, day) or AgeBand.CHILD
        workspace.sb_reviews.add(child_id, SecureBaseReview(
            day, band, {k: Rating(round(v)) for k, v in scores.items()}, words))


def _goals(workspace: Bulk, writer: _Writer, child_id: str, last: dt.date) -> None:
    """Two or three goals each year, set together in supervision, reviewed each quarter
    until achieved or the year is out."""
    rng, child, plan = writer.rng, writer.child, workspace.plan
    fill = {"name": child.first, "subj": child.words[0], "obj": child.words[1],
            "poss": child.words[2]}
    before: set[str] = set()
    for set_on in _days(child.placed + dt.timedelta(days=42), dt.timedelta(days=365), last):
        stage = child.stage(set_on)
        options = [g for g in L.GOALS if stage in g[0] and g[2] not in before] or [
            g for g in L.GOALS if stage in g[0]]
        chosen = rng.sample(options, k=min(len(options), rng.choice((2, 3))))
        before = {g[2] for g in chosen}
        for _, area, what, know, who, otherwise in chosen:
            goal = plan.add_goal(child_id, Goal(
                area, what.format(**fill), set_on, know, who, set_on + dt.timedelta(days=270),
                set_on + dt.timedelta(days=91), otherwise, rng.choice((SetBy.BOTH, SetBy.BOTH,
                                                                       SetBy.SOCIAL_WORKER))))
            _reviews(workspace, writer, goal.id, set_on, min(last, set_on + dt.timedelta(
                days=364)))


def _reviews(workspace: Bulk, writer: _Writer, goal_id: str, set_on: dt.date,
             last: dt.date) -> None:
    rng = writer.rng
    for n, day in enumerate(_days(set_on + dt.timedelta(days=91), dt.timedelta(days=91), last)):
        roll = rng.random()
        if n == 0:
            status = GoalStatus.NOT_STARTED if roll < 0.1 else GoalStatus.MOVING
        else:
            status = GoalStatus.ACHIEVED if roll < 0.4 else GoalStatus.CHANGED if roll < 0.5 \
                else GoalStatus.MOVING
        words = rng.choice(L.REVIEW_WORDS[status.value])
        workspace.plan.review(goal_id, GoalReview(goal_id, day, status, words))
        if status is GoalStatus.ACHIEVED:
            return


def _profiles(workspace: Bulk, writer: _Writer, child_id: str, last: dt.date) -> None:
    rng, child = writer.rng, writer.child
    fill = {"subj": child.words[0], "obj": child.words[1], "poss": child.words[2]}
    ratings = {key: rng.choice((-2, -1, -1, 0)) for key in L.NEEDS}
    for day in _days(child.placed + dt.timedelta(days=30), dt.timedelta(days=182), last):
        areas = {}
        for key, (strengths, difficulties) in L.NEEDS.items():
            ratings[key] = max(-3, min(3, ratings[key] + rng.choice((-1, 0, 0, 1, 1))))
            areas[key] = AreaRating(ratings[key], strengths.format(**fill),
                                    difficulties.format(**fill))
        workspace.needs_profiles.add(child_id, NeedsProfile(day, areas))
    for day in _days(child.placed + dt.timedelta(days=30), dt.timedelta(days=365), last):
        rows = L.CARE_NEEDS[:3] + (L.CARE_NEEDS[3:] if child.index % 4 == 0 else [])
        workspace.care_needs.add(child_id, CareNeedsProfile(
            day, tuple(CareNeed(area, needed, domain) for area, needed, domain in rows)))
    made_on = child.placed + dt.timedelta(days=120)
    if made_on <= last:
        workspace.capacity.add(child_id, CapacityProfile(made_on, F.SSW, {
            key: AreaRating(rating, evidence=words, view=View(view))
            for key, (rating, view, words) in L.CAPACITY.items()}))


def _life_story(workspace: Bulk, writer: _Writer, circle: Circle, child_id: str,
                last: dt.date) -> None:
    child, i = writer.child, writer.child.index
    birthday = next((d for d in (child.born.replace(year=y) for y in range(
        child.placed.year, last.year + 1)) if child.placed <= d <= last), None)
    fill = {"placed": long_date(child.placed), "comfort": L.COMFORTS[i % 4],
            "mum_called": circle.family["mum_called"], "cake": L.CAKES[i % 4],
            "likes": F.LIKES[i % 4].split(". ")[0].removeprefix("Likes: "),
            "birthday": long_date(birthday) if birthday else ""}
    for title, story, when, place, people in L.LIFE_STORY:
        if "{birthday}" in (when or "") and birthday is None:
            continue
        workspace.lifestory.add_page(PageContent(
            child_id, title, story.format(**fill), when and when.format(**fill), place,
            people=people.format(**fill), layout=Layout.STORY))
