"""profile add / show / list: the dated -3..+3 profiles through the real command."""

import datetime as dt

import pytest
from helpers import CHILD_NAME, refused_plainly

from carerdesk.domain.needs_profile import DOMAINS

PASS = "a long enough passphrase"


def test_profiles_end_to_end(sub, tmp_path):
    """In a child process, as scripts and agencies run it."""
    d = ["--data-dir", str(tmp_path / "vault"), "--passphrase-stdin"]
    assert sub(*d, "init", stdin=f"{PASS}\n{PASS}\n").code == 0
    child = sub(*d, "child", "add", "--name", "Leo Example", stdin=PASS + "\n").last_line
    entry = sub(*d, "entry", "add", "--child", child, "--date", "2026-01-04", "--text",
                "Leo slept through", stdin=PASS + "\n").last_line
    first = sub(*d, "profile", "add", "--child", child, "--date", "2026-01-05",
                "--rate", "health=-1", "--difficulties", "health=Wakes at night",
                "--rate", "self-care=+1", "--evidence", f"health={entry[:8]}",
                "--evidence-text", "health=Night-time log", stdin=PASS + "\n")
    assert first.code == 0, first.err
    assert len(first.last_line) == 36
    second = sub(*d, "profile", "add", "--child", "Leo", "--from-last", "--date", "2026-03-01",
                 "--rate", "health=+2", "--strengths", "health=Sleeps well now",
                 stdin=PASS + "\n")
    assert second.code == 0, second.err
    shown = sub(*d, "profile", "show", "--child", child, "--compare", "--json",
                stdin=PASS + "\n").json()
    latest, previous = shown["latest"], shown["previous"]
    assert (latest["id"], latest["date"], previous["id"]) == (
        second.last_line, "2026-03-01", first.last_line)
    health = latest["areas"]["health"]
    assert (health["rating"], health["strengths"], health["difficulties"]) == (
        2, "Sleeps well now", "Wakes at night")  # the rest carried over from the last
    assert health["entries"] == [entry] and health["evidence"] == "Night-time log"
    assert latest["areas"]["self-care"]["rating"] == 1
    assert shown["change"]["health"] == {"before": -1, "after": 2, "difference": 3}
    assert list(shown["change"]) == list(DOMAINS)
    plain = sub(*d, "profile", "show", "--child", child, "--compare", stdin=PASS + "\n").out
    assert "Health: +2  (before -1: up 3)" in plain
    assert "Compared with the one of 2026-01-05" in plain

    capacity = sub(*d, "profile", "add", "--child", child, "--kind", "capacity",
                   "--with-social-worker", "Priya Shah", "--rate", "stability=+2",
                   "--view", "stability=agreed", "--rate", "safety=1", "--view",
                   "safety=social-worker", stdin=PASS + "\n")
    assert capacity.code == 0, capacity.err
    again = sub(*d, "profile", "add", "--child", child, "--kind", "capacity", "--from-last",
                "--rate", "safety=3", stdin=PASS + "\n")
    assert again.code == 0, again.err
    made = sub(*d, "profile", "show", "--child", child, "--kind", "capacity", "--json",
               stdin=PASS + "\n").json()["latest"]
    assert made["social_worker"] == "Priya Shah"
    assert made["areas"]["safety"]["rating"] == 3
    assert made["areas"]["safety"]["view"] == "social-worker"
    plain = sub(*d, "profile", "show", "--child", child, "--kind", "capacity",
                stdin=PASS + "\n").out
    assert "Made with the social worker Priya Shah" in plain
    assert "Stability: +2 (agreed together)" in plain

    needs = sub(*d, "profile", "add", "--child", child, "--kind", "care-needs",
                "--need", "Sleep", "--from-carer", "A calm bedtime routine", "--links",
                "health", "--need", "School", "--from-carer", "Lifts on Mondays",
                stdin=PASS + "\n")
    assert needs.code == 0, needs.err
    rows = sub(*d, "profile", "show", "--child", child, "--kind", "care-needs", "--json",
               stdin=PASS + "\n").json()["latest"]["needs"]
    assert rows == [{"area": "Sleep", "needed": "A calm bedtime routine", "domain": "health"},
                    {"area": "School", "needed": "Lifts on Mondays", "domain": None}]

    listed = sub(*d, "profile", "list", "--child", child, "--json", stdin=PASS + "\n").json()
    assert [(r["kind"], r["date"]) for r in listed][:2] == [("needs", "2026-01-05"),
                                                          ("needs", "2026-03-01")]
    assert {r["kind"] for r in listed} == {"needs", "capacity", "care-needs"}
    assert len(listed) == 5


def test_care_needs_from_the_last_replaces_the_row_of_the_same_area(cli, vault_ids):
    child = vault_ids["child"]
    assert cli("profile", "add", "--child", child, "--kind", "care-needs", "--need", "Sleep",
               "--from-carer", "Routine", "--need", "Food", "--from-carer",
               "Small plates").code == 0
    assert cli("profile", "add", "--child", child, "--kind", "care-needs", "--from-last",
               "--need", "sleep", "--from-carer", "Stories at bedtime").code == 0
    shown = cli("profile", "show", "--child", child, "--kind", "care-needs", "--compare",
                "--json").json()
    assert [n["needed"] for n in shown["latest"]["needs"]] == ["Stories at bedtime",
                                                               "Small plates"]
    assert shown["change"] == {"added": ["sleep"], "removed": ["Sleep"]}


def test_show_and_list_before_any_profile(cli, vault_ids):
    shown = cli("profile", "show", "--child", CHILD_NAME)
    assert shown.code == 0 and "well-being: none yet" in shown.out
    assert "carerdesk profile add" in shown.out
    assert cli("profile", "show", "--child", vault_ids["child"], "--json").json() == {
        "kind": "needs", "latest": None}
    assert cli("profile", "list", "--child", vault_ids["child"], "--json").json() == []


def _tomorrow() -> str:
    return (dt.date.today() + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize("args, words", [
    (["--rate", "health=+4"], "from -3 to +3"),
    (["--rate", "health=-4"], "from -3 to +3"),
    (["--rate", "health=lots"], "from -3 to +3"),
    (["--rate", "health"], "AREA=VALUE"),
    (["--rate", "maths=1"], "not an area of the child's profile"),
    (["--kind", "capacity", "--with-social-worker", "P", "--rate", "maths=1"],
     "basic-care"),
    (["--date", "TOMORROW", "--rate", "health=1"], "in the future"),
    (["--date", "2026-02-30", "--rate", "health=1"], "not a date"),
    ([], "empty"),
    (["--kind", "feelings", "--rate", "health=1"], "not a kind of profile"),
    (["--rate", "health=1", "--view", "health=agreed"], "--view is not for a needs"),
    (["--kind", "capacity", "--rate", "stability=1", "--view", "stability=agreed"],
     "made with the social worker"),
    (["--kind", "capacity", "--with-social-worker", "Priya", "--rate", "stability=1"],
     "whose view the rating of Stability"),
    (["--kind", "capacity", "--with-social-worker", "Priya", "--rate", "stability=1",
      "--view", "stability=mine"], "not whose view"),
    (["--kind", "care-needs"], "no rows"),
    (["--kind", "care-needs", "--need", "Sleep"], "what is needed from the carer is empty"),
    (["--kind", "care-needs", "--need", "Sleep", "--from-carer", "x", "--links", "sleep"],
     "not an area of the child's profile"),
    (["--kind", "care-needs", "--rate", "health=1"], "--rate is not for a care-needs"),
    (["--rate", "health=1", "--need", "Sleep"], "--need is not for a needs"),
])
def test_bad_input_is_named_before_the_passphrase(cli, vault_dir, vault_ids, args, words):
    args = ["profile", "add", "--child", vault_ids["child"],
            *[a.replace("TOMORROW", _tomorrow()) for a in args]]
    result = refused_plainly(cli, vault_dir, *args, stdin="")  # no passphrase was needed
    assert words in result.err, result.err


@pytest.mark.parametrize("args, words", [
    (["profile", "add", "--child", "nobody", "--rate", "health=1"], "no child"),
    (["profile", "add", "--child", "CHILD", "--rate", "health=1", "--evidence",
      "health=feedface"], "no entry"),
    (["profile", "add", "--child", "CHILD", "--from-last", "--rate", "health=1"],
     "no earlier"),
    (["profile", "show", "--child", "nobody"], "no child"),
    (["profile", "show", "--child", "CHILD", "--kind", "nope"], "not a kind"),
    (["profile", "list", "--child", "nobody"], "no child"),
])
def test_bad_input_with_the_vault_open(cli, vault_dir, vault_ids, args, words):
    args = [a.replace("CHILD", vault_ids["child"]) for a in args]
    result = refused_plainly(cli, vault_dir, *args)
    assert words in result.err.lower() or words in result.err, result.err


def test_evidence_from_another_childs_entry_is_refused(cli, vault_dir, vault_ids):
    other = cli("child", "add", "--name", "Mia").last_line
    result = refused_plainly(cli, vault_dir, "profile", "add", "--child", other, "--rate",
                             "health=1", "--evidence", f"health={vault_ids['entry']}")
    assert "about another child" in result.err
