"""Names, lines and dates that once reached "Something went wrong" or froze an export (issue 13,
item 9): each is refused plainly, with a non-zero exit, and the vault is not changed."""

import json

import pytest
from helpers import refused_plainly

PASS = "correct horse battery\n"
RLO = "\u202e"


def _refused(cli, vault_dir, *args, stdin=PASS):
    return refused_plainly(cli, vault_dir, *args, stdin=stdin).err


@pytest.mark.parametrize("told_at,words", [
    ("9999-12-31T23:59-05:00", "too far in the future"),  # overflowed when made UTC
    ("2150-06-01T10:00", "in the future"),  # was accepted; an export then failed
    ("0001-01-01T00:00", "too long ago"),
    ("1899-12-31T23:59+00:00", "too long ago"),
    ("2026-02-30T10:00", "not a date and time"),
])
def test_told_at_far_away_is_refused(cli, vault_dir, vault_ids, told_at, words):
    err = _refused(cli, vault_dir, "entry", "add", "--child", vault_ids["child"], "--text", "x",
                   "--significant", "--told", "Ms Okafor", "--told-at", told_at)
    assert words in err


def test_a_told_at_in_the_future_in_json_is_refused_too(cli, vault_dir, vault_ids):
    entry = {"child": vault_ids["child"], "text": "x", "significant": True,
             "told_at": "9999-12-31T23:59-05:00"}
    assert "too far in the future" in _refused(cli, vault_dir, "entry", "add", "--json", "-",
                                               stdin=PASS + json.dumps(entry))


@pytest.mark.parametrize("args,words", [
    (["entry", "add", "--child", "CHILD", "--date", "1899-12-31", "--text", "x"], "too long ago"),
    (["entry", "add", "--child", "CHILD", "--date", "9999-12-31", "--text", "x"], "future"),
    (["child", "add", "--name", "Ann", "--born", "1850-01-01"], "too long ago"),
    (["child", "add", "--name", "Ann", "--placed", "0001-01-01"], "too long ago"),
    (["entry", "list", "--until", "9999-12-31"], "too far in the future"),
    (["entry", "list", "--since", "1000-01-01"], "too long ago"),
])
def test_dates_far_away_are_refused(cli, vault_dir, vault_ids, args, words):
    args = [a.replace("CHILD", vault_ids["child"]) for a in args]
    assert words in _refused(cli, vault_dir, *args)


@pytest.mark.parametrize("args,field,most", [
    (["child", "add", "--name", "N" * 201], "name", 200),
    (["child", "add", "--name", "N" * 10_000_000], "name", 200),  # 10 MB: froze an export
    (["entry", "add", "--child", "CHILD", "--text", "w" * 200_001], "entry", 200_000),
    (["entry", "add", "--child", "CHILD", "--text", "x", "--significant",
      "--told", "t" * 501], "who was told", 500),
    (["entry", "add", "--child", "CHILD", "--dimension", "availability=" + "d" * 200_001],
     "dimension note", 200_000),
    (["entry", "amend", "ENTRY", "--text", "x", "--reason", "r" * 501],
     "reason for the change", 500),
    (["lifestory", "add", "--child", "CHILD", "--title", "t" * 501, "--text", "x"], "title", 500),
    (["search", "w " * 251], "search", 500),
    (["lifestory", "add", "--child", "CHILD", "--title", "t", "--text", "x",
      "--place", "p" * 501], "place", 500),
])
def test_too_long_is_refused_plainly(cli, vault_dir, vault_ids, args, field, most):
    args = [a.replace("CHILD", vault_ids["child"]).replace("ENTRY", vault_ids["entry"])
            for a in args]
    err = _refused(cli, vault_dir, *args)
    assert f"The {field} is too long" in err and f"at most {most:,}".replace(",", "") in \
        err.replace(",", "")


def test_the_longest_name_allowed_is_kept_whole(cli, vault_dir):
    name = "Ñ" * 200
    assert cli("child", "add", "--name", name).code == 0
    assert name in [c["name"] for c in cli("child", "list", "--json").json()]


def test_a_ten_megabyte_name_file_is_refused_without_reading_it_all(cli, vault_dir, tmp_path):
    big = tmp_path / "name.txt"
    big.write_text("N" * 10_000_000, encoding="utf-8")
    assert "more in" in _refused(cli, vault_dir, "child", "add", "--name-file", str(big))


def test_direction_controls_are_shown_neutralised_and_stored_as_typed(cli):
    name = f"Sam{RLO}gnp.exe"
    added = cli("child", "add", "--name", name)
    assert added.code == 0, added.err
    assert RLO not in added.out and "Sam\ufffdgnp.exe" in added.out
    listed = cli("child", "list")
    assert RLO not in listed.out and "Sam\ufffdgnp.exe" in listed.out
    assert name in [c["name"] for c in cli("child", "list", "--json").json()]  # words unchanged


def test_shown_safely_covers_every_direction_control():
    from carerdesk.domain.text import shown_safely

    controls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert shown_safely(f"a{controls}b") == "a" + "\ufffd" * len(controls) + "b"
    assert shown_safely("a\u200e\u200fb") == "ab"  # invisible marks are dropped
    assert shown_safely("Siân Ŵyn") == "Siân Ŵyn"  # every other letter is kept


def test_status_shows_a_household_name_neutralised(cli, tmp_path):
    folder = tmp_path / "new"
    assert cli("init", "--household", f"The {RLO}llaH", stdin=PASS * 2, data_dir=folder).code == 0
    status = cli("status", data_dir=folder)
    assert RLO not in status.out and "The \ufffdllaH" in status.out


def test_a_file_name_in_a_message_is_shown_neutralised(cli, vault_dir, vault_ids, tmp_path):
    err = _refused(cli, vault_dir, "entry", "add", "--child", vault_ids["child"],
                   "--text-file", str(tmp_path / f"notes{RLO}txt.exe"))
    assert RLO not in err and "notes\ufffdtxt.exe" in err


def test_a_caption_too_long_is_refused(cli, vault_dir, vault_ids, tmp_path):
    from PIL import Image

    Image.new("RGB", (60, 40)).save(tmp_path / "a.png")
    err = _refused(cli, vault_dir, "lifestory", "add", "--child", vault_ids["child"],
                   "--title", "t", "--photo", str(tmp_path / "a.png"), "--caption", "c" * 501)
    assert "The caption is too long" in err
