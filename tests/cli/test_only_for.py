"""``entry add --only-for CHILD=PART,PART``: what of an entry about several children goes into
one child's report (issue 17, item 3), through the real command; bad choices refused."""

import json

import pytest
from helpers import refused_plainly


@pytest.fixture
def two(cli, vault_ids):
    made = cli("child", "add", "--name", "Maya Jones")
    assert made.code == 0, made.err
    return vault_ids["child"], made.last_line


def _add(cli, first, *options):
    return cli("entry", "add", "--child", first, "--child", "maya jones", "--date", "2026-10-06",
               "--text", "Baked a cake together.", "--voice", "Maya: I miss my mum",
               "--dimension", "co-operation=Took turns with the spoon", *options)


def test_only_for_is_kept_and_shown(cli, two):
    first, maya = two
    made = _add(cli, first, "--only-for", "Maya Jones=text, Cooperation")
    assert made.code == 0, made.err
    shown = cli("entry", "show", made.last_line, "--json").json()
    assert shown["shared"] == {maya: ["text", "cooperation"]}
    history = cli("entry", "history", made.last_line, "--json").json()
    assert history[0]["shared"] == {maya: ["text", "cooperation"]}


def test_without_only_for_every_part_goes_to_each_child(cli, two):
    made = _add(cli, two[0])
    assert "shared" not in cli("entry", "show", made.last_line, "--json").json()


def test_only_for_in_the_entry_json(cli, two, tmp_path):
    first, maya = two
    path = tmp_path / "entry.json"
    path.write_text(json.dumps({"child": [first, maya], "text": "Swimming",
                                "voice": "I did a length", "only_for": {maya: ["voice"]}}))
    made = cli("entry", "add", "--json", str(path))
    assert made.code == 0, made.err
    assert cli("entry", "show", made.last_line, "--json").json()["shared"] == {maya: ["voice"]}


@pytest.mark.parametrize(("option", "words"), [
    ("Maya Jones=text,feelings", '"feelings" is not a part of an entry'),
    ("Nobody=text", '"Nobody" is not one of the children this entry is about'),
    ("Maya Jones", '"Maya Jones" is not one of the children this entry is about'),
])
def test_a_bad_choice_is_refused_with_one_line(cli, two, vault_dir, option, words):
    result = refused_plainly(cli, vault_dir, "entry", "add", "--child", two[0], "--child",
                             "Maya Jones", "--text", "A day", "--only-for", option)
    assert words in result.err


def test_only_for_as_json_must_be_an_object(cli, two, tmp_path, vault_dir):
    path = tmp_path / "entry.json"
    path.write_text(json.dumps({"child": list(two), "text": "A day", "only_for": ["text"]}))
    result = refused_plainly(cli, vault_dir, "entry", "add", "--json", str(path))
    assert '"only_for" must be an object' in result.err
