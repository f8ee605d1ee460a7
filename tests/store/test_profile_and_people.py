"""The child's profile and the people around the child: kept with every version, checked,
and there in a vault upgraded from an older schema."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors, input_errors
from carerdesk.domain.profile import Living, PersonDetails, PersonRole
from carerdesk.store import migrate
from carerdesk.store.repositories import AuditRepository
from carerdesk.text.messages import describe

FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault-0001"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"
TODAY = dt.date.today()


def test_each_edit_is_a_new_version_and_the_first_state_is_kept(workspace, vault_ids):
    child = vault_ids["child"]
    profiles = workspace.profiles
    assert profiles.profile(child).version == 0 and profiles.history(child) == []
    profiles.save(child, parts={"faith": "  Quaker ", "likes": "Lego; not peas"})
    renamed = profiles.save(child, name="Robin Quartermaine", parts={"faith": None},
                            reason="She chose her name")
    history = profiles.history(child)
    assert [(v.version, v.name, v.parts["faith"], v.reason) for v in history] == [
        (1, "Zephyrine Quartermaine", None, None),  # as it was when the child was added
        (2, "Zephyrine Quartermaine", "Quaker", None),
        (3, "Robin Quartermaine", None, "She chose her name")]
    assert renamed.version == 3 and renamed.parts["likes"] == "Lego; not peas"
    assert workspace.journal.child(child).name == "Robin Quartermaine"
    assert profiles.save(child, name="Robin Quartermaine").version == 3  # nothing changed
    with workspace._sessions.begin() as s:
        last = AuditRepository(s).recent(1)[0]
        assert (last.action, last.detail) == ("child.profile", "version 3")  # no content


def test_a_change_made_in_the_edit_child_dialog_is_kept_too(workspace, vault_ids):
    child = vault_ids["child"]
    workspace.profiles.save(child, parts={"health": "Asthma"})
    workspace.journal.update_child(child, "Robin", dt.date(2016, 4, 2), dt.date(2024, 1, 8))
    workspace.profiles.save(child, parts={"health": "Asthma, mild"})
    names = [(v.name, v.parts["health"]) for v in workspace.profiles.history(child)]
    assert names == [("Zephyrine Quartermaine", None), ("Zephyrine Quartermaine", "Asthma"),
                     ("Robin", "Asthma"), ("Robin", "Asthma, mild")]


@pytest.mark.parametrize("change, error, words", [
    ({"name": "  "}, input_errors.EmptyValue, "name is empty"),
    ({"born": TODAY + dt.timedelta(days=1)}, input_errors.FutureDate, "in the future"),
    ({"placed": TODAY + dt.timedelta(days=1)}, input_errors.FutureDate, "in the future"),
    ({"ended": dt.date(2023, 1, 1)}, input_errors.DateOrder, "cannot end before it began"),
    ({"placed": dt.date(2010, 1, 1)}, input_errors.DateOrder, "before the date of birth"),
    ({"parts": {"hobbies": "x"}}, input_errors.UnknownProfileField, "carer_names"),
    ({"parts": {"faith": "x" * 200_001}}, input_errors.TooLong, "too long"),
    ({"parts": {"carer_names": "x" * 501}}, input_errors.TooLong, "too long"),
])
def test_bad_profile_input_is_refused_and_changes_nothing(workspace, vault_ids, change, error,
                                                           words):
    child = vault_ids["child"]
    with pytest.raises(error) as caught:
        workspace.profiles.save(child, **change)
    assert words in describe(caught.value)
    assert workspace.profiles.history(child) == []
    assert workspace.journal.child(child).name == "Zephyrine Quartermaine"


def test_people_are_added_listed_and_kept_with_their_versions(workspace, vault_ids):
    child, people = vault_ids["child"], workspace.people
    mum = people.add(child, PersonDetails("Sarah Quartermaine", PersonRole.BIRTH_FAMILY,
                                          family_name="Mummy", relation="Longs to see her"))
    people.add(child, PersonDetails("Kai", PersonRole.SIBLING, living=Living.APART))
    other = people.add(child, PersonDetails("J. S.", PersonRole.FOSTERED_CHILD))
    assert [p.details.name for p in people.people(child)] == ["Sarah Quartermaine", "Kai",
                                                              "J. S."]
    assert other.details.role is PersonRole.FOSTERED_CHILD
    changed = people.update(mum.id[:8], PersonDetails("Sarah Quartermaine",
                                                      PersonRole.BIRTH_FAMILY, "Mum"))
    assert changed.version == 2
    assert [v.details.family_name for v in people.history(mum.id)] == ["Mummy", "Mum"]
    assert people.update(mum.id, changed.details).version == 2  # the same again: no version


@pytest.mark.parametrize("details, error", [
    (PersonDetails("  ", PersonRole.FRIEND), input_errors.EmptyValue),
    (PersonDetails("Jamie Smith", PersonRole.FOSTERED_CHILD), input_errors.NotInitials),
    # a name, not initials
    (PersonDetails("Jo", PersonRole.FOSTERED_CHILD), input_errors.NotInitials),
    (PersonDetails("Ann", PersonRole.FRIEND, living=Living.TOGETHER), input_errors.NotASibling),
    (PersonDetails("x" * 201, PersonRole.FRIEND), input_errors.TooLong),
])
def test_bad_people_are_refused(workspace, vault_ids, details, error):
    with pytest.raises(error) as caught:
        workspace.people.add(vault_ids["child"], details)
    assert "Something went wrong" not in describe(caught.value)
    assert workspace.people.people(vault_ids["child"]) == []


def test_an_unknown_role_or_person_is_said_plainly(workspace):
    with pytest.raises(input_errors.UnknownRole) as caught:
        PersonRole.parse("uncle")
    assert "birth-family" in describe(caught.value)
    with pytest.raises(errors.NotFound) as missing:
        workspace.people.person("feedface")
    assert "no person" in describe(missing.value)


def test_an_older_vault_upgrades_and_takes_a_profile(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    with Workspace.unlock(folder, FIXTURE_PASSPHRASE) as ws:
        assert ws.status(check_integrity=False).schema_version == migrate.HEAD
        child = ws.journal.children()[0]
        ws.profiles.save(child.id, parts={"languages": "English, Polish"})
        ws.people.add(child.id, PersonDetails("Nan", PersonRole.BIRTH_FAMILY, "Nanna"))
    with Workspace.unlock(folder, FIXTURE_PASSPHRASE) as ws:
        assert ws.profiles.profile(child.id).parts["languages"] == "English, Polish"
        assert [p.details.family_name for p in ws.people.people(child.id)] == ["Nanna"]
        assert ws.journal.search("goslings")  # the old entries are all still there
