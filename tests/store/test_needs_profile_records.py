"""The three profiles kept in the vault: added, amended with history, listed per child, and
evidence from another child's entry refused."""

from __future__ import annotations

import datetime as dt

import pytest

from carerdesk.domain import errors, input_errors
from carerdesk.domain.needs_profile import CapacityProfile, CareNeed, CareNeedsProfile, NeedsProfile
from carerdesk.domain.profile_scale import AreaRating, View, new_from
from carerdesk.domain.values import EntryContent


def test_a_profile_is_kept_with_its_history(workspace, vault_ids):
    child, entry = vault_ids["child"], vault_ids["entry"]
    first = workspace.needs_profiles.add(child, NeedsProfile(dt.date(2026, 1, 5), {
        "health": AreaRating(-1, difficulties="Poor sleep", entries=(entry,))}))
    amended = workspace.needs_profiles.amend(first.id, NeedsProfile(dt.date(2026, 1, 5), {
        "health": AreaRating(0, difficulties="Sleeping better", entries=(entry,))}),
        "Talked it over with the social worker")
    assert amended.version == 2
    assert [v.value.areas["health"].rating for v in workspace.needs_profiles.history(
        first.id)] == [-1, 0]
    later = workspace.needs_profiles.add(child, new_from(amended.value, dt.date(2026, 3, 1)))
    assert [r.id for r in workspace.needs_profiles.records(child)] == [first.id, later.id]
    assert later.value.areas["health"].entries == (entry,)


def test_evidence_from_another_childs_entry_is_refused(workspace):
    mia = workspace.journal.add_child("Mia")
    mias = workspace.journal.add_entry(EntryContent(dt.date(2026, 3, 1), (mia.id,), "Mia")).id
    leo = workspace.journal.add_child("Leo")
    with pytest.raises(input_errors.OtherChildsRecord):
        workspace.needs_profiles.add(leo.id, NeedsProfile(dt.date(2026, 3, 2), {
            "identity": AreaRating(1, entries=(mias,))}))
    with pytest.raises(input_errors.OtherChildsRecord):
        workspace.capacity.add(leo.id, CapacityProfile(dt.date(2026, 3, 2), "Priya", {
            "safety": AreaRating(1, view=View.AGREED, entries=(mias,))}))
    assert workspace.needs_profiles.records(leo.id) == []
    assert workspace.capacity.records(leo.id) == []


def test_each_kind_keeps_to_itself(workspace, vault_ids):
    child = vault_ids["child"]
    needs = workspace.care_needs.add(child, CareNeedsProfile(dt.date(2026, 2, 1), (
        CareNeed("Sleep", "A calm bedtime routine", "health"),)))
    capacity = workspace.capacity.add(child, CapacityProfile(dt.date(2026, 2, 1), "Priya Shah", {
        "stability": AreaRating(2, view=View.SOCIAL_WORKER)}))
    assert workspace.needs_profiles.records(child) == []
    with pytest.raises(errors.NotFound):
        workspace.capacity.record(needs.id)
    assert workspace.capacity.record(capacity.id[:8]).value.social_worker == "Priya Shah"
    with pytest.raises(input_errors.NoSocialWorker):
        workspace.capacity.add(child, CapacityProfile(dt.date(2026, 2, 1), "", {
            "stability": AreaRating(2, view=View.CARER)}))
