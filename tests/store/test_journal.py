"""Entries, amendments that keep every version, the full-text index, filters and paging."""

import datetime as dt

import pytest

from carerdesk.domain import errors, input_errors
from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mark, MarkKind, Mood


def _entry(child, day=dt.date(2026, 10, 1), text="A calm day", **kw):
    return EntryContent(date=day, child_ids=(child,), text=text, **kw)


def test_full_entry_round_trips(workspace, vault_ids):
    content = _entry(
        vault_ids["child"], text="Football at the park",
        observations={
            Dimension.AVAILABILITY: Observation("Waited at the gate", "She checks I am there",
                                                "Waved", "Proud", rating=8),
            Dimension.FAMILY_MEMBERSHIP: Observation("Phoned nan", rating=7, rating_birth=5),
        },
        categories=(Category.FAMILY_TIME, Category.ACHIEVEMENT),
        significant=SignificantEvent(SignificantEventKind.SERIOUS_ILLNESS_OR_ACCIDENT,
                                     "Sam (SSW)", dt.datetime(2026, 10, 1, 18, 0,
                                                               tzinfo=dt.UTC),
                                     "GP on Monday"),
        mood=Mood.HAPPY, voice="I scored!", reflection="Curious about her worry",
        marks=(Mark(0, 8, MarkKind.FACT), Mark(9, 11, MarkKind.OPINION)))
    saved = workspace.journal.add_entry(content)
    again = workspace.journal.entry(saved.id)
    assert again.content == content
    assert again.version == 1
    assert workspace.journal.history(saved.id)[0].content == content


def test_amend_keeps_every_version_and_reindexes(workspace, vault_ids):
    entry = workspace.journal.add_entry(_entry(vault_ids["child"], text="We went to the aquarium"))
    workspace.journal.amend_text(entry.id, "We went to the planetarium", "wrong place")
    workspace.journal.amend_text(entry.id[:8], "We went to the planetarium twice", "more")
    history = workspace.journal.history(entry.id)
    assert [(v.version, v.reason) for v in history] == [(1, None), (2, "wrong place"), (3, "more")]
    assert history[0].content.text == "We went to the aquarium"
    assert workspace.journal.entry(entry.id).version == 3
    assert workspace.journal.search("aquarium") == []
    assert [h.entry.id for h in workspace.journal.search("planetarium")] == [entry.id]


def test_amend_needs_a_reason(workspace, vault_ids):
    with pytest.raises(input_errors.EmptyValue):
        workspace.journal.amend_text(vault_ids["entry"], "new words", "   ")
    assert workspace.journal.entry(vault_ids["entry"]).version == 1


@pytest.mark.parametrize("content,error", [
    (dict(day=dt.date.today() + dt.timedelta(days=1)), input_errors.FutureDate),
    (dict(text="   "), input_errors.EmptyValue),
    (dict(observations={Dimension.ACCEPTANCE: Observation(rating=11)}),
     input_errors.RatingOutOfRange),
    (dict(observations={Dimension.ACCEPTANCE: Observation("x", rating_birth=3)}),
     input_errors.RatingOutOfRange),
])
def test_bad_entries_are_refused_and_nothing_saved(workspace, vault_ids, content, error):
    with pytest.raises(error):
        workspace.journal.add_entry(_entry(vault_ids["child"], **content))
    assert workspace.journal.counts() == (1, 1)


def test_unknown_child_is_refused(workspace):
    with pytest.raises(errors.NotFound):
        workspace.journal.add_entry(_entry("00000000-dead"))
    with pytest.raises(errors.NotFound):
        workspace.journal.entries(EntryFilter(child_id="nobody"))


@pytest.mark.parametrize("name,born,placed,error", [
    ("", None, None, input_errors.EmptyValue),
    ("Ann", dt.date.today() + dt.timedelta(days=2), None, input_errors.FutureDate),
    ("Ann", dt.date(2020, 1, 1), dt.date(2019, 1, 1), input_errors.DateOrder),
])
def test_bad_children_are_refused(workspace, name, born, placed, error):
    with pytest.raises(error):
        workspace.journal.add_child(name, born, placed)
    assert workspace.journal.counts() == (1, 1)


def test_one_entry_about_siblings(workspace, vault_ids):
    brother = workspace.journal.add_child("Theo")
    both = workspace.journal.add_entry(EntryContent(
        date=dt.date(2026, 9, 9), child_ids=(vault_ids["child"], brother.id), text="Beach day"))
    assert [e.id for e in workspace.journal.entries(EntryFilter(child_id=brother.id))] == [both.id]
    first_child = workspace.journal.entries(EntryFilter(child_id=vault_ids["child"]))
    assert both.id in [e.id for e in first_child]


def test_filters_and_keyset_paging(workspace, vault_ids):
    child = vault_ids["child"]
    start = dt.date(2025, 1, 1)
    for i in range(30):
        workspace.journal.add_entry(_entry(
            child, day=start + dt.timedelta(days=i // 2), text=f"day {i}",
            categories=(Category.HEALTH,) if i % 3 == 0 else (),
            observations=({Dimension.COOPERATION: Observation("chose dinner")}
                          if i % 5 == 0 else {})))
    year = EntryFilter(since=start, until=dt.date(2025, 12, 31))
    everything = workspace.journal.entries(year)
    assert len(everything) == 30
    pages, before = [], None
    while True:
        page = workspace.journal.entries(year, limit=7, before=before)
        pages.extend(page)
        if len(page) < 7:
            break
        before = (page[-1].content.date, page[-1].seq)
    assert [e.id for e in pages] == [e.id for e in everything]
    dates = [e.content.date for e in everything]
    assert dates == sorted(dates, reverse=True)
    assert len(workspace.journal.entries(EntryFilter(category=Category.HEALTH, since=start))) == 10
    assert len(workspace.journal.entries(EntryFilter(dimension=Dimension.COOPERATION))) == 6


@pytest.mark.parametrize("query", ['"', "AND", "NOT OR", "a*b(", "'", "NEAR(", "^", ""])
def test_search_never_breaks_on_odd_input(workspace, query):
    assert isinstance(workspace.journal.search(query), list)


def test_search_highlights_and_matches_prefixes_and_accents(workspace, vault_ids):
    workspace.journal.add_entry(_entry(vault_ids["child"], text="Café trip, then swimming"))
    hits = workspace.journal.search("cafe swim")
    assert len(hits) == 1
    assert hits[0].snippet_with("<b>", "</b>").count("<b>") == 2
    assert workspace.journal.search("voice words") == []
    assert len(workspace.journal.search("fine")) == 1  # the child's own words are indexed


def test_household_is_kept_and_named_in_status(workspace):
    assert workspace.journal.household() is None
    with pytest.raises(input_errors.EmptyValue):
        workspace.journal.save_household("  ")
    workspace.journal.save_household("The Browns", "Ann and Raj Brown", "Hillside Fostering")
    workspace.journal.save_household("The Brown family", "Ann and Raj Brown", None)
    saved = workspace.journal.household()
    assert (saved.name, saved.carers, saved.agency) == ("The Brown family", "Ann and Raj Brown",
                                                        None)
    assert workspace.status().household == "The Brown family"


def test_marks_follow_trimmed_text_and_bad_spans_are_refused(workspace, vault_ids):
    saved = workspace.journal.add_entry(_entry(
        vault_ids["child"], text="  She said she was fine",
        marks=(Mark(2, 10, MarkKind.REPORTED),)))
    assert saved.content.marks == (Mark(0, 8, MarkKind.REPORTED),)
    assert saved.content.text[0:8] == "She said"
    with pytest.raises(input_errors.InvalidInput):
        workspace.journal.add_entry(_entry(vault_ids["child"], text="short",
                                           marks=(Mark(3, 99, MarkKind.FACT),)))


def test_drafts_survive_and_go_with_the_save(workspace, vault_ids):
    draft = workspace.journal.save_draft({"text": "half a thought", "date": "2026-11-0"})
    workspace.journal.save_draft({"text": "half a thought, then more"}, draft_id=draft)
    [kept] = workspace.journal.drafts()
    assert (kept.id, kept.state["text"]) == (draft, "half a thought, then more")
    workspace.journal.add_entry(_entry(vault_ids["child"], text="then more"), draft_id=draft)
    assert workspace.journal.drafts() == []


def test_a_failed_save_keeps_the_draft(workspace, vault_ids):
    draft = workspace.journal.save_draft({"text": "tomorrow"})
    with pytest.raises(input_errors.FutureDate):
        workspace.journal.add_entry(
            _entry(vault_ids["child"], day=dt.date.today() + dt.timedelta(days=1)), draft_id=draft)
    assert [d.id for d in workspace.journal.drafts()] == [draft]


def test_day_summaries_for_the_month_view(workspace, vault_ids):
    child = vault_ids["child"]
    other = workspace.journal.add_child("Theo").id
    day = dt.date(2026, 3, 14)
    workspace.journal.add_entries([
        _entry(child, day=day, observations={Dimension.AVAILABILITY: Observation("a")}),
        _entry(child, day=day, observations={Dimension.ACCEPTANCE: Observation("b")},
               significant=SignificantEvent()),
        _entry(other, day=day + dt.timedelta(days=1)),
    ])
    month = workspace.journal.day_summaries(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert set(month) == {day, day + dt.timedelta(days=1)}
    assert month[day].entries == 2 and month[day].significant
    assert month[day].dimensions == {Dimension.AVAILABILITY, Dimension.ACCEPTANCE}
    only_child = workspace.journal.day_summaries(dt.date(2026, 3, 1), dt.date(2026, 3, 31), child)
    assert set(only_child) == {day}


def test_search_pages_like_the_timeline(workspace, vault_ids):
    for i in range(12):
        workspace.journal.add_entry(_entry(vault_ids["child"], day=dt.date(2026, 1, 1 + i),
                                           text=f"kite flying number {i}"))
    first = workspace.journal.search("kite", limit=5)
    rest = workspace.journal.search("kite", limit=50,
                                    before=(first[-1].entry.content.date, first[-1].entry.seq))
    ids = [h.entry.id for h in first + rest]
    assert len(ids) == len(set(ids)) == 12
