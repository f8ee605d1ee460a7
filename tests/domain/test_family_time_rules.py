"""Family time's rules, and its record through the workspace: history kept, links checked."""

from __future__ import annotations

import datetime as dt

import pytest

from carerdesk.domain import input_errors
from carerdesk.domain.family_time import (
    FamilyTime,
    FamilyTimeCodec,
    FamilyTimeStatus,
    family_time_json,
)
from carerdesk.domain.limits import LINE_MAX, TEXT_MAX
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.text.messages import describe

TODAY = dt.date(2026, 3, 10)
HAPPENED, PLANNED, CANCELLED = (FamilyTimeStatus.HAPPENED, FamilyTimeStatus.PLANNED,
                                FamilyTimeStatus.CANCELLED)


def test_a_future_family_time_can_be_planned_or_cancelled_but_not_have_happened():
    later = dt.date(2026, 3, 20)
    assert FamilyTime(later, PLANNED).validated(TODAY).date == later
    assert FamilyTime(later, CANCELLED, why="Contact centre closed").validated(TODAY)
    with pytest.raises(input_errors.NotHappenedYet) as caught:
        FamilyTime(later, HAPPENED).validated(TODAY)
    assert describe(caught.value) == ("A family time on 2026-03-20 has not happened yet: mark "
                                      "it as planned, or give the day it happened.")
    assert FamilyTime(TODAY, HAPPENED).validated(TODAY).status is HAPPENED


def test_who_cancelled_and_why_belong_to_a_cancelled_one_only():
    for field in ("cancelled_by", "why"):
        with pytest.raises(input_errors.NotCancelled) as caught:
            FamilyTime(TODAY, HAPPENED, **{field: "Mum"}).validated(TODAY)
        assert "only for one that was cancelled" in describe(caught.value)
    blank = FamilyTime(TODAY, PLANNED, cancelled_by="  ").validated(TODAY)
    assert blank.cancelled_by is None  # nothing said is not a cancellation


def test_status_is_read_from_typed_text_with_the_choices_named():
    assert FamilyTimeStatus.parse(" Happened ") is HAPPENED
    with pytest.raises(input_errors.UnknownFamilyTimeStatus) as caught:
        FamilyTimeStatus.parse("went well")
    assert describe(caught.value) == ("\"went well\" is not a status of a family time. Use one "
                                      "of: planned, happened, cancelled.")


@pytest.mark.parametrize("field, limit", [("where", LINE_MAX), ("supervised_by", LINE_MAX),
                                          ("during", TEXT_MAX), ("words", TEXT_MAX),
                                          ("noticed", TEXT_MAX)])
def test_every_text_has_a_limit_and_the_words_are_never_repeated(field, limit):
    assert FamilyTime(TODAY, HAPPENED, **{field: "x" * limit}).validated(TODAY)
    with pytest.raises(input_errors.TooLong) as caught:
        FamilyTime(TODAY, HAPPENED, **{field: "secret " * limit}).validated(TODAY)
    assert "secret" not in describe(caught.value) and "too long" in describe(caught.value)


def test_words_are_trimmed_and_people_named_once():
    value = FamilyTime(TODAY, HAPPENED, ("a", " a ", "b"), where="  Park  ",
                       words="\"Can we go again?\"\n").validated(TODAY)
    assert value.people == ("a", "b") and value.where == "Park"
    assert value.words == "\"Can we go again?\""


def test_the_codec_reads_what_it_wrote():
    codec = FamilyTimeCodec()
    value = FamilyTime(dt.date(2026, 3, 1), CANCELLED, ("p1",), cancelled_by="Dad",
                       why="He was unwell", before="Excited all morning")
    data = codec.dump(value)
    assert data == family_time_json(value)
    assert codec.load(data) == value and codec.day(value) == value.date
    assert list(codec.people(value)) == ["p1"] and list(codec.entries(value)) == []
    assert codec.load({"date": "2026-03-01", "status": "planned"}) == FamilyTime(
        dt.date(2026, 3, 1), PLANNED)  # a version written before a field was added


def test_kept_with_history_and_linked_to_this_childs_people_only(workspace):
    leo = workspace.journal.add_child("Leo")
    mia = workspace.journal.add_child("Mia")
    nan = workspace.people.add(leo.id, PersonDetails("Nan", PersonRole.BIRTH_FAMILY))
    mias_dad = workspace.people.add(mia.id, PersonDetails("Dad", PersonRole.BIRTH_FAMILY))
    first = workspace.family_time.add(
        leo.id, FamilyTime(dt.date(2026, 3, 1), HAPPENED, (nan.id,), during="Baked scones"))
    workspace.family_time.amend(
        first.id, FamilyTime(dt.date(2026, 3, 1), HAPPENED, (nan.id,), during="Baked scones",
                             words="Nan's are the best"), "Added what Leo said")
    history = workspace.family_time.history(first.id[:8])
    assert [(v.version, v.value.words, v.reason) for v in history] == [
        (1, None, None), (2, "Nan's are the best", "Added what Leo said")]
    with pytest.raises(input_errors.OtherChildsRecord):
        workspace.family_time.add(leo.id, FamilyTime(dt.date(2026, 3, 2), PLANNED,
                                                     (mias_dad.id,)))
    with pytest.raises(input_errors.NotHappenedYet):
        workspace.family_time.add(leo.id, FamilyTime(dt.date.today() + dt.timedelta(days=2),
                                                     HAPPENED))
    assert [r.id for r in workspace.family_time.records(leo.id)] == [first.id]
