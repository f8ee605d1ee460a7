"""child edit --reason and child history through the real command: the name and dates kept
with every earlier version, nothing kept when nothing differs or the input is refused."""

import datetime as dt

from helpers import CHILD_NAME, refused_plainly

TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


def _history(cli, child):
    listed = cli("child", "history", child, "--json")
    assert listed.code == 0, listed.err
    return [(v["version"], v["name"], v["placed"], v["ended"], v["reason"])
            for v in listed.json()]


def test_a_rename_with_a_reason_keeps_the_earlier_name(cli, vault_ids):
    child = vault_ids["child"]
    assert _history(cli, child) == [(1, CHILD_NAME, "2024-01-08", None, None)]
    edited = cli("child", "edit", child, "--name", "Robin Quartermaine", "--reason",
                 "She asked to be called Robin")
    assert edited.code == 0, edited.err
    ended = cli("child", "end", child, "--date", "2026-11-20")
    assert ended.code == 0, ended.err
    assert _history(cli, child) == [
        (1, CHILD_NAME, "2024-01-08", None, None),
        (2, "Robin Quartermaine", "2024-01-08", None, "She asked to be called Robin"),
        (3, "Robin Quartermaine", "2024-01-08", "2026-11-20", "The placement ended")]
    plain = cli("child", "history", child)
    assert "Version 1, saved" in plain.out and "as first recorded" in plain.out
    assert "Version 2, saved" in plain.out and ": She asked to be called Robin" in plain.out
    assert "placement ended 2026-11-20" in plain.out


def test_the_profile_history_is_still_there(cli, vault_ids):
    child = vault_ids["child"]
    assert cli("child", "edit", child, "--set", "faith=Quaker").code == 0
    profile = cli("child", "history", child, "--profile", "--json").json()
    assert [v["profile"]["faith"] for v in profile] == [None, "Quaker"]
    assert len(_history(cli, child)) == 1  # a part of the profile is not the name or dates


def test_the_same_name_again_keeps_nothing(cli, vault_ids):
    child = vault_ids["child"]
    same = cli("child", "edit", child, "--name", CHILD_NAME, "--reason", "Checking")
    assert same.code == 0 and "nothing was saved" in same.out.lower()
    assert len(_history(cli, child)) == 1


def test_bad_input_is_refused_and_keeps_no_version(cli, vault_ids, vault_dir):
    child = vault_ids["child"]
    for args, words in ((["--name", "  "], "name is empty"),
                        (["--born", TOMORROW], "in the future"),
                        (["--ended", "2023-12-31"], "cannot end before it began"),
                        (["--placed", "2024-02-30"], "not a date")):
        refused = refused_plainly(cli, vault_dir, "child", "edit", child, *args,
                                  "--reason", "Trying")
        assert words in refused.err
    assert len(_history(cli, child)) == 1
    refused_plainly(cli, vault_dir, "child", "history", "nobody")
