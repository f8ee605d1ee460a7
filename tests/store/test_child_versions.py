"""A child's name and dates are kept with every earlier version, whichever way they change
(the Edit child dialog, the profile, the placement's end), and an older vault upgrades with
each child's present name and dates as version 1."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from carerdesk.app.workspace import Workspace
from carerdesk.domain import input_errors

FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault-0001"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"
BORN, PLACED = dt.date(2016, 4, 2), dt.date(2024, 1, 8)


def _kept(journal, child):
    return [(v.version, v.name, v.born, v.placed, v.ended, v.reason)
            for v in journal.child_history(child)]


def test_adding_a_child_keeps_version_1(workspace):
    added = workspace.journal.add_child("Ada Lovelock", dt.date(2015, 3, 1))
    assert _kept(workspace.journal, added.id) == [
        (1, "Ada Lovelock", dt.date(2015, 3, 1), None, None, None)]


def test_each_change_is_a_new_version_and_the_earlier_one_stays(workspace, vault_ids):
    journal, child = workspace.journal, vault_ids["child"]
    journal.update_child(child, "Robin Quartermaine", BORN, PLACED,
                         reason="  She chose her name  ")
    journal.update_child(child, "Robin Quartermaine", BORN, dt.date(2024, 1, 9))
    assert _kept(journal, child) == [
        (1, "Zephyrine Quartermaine", BORN, PLACED, None, None),
        (2, "Robin Quartermaine", BORN, PLACED, None, "She chose her name"),
        (3, "Robin Quartermaine", BORN, dt.date(2024, 1, 9), None, None)]
    first = journal.child_history(child)[0]
    assert first.as_json()["placed"] == "2024-01-08" and first.saved_at.tzinfo is not None


def test_nothing_different_writes_no_version(workspace, vault_ids):
    journal, child = workspace.journal, vault_ids["child"]
    journal.update_child(child, "Zephyrine Quartermaine", BORN, PLACED, reason="No change")
    journal.update_child(child, "  Zephyrine Quartermaine ", BORN, PLACED)  # trimmed
    assert [v.version for v in journal.child_history(child)] == [1]


def test_the_profile_and_the_placements_end_keep_versions_too(workspace, vault_ids):
    child = vault_ids["child"]
    workspace.profiles.save(child, parts={"faith": "Quaker"})  # no name or date: no version
    workspace.profiles.save(child, name="Robin", reason="Her chosen name")
    workspace.removal.end_placement(child, dt.date(2026, 11, 20), "her aunt's")
    assert _kept(workspace.journal, child) == [
        (1, "Zephyrine Quartermaine", BORN, PLACED, None, None),
        (2, "Robin", BORN, PLACED, None, "Her chosen name"),
        (3, "Robin", BORN, PLACED, dt.date(2026, 11, 20),
         "The placement ended; went to her aunt's")]


@pytest.mark.parametrize("name, born, placed, ended, error", [
    ("  ", BORN, PLACED, None, input_errors.EmptyValue),
    ("Robin", dt.date.today() + dt.timedelta(days=1), None, None, input_errors.FutureDate),
    ("Robin", BORN, PLACED, dt.date(2023, 12, 31), input_errors.DateOrder),
])
def test_a_refused_change_keeps_no_version(workspace, vault_ids, name, born, placed, ended,
                                            error):
    with pytest.raises(error):
        workspace.journal.update_child(vault_ids["child"], name, born, placed, ended,
                                       reason="Trying")
    assert [v.version for v in workspace.journal.child_history(vault_ids["child"])] == [1]


def test_a_reason_that_is_too_long_is_refused(workspace, vault_ids):
    with pytest.raises(input_errors.TooLong):
        workspace.journal.update_child(vault_ids["child"], "Robin", BORN, PLACED,
                                       reason="x" * 300_000)


def test_an_older_vault_upgrades_with_version_1_of_each_child(tmp_path):
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    with Workspace.unlock(target, FIXTURE_PASSPHRASE) as ws:
        [child] = ws.journal.children()
        [first] = ws.journal.child_history(child.id)
        assert (first.version, first.name, first.born, first.placed, first.ended,
                first.reason) == (1, child.name, child.born, child.placed, child.ended, None)
        assert child.name == "Mia Fixture"
        ws.journal.update_child(child.id, "Mia Fixture-Jones", child.born, child.placed,
                                reason="Adopted her aunt's surname")
        assert [v.name for v in ws.journal.child_history(child.id)] == [
            "Mia Fixture", "Mia Fixture-Jones"]
