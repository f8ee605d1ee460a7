"""goal add / list / show / review / evidence, as scripts run them."""

import pytest
from helpers import refused_plainly

PASS = "a long enough passphrase"


def test_a_goal_end_to_end_in_a_child_process(sub, tmp_path):
    d = ["--data-dir", str(tmp_path / "vault"), "--passphrase-stdin"]
    assert sub(*d, "init", stdin=f"{PASS}\n{PASS}\n").code == 0
    child = sub(*d, "child", "add", "--name", "Leo", "--born", "2016-05-01",
                stdin=PASS + "\n").last_line
    entry = sub(*d, "entry", "add", "--child", child, "--date", "2026-03-05", "--text",
                "Leo chose his own jumper and was proud", stdin=PASS + "\n").last_line
    added = sub(*d, "goal", "add", "--child", "Leo", "--area", "Co-operation", "--what",
                "Leo chooses his own clothes each morning", "--how-we-will-know",
                "Four mornings in five without a row", "--who-helps", "Me, with a picture chart",
                "--by", "2026-06-30", "--review", "2026-04-06", "--if-not",
                "Offer two choices instead of the whole wardrobe", "--set-by", "social-worker",
                "--set-on", "2026-03-02", "--evidence", entry[:8], stdin=PASS + "\n")
    assert added.code == 0, added.err
    goal = added.last_line
    reviewed = sub(*d, "goal", "review", goal[:8], "--status", "moving", "--date", "2026-03-30",
                   "--words", "Three good mornings", stdin=PASS + "\n")
    assert reviewed.code == 0, reviewed.err
    listed = sub(*d, "goal", "list", "--child", child, "--json", stdin=PASS + "\n").json()
    (one,) = listed
    assert (one["id"], one["area"], one["set_by"], one["status"], one["evidence"]) == (
        goal, "cooperation", "social-worker", "moving", [entry])
    assert one["contingency"] == "Offer two choices instead of the whole wardrobe"
    assert [(r["date"], r["status"], r["words"]) for r in one["reviews"]] == [
        ("2026-03-30", "moving", "Three good mornings")]
    assert one["due"] is True  # its review date (6 April) has passed and no review since
    plain = sub(*d, "goal", "list", "--child", child, stdin=PASS + "\n").out
    assert "Co-operation: Leo chooses his own clothes each morning — Moving" in plain
    assert "REVIEW DUE" in plain
    shown = sub(*d, "goal", "show", goal, stdin=PASS + "\n").out
    assert "If this does not work: Offer two choices" in shown
    assert "Evidence 2026-03-05: Leo chose his own jumper" in shown
    as_json = sub(*d, "goal", "show", goal, "--json", stdin=PASS + "\n").json()
    assert as_json["evidence"] == [{"id": entry, "date": "2026-03-05"}]


def test_evidence_is_tagged_by_the_start_of_its_id(cli, vault_ids):
    goal = cli("goal", "add", "--child", vault_ids["child"], "--area", "sensitivity", "--what",
               "Name one worry a day", "--set-on", "2026-10-01").last_line
    first = cli("goal", "evidence", goal, "--add", vault_ids["entry"][:8])
    assert first.code == 0 and "version 2" in first.out
    again = cli("goal", "evidence", goal[:8], "--add", vault_ids["entry"])
    assert again.code == 0 and "already" in again.out
    (listed,) = cli("goal", "list", "--child", vault_ids["child"], "--json").json()
    assert listed["evidence"] == [vault_ids["entry"]] and listed["version"] == 2
    assert listed["status"] == "not-started" and listed["due"] is False


def test_the_goal_text_can_come_from_a_file(cli, vault_ids, tmp_path):
    words = tmp_path / "what.txt"
    words.write_text("Sleep through in her own bed\n")
    done = cli("goal", "add", "--child", vault_ids["child"], "--area", "health", "--what-file",
               str(words), "--set-on", "2026-10-01")
    assert done.code == 0, done.err
    (listed,) = cli("goal", "list", "--child", vault_ids["child"], "--json").json()
    assert listed["what"] == "Sleep through in her own bed" and listed["area"] == "health"


def _goal(cli, vault_ids) -> str:
    return cli("goal", "add", "--child", vault_ids["child"], "--area", "acceptance", "--what",
               "Say one good thing about her day", "--set-on", "2026-10-01").last_line


def test_a_review_dated_before_its_goal_is_refused(cli, vault_dir, vault_ids):
    goal = _goal(cli, vault_ids)
    result = refused_plainly(cli, vault_dir, "goal", "review", goal, "--status", "moving",
                             "--date", "2026-09-30")
    assert "before the goal was set" in result.err


def test_evidence_from_another_childs_entry_is_refused(cli, vault_dir, vault_ids):
    mia = cli("child", "add", "--name", "Mia").last_line
    mias = cli("entry", "add", "--child", mia, "--date", "2026-10-02", "--text",
               "Mia at the park").last_line
    goal = _goal(cli, vault_ids)
    result = refused_plainly(cli, vault_dir, "goal", "evidence", goal, "--add", mias)
    assert "another child" in result.err
    result = refused_plainly(cli, vault_dir, "goal", "add", "--child", vault_ids["child"],
                             "--area", "health", "--what", "x", "--evidence", mias)
    assert "another child" in result.err


@pytest.mark.parametrize("args, words", [
    (["--area", "sleep"], "not an area for a goal"),
    (["--set-by", "mum"], "not who set a goal"),
    (["--what", "   "], "is empty"),
    (["--review", "2026-09-01", "--set-on", "2026-10-01"], "before the goal was set"),
    (["--by", "2026-02-30"], "not a date that exists"),
    (["--set-on", "2199-01-01"], "in the future"),
    (["--evidence", "nope"], "no entry"),
])
def test_bad_goals_are_refused_in_one_plain_line(cli, vault_dir, vault_ids, args, words):
    base = {"--area": "health", "--what": "See the dentist"}
    for option, value in zip(args[::2], args[1::2], strict=True):
        base[option] = value
    flat = [part for pair in base.items() for part in pair]
    result = refused_plainly(cli, vault_dir, "goal", "add", "--child", vault_ids["child"], *flat)
    assert words in result.err


@pytest.mark.parametrize("status, words", [("done", "not a goal's status"),
                                           ("", "not a goal's status")])
def test_an_unknown_status_is_refused(cli, vault_dir, vault_ids, status, words):
    goal = _goal(cli, vault_ids)
    result = refused_plainly(cli, vault_dir, "goal", "review", goal, "--status", status)
    assert words in result.err and "not-started, moving, achieved, changed, stopped" in result.err


def test_an_unknown_goal_is_named(cli, vault_dir, vault_ids):
    result = refused_plainly(cli, vault_dir, "goal", "review", vault_ids["entry"], "--status",
                             "moving")
    assert "no goal" in result.err
    assert refused_plainly(cli, vault_dir, "goal", "show", "zzz").err.count("\n") == 1
