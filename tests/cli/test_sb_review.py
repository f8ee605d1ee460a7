"""review add / list: the periodic Secure Base review, rated 0-10 per dimension."""

import datetime as dt

import pytest
from helpers import refused_plainly

RATINGS = ["--availability", "6", "--sensitivity", "5", "--acceptance", "7", "--cooperation",
           "4", "--family-foster", "8", "--family-birth", "3"]


def test_a_review_round_trips_through_json(cli, vault_ids):
    added = cli("review", "add", "--child", vault_ids["child"], "--date", "2026-10-26",
                *RATINGS, "--words-availability", "Comes to find me after school",
                "--words", "Before supervision")
    assert added.code == 0, added.err
    listed = cli("review", "list", "--child", vault_ids["child"], "--json").json()
    (review,) = listed["reviews"]
    assert review["id"] == added.last_line and review["version"] == 1
    assert review["band"] == "5-10-years"  # born 2016-04-02: ten on the day
    assert {k: v["score"] for k, v in review["ratings"].items()} == {
        "availability": 6, "sensitivity": 5, "acceptance": 7, "cooperation": 4,
        "family_foster": 8, "family_birth": 3}
    assert review["ratings"]["availability"]["words"] == "Comes to find me after school"
    assert review["words"] == "Before supervision"
    assert listed["weeks"] == 4 and listed["next_due"] == "2026-11-23"
    assert listed["due"] is (dt.date.today() >= dt.date(2026, 11, 23))
    plain = cli("review", "list", "--child", vault_ids["child"]).out
    assert "2026-10-26 (5 to 10 years): Availability 6" in plain
    assert "Family membership: birth family 3" in plain
    assert "Next review due 2026-11-23 (every 4 weeks)" in plain


def test_the_band_can_be_chosen_and_a_rating_left_out(cli, vault_ids):
    added = cli("review", "add", "--child", vault_ids["child"], "--date", "2026-10-26",
                "--band", "19-months-4-years", "--availability", "3")
    assert added.code == 0, added.err
    (review,) = cli("review", "list", "--child", vault_ids["child"], "--json").json()["reviews"]
    assert review["band"] == "19-months-4-years" and list(review["ratings"]) == ["availability"]


def test_no_reviews_yet_says_one_is_due(cli, vault_ids):
    listed = cli("review", "list", "--child", vault_ids["child"], "--json").json()
    assert listed == {"reviews": [], "weeks": 4, "next_due": None, "due": True}
    assert "No Secure Base reviews yet" in cli("review", "list", "--child",
                                                vault_ids["child"]).out


@pytest.mark.parametrize("args, words", [
    (["--availability", "11"], "\"11\" is not"),
    (["--family-birth", "-1"], "\"-1\" is not"),
    (["--sensitivity", "six"], "\"six\" is not"),
    (["--words", "only words"], "at least one rating"),
    (["--availability", "5", "--band", "teen"], "not an age band"),
    (["--availability", "5", "--date", "2199-01-01"], "in the future"),
])
def test_bad_reviews_are_refused_in_one_plain_line(cli, vault_dir, vault_ids, args, words):
    result = refused_plainly(cli, vault_dir, "review", "add", "--child", vault_ids["child"],
                             *args)
    assert words in result.err


def test_without_a_birth_date_the_band_is_asked_for(cli, vault_dir):
    child = cli("child", "add", "--name", "Mia").last_line
    result = refused_plainly(cli, vault_dir, "review", "add", "--child", child,
                             "--availability", "5")
    assert "--band" in result.err
    assert cli("review", "add", "--child", child, "--availability", "5", "--band",
               "0-18-months").code == 0


def test_an_unknown_child_is_named(cli, vault_dir):
    result = refused_plainly(cli, vault_dir, "review", "list", "--child", "Nobody")
    assert "no child called" in result.err
