"""child show / edit / history and people add / edit / list through the real command."""

import pytest
from helpers import CHILD_NAME, refused_plainly

PASS = "a long enough passphrase"


def test_profile_and_people_end_to_end(sub, tmp_path):
    """In a child process, as scripts and agencies run it."""
    d = ["--data-dir", str(tmp_path / "vault"), "--passphrase-stdin"]
    assert sub(*d, "init", stdin=f"{PASS}\n{PASS}\n").code == 0
    child = sub(*d, "child", "add", "--name", "Leo Example", "--born", "2016-05-01",
                "--placed", "2024-02-01", stdin=PASS + "\n").last_line
    words = tmp_path / "history.txt"
    words.write_text("Came to us after two moves.\nStill finds goodbyes hard.\n")
    edited = sub(*d, "child", "edit", child, "--set", "faith=Church of England",
                 "--set", "carer-names=Nana Jo and Grandad Pete",
                 "--set-file", f"history={words}", "--reason", "First meeting notes",
                 stdin=PASS + "\n")
    assert edited.code == 0, edited.err
    assert edited.last_line == child and "version 2" in edited.out
    renamed = sub(*d, "child", "edit", "Leo", "--name", "Leo Sample", "--ended", "2026-06-30",
                  "--set", "faith=", stdin=PASS + "\n")
    assert renamed.code == 0, renamed.err
    mum = sub(*d, "people", "add", "--child", child, "--name", "Sarah Example", "--role",
              "birth-family", "--relation", "Family time every other Saturday",
              "--family-name", "Mummy", stdin=PASS + "\n")
    assert mum.code == 0, mum.err
    mum_id = mum.last_line
    assert len(mum_id) == 36
    assert sub(*d, "people", "add", "--child", child, "--name", "Kai", "--role", "sibling",
               "--living", "apart", stdin=PASS + "\n").code == 0
    assert sub(*d, "people", "add", "--child", child, "--name", "J.S.", "--role",
               "fostered-child", stdin=PASS + "\n").code == 0
    assert sub(*d, "people", "edit", mum_id[:8], "--family-name", "Mum",
               stdin=PASS + "\n").code == 0

    shown = sub(*d, "child", "show", child, "--json", stdin=PASS + "\n").json()
    assert (shown["name"], shown["born"], shown["placed"], shown["ended"]) == (
        "Leo Sample", "2016-05-01", "2024-02-01", "2026-06-30")
    assert shown["profile"]["faith"] is None
    assert shown["profile"]["history"].startswith("Came to us after two moves.\nStill")
    assert shown["profile"]["carer_names"] == "Nana Jo and Grandad Pete"
    assert [(p["name"], p["role"], p["family_name"], p["living"]) for p in shown["people"]] == [
        ("Sarah Example", "birth-family", "Mum", None), ("Kai", "sibling", None, "apart"),
        ("J.S.", "fostered-child", None, None)]
    listed = sub(*d, "people", "list", "--child", child, "--json", stdin=PASS + "\n").json()
    assert [p["id"] for p in listed][0] == mum_id and listed[0]["version"] == 2
    plain = sub(*d, "child", "show", child, stdin=PASS + "\n").out
    assert "What the child calls us: Nana Jo and Grandad Pete" in plain
    assert "Sarah Example — Birth family (called \"Mum\")" in plain

    history = sub(*d, "child", "history", child, "--profile", "--json",
                  stdin=PASS + "\n").json()
    assert [(v["version"], v["name"], v["profile"]["faith"], v["reason"]) for v in history] == [
        (1, "Leo Example", None, None),
        (2, "Leo Example", "Church of England", "First meeting notes"),
        (3, "Leo Sample", None, None)]


def test_nothing_different_saves_nothing(cli, vault_ids):
    first = cli("child", "edit", vault_ids["child"], "--set", "likes=Trains")
    again = cli("child", "edit", vault_ids["child"], "--set", "likes=Trains")
    assert first.code == again.code == 0
    assert "nothing was saved" in again.out.lower()
    assert len(cli("child", "history", vault_ids["child"], "--profile", "--json").json()) == 2


def test_text_on_standard_input_after_the_passphrase(cli, vault_ids):
    done = cli("child", "edit", vault_ids["child"], "--set-file", "triggers=-",
               stdin="correct horse battery\nLoud voices. What helps: a quiet corner.\n")
    assert done.code == 0, done.err
    shown = cli("child", "show", vault_ids["child"], "--json").json()
    assert shown["profile"]["triggers"] == "Loud voices. What helps: a quiet corner."


@pytest.mark.parametrize("args, words", [
    (["child", "edit", "CHILD", "--set", "hobbies=chess"], "carer_names"),
    (["child", "edit", "CHILD", "--set", "faith"], "FIELD=TEXT"),
    (["child", "edit", "CHILD", "--set-file", "hobbies=-"], "not a part of the profile"),
    (["child", "edit", "CHILD"], "Nothing to change"),
    (["child", "edit", "CHILD", "--name", "  "], "name is empty"),
    (["child", "edit", "CHILD", "--born", "2999-01-01"], "in the future"),
    (["child", "edit", "CHILD", "--placed", "2026-02-30"], "not a date"),
    (["child", "edit", "CHILD", "--ended", "2020-01-01"], "cannot end before it began"),
    (["child", "edit", "CHILD", "--placed", "2010-01-01"], "before the date of birth"),
    (["child", "edit", "nobody", "--set", "faith=x"], "no child"),
    (["child", "show", "nobody"], "no child"),
    (["child", "history", "nobody"], "no child"),
    (["people", "add", "--child", "CHILD", "--name", " ", "--role", "friend"], "name is empty"),
    (["people", "add", "--child", "CHILD", "--name", "Ann", "--role", "uncle"],
     "birth-family, sibling"),
    (["people", "add", "--child", "CHILD", "--name", "Jamie Smith", "--role",
      "fostered-child"], "initials only"),
    (["people", "add", "--child", "CHILD", "--name", "Ann", "--role", "friend", "--living",
      "apart"], "brother or sister"),
    (["people", "add", "--child", "nobody", "--name", "Ann", "--role", "friend"], "no child"),
    (["people", "edit", "feedface", "--name", "Ann"], "no person"),
    (["people", "list", "--child", "nobody"], "no child"),
])
def test_bad_input_is_refused_plainly(cli, vault_dir, vault_ids, args, words):
    args = [a.replace("CHILD", vault_ids["child"]) for a in args]
    result = refused_plainly(cli, vault_dir, *args)
    assert words in result.err, result.err


def test_mistakes_are_named_before_the_passphrase(cli, vault_dir, vault_ids):
    """No passphrase asked (none given on standard input) for a mistake in the options."""
    for args in (["child", "edit", vault_ids["child"], "--set", "hobbies=x"],
                 ["people", "add", "--child", vault_ids["child"], "--name", "Jo", "--role",
                  "fostered-child"]):
        result = refused_plainly(cli, vault_dir, *args, stdin="")
        assert "passphrase" not in result.err.lower()


def test_show_a_child_never_edited(cli, vault_ids):
    shown = cli("child", "show", CHILD_NAME)
    assert shown.code == 0 and "No profile yet" in shown.out and "No people yet" in shown.out
    assert cli("child", "show", vault_ids["child"], "--json").json()["version"] == 0
