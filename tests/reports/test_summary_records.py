"""The summary's records beside the entries: family time from its own records (never the
category tick), goals and their progress, the profiles' change since the last, and the
Secure Base movement, named only on enough ratings."""

import datetime as dt

from summary_data import SINCE, entry, pages, record, report, section, squashed

from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
from carerdesk.domain.goals import Goal, GoalReview, GoalStatus
from carerdesk.domain.needs_profile import NeedsProfile
from carerdesk.domain.profile_scale import AreaRating
from carerdesk.domain.sb_review import AgeBand, Rating, SecureBaseReview
from carerdesk.domain.summary import Summary
from carerdesk.domain.values import Observation

TODAY = dt.date(2026, 10, 1)
D = SINCE.replace


def _family_time() -> list:
    values = [
        FamilyTime(dt.date(2026, 8, 20), FamilyTimeStatus.HAPPENED, where="Contact centre"),
        FamilyTime(D(day=5), FamilyTimeStatus.HAPPENED, where="The park",
                   supervised_by="A family support worker", before="Quiet in the car",
                   during="Laughed with Mum on the swings", after="Tired and tearful",
                   words="Can Mum come to my birthday?"),
        FamilyTime(D(day=12), FamilyTimeStatus.CANCELLED, cancelled_by="Mum",
                   why="Unwell"),
        FamilyTime(D(day=19), FamilyTimeStatus.HAPPENED, where="Contact centre"),
        FamilyTime(D(day=30), FamilyTimeStatus.PLANNED, where="Contact centre"),
    ]
    return [record("family-time", v, f"ft{i}") for i, v in enumerate(values)]


def test_family_time_comes_from_its_records_not_from_the_tick(tmp_path):
    ticked = entry(D(day=8), "A ticked day with no family time record.",
                   categories=(Category.FAMILY_TIME,))
    text = "".join(pages(report([ticked], _family_time()), tmp_path))
    family = section(text, "Family time Planned", "Health and education")
    assert "Planned: 1 · Happened: 2 · Cancelled: 1" in family
    assert "The last family time before this period: Thu 20 Aug 2026, happened." in family
    assert "During: Laughed with Mum on the swings" in family
    assert "Cancelled by: Mum" in family and "Why: Unwell" in family
    assert "A ticked day" not in family
    voices = section(text, "In the child's own words", "The carer's own wellbeing")
    assert "“Can Mum come to my birthday?” At family time." in voices


def test_no_family_time_record_says_so_whatever_the_ticks(tmp_path):
    ticked = entry(D(day=8), "Saw Dad today.", categories=(Category.FAMILY_TIME,))
    text = "".join(pages(report([ticked]), tmp_path))
    family = section(text, "Family time Planned", "Health and education")
    assert "Planned: 0 · Happened: 0 · Cancelled: 0" in family
    assert "No family time recorded in this period." in family and "Saw Dad" not in family


def _ratings(values: list[int]) -> list:
    return [entry(D(day=1 + i), f"Day {i}.", i, observations={
        Dimension.ACCEPTANCE: Observation("Praise", rating=v)}) for i, v in enumerate(values)]


def test_a_movement_is_not_named_on_too_few_ratings(tmp_path):
    text = squashed("".join(pages(report(_ratings([2, 9])), tmp_path)))
    ratings = section(text, "Ratings and mood in the entries", "Family time")
    assert "Acceptance 2, 9 (too few ratings to name a movement: at least 3 on each side)" \
        in ratings
    assert ": up" not in ratings


def test_a_movement_is_named_on_enough_ratings_on_each_side(tmp_path):
    text = squashed("".join(pages(report(_ratings([2, 3, 2, 8, 9, 8])), tmp_path)))
    ratings = section(text, "Ratings and mood in the entries", "Family time")
    assert "Acceptance 2.3 then 8.3 (6 ratings): up" in ratings


def test_the_birth_family_rating_is_charted(tmp_path):
    made = report([entry(D(day=2 + i), "x", i, observations={
        Dimension.FAMILY_MEMBERSHIP: Observation("Drew Mum", rating=7, rating_birth=4 + i)})
        for i in range(3)])
    assert Summary(made).rating_series()[(Dimension.FAMILY_MEMBERSHIP, "birth")][0] == 5
    text = squashed("".join(pages(made, tmp_path)))
    assert "Family membership: birth family 4, 5, 6" in text
    assert "Our family" in text and "Birth family" in text  # the chart's direct labels


def _plan() -> list:
    goal = Goal("acceptance", "Leo tells us one thing he is proud of each week",
                dt.date(2026, 7, 1), "He says it without a prompt", "Both carers",
                review_date=D(day=15))
    other = Goal("education", "Reads for ten minutes at bedtime", dt.date(2026, 7, 1))
    reviews = [GoalReview("g1", dt.date(2026, 8, 15), GoalStatus.NOT_STARTED),
               GoalReview("g1", D(day=15), GoalStatus.MOVING, "Twice without a prompt"),
               GoalReview("g2", D(day=20), GoalStatus.ACHIEVED, "Every night")]
    needs = [NeedsProfile(dt.date(2026, 6, 1), {"health": AreaRating(-1, "Eats well")}),
             NeedsProfile(D(day=10), {"health": AreaRating(1, "Sleeps through now")})]
    sb = [SecureBaseReview(dt.date(2026, 8, 28), AgeBand.CHILD, {"availability": Rating(4)}),
          SecureBaseReview(D(day=25), AgeBand.CHILD, {"availability": Rating(7)})]
    return ([record("goal", goal, "g1"), record("goal", other, "g2")]
            + [record("goal-review", r, f"r{i}") for i, r in enumerate(reviews)]
            + [record("needs", n, f"n{i}") for i, n in enumerate(needs)]
            + [record("sb-review", r, f"s{i}") for i, r in enumerate(sb)])


def test_goals_profiles_and_reviews_show_the_change_since_the_last_report(tmp_path):
    text = squashed("".join(pages(report([entry(SINCE, "A quiet day.")], _plan()), tmp_path)))
    first = text[:text.index("Goals and their progress")]
    assert "Goal achieved: Education and learning: Reads for ten minutes at bedtime" in first
    assert "Strength: Health: Sleeps through now" in first
    goals = section(text, "Goals and their progress", "The latest profiles")
    assert "Status: Not started at the last report, Moving now" in goals
    assert "Twice without a prompt" in goals
    profiles = section(text, "The latest profiles", "Secure Base reviews")
    assert "Made Thu 10 Sep 2026, in this period." in profiles
    assert "Health -1 +1 +2 Sleeps through now" in profiles
    reviews = section(text, "Secure Base reviews", "Ratings and mood")
    assert "Availability 4 7 Too few ratings to name a movement (at least 3 on each side)." \
        in reviews


def test_family_time_names_who_the_child_saw(tmp_path):
    import dataclasses

    from carerdesk.domain.profile import PersonRole
    from carerdesk.domain.report_parts import ReportPerson

    mum = ReportPerson("Maria", PersonRole.BIRTH_FAMILY, "Mum", id="p-mum")
    seen = FamilyTime(D(day=5), FamilyTimeStatus.HAPPENED, where="The park", people=("p-mum",))
    made = dataclasses.replace(report([], [record("family-time", seen, "ft")]), people=(mum,))
    family = section("".join(pages(made, tmp_path)), "Family time Planned",
                     "Health and education")
    assert "With: Maria" in family


def test_the_childs_own_page_is_shown_apart_in_their_words(tmp_path):
    from carerdesk.domain.child_voice import Ask, Face, Feeling, Statement, Wishes

    own = [record("child-feeling", Feeling(D(day=6), Face.SAD, "I miss my dog"), "cv1"),
           record("child-wishes", Wishes(D(day=9), "I want to see Nan more"), "cv2"),
           record("child-statement", Statement(D(day=12), "I did not hit Sam", Ask.CHANGE),
                  "cv3")]
    ticked = entry(D(day=6), "A calm day at home.")
    text = squashed("".join(pages(report([ticked], own), tmp_path)))
    page = section(text, "From the child's own page", "The carer's own wellbeing")
    assert "How I feel: A bit sad “I miss my dog”" in page
    assert "What I want my social worker to know: “I want to see Nan more”" in page
    assert "Asked for something to be changed: “I did not hit Sam”" in page
    assert "the carer cannot change it" in page
