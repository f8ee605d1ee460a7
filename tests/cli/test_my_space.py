"""me reflect / checkin / amend / list / history / trend through the real command: the carer's
own space, kept with every version, and every mistake one plain line with nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import PASSPHRASE, refused_plainly

TODAY = dt.date.today().isoformat()
TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()
WORDS = "Hard evening. I kept calm, but afterwards I sat in the car and shook."


def test_reflect_checkin_list_amend_and_history(cli):
    reflected = cli("me", "reflect", "--date", "2026-10-20", "--text-file", "-",
                    stdin=f"{PASSPHRASE}\n{WORDS}\n")
    assert reflected.code == 0, reflected.err
    note = reflected.last_line
    assert len(note) == 36 and "stays in your vault" in reflected.out
    checked = cli("me", "checkin", "--how", "2", "--sleep", "Up at 3am", "--support",
                  "Respite one weekend", "--helped", "A walk with the dog")
    assert checked.code == 0, checked.err
    assert "Low" in checked.out and TODAY in checked.out  # today unless --date is given
    checkin = checked.last_line

    listed = cli("me", "list", "--json").json()
    assert [(n["id"], n["kind"], n["version"]) for n in listed] == [
        (note, "reflection", 1), (checkin, "checkin", 1)]
    assert listed[0]["words"] == WORDS
    assert (listed[1]["how"], listed[1]["how_words"], listed[1]["support"]) == (
        2, "Low", "Respite one weekend")
    plain = cli("me", "list").out.splitlines()
    assert plain[0].startswith("2026-10-20  Reflection: Hard evening. I kept calm")
    assert plain[0].endswith(f"…  [{note}]")  # a long reflection is cut short in the list
    assert "Check-in: Low · sleep: Up at 3am" in plain[1]
    assert [n["id"] for n in cli("me", "list", "--kind", "checkin", "--json").json()] == [
        checkin]

    amended = cli("me", "amend", note[:8], "--text", WORDS + " Talked to Sam after.")
    assert amended.code == 0, amended.err
    assert "version 2" in amended.out and amended.last_line == note
    again = cli("me", "amend", note, "--text", WORDS + " Talked to Sam after.")
    assert "nothing was saved" in again.out.lower()
    assert cli("me", "amend", checkin, "--how", "getting-by", "--sleep", "").code == 0
    history = cli("me", "history", checkin[:6], "--json").json()
    assert [(v["version"], v["how"], v["sleep"]) for v in history] == [
        (1, 2, "Up at 3am"), (2, 3, None)]
    words = cli("me", "history", note).out
    assert "Version 1" in words and "Version 2" in words and "Talked to Sam after." in words


def test_the_trend_by_week_and_month(cli):
    for how, day in (("5", TODAY), ("struggling", TODAY)):
        assert cli("me", "checkin", "--how", how, "--date", day).code == 0
    weeks = cli("me", "trend", "--json").json()
    assert len(weeks) == 8 and (weeks[-1]["average"], weeks[-1]["checkins"]) == (3.0, 2)
    assert weeks[0]["average"] is None
    plain = cli("me", "trend", "--by", "month").out.splitlines()
    assert plain[-1].endswith("■■■□□  3.0  (check-ins: 2)") and "no check-in" in plain[0]


def test_nothing_of_it_is_about_a_child(cli, vault_ids):
    assert cli("me", "reflect", "--text", WORDS).code == 0
    entries = cli("entry", "list", "--json").json()
    assert len(entries) == 1 and all(WORDS not in str(e) for e in entries)
    assert cli("search", "shook", "--json").json() == []


@pytest.mark.parametrize(("args", "says"), [
    (("me", "reflect", "--text", "   "), "The reflection is empty"),
    (("me", "reflect", "--text", "x", "--date", TOMORROW), "is in the future"),
    (("me", "reflect", "--text", "x", "--date", "2026-02-30"), "is not a date that exists"),
    (("me", "checkin", "--how", "7"), "\"7\" is not how you are: give 1 to 5"),
    (("me", "checkin", "--how", "fine"), "one of struggling, low, getting-by, good"),
    (("me", "checkin", "--how", "3", "--sleep", "z" * 501), "your sleep is too long"),
    (("me", "checkin", "--how", "3", "--date", TOMORROW), "is in the future"),
    (("me", "list", "--kind", "diary"), "\"diary\" is not a kind of note"),
    (("me", "trend", "--by", "year"), "\"year\" is not a period"),
    (("me", "history", "0000dead"), "There is no note of yours with the id \"0000dead\""),
    (("me", "amend", "0000dead", "--text", "y"), "There is no note of yours"),
    (("me", "amend", "0000dead"), "Nothing to change"),
    (("me", "amend", "0000dead", "--how", "9"), "is not how you are"),
])
def test_bad_input_is_refused_plainly(cli, vault_dir, args, says):
    result = refused_plainly(cli, vault_dir, *args)
    assert says in result.err, result.err
    assert "z" * 20 not in result.err


def test_amend_options_of_the_other_kind_are_refused(cli, vault_dir):
    note = cli("me", "reflect", "--text", WORDS).last_line
    checkin = cli("me", "checkin", "--how", "4").last_line
    said = refused_plainly(cli, vault_dir, "me", "amend", note, "--how", "3").err
    assert "That is a reflection" in said
    said = refused_plainly(cli, vault_dir, "me", "amend", checkin, "--text", "words").err
    assert "That is a check-in" in said
    assert [v["version"] for v in cli("me", "history", note, "--json").json()] == [1]


def test_a_wrong_passphrase_changes_nothing(cli, vault_dir):
    result = refused_plainly(cli, vault_dir, "me", "checkin", "--how", "3",
                             stdin="not the passphrase\n")
    assert "passphrase" in result.err.lower()


def test_the_words_have_file_forms(cli):
    for command, options in ((("me", "reflect"), ["--text-file"]),
                             (("me", "checkin"), ["--sleep-file", "--support-file",
                                                  "--helped-file"]),
                             (("me", "amend"), ["--text-file", "--support-file"])):
        shown = cli(*command, "--help", stdin=None)
        assert shown.code == 0 and all(o in shown.out for o in options), command
