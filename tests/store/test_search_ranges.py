"""Search over many entries: the newest hits first whatever order they were written in, each
with its snippet however far apart the hits lie in the index, and a child's search and count
that select only that child's entries."""

import dataclasses
import datetime as dt

from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.values import EntryContent
from carerdesk.store.fts import SPAN_GAP

DAY = dt.date(2024, 1, 1)


def _entry(child, day, text):
    return EntryContent(date=day, child_ids=(child,), text=text)


def _fill(workspace, child, count, start):
    workspace.journal.add_entries([_entry(child, start + dt.timedelta(days=i % 300),
                                          f"A calm evening, number {i}")
                                   for i in range(count)])


def test_hits_far_apart_and_out_of_order_each_get_their_snippet(workspace, vault_ids):
    child = vault_ids["child"]
    first = workspace.journal.add_entry(_entry(child, DAY, "Flew the red kite at the beach"))
    _fill(workspace, child, SPAN_GAP + 100, DAY + dt.timedelta(days=1))
    workspace.journal.add_entry(_entry(child, dt.date(2025, 6, 1), "The kite string snapped"))
    _fill(workspace, child, SPAN_GAP + 100, DAY + dt.timedelta(days=2))
    # the first entry, written first, is moved to the newest date: it leads the hits
    workspace.journal.amend_entry(first.id, dataclasses.replace(
        first.content, date=dt.date(2026, 10, 1)), "the date was wrong")

    hits = workspace.journal.search("kite")
    assert [h.entry.content.date for h in hits] == [dt.date(2026, 10, 1), dt.date(2025, 6, 1)]
    assert [h.snippet_with("[", "]") for h in hits] == [
        "Flew the red [kite] at the beach", "The [kite] string snapped"]
    assert workspace.journal.count(EntryFilter(), "kite") == 2


def test_a_childs_search_finds_only_their_entries_newest_first(workspace, vault_ids):
    mine, other = vault_ids["child"], workspace.journal.add_child("Mia Example").id
    for i in range(30):
        day = DAY + dt.timedelta(days=i)
        workspace.journal.add_entry(_entry(mine if i % 3 else other, day,
                                           f"Walked to school, day {i}"))
    _fill(workspace, other, 50, DAY)

    hers = workspace.journal.search("school", EntryFilter(child_id=other))
    assert [h.entry.content.date for h in hers] == [DAY + dt.timedelta(days=i)
                                                    for i in range(27, -1, -3)]
    assert all(h.entry.content.child_ids == (other,) for h in hers)
    assert all("[school]" in h.snippet_with("[", "]") for h in hers)
    assert workspace.journal.count(EntryFilter(child_id=other), "school") == 10
    assert workspace.journal.count(EntryFilter(child_id=mine), "school") == 20
    page = workspace.journal.search("school", EntryFilter(child_id=mine), limit=7)
    assert len(page) == 7 and page[0].entry.content.date == DAY + dt.timedelta(days=29)
