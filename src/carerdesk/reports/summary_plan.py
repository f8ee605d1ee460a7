"""The summary's plan and progress: the goals and their reviews in the period, the latest
profiles beside the one before, the Secure Base reviews and the ratings in the entries.

A figure is compared with the one before it wherever the report carries it (the newest record
before the period travels with it). A movement is named only on enough ratings on each side
(``domain.summary.MIN_RATINGS``); otherwise the figures are shown as they are.
"""

from __future__ import annotations

from statistics import mean
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.goals import STATUS_TITLES, GoalReview, area_source
from carerdesk.domain.needs_profile import (
    CAPACITY,
    CAPACITY_AREAS,
    CARE_NEEDS,
    DOMAINS,
    KIND_TITLES,
    NEEDS,
)
from carerdesk.domain.profile_scale import signed
from carerdesk.domain.sb_review import rated_source
from carerdesk.domain.summary import BIRTH, FOSTER, MIN_RATINGS, Movement, Summary
from carerdesk.domain.summary_records import GoalProgress, ProfileChange, RecordsSummary
from carerdesk.domain.supervision import STATUS_WORDS
from carerdesk.reports import charts
from carerdesk.reports.summary_style import (
    FULL,
    H1,
    H2,
    H3,
    SMALL,
    ctx,
    day,
    labelled,
    p,
    short_day,
    table,
)
from carerdesk.text.i18n import translate


def plan(summary: Summary, records: RecordsSummary) -> list[Any]:
    return (
        _last_supervision(summary)
        + _goals(records)
        + _profiles(records)
        + _sb_reviews(records)
        + _entry_ratings(summary)
    )


def _last_supervision(summary: Summary) -> list[Any]:
    """The actions agreed at the last supervision and where each stands: they open the next
    report (one made before supervision records were kept has none)."""
    last = summary.report.last_supervision
    if last is None:
        return []
    flow: list[Any] = [
        p(translate("Summary", "Actions from the last supervision"), H1),
        p(
            translate("Summary", "Held {day} with {who}.").format(
                day=day(last.held), who=last.social_worker
            ),
            SMALL,
        ),
    ]
    rows = [
        [
            p(translate("Summary", "Action"), H3),
            p(translate("Summary", "Who"), H3),
            p(translate("Summary", "Due"), H3),
            p(translate("Summary", "Status"), H3),
        ]
    ]
    for state in last.actions:
        rows.append(
            [
                p(state.action.what),
                p(state.action.owner),
                p(short_day(state.action.due)),
                p(translate("Supervision", STATUS_WORDS[state.status])),
            ]
        )
    if not last.actions:
        return flow + [p(translate("Summary", "No actions were agreed."))]
    return flow + [table(rows, [FULL - 86 * mm, 40 * mm, 26 * mm, 20 * mm])]


def _status(review: GoalReview | None) -> str:
    return (
        translate("Goals", STATUS_TITLES[review.status])
        if review
        else translate("Summary", "Not reviewed")
    )


def _goals(records: RecordsSummary) -> list[Any]:
    flow: list[Any] = [p(translate("Summary", "Goals and their progress"), H1)]
    goals = records.goals()
    if not goals:
        return flow + [p(translate("Summary", "No goals in the child's plan yet."))]
    for goal in goals:
        flow.append(KeepTogether(_goal(goal)))
    return flow


def _goal(goal: GoalProgress) -> list[Any]:
    g = goal.goal
    dates = [translate("Summary", "set {day}").format(day=day(g.set_on))]
    if g.by_when:
        dates.append(translate("Summary", "by {day}").format(day=day(g.by_when)))
    if g.review_date:
        dates.append(translate("Summary", "review {day}").format(day=day(g.review_date)))
    flow: list[Any] = [p(f"{ctx(area_source(g.area))}: {g.what}", H3), p(" · ".join(dates), SMALL)]
    if g.how_we_will_know:
        flow.append(labelled(translate("Summary", "How we will know"), g.how_we_will_know))
    if g.who_helps:
        flow.append(labelled(translate("Summary", "Who helps"), g.who_helps))
    flow.append(
        labelled(
            translate("Summary", "Status"),
            translate("Summary", "{before} at the last report, {now} now").format(
                before=_status(goal.before), now=_status(goal.latest)
            ),
        )
    )
    for review in goal.reviews:
        flow.append(labelled(day(review.date), f"{_status(review)}. {review.words or ''}"))
    if not goal.reviews:
        flow.append(p(translate("Summary", "Not reviewed in this period."), SMALL))
    return flow + [Spacer(1, 2 * mm)]


def _profiles(records: RecordsSummary) -> list[Any]:
    flow: list[Any] = [CondPageBreak(60 * mm), p(translate("Summary", "The latest profiles"), H1)]
    found = [(kind, records.profile(kind)) for kind in (NEEDS, CARE_NEEDS, CAPACITY)]
    if not any(found_one for _, found_one in found):
        return flow + [p(translate("Summary", "No profile made yet."))]
    for kind, change in found:
        if change is not None:
            flow += _profile(kind, change)
    return flow


def _profile(kind: str, change: ProfileChange) -> list[Any]:
    latest = change.latest.record.date
    when = (
        translate("Summary", "Made {day}, in this period.")
        if change.new
        else translate("Summary", "Made {day}; no new one in this period.")
    ).format(day=day(latest))
    flow: list[Any] = [p(translate("Profiles", KIND_TITLES[kind]), H2), p(when, SMALL)]
    if kind == CARE_NEEDS:
        rows = [[p(n.area), p(n.needed)] for n in change.latest.value.needs]
        return flow + [table(rows, [50 * mm, FULL - 50 * mm])]
    names = DOMAINS if kind == NEEDS else CAPACITY_AREAS
    earlier = change.earlier.record.date if change.earlier else None
    head = [
        p(translate("Summary", "Area"), H3),
        p(short_day(earlier) if earlier else translate("Summary", "Before"), SMALL),
        p(short_day(latest), SMALL),
        p(translate("Summary", "Change"), SMALL),
        p(translate("Summary", "In words"), H3),
    ]
    rows = [head]
    for key, moved in change.areas(list(names)).items():
        area = change.latest.value.areas.get(key)
        if area is None and moved.before is None:
            continue
        diff = moved.difference
        words = [
            w for w in ((area.strengths, area.difficulties, area.evidence) if area else ()) if w
        ]
        view = f"({translate('Profiles', area.view.title)})" if area and area.view else ""
        after = [p(signed(moved.after))] + ([p(view, SMALL)] if view else [])
        rows.append(
            [
                p(translate("Profiles", names[key])),
                p(signed(moved.before)),
                after,  # below the rating in small type: long words in Welsh fit
                p("—" if diff is None else signed(diff)),
                p(" / ".join(words)),
            ]
        )
    flow.append(table(rows, [38 * mm, 18 * mm, 34 * mm, 14 * mm, FULL - 104 * mm]))
    if kind == CAPACITY:
        flow.append(
            p(
                translate("Summary", "Made with {who}.").format(
                    who=change.latest.value.social_worker
                ),
                SMALL,
            )
        )
    return flow


def _movement(move: Movement, shown: str) -> str:
    """The figures as they are on too few ratings; the two means and the movement on enough."""
    if not move.enough and not shown:
        return translate(
            "Summary", "Too few ratings to name a movement (at least {n} on each side)."
        ).format(n=MIN_RATINGS)
    if not move.enough:
        return translate(
            "Summary", "{figures} (too few ratings to name a movement: at least {n} on each side)"
        ).format(figures=shown or "—", n=MIN_RATINGS)
    text = {
        "up": translate("Summary", "{a:.1f} then {b:.1f} ({n} ratings): up"),
        "down": translate("Summary", "{a:.1f} then {b:.1f} ({n} ratings): down"),
        "steady": translate("Summary", "{a:.1f} then {b:.1f} ({n} ratings): steady"),
    }[move.direction or ""]
    return text.format(a=mean(move.earlier), b=mean(move.later), n=move.count)


def _sb_reviews(records: RecordsSummary) -> list[Any]:
    flow: list[Any] = [CondPageBreak(60 * mm), p(translate("Summary", "Secure Base reviews"), H1)]
    reviews = records.sb_reviews()
    if not reviews:
        return flow + [p(translate("Summary", "No Secure Base review made yet."))]
    shown = reviews[-5:]  # the newest before the period and those in it, at most five
    head = [
        p(translate("Summary", "Rated"), H3),
        *(p(short_day(r.date), SMALL) for r in shown),
        p(translate("Summary", "Movement"), H3),
    ]
    rows = [head]
    for key in records.rated_keys():
        scores = [r.ratings[key].score if key in r.ratings else None for r in shown]
        if all(score is None for score in scores):
            continue  # not rated in any review shown
        rows.append(
            [p(ctx(rated_source(key)))]
            + [p("–" if s is None else str(s)) for s in scores]
            + [p(_movement(records.sb_movement(key), ""), SMALL)]
        )
    column = 19 * mm
    flow.append(
        table(rows, [44 * mm] + [column] * len(shown) + [FULL - 44 * mm - column * len(shown)])
    )
    if shown[-1].words:
        flow.append(labelled(translate("Summary", "Latest review, in words"), shown[-1].words))
    return flow


def _entry_ratings(summary: Summary) -> list[Any]:
    chart, mood = charts.ratings_chart(summary), charts.mood_chart(summary)
    flow: list[Any] = [
        CondPageBreak(80 * mm),
        p(translate("Summary", "Ratings and mood in the entries"), H2),
    ]
    rows = []
    for dim in Dimension:
        for which in (FOSTER, BIRTH) if dim is Dimension.FAMILY_MEMBERSHIP else (FOSTER,):
            move = summary.movement(dim, which)
            if not move.count:
                continue
            name = translate("Dimension", dim.info.title)
            if which == BIRTH:
                name = translate("Summary", "{dimension}: birth family").format(dimension=name)
            figures = ", ".join(str(v) for v in (*move.earlier, *move.later))
            rows.append([p(name), p(_movement(move, figures), SMALL)])
    if not rows and chart is None and mood is None:
        return flow + [p(translate("Summary", "No entry of this period has a rating or a mood."))]
    if rows:
        flow.append(table(rows, [48 * mm, FULL - 48 * mm]))
    return flow + [c for c in (chart, mood) if c is not None]
