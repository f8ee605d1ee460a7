"""A form's draft in the vault: kept, read back and discarded by form, child and record; never
one of the entry editor's drafts; gone with the child when the child's record is removed."""

from __future__ import annotations

from carerdesk.journal.form_drafts import FormDrafts, draft_id


def test_a_form_draft_is_kept_by_form_child_and_record(workspace, vault_ids):
    drafts, child = FormDrafts.of(workspace.journal), vault_ids["child"]
    drafts.keep("family-time", child, None, {"state": ["new one"]})
    drafts.keep("family-time", child, "rec-1", {"state": ["an amendment"]})
    drafts.keep("family-time", child, None, {"state": ["new one, typed on"]})  # over the last
    assert drafts.kept("family-time", child, None) == {"state": ["new one, typed on"]}
    assert drafts.kept("family-time", child, "rec-1") == {"state": ["an amendment"]}
    assert drafts.kept("plan-goal", child, None) is None
    assert workspace.journal.drafts() == []  # not offered back as an entry's draft
    drafts.discard("family-time", child, None)
    assert drafts.kept("family-time", child, None) is None
    assert drafts.kept("family-time", child, "rec-1") is not None
    assert draft_id("a", child, None) != draft_id("a", child, "rec-1")


def test_an_entry_draft_is_still_listed_beside_form_drafts(workspace, vault_ids):
    FormDrafts.of(workspace.journal).keep("profile-about", vault_ids["child"], None,
                                          {"state": []})
    kept = workspace.journal.save_draft({"text": "half an entry"})
    assert [d.id for d in workspace.journal.drafts()] == [kept]


def test_removing_a_child_removes_their_form_drafts(workspace, vault_ids):
    drafts, child = FormDrafts.of(workspace.journal), vault_ids["child"]
    other = workspace.journal.add_child("Bo Other").id
    for form in ("lifestory-page", "family-time", "plan-goal"):
        drafts.keep(form, child, None, {"state": [["line", "The beach cafe"]]})
    drafts.keep("family-time", other, None, {"state": [["line", "Bo's"]]})
    assert workspace.removal.what_goes(child).drafts == 3
    workspace.removal.remove(child)
    assert all(drafts.kept(form, child, None) is None
               for form in ("lifestory-page", "family-time", "plan-goal"))
    assert drafts.kept("family-time", other, None) == {"state": [["line", "Bo's"]]}
