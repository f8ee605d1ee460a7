"""child end and child remove through the real command: the question names the child and
counts what goes, --yes for scripts, every bad input one plain line and exit 1."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import CHILD_NAME, PASSPHRASE, refused_plainly

TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


def _sibling(cli, name="Ludo Brackenwhirl") -> str:
    added = cli("child", "add", "--name", name, "--placed", "2024-02-01")
    assert added.code == 0, added.err
    return added.last_line


def _entry(cli, *children: str, text="Baked bread together") -> str:
    args = ["entry", "add", "--date", "2026-03-02", "--text", text]
    for child in children:
        args += ["--child", child]
    added = cli(*args)
    assert added.code == 0, added.err
    return added.last_line


def test_end_keeps_the_date_and_where_the_child_went(cli, vault_ids):
    child = vault_ids["child"]
    ended = cli("child", "end", child, "--date", "2026-11-20", "--went-to", "Her aunt's, Leeds")
    assert ended.code == 0, ended.err
    assert "ended on 2026-11-20" in ended.out and ended.last_line == child
    shown = cli("child", "show", child, "--json").json()
    assert shown["ended"] == "2026-11-20"
    history = cli("child", "history", child, "--json").json()
    assert history[-1]["ended"] == "2026-11-20"
    assert history[-1]["reason"] == "The placement ended; went to Her aunt's, Leeds"
    assert history[0]["ended"] is None  # the earlier version kept


@pytest.mark.parametrize("args, words", [
    (("--date", TOMORROW), "future"),
    (("--date", "2023-12-31"), "cannot end before it began"),  # placed 2024-01-08
    (("--date", "2026-02-30"), "not a date"),
    (("--date", "2026-11-20", "--went-to", "x" * 5000), "too long"),
])
def test_end_refuses_bad_dates_plainly(cli, vault_ids, vault_dir, args, words):
    result = refused_plainly(cli, vault_dir, "child", "end", vault_ids["child"], *args)
    assert words in result.err


def test_end_of_a_child_who_is_not_there(cli, vault_dir):
    refused_plainly(cli, vault_dir, "child", "end", "nobody", "--date", "2026-11-20")


def test_remove_asks_naming_the_child_and_counting_what_goes(cli, vault_ids, vault_dir):
    other = _sibling(cli)
    _entry(cli, other, text="Ludo's own day")
    _entry(cli, other, vault_ids["child"], text="Both at the park")
    assert cli("people", "add", "--child", other, "--name", "Gran", "--role",
               "birth-family").code == 0
    refused = refused_plainly(cli, vault_dir, "child", "remove", "Ludo",
                              stdin=PASSPHRASE + "\nn\n")
    assert refused.err.strip() == "Nothing was removed."
    assert "Removing Ludo Brackenwhirl's record" in refused.out
    assert "entries about them alone: 1" in refused.out
    assert "people around them: 1" in refused.out
    assert "without Ludo Brackenwhirl: 1" in refused.out
    removed = cli("child", "remove", "Ludo", stdin=PASSPHRASE + "\ny\n")
    assert removed.code == 0, removed.err
    assert "Removed the record of L." in removed.out
    names = [c["name"] for c in cli("child", "list", "--json").json()]
    assert names == [CHILD_NAME]
    listed = cli("entry", "list", "--json").json()
    assert [e["text"] for e in listed if "park" in e["text"]] == ["Both at the park"]
    assert not [e for e in listed if "own day" in e["text"]]
    assert "Ludo" not in cli("status").out


def test_remove_for_scripts_with_the_book_saved_first(cli, vault_ids, vault_dir, tmp_path):
    from PIL import Image

    png_photo = tmp_path / "den.png"
    Image.new("RGB", (300, 200), (200, 120, 40)).save(png_photo)
    other = _sibling(cli)
    assert cli("lifestory", "add", "--child", other, "--title", "The den", "--photo",
               str(png_photo)).code == 0
    book = tmp_path / "Ludo's book.pdf"
    removed = cli("child", "remove", other[:8], "--yes", "--save-book", str(book), "--json")
    assert removed.code == 0, removed.err
    data = removed.json()
    assert (data["pages"], data["photos"], data["initial"]) == (1, 1, "L.")
    assert book.read_bytes().startswith(b"%PDF")
    backups = list(vault_dir.with_name("vault-backups").glob("*.cdbackup"))
    assert [str(b) for b in backups] == [data["backup"]]


def test_remove_refuses_plainly(cli, vault_ids, vault_dir, tmp_path):
    other = _sibling(cli)
    refused_plainly(cli, vault_dir, "child", "remove", "nobody", "--yes")
    no_answer = refused_plainly(cli, vault_dir, "child", "remove", other,
                                stdin=PASSPHRASE + "\n")
    assert "--yes" in no_answer.err
    no_book = refused_plainly(cli, vault_dir, "child", "remove", other, "--yes",
                              "--save-book", str(tmp_path / "book.pdf"))
    assert "no pages yet" in no_book.err
    refused_plainly(cli, vault_dir, "child", "remove", other, "--yes",
                    stdin="wrong passphrase\n")


def test_remove_as_a_real_command(sub, vault_dir, vault_ids):
    result = sub("--data-dir", str(vault_dir), "--passphrase-stdin", "child", "remove",
                 vault_ids["child"], "--yes", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert "Removed the record of Z." in result.out and not result.err
