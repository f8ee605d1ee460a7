"""The summary's first page: what a social worker takes in within a minute, in the order
supervision takes it, with every gap in who was told flagged in plain words."""

import datetime as dt

from summary_data import SINCE, entry, pages, report, squashed

from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.events import EventDetail, TellRole, Told
from carerdesk.domain.report import Notes
from carerdesk.domain.summary_events import Gap, event_view
from carerdesk.domain.values import SignificantEvent

UTC = dt.UTC


def _event(day: int, kind: str, told: tuple[Told, ...], text: str) -> object:
    happened = dt.datetime(2026, 9, day, 16, 0, tzinfo=UTC)
    detail = EventDetail(kind, happened, "At school", None, text, "I want my dad", None, told,
                         "A meeting on Monday")
    return entry(SINCE.replace(day=day), text, significant=SignificantEvent.of(detail))


SSW_AT_ONCE = (Told("Sam Okafor", TellRole.SUPERVISING_SOCIAL_WORKER,
                    dt.datetime(2026, 9, 3, 17, 0, tzinfo=UTC), "phone"),)
LATE_NO_SERVICE = (Told("Jo Duty", TellRole.CHILD_SOCIAL_WORKER,
                        dt.datetime(2026, 9, 21, 23, 0, tzinfo=UTC), "email"),)


def _month() -> list:
    return [
        entry(SINCE, "A quiet day at home."),
        entry(SINCE.replace(day=2), "Swam a whole length for the first time.", 1,
              categories=(Category.ACHIEVEMENT,)),
        _event(3, "serious-illness-or-accident", SSW_AT_ONCE, "Fell from the climbing frame."),
        _event(20, "child-protection-enquiry", LATE_NO_SERVICE,
               "Said something at school that worried his teacher."),
        entry(SINCE.replace(day=25), "Went missing after football.", 2,
              significant=SignificantEvent(SignificantEventKind.MISSING)),
    ]


NOTES = Notes("A month of settling, and one worry at school.",
              "Can we talk about school transport?", "Tired, but well supported.")


def test_the_first_page_holds_the_headline_then_what_went_well_events_and_questions(tmp_path):
    first = squashed(pages(report(_month(), notes=NOTES), tmp_path)[0])
    order = ["A month of settling, and one worry at school.", "What went well",
             "Swam a whole length for the first time.", "Significant events",
             "Fell from the climbing frame.", "Said something at school",
             "Went missing after football.", "The carer's questions",
             "Can we talk about school transport?"]
    at = [first.index(words) for words in order]
    assert at == sorted(at)
    assert "Dimensions recorded" not in first and "significant events: " not in first


def test_gaps_in_who_was_told_are_flagged_in_plain_words(tmp_path):
    first = squashed(pages(report(_month(), notes=NOTES), tmp_path)[0])
    assert "Significant events in this period: 3. With a gap in who was told or when: 2." in first
    late = first[first.index("Said something at school"):first.index("Went missing")]
    assert "Gap: Neither the supervising social worker nor the fostering service is recorded " \
           "as told." in late
    assert "Gap: The first person was told more than 24 hours after it happened." in late
    assert "Jo Duty (Child's social worker), email" in late
    told_at_once = first[first.index("Fell from"):first.index("Said something")]
    assert "Gap:" not in told_at_once and "Sam Okafor (Supervising social worker)" in told_at_once
    missing = first[first.index("Went missing after"):first.index("The carer's questions")]
    assert "Gap: No one is recorded as told." in missing


def test_an_older_event_is_flagged_only_for_what_is_certain(tmp_path):
    day = SINCE.replace(day=5)
    soon = entry(day, "Police came round.", significant=SignificantEvent(
        SignificantEventKind.POLICE_CALLED, "Duty social worker",
        dt.datetime(2026, 9, 6, 9, 0, tzinfo=UTC)))
    no_time = entry(day, "Police came round.", 1, significant=SignificantEvent(
        SignificantEventKind.POLICE_CALLED, "Duty social worker"))
    days_later = entry(day, "Police came round.", 2, significant=SignificantEvent(
        SignificantEventKind.POLICE_CALLED, "Duty social worker",
        dt.datetime(2026, 9, 9, 9, 0, tzinfo=UTC)))
    assert event_view(soon).gaps == ()
    assert event_view(no_time).gaps == (Gap.WHEN_NOT_RECORDED,)
    assert event_view(days_later).gaps == (Gap.TOLD_LATE,)
    first = squashed(pages(report([soon]), tmp_path)[0])
    assert "Told: Duty social worker, 06 Sep 2026" in first
    assert "Recorded before roles were kept: check that the supervising social worker or the " \
           "fostering service was told." in first


def test_nothing_to_show_is_said_plainly(tmp_path):
    first = squashed(pages(report([entry(SINCE, "A quiet day at home.")]), tmp_path)[0])
    for words in ("No headline added.", "No significant events in this period.",
                  "No achievement, goal achieved or strength recorded in this period.",
                  "No questions added."):
        assert words in first, words
