"""The "bring to supervision" star: the carer's marker on an entry, not its words."""

import datetime as dt

import pytest

from carerdesk.domain import errors
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.values import EntryContent
from carerdesk.store.repositories import AuditRepository


def _audit(workspace) -> list[tuple[str, str | None, str | None]]:
    with workspace.journal._tx() as s:
        return [(a.action, a.subject_id, a.detail) for a in AuditRepository(s).recent()]


def test_a_star_is_no_new_version_and_keeps_when_the_words_changed(workspace, vault_ids):
    journal = workspace.journal
    before = journal.entry(vault_ids["entry"])
    assert before.starred is False
    saved = journal.star(before.id[:8])
    assert saved.entry.starred is True
    assert saved.changes.rows == {before.id} and not saved.changes.entries
    again = journal.entry(before.id)
    assert again.starred is True
    assert again.version == before.version == 1
    assert again.updated_at == before.updated_at  # the words did not change
    assert len(journal.history(before.id)) == 1
    assert journal.star(before.id, on=False).entry.starred is False
    assert journal.entry(before.id).starred is False


def test_each_change_of_the_star_writes_one_audit_line_without_content(workspace, vault_ids):
    entry_id = vault_ids["entry"]
    workspace.journal.star(entry_id)
    workspace.journal.star(entry_id)  # already on: nothing changes, nothing written
    workspace.journal.star(entry_id, on=False)
    lines = [line for line in _audit(workspace) if line[0].startswith("entry.")]
    assert lines[:2] == [("entry.unstar", entry_id, None), ("entry.star", entry_id, None)]
    assert [line[0] for line in lines].count("entry.star") == 1


def test_an_amendment_keeps_the_star_and_the_filter_finds_starred_entries(workspace, vault_ids):
    journal = workspace.journal
    other = journal.add_entry(EntryContent(dt.date(2026, 10, 2), (vault_ids["child"],), "Park"),
                              starred=True)
    assert other.starred is True
    journal.amend_text(other.id, "The park, then tea", "more detail")
    assert journal.entry(other.id).starred is True
    starred = journal.entries(EntryFilter(starred_only=True))
    assert [e.id for e in starred] == [other.id] and starred[0].starred
    assert journal.count(EntryFilter(starred_only=True)) == 1
    assert [h.entry.starred for h in journal.search("park")] == [True]


def test_an_unknown_entry_cannot_be_starred(workspace):
    with pytest.raises(errors.NotFound):
        workspace.journal.star("ffffffff")
