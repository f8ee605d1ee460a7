"""The carer's own space: reflections and check-ins kept with every version, about no child,
and in no report unless the carer shares their latest check-in."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from carerdesk.app import supervision_export
from carerdesk.domain import errors, input_errors
from carerdesk.domain.carer_space import (
    CHECKIN,
    REFLECTION,
    CheckIn,
    HowIAm,
    Period,
    Reflection,
    last_checkins,
    period_start,
    trend,
)
from carerdesk.domain.report import Notes
from carerdesk.journal.carer_space import shared_words
from carerdesk.text.messages import describe

DAY = dt.date(2026, 10, 20)
PRIVATE = "I felt I had failed him tonight and cried in the car"


def test_a_reflection_and_a_check_in_are_kept_with_every_version(workspace):
    space = workspace.carer_space
    mine = space.add(Reflection(DAY, f"  {PRIVATE}  "))
    assert (mine.kind, mine.version, mine.value) == (REFLECTION, 1, Reflection(DAY, PRIVATE))
    checkin = space.add(CheckIn(DAY + dt.timedelta(days=1), HowIAm.LOW, sleep="Badly",
                                support=" Respite "))
    assert checkin.kind == CHECKIN and checkin.value.support == "Respite"

    amended = space.amend(mine.id[:8], Reflection(DAY, PRIVATE + ". Better by morning."))
    assert amended.version == 2
    assert space.amend(mine.id, amended.value).version == 2  # nothing changed: nothing written
    assert [(v.version, v.value.words) for v in space.history(mine.id)] == [
        (1, PRIVATE), (2, PRIVATE + ". Better by morning.")]
    assert [n.id for n in space.notes(REFLECTION)] == [mine.id]
    assert [n.id for n in space.notes()] == [mine.id, checkin.id]  # by date, oldest first
    assert space.latest_checkin().id == checkin.id
    assert space.note(checkin.id[:6]).value.how is HowIAm.LOW


def test_a_note_belongs_to_no_child(workspace, vault_ids):
    workspace.carer_space.add(Reflection(DAY, PRIVATE))
    workspace.carer_space.add(CheckIn(DAY, HowIAm.GOOD))
    assert workspace.documents.of_child(vault_ids["child"]) == []  # no child record
    assert workspace.journal.counts() == (1, 1)  # the one child and entry of the test vault
    assert workspace.journal.search(PRIVATE.split()[3]) == []  # not in the journal's index


def test_an_amendment_keeps_its_kind(workspace):
    mine = workspace.carer_space.add(Reflection(DAY, PRIVATE))
    with pytest.raises(errors.NotFound) as caught:
        workspace.carer_space.amend(mine.id, CheckIn(DAY, HowIAm.GOOD))
    assert describe(caught.value).startswith("There is no check-in with the id")
    with pytest.raises(errors.NotFound) as missing:
        workspace.carer_space.history("ffffffff")
    assert "carerdesk me list" in describe(missing.value)


@pytest.mark.parametrize(("value", "kind", "words"), [
    (Reflection(dt.date.today() + dt.timedelta(days=1), "Tomorrow"), input_errors.FutureDate,
     "The date of your note"),
    (Reflection(DAY, "   "), input_errors.EmptyValue, "The reflection is empty"),
    (Reflection(DAY, "x" * 200_001), input_errors.TooLong, "The reflection is too long"),
    (CheckIn(DAY, HowIAm.GOOD, sleep="z" * 501), input_errors.TooLong, "your sleep is too long"),
    (CheckIn(DAY, HowIAm.GOOD, support="s" * 2001), input_errors.TooLong, "would like is too long"),
    (CheckIn(dt.date(1899, 12, 31), HowIAm.GOOD), input_errors.DateOutOfRange, "too long ago"),
])
def test_bad_notes_are_refused_plainly_and_nothing_is_saved(workspace, value, kind, words):
    with pytest.raises(kind) as caught:
        workspace.carer_space.add(value)
    message = describe(caught.value)
    assert words in message and len(message.splitlines()) == 1
    assert "x" * 20 not in message and "z" * 20 not in message  # never the words themselves
    assert workspace.carer_space.notes() == []


@pytest.mark.parametrize("typed", ["0", "6", "fine", "", None, "2.5"])
def test_how_i_am_is_one_of_five_points(typed):
    with pytest.raises(input_errors.UnknownWellbeing) as caught:
        HowIAm.parse(typed)
    assert "give 1 to 5, or one of struggling, low, getting-by, good, very-good" in describe(
        caught.value)


def test_how_i_am_by_number_or_word():
    assert [HowIAm.parse(t) for t in ("1", "low", "Getting by", "getting-by", " GOOD ", 5)] == [
        HowIAm.STRUGGLING, HowIAm.LOW, HowIAm.GETTING_BY, HowIAm.GETTING_BY, HowIAm.GOOD,
        HowIAm.VERY_GOOD]


def test_the_trend_by_week_and_by_month_leaves_gaps_as_gaps():
    today = dt.date(2026, 11, 25)  # a Wednesday
    checkins = [CheckIn(today, HowIAm.GOOD), CheckIn(today - dt.timedelta(days=1), HowIAm.LOW),
                CheckIn(today - dt.timedelta(days=14), HowIAm.STRUGGLING),
                CheckIn(dt.date(2026, 1, 5), HowIAm.VERY_GOOD)]  # too long ago for weeks
    weeks = trend(checkins, Period.WEEK, today)
    assert len(weeks) == 8 and weeks[-1].start == dt.date(2026, 11, 23)
    assert [(p.average, p.count) for p in weeks[-3:]] == [(1.0, 1), (None, 0), (3.0, 2)]
    assert all(p.average is None for p in weeks[:-3])
    months = trend(checkins, Period.MONTH, today, points=12)
    assert months[0].start == dt.date(2025, 12, 1) and months[-1].start == dt.date(2026, 11, 1)
    assert (months[1].average, months[-1].average) == (5.0, pytest.approx(7 / 3))
    assert period_start(dt.date(2026, 3, 1), Period.WEEK) == dt.date(2026, 2, 23)
    assert [c.how for c in last_checkins(checkins, 2)] == [HowIAm.LOW, HowIAm.GOOD]


def test_the_service_trend_reads_only_check_ins(workspace):
    today = dt.date.today()
    workspace.carer_space.add(CheckIn(today, HowIAm.GETTING_BY))
    workspace.carer_space.add(Reflection(today, PRIVATE))
    points = workspace.carer_space.trend(Period.WEEK)
    assert (points[-1].average, points[-1].count) == (3.0, 1)


def _export(workspace, vault_ids, notes=Notes()):
    return supervision_export.export(workspace, vault_ids["child"], dt.date(2026, 10, 1),
                              dt.date(2026, 11, 20), [], notes)


def _text_of(made) -> str:
    return json.dumps(made.report.to_dict(), ensure_ascii=False) + made.pdf.decode("latin-1")


def test_nothing_of_it_goes_in_a_report_unless_shared(workspace, vault_ids):
    workspace.carer_space.add(Reflection(DAY, PRIVATE))
    workspace.carer_space.add(CheckIn(DAY, HowIAm.LOW, sleep="Up at 3am most nights",
                                      support="Someone to talk to after contact"))
    made = _export(workspace, vault_ids)
    assert made.report.notes.wellbeing is None
    for words in (PRIVATE, "Up at 3am", "Someone to talk to"):
        assert words not in _text_of(made)

    latest = workspace.carer_space.latest_checkin()
    shared = shared_words(latest.value)
    assert shared == ("My wellbeing check-in on 2026-10-20: Low.\nSleep: Up at 3am most nights"
                      "\nSupport I would like: Someone to talk to after contact")
    made = _export(workspace, vault_ids, Notes(wellbeing=shared))
    assert made.report.notes.wellbeing == shared
    assert PRIVATE not in _text_of(made)  # the reflection never goes
