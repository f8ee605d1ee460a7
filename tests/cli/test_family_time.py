"""family-time add / amend / list / history through the real command."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import PASSPHRASE, refused_plainly

FUTURE = (dt.date.today() + dt.timedelta(days=3)).isoformat()


def _person(cli, child, name, role="birth-family"):
    added = cli("people", "add", "--child", child, "--name", name, "--role", role)
    assert added.code == 0, added.err
    return added.last_line


def test_add_list_amend_and_history(cli, vault_ids):
    child = vault_ids["child"]
    mum = _person(cli, child, "Sarah Example")
    added = cli("family-time", "add", "--child", child, "--date", "2026-03-07", "--status",
                "happened", "--with", mum[:8], "--where", "Contact centre",
                "--supervised-by", "Jo (contact worker)", "--before", "Asked twice if Mum "
                "was coming", "--during", "Played Uno; laughed a lot", "--after", "Quiet at "
                "tea, then asked for a cuddle", "--words", "Mum let me win", "--noticed",
                "He held her hand at goodbye")
    assert added.code == 0, added.err
    record = added.last_line
    assert len(record) == 36 and "2026-03-07" in added.out
    listed = cli("family-time", "list", "--child", child, "--json").json()
    assert [(r["id"], r["status"], r["people"], r["words"]) for r in listed] == [
        (record, "happened", [{"id": mum, "name": "Sarah Example"}], "Mum let me win")]
    assert "Sarah Example" in cli("family-time", "list", "--child", child).out

    amended = cli("family-time", "amend", record[:8], "--noticed", "He held her hand and "
                  "did not look back", "--reason", "Remembered more")
    assert amended.code == 0 and amended.last_line == record
    assert "version 2" in amended.out and "earlier version is kept" in amended.out
    again = cli("family-time", "amend", record, "--noticed", "He held her hand and did not "
                "look back")
    assert "nothing was saved" in again.out.lower()
    history = cli("family-time", "history", record[:6], "--json").json()
    assert [(v["version"], v["noticed"], v["reason"]) for v in history] == [
        (1, "He held her hand at goodbye", None),
        (2, "He held her hand and did not look back", "Remembered more")]
    plain = cli("family-time", "history", record).out
    assert "Version 1" in plain and "Version 2" in plain and "\"Mum let me win\"" in plain


def test_a_list_per_person_and_a_cancellation(cli, vault_ids):
    child = vault_ids["child"]
    mum, dad = _person(cli, child, "Sarah"), _person(cli, child, "Tom")
    for day, status, who in (("2026-02-07", "happened", mum), ("2026-02-14", "happened", dad),
                             (FUTURE, "planned", mum)):
        assert cli("family-time", "add", "--child", child, "--date", day, "--status", status,
                   "--with", who).code == 0
    cancelled = cli("family-time", "add", "--child", child, "--date", "2026-02-21",
                    "--status", "cancelled", "--with", mum, "--with", dad, "--cancelled-by",
                    "Sarah", "--why", "Unwell")
    assert cancelled.code == 0, cancelled.err
    mums = cli("family-time", "list", "--child", child, "--with", mum[:8], "--json").json()
    assert [(r["date"], r["status"]) for r in mums] == [
        ("2026-02-07", "happened"), ("2026-02-21", "cancelled"), (FUTURE, "planned")]
    assert mums[1]["cancelled_by"] == "Sarah" and mums[1]["why"] == "Unwell"
    dads = cli("family-time", "list", "--child", child, "--with", dad, "--json").json()
    assert [r["date"] for r in dads] == ["2026-02-14", "2026-02-21"]
    # --with on amend replaces the list; the rest is kept
    assert cli("family-time", "amend", cancelled.last_line, "--with", dad).code == 0
    kept = cli("family-time", "history", cancelled.last_line, "--json").json()[-1]
    assert [p["id"] for p in kept["people"]] == [dad] and kept["why"] == "Unwell"


def test_words_on_standard_input_after_the_passphrase(cli, vault_ids):
    added = cli("family-time", "add", "--child", vault_ids["child"], "--date", "2026-03-01",
                "--status", "happened", "--words-file", "-",
                stdin=f"{PASSPHRASE}\n\"I want to live with Nan\"\n")
    assert added.code == 0, added.err
    listed = cli("family-time", "list", "--child", vault_ids["child"], "--json").json()
    assert listed[0]["words"] == "\"I want to live with Nan\""


@pytest.fixture
def other_childs_person(cli):
    other = cli("child", "add", "--name", "Mia Other").last_line
    return _person(cli, other, "Mia's dad")


@pytest.mark.parametrize("args, words", [
    (["add", "--child", "CHILD", "--date", FUTURE, "--status", "happened"],
     "has not happened yet"),
    (["add", "--child", "CHILD", "--date", "2026-03-01", "--status", "went-well"],
     "planned, happened, cancelled"),
    (["add", "--child", "nobody", "--date", "2026-03-01", "--status", "planned"], "no child"),
    (["add", "--child", "CHILD", "--date", "2026-02-30", "--status", "planned"],
     "not a date"),
    (["add", "--child", "CHILD", "--date", "2026-03-01", "--status", "happened", "--why",
      "x"], "only for one that was cancelled"),
    (["add", "--child", "CHILD", "--date", "2026-03-01", "--status", "planned", "--with",
      "feedface"], "no person"),
    (["add", "--child", "CHILD", "--date", "2026-03-01", "--status", "planned", "--with",
      "OTHER"], "another child's life"),
    (["add", "--child", "CHILD", "--date", "2026-03-01", "--status", "planned", "--where",
      "x" * 501], "too long"),
    (["amend", "feedface", "--where", "Park"], "no family time"),
    (["amend", "feedface"], "Nothing to change"),
    (["history", "feedface"], "no family time"),
    (["list", "--child", "nobody"], "no child"),
    (["list", "--child", "CHILD", "--with", "OTHER"], "another child's life"),
])
def test_bad_input_is_refused_plainly(cli, vault_dir, vault_ids, other_childs_person, args,
                                      words):
    args = [a.replace("CHILD", vault_ids["child"]).replace("OTHER", other_childs_person)
            for a in args]
    result = refused_plainly(cli, vault_dir, "family-time", *args)
    assert words in result.err, result.err


def test_an_amendment_that_breaks_a_rule_changes_nothing(cli, vault_dir, vault_ids):
    record = cli("family-time", "add", "--child", vault_ids["child"], "--date", FUTURE,
                 "--status", "planned").last_line
    result = refused_plainly(cli, vault_dir, "family-time", "amend", record, "--status",
                             "happened")
    assert "has not happened yet" in result.err
    assert len(cli("family-time", "history", record, "--json").json()) == 1


def test_mistakes_are_named_before_the_passphrase(cli, vault_dir, vault_ids):
    """No passphrase asked (none given on standard input) for a mistake in the options."""
    for args in (["add", "--child", vault_ids["child"], "--date", FUTURE, "--status",
                  "happened"],
                 ["add", "--child", vault_ids["child"], "--date", "2026-03-01", "--status",
                  "maybe"],
                 ["amend", "feedface", "--status", "maybe"]):
        result = refused_plainly(cli, vault_dir, "family-time", *args, stdin="")
        assert "passphrase" not in result.err.lower()
