"""The caseload's figures (app/caseload.py, domain/caseload.py): overdue past the agreed
interval, open safeguarding events, goals due, unreviewed reports, and the entry search."""

import datetime as dt

import pytest
from caseload_data import TODAY, Carer, event, goal, report, tiny_pdf

from carerdesk.app.caseload import Caseload, interval
from carerdesk.domain.caseload import overdue_days, report_facts
from carerdesk.domain.events import TellRole

SSW, SERVICE = TellRole.SUPERVISING_SOCIAL_WORKER, TellRole.FOSTERING_SERVICE


@pytest.fixture
def caseload(supervisor):
    riverside, hilltop, pdf = Carer("The Riverside family"), Carer("The Hilltop family"), tiny_pdf()
    first = riverside.send(supervisor, report("The Riverside family", "Zephyrine",
                                              TODAY - dt.timedelta(days=40)), pdf)
    supervisor.exchange.set_reviewed(first)
    riverside.send(supervisor, report("The Riverside family", "Zephyrine",
                                      TODAY - dt.timedelta(days=5),
                                      significant=event(TODAY - dt.timedelta(days=6), (SSW,))),
                   pdf)
    hilltop.send(supervisor, report(
        "The Hilltop family", "Bartholomew", TODAY - dt.timedelta(days=40),
        records=(goal(TODAY - dt.timedelta(days=60), TODAY - dt.timedelta(days=10)),)), pdf)
    hilltop.send(supervisor, report("The Hilltop family", "Clementine",
                                    TODAY - dt.timedelta(days=90), words="feeding the ducks"),
                 pdf)
    return Caseload(supervisor, every=dt.timedelta(weeks=4))


def _by_child(rows):
    return {row.child: row for row in rows}


def test_one_row_per_carer_and_child_with_its_figures(caseload):
    rows = _by_child(caseload.read_all())
    assert set(rows) == {"Zephyrine", "Bartholomew", "Clementine"}
    z, b, c = rows["Zephyrine"], rows["Bartholomew"], rows["Clementine"]
    assert (z.reports, z.unreviewed, z.overdue) == (2, 1, 0)
    assert z.last.until == TODAY - dt.timedelta(days=5)
    assert z.due == TODAY - dt.timedelta(days=5) + dt.timedelta(weeks=4)
    assert (b.overdue, c.overdue) == (40 - 28, 90 - 28)
    assert (z.open_events, b.open_events, c.open_events) == (1, 0, 0)
    assert (z.goals_due, b.goals_due, c.goals_due) == (0, 1, 0)
    assert b.carer_fingerprint == c.carer_fingerprint != z.carer_fingerprint


def test_before_the_data_is_read_the_flags_are_unknown_not_zero(caseload):
    rows = caseload.load()
    assert all(r.open_events is None and r.goals_due is None for r in rows)
    assert all(r.overdue is not None for r in rows)  # from the list alone
    assert len(caseload.unread()) == 4


def test_an_event_is_open_until_both_the_ssw_and_the_service_are_told():
    def facts(*told):
        return report_facts(report("C", "K", TODAY, significant=event(TODAY, told)), TODAY)

    assert len(facts().open_events) == 1
    assert len(facts(SSW).open_events) == 1
    assert len(facts(SERVICE).open_events) == 1
    assert len(facts(TellRole.POLICE, TellRole.OTHER).open_events) == 1
    assert facts(SSW, SERVICE).open_events == frozenset()


def test_a_goal_is_due_once_its_review_date_has_passed():
    def due(review):
        record = goal(TODAY - dt.timedelta(days=30), review)
        return report_facts(report("C", "K", TODAY, records=(record,)), TODAY).goals_due

    assert len(due(TODAY - dt.timedelta(days=1))) == 1
    assert due(TODAY + dt.timedelta(days=1)) == frozenset()


def test_overdue_counts_days_after_the_interval_only():
    every = dt.timedelta(weeks=4)
    assert overdue_days(TODAY - every, every, TODAY) == 0
    assert overdue_days(TODAY - every - dt.timedelta(days=3), every, TODAY) == 3
    assert overdue_days(TODAY, every, TODAY) == 0
    assert interval() == dt.timedelta(weeks=4)  # the policy's review_weeks, by default


def test_the_search_finds_entries_by_every_word_in_any_case(caseload):
    caseload.read_all()
    found = caseload.searcher("DUCKS feeding")()
    assert len(found) == 10 and {f.child for f in found} == {"Clementine"}
    assert found[0].day > found[-1].day  # newest first
    assert "feeding the ducks" in found[0].line
    assert caseload.searcher("ducks zebra")() == []
    assert caseload.searcher("   ")() == []
    assert len(caseload.searcher("river", limit=3)()) == 3


def test_the_search_finds_words_by_their_start_and_shows_the_hit(supervisor):
    """As the carer's own search: "den" finds "den" and "dens", never the "den" inside
    "garden" or "confidence"; the line shown is the one around the hit, and it is marked."""
    long = ("Parents' evening at school with Miss Begum, who said Maya is reading with more "
            "confidence in the garden and the hall; afterwards we built a den under the stairs")
    Carer("The Riverside family").send(supervisor, report(
        "The Riverside family", "Zephyrine", TODAY - dt.timedelta(days=5), words=long),
        tiny_pdf())
    caseload = Caseload(supervisor, every=dt.timedelta(weeks=4))
    caseload.load()
    caseload.read_all()
    found = caseload.searcher("den")()
    assert found, "the den is found"
    for f in found:
        assert "den under" in f.line and f.line.startswith("…")
        assert [f.line[a:b] for a, b in f.hits] == ["den"]
    assert caseload.searcher("fidence")() == [] and caseload.searcher("arden")() == []
    assert caseload.searcher("CONFID")(), "a word's start, in any case"
