"""The dated -3..+3 profiles: their rules, their change, a new one from the last, and the
plain words of every refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from carerdesk.domain import input_errors
from carerdesk.domain.needs_profile import (
    CAPACITY_AREAS,
    DOMAINS,
    CapacityProfile,
    CareNeed,
    CareNeedsProfile,
    NeedsProfile,
    domain_key,
)
from carerdesk.domain.profile_codecs import CapacityCodec, CareNeedsCodec, NeedsProfileCodec
from carerdesk.domain.profile_scale import AreaRating, View, change, new_from, parse_scale, signed
from carerdesk.text.messages import describe

DAY = dt.date(2026, 3, 2)


def test_the_seven_domains_and_eight_capacity_areas():
    assert list(DOMAINS) == ["health", "education", "emotional-behavioural", "identity",
                             "family-social", "social-presentation", "self-care"]
    assert list(CAPACITY_AREAS) == ["basic-care", "safety", "emotional-warmth", "stimulation",
                                    "guidance-boundaries", "stability", "adapting",
                                    "family-community"]
    assert domain_key(" Self_Care ") == "self-care"


@pytest.mark.parametrize("typed, value", [("+3", 3), ("-3", -3), ("0", 0), (" 2 ", 2)])
def test_the_scale_takes_minus_three_to_plus_three(typed, value):
    assert parse_scale(typed, "health") == value


@pytest.mark.parametrize("typed", ["+4", "-4", "11", "1.5", "good", ""])
def test_off_the_scale_is_refused_plainly(typed):
    with pytest.raises(input_errors.ProfileRatingOutOfRange) as caught:
        parse_scale(typed, "health")
    assert "from -3 to +3" in describe(caught.value)
    with pytest.raises(input_errors.RatingOutOfRange):
        NeedsProfile(DAY, {"health": AreaRating(rating=4)}).validated()


def test_a_profile_is_tidied_in_the_domains_order():
    profile = NeedsProfile(DAY, {
        "self-care": AreaRating(rating=-1, difficulties="  Needs reminding to wash  "),
        "health": AreaRating(rating=2, entries=("a", "a", " ")),
        "identity": AreaRating()}).validated(today=DAY)
    assert list(profile.areas) == ["health", "self-care"]  # the empty one dropped
    assert profile.areas["self-care"].difficulties == "Needs reminding to wash"
    assert profile.areas["health"].entries == ("a",)


def test_a_date_to_come_an_unknown_domain_and_an_empty_profile_are_refused():
    with pytest.raises(input_errors.FutureDate) as future:
        NeedsProfile(DAY, {"health": AreaRating(rating=1)}).validated(today=DAY.replace(day=1))
    assert "in the future" in describe(future.value)
    with pytest.raises(input_errors.UnknownProfileArea) as unknown:
        NeedsProfile(DAY, {"maths": AreaRating(rating=1)}).validated()
    assert "self-care" in describe(unknown.value) and "maths" in describe(unknown.value)
    with pytest.raises(input_errors.EmptyProfile) as empty:
        NeedsProfile(DAY, {"health": AreaRating()}).validated()
    assert "empty" in describe(empty.value)
    with pytest.raises(input_errors.TooLong) as long:
        NeedsProfile(DAY, {"health": AreaRating(strengths="x" * 200_001)}).validated()
    assert "strengths is too long" in describe(long.value)


def test_capacity_is_made_with_the_social_worker_and_says_whose_view():
    areas = {"stability": AreaRating(rating=2, view=View.AGREED)}
    made = CapacityProfile(DAY, " Priya Shah ", areas).validated()
    assert made.social_worker == "Priya Shah"
    with pytest.raises(input_errors.NoSocialWorker) as alone:
        CapacityProfile(DAY, "  ", areas).validated()
    assert "made with the social worker" in describe(alone.value)
    with pytest.raises(input_errors.ViewMissing) as whose:
        CapacityProfile(DAY, "Priya", {"safety": AreaRating(rating=1)}).validated()
    assert "whose view the rating of Ensuring safety is" in describe(whose.value)
    with pytest.raises(input_errors.UnknownView) as view:
        View.parse("mine")
    assert "carer, social-worker, agreed" in describe(view.value)
    # words without a rating need no view
    CapacityProfile(DAY, "Priya", {"safety": AreaRating(evidence="Stair gate up")}).validated()


def test_care_needs_rows_link_to_a_domain():
    profile = CareNeedsProfile(DAY, (CareNeed(" Sleep ", "A calm bedtime", "Health"),))
    assert profile.validated().needs == (CareNeed("Sleep", "A calm bedtime", "health"),)
    with pytest.raises(input_errors.EmptyValue) as empty:
        CareNeedsProfile(DAY, (CareNeed("Sleep", " "),)).validated()
    assert "what is needed from the carer is empty" in describe(empty.value)
    with pytest.raises(input_errors.UnknownProfileArea):
        CareNeedsProfile(DAY, (CareNeed("Sleep", "x", "sleep"),)).validated()
    with pytest.raises(input_errors.EmptyProfile) as none:
        CareNeedsProfile(DAY).validated()
    assert "no rows" in describe(none.value)
    replaced = profile.with_need(CareNeed("sleep", "Stories at bedtime"))
    assert [n.needed for n in replaced.needs] == ["Stories at bedtime"]
    assert len(replaced.with_need(CareNeed("School", "Lifts")).needs) == 2


def test_a_new_profile_starts_from_the_last_and_the_change_is_per_domain():
    first = NeedsProfile(DAY, {"health": AreaRating(rating=-1, strengths="Eats well"),
                               "identity": AreaRating(rating=1)})
    second = new_from(first, dt.date(2026, 4, 2))
    assert second.day == dt.date(2026, 4, 2) and second.areas == first.areas
    assert new_from(first).day == dt.date.today()
    later = NeedsProfile(second.day, {**second.areas, "health": AreaRating(rating=2),
                                      "education": AreaRating(rating=0)})
    moved = change(first, later, DOMAINS)
    assert list(moved) == list(DOMAINS)
    assert (moved["health"].difference, moved["health"].direction) == (3, "up")
    assert moved["identity"].direction == "same"
    assert (moved["education"].before, moved["education"].direction) == (None, "unknown")
    assert change(None, later, DOMAINS)["health"].before is None
    assert [signed(v) for v in (2, 0, -1, None)] == ["+2", "0", "-1", "–"]


@pytest.mark.parametrize("codec, value", [
    (NeedsProfileCodec(), NeedsProfile(DAY, {"health": AreaRating(1, "a", "b", "c", ("e1",))})),
    (CapacityCodec(), CapacityProfile(DAY, "Priya", {"safety": AreaRating(2, view=View.CARER)})),
    (CareNeedsCodec(), CareNeedsProfile(DAY, (CareNeed("Sleep", "Routine", "health"),))),
])
def test_every_kind_goes_to_json_and_back(codec, value):
    assert codec.load(codec.dump(value)) == value
    assert codec.day(value) == DAY and list(codec.people(value)) == []


def test_areas_are_read_back_in_the_profiles_order():
    """The vault stores JSON with its keys sorted; a profile still reads health first."""
    import json

    codec = NeedsProfileCodec()
    value = NeedsProfile(DAY, {"health": AreaRating(1), "emotional-behavioural": AreaRating(0)})
    stored = json.loads(json.dumps(codec.dump(value), sort_keys=True))
    assert list(codec.load(stored).areas) == ["health", "emotional-behavioural"]
