"""The plan's records through the workspace: goals with history and evidence, reviews of a
goal checked against it, Secure Base reviews, and when each is due."""

from __future__ import annotations

import datetime as dt

import pytest

from carerdesk.domain import errors, input_errors
from carerdesk.domain.goals import Goal, GoalReview, GoalStatus, SetBy, review_due
from carerdesk.domain.sb_review import (
    AgeBand,
    Rating,
    SecureBaseReview,
    age_band,
    anchors,
    prompt,
)
from carerdesk.domain.sb_review import review_due as sb_due
from carerdesk.domain.values import EntryContent
from carerdesk.text.messages import describe

SET_ON = dt.date(2026, 3, 2)


def _goal(**changes) -> Goal:
    values = {"area": "co-operation", "what": "Choose her own clothes for school",
              "set_on": SET_ON, "review_date": dt.date(2026, 4, 6)}
    return Goal(**{**values, **changes})


def test_a_goal_keeps_every_version_and_gathers_evidence(workspace, vault_ids):
    goal = workspace.plan.add_goal(vault_ids["child"], _goal(set_by=SetBy.SOCIAL_WORKER))
    assert goal.value.area == "cooperation" and goal.value.set_by is SetBy.SOCIAL_WORKER
    workspace.plan.add_evidence(goal.id[:8], vault_ids["entry"])
    again = workspace.plan.add_evidence(goal.id, vault_ids["entry"])  # cited once only
    assert again.version == 2 and again.value.evidence == (vault_ids["entry"],)
    history = workspace.plan.goals.history(goal.id)
    assert [(v.version, v.value.evidence, v.reason) for v in history] == [
        (1, (), None), (2, (vault_ids["entry"],), "evidence added")]


def test_evidence_from_another_childs_entry_is_refused(workspace, vault_ids):
    mia = workspace.journal.add_child("Mia")
    mias = workspace.journal.add_entry(EntryContent(dt.date(2026, 3, 1), (mia.id,), "Mia")).id
    goal = workspace.plan.add_goal(vault_ids["child"], _goal())
    with pytest.raises(input_errors.OtherChildsRecord) as caught:
        workspace.plan.add_evidence(goal.id, mias)
    assert "another child" in describe(caught.value)
    with pytest.raises(input_errors.OtherChildsRecord):
        workspace.plan.add_goal(vault_ids["child"], _goal(evidence=(mias,)))
    assert workspace.plan.goal(goal.id).version == 1


def test_a_review_belongs_to_the_goal_and_never_comes_before_it(workspace, vault_ids):
    goal = workspace.plan.add_goal(vault_ids["child"], _goal())
    with pytest.raises(input_errors.BeforeGoalWasSet) as early:
        workspace.plan.review(goal.id, GoalReview("", dt.date(2026, 3, 1), GoalStatus.MOVING))
    assert "before the goal was set" in describe(early.value)
    mia = workspace.journal.add_child("Mia")
    with pytest.raises(input_errors.OtherChildsRecord) as other:
        workspace.plan.review(goal.id, GoalReview("", SET_ON, GoalStatus.MOVING), child=mia.id)
    assert "another child's" in describe(other.value)
    workspace.plan.review(goal.id[:8], GoalReview("", dt.date(2026, 3, 20), GoalStatus.MOVING,
                                                  "Chose her jumper twice"))
    (summary,) = workspace.plan.plan(vault_ids["child"], today=dt.date(2026, 4, 7))
    assert summary.status is GoalStatus.MOVING and summary.due  # the review date has come
    assert summary.reviews[0].value.goal_id == goal.id
    workspace.plan.review(goal.id, GoalReview("", dt.date(2026, 4, 7), GoalStatus.ACHIEVED))
    (summary,) = workspace.plan.plan(vault_ids["child"], today=dt.date(2026, 4, 8))
    assert summary.status is GoalStatus.ACHIEVED and not summary.due


def test_a_review_id_is_not_a_goal(workspace, vault_ids):
    goal = workspace.plan.add_goal(vault_ids["child"], _goal())
    review = workspace.plan.review(goal.id, GoalReview("", SET_ON, GoalStatus.NOT_STARTED))
    with pytest.raises(errors.NotFound) as caught:
        workspace.plan.review(review.id, GoalReview("", SET_ON, GoalStatus.MOVING))
    assert "no goal" in describe(caught.value)


@pytest.mark.parametrize("goal, field", [
    (dict(what="  "), "goal"), (dict(review_date=dt.date(2026, 3, 1)), "goal_review"),
    (dict(by_when=dt.date(2026, 2, 1)), "goal_by"), (dict(area="sleep"), "area"),
])
def test_a_goal_that_breaks_a_rule_is_refused(workspace, vault_ids, goal, field):
    with pytest.raises(input_errors.InvalidInput) as caught:
        workspace.plan.add_goal(vault_ids["child"], _goal(**goal))
    assert caught.value.field == field
    assert workspace.plan.plan(vault_ids["child"]) == []


def test_review_due_rules():
    goal = _goal().validated()
    assert not review_due(goal, None, dt.date(2026, 4, 5))
    assert review_due(goal, None, dt.date(2026, 4, 6))
    late = GoalReview("g", dt.date(2026, 4, 6), GoalStatus.MOVING)
    assert not review_due(goal, late, dt.date(2026, 5, 1))
    assert not review_due(_goal(review_date=None).validated(), None, dt.date(2030, 1, 1))


def test_a_secure_base_review_is_kept_with_its_versions(workspace, vault_ids):
    review = SecureBaseReview(dt.date(2026, 3, 30), AgeBand.CHILD, {
        "availability": Rating(6, "Comes to me after school"), "family_birth": Rating(4),
        "acceptance": Rating(None, "  ")})
    saved = workspace.sb_reviews.add(vault_ids["child"], review)
    assert list(saved.value.ratings) == ["availability", "family_birth"]  # model order
    assert saved.value.ratings["availability"].words == "Comes to me after school"
    changed = SecureBaseReview(review.date, AgeBand.CHILD, {"availability": Rating(7)})
    workspace.sb_reviews.amend(saved.id, changed, "Talked it over in supervision")
    assert [v.value.ratings["availability"].score
            for v in workspace.sb_reviews.history(saved.id)] == [6, 7]


@pytest.mark.parametrize("score", [11, -1])
def test_a_rating_off_the_scale_is_refused(workspace, vault_ids, score):
    review = SecureBaseReview(dt.date(2026, 3, 30), AgeBand.CHILD,
                              {"sensitivity": Rating(score)})
    with pytest.raises(input_errors.RatingOutOfRange) as caught:
        workspace.sb_reviews.add(vault_ids["child"], review)
    assert f'"{score}" is not' in describe(caught.value)
    assert workspace.sb_reviews.records(vault_ids["child"]) == []


def test_age_bands_anchors_and_due_dates():
    born = dt.date(2020, 6, 15)
    assert age_band(born, dt.date(2021, 12, 15)) is AgeBand.BABY  # 18 months
    assert age_band(born, dt.date(2022, 1, 15)) is AgeBand.YOUNG  # 19 months
    assert age_band(born, dt.date(2025, 6, 14)) is AgeBand.YOUNG
    assert age_band(born, dt.date(2025, 6, 15)) is AgeBand.CHILD
    assert age_band(born, dt.date(2031, 6, 15)) is AgeBand.TEEN
    assert age_band(None, dt.date(2026, 1, 1)) is None
    assert all(anchors("family_birth")) and prompt("family_foster", AgeBand.TEEN)
    assert prompt("family_foster", AgeBand.BABY) == prompt("family_birth", AgeBand.BABY)
    assert sb_due(None, dt.date(2026, 1, 1))
    assert not sb_due(dt.date(2026, 1, 1), dt.date(2026, 1, 28))
    assert sb_due(dt.date(2026, 1, 1), dt.date(2026, 1, 29))
    assert sb_due(dt.date(2026, 1, 1), dt.date(2026, 1, 15), weeks=2)


def test_the_agency_sets_the_weeks_between_reviews(tmp_path, monkeypatch):
    from carerdesk.app import policy, preset

    assert policy.current().review_weeks == 4
    path = tmp_path / "carerdesk-preset.toml"
    path.write_text('format = "carerdesk-agency-preset"\nversion = 1\n[agency]\nname = "A"\n'
                    '[policies]\nreview_weeks = 6\n')
    monkeypatch.setenv("CARERDESK_PRESET", str(path))
    preset.unpin()
    assert policy.current().review_weeks == 6
    path.write_text(path.read_text().replace("= 6", "= 52"))
    with pytest.raises(preset.PresetError) as caught:
        preset.load(path)
    assert "review_weeks" in caught.value.message and "1 to 26" in caught.value.message
