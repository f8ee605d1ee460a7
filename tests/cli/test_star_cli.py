"""``entry star`` / ``entry unstar`` / ``entry add --star`` through the real command: the star
shows in ``entry list`` and ``search`` (text and --json), needs no reason and makes no version,
and an unknown id is refused with one plain line."""

import json

from helpers import refused_plainly


def _listed(cli, *options) -> dict[str, bool]:
    listed = cli("entry", "list", "--json", *options)
    assert listed.code == 0, listed.err
    return {e["id"]: e["starred"] for e in listed.json()}


def test_star_and_unstar_an_entry(cli, vault_ids):
    entry_id = vault_ids["entry"]
    assert _listed(cli) == {entry_id: False}
    starred = cli("entry", "star", entry_id[:8])
    assert starred.code == 0, starred.err
    assert "Starred the entry for 2026-11-01" in starred.out and starred.last_line == entry_id
    assert _listed(cli) == {entry_id: True}
    assert _listed(cli, "--starred") == {entry_id: True}
    text = cli("entry", "list")
    assert f"{entry_id}  ★ bring to supervision" in text.out
    shown = cli("entry", "show", entry_id, "--json").json()
    assert shown["starred"] is True and shown["version"] == 1
    history = cli("entry", "history", entry_id, "--json").json()
    assert len(history) == 1  # the star is no new version of the words
    hits = cli("search", "worry", "--json")
    assert [(h["id"], h["starred"]) for h in hits.json()] == [(entry_id, True)]
    unstarred = cli("entry", "unstar", entry_id)
    assert unstarred.code == 0 and "Took the star off" in unstarred.out
    assert _listed(cli) == {entry_id: False}
    assert _listed(cli, "--starred") == {}


def test_an_entry_written_with_its_star(cli, vault_ids, tmp_path):
    added = cli("entry", "add", "--child", vault_ids["child"], "--text", "Bedtime tears",
                "--star")
    assert added.code == 0, added.err
    whole = tmp_path / "entry.json"
    whole.write_text(json.dumps({"child": vault_ids["child"], "text": "Quiet tea", "star": True}))
    from_json = cli("entry", "add", "--json", str(whole))
    assert from_json.code == 0, from_json.err
    listed = _listed(cli)
    assert listed == {added.last_line: True, from_json.last_line: True,
                      vault_ids["entry"]: False}


def test_an_unknown_entry_is_refused_with_one_plain_line(cli, vault_dir):
    for command in ("star", "unstar"):
        result = refused_plainly(cli, vault_dir, "entry", command, "0000dead")
        assert "0000dead" in result.err


def test_star_in_the_json_must_be_true_or_false(cli, vault_ids, tmp_path):
    whole = tmp_path / "entry.json"
    whole.write_text(json.dumps({"child": vault_ids["child"], "text": "x", "star": "yes"}))
    result = cli("entry", "add", "--json", str(whole))
    assert result.code == 1 and '"star" must be true or false' in result.err
    assert len(_listed(cli)) == 1
