"""A save says what it changed, so a window refreshes only that (domain/changes.py)."""

import datetime as dt

from carerdesk.domain.changes import Changes
from carerdesk.domain.values import EntryContent

DAY = dt.date(2026, 11, 3)


def test_a_new_entry_changes_the_timeline_and_its_day(workspace, vault_ids):
    journal = workspace.journal
    saved = journal.save_new(EntryContent(DAY, (vault_ids["child"],), "Park after school"))
    assert saved.changes == Changes(entries=True, days=frozenset({DAY}), entry_id=saved.entry.id)
    assert journal.entry(saved.entry.id).content.text == "Park after school"


def test_a_saved_draft_goes_and_says_so(workspace, vault_ids):
    journal = workspace.journal
    draft = journal.save_draft({"text": "half"})
    saved = journal.save_new(EntryContent(DAY, (vault_ids["child"],), "Whole"), draft_id=draft)
    assert saved.changes.drafts and journal.drafts() == []


def test_moving_an_entry_to_another_day_changes_both_days(workspace, vault_ids):
    journal = workspace.journal
    first = journal.save_new(EntryContent(DAY, (vault_ids["child"],), "Swimming")).entry
    later = DAY + dt.timedelta(days=2)
    saved = journal.save_amendment(first.id, EntryContent(later, (vault_ids["child"],),
                                                          "Swimming"), "wrong day")
    assert saved.changes.days == {DAY, later}
    assert saved.entry.version == 2 and len(journal.history(first.id)) == 2


def test_changes_add_up():
    both = Changes(entries=True, days=frozenset({DAY})) | Changes(drafts=True, entry_id="x")
    assert both == Changes(True, frozenset({DAY}), True, False, "x")
    assert Changes().nothing and not both.nothing
