"""Every kind of bad input: a clear message, exit 1, and not one byte of the vault changed."""

import pytest
from helpers import snapshot

PASS = "correct horse battery\n"


def _unchanged(cli, vault_dir, *args, stdin=PASS, expect=1):
    before = snapshot(vault_dir)
    result = cli(*args, stdin=stdin)
    assert result.code == expect, (result.out, result.err)
    assert snapshot(vault_dir) == before
    assert "Traceback" not in result.err
    return result


@pytest.mark.parametrize("args,words", [
    (["entry", "add", "--child", "CHILD", "--date", "2999-01-01", "--text", "x"], "future"),
    (["entry", "add", "--child", "CHILD", "--date", "2026-02-30", "--text", "x"], "not a date"),
    (["entry", "add", "--child", "CHILD", "--date", "yesterday", "--text", "x"], "not a date"),
    (["entry", "add", "--child", "nobody", "--text", "x"], "no child"),
    (["entry", "add", "--child", "CHILD", "--dimension", "trust=x"], "not a Secure Base"),
    (["entry", "add", "--child", "CHILD", "--dimension", "availability"], "not a Secure Base"),
    (["entry", "add", "--child", "CHILD", "--text", "x", "--rating", "acceptance=11"], "0 to 10"),
    (["entry", "add", "--child", "CHILD", "--text", "x", "--rating", "acceptance=lots"],
     "0 to 10"),
    (["entry", "add", "--child", "CHILD", "--text", "x", "--rating", "sensitivity_birth=3"],
     "not a Secure Base"),
    (["entry", "add", "--child", "CHILD", "--text", "x", "--category", "fun"], "not a category"),
    (["entry", "add", "--child", "CHILD", "--text", "   "], "empty"),
    (["entry", "amend", "ENTRY", "--text", "new", "--reason", " "], "empty"),
    (["entry", "amend", "feedface", "--text", "new", "--reason", "typo"], "no entry"),
    (["entry", "history", "feedface"], "no entry"),
    (["entry", "list", "--child", "nobody"], "no child"),
    (["entry", "list", "--since", "2026-13-01"], "not a date"),
    (["child", "add", "--name", "  "], "empty"),
    (["child", "add", "--name", "Ann", "--born", "2999-01-01"], "future"),
    (["child", "add", "--name", "Ann", "--born", "2020-01-01", "--placed", "2019-01-01"],
     "before"),
])
def test_bad_journal_input(cli, vault_dir, vault_ids, args, words):
    args = [a.replace("CHILD", vault_ids["child"]).replace("ENTRY", vault_ids["entry"])
            for a in args]
    result = _unchanged(cli, vault_dir, *args)
    assert words in result.err.lower() or words in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_wrong_passphrase(cli, vault_dir, vault_ids):
    result = _unchanged(cli, vault_dir, "child", "list", stdin="not it at all\n")
    assert "passphrase is not right" in result.err


def test_mistyped_recovery_key_is_caught_before_unlock(cli, vault_dir, vault_ids):
    key = vault_ids["recovery_key"]
    typo = key[:7] + ("A" if key[7] != "A" else "B") + key[8:]
    result = _unchanged(cli, vault_dir, "recover",
                        stdin=f"{typo}\nnew passphrase!\nnew passphrase!\n")
    assert "Group 2" in result.err


def test_new_passphrase_mismatch_and_too_short(cli, vault_dir):
    assert "not the same" in _unchanged(
        cli, vault_dir, "passwd", stdin=PASS + "new passphrase 1\nnew passphrase 2\n").err
    assert "at least 8" in _unchanged(cli, vault_dir, "passwd", stdin=PASS + "short\nshort\n").err


def test_stdin_that_ends_too_soon(cli, vault_dir):
    assert "ended" in _unchanged(cli, vault_dir, "passwd", stdin=PASS).err


def test_missing_and_damaged_slot_file(cli, vault_dir):
    slot = vault_dir / "vault.json"
    slot.write_text(slot.read_text().replace('"version": 2', '"version": 2, "x": 2'))
    assert "damaged" in _unchanged(cli, vault_dir, "status").err
    slot.unlink()
    assert "missing" in _unchanged(cli, vault_dir, "status").err


def test_damaged_and_foreign_database(cli, vault_dir, tmp_path):
    db = vault_dir / "carerdesk.db"
    good = db.read_bytes()
    db.write_bytes(good[:16] + bytes(len(good) - 16))
    assert "damaged" in _unchanged(cli, vault_dir, "child", "list").err
    db.write_bytes(b"SQLite format 3\x00" + bytes(4096))
    assert "not an encrypted CarerDesk" in _unchanged(cli, vault_dir, "child", "list").err
    db.write_bytes(bytes(range(256)) * 16)
    assert "another vault" in _unchanged(cli, vault_dir, "child", "list").err


def test_vault_in_use(cli, vault_dir):
    from carerdesk.app.workspace import Workspace

    ws = Workspace.unlock(vault_dir, "correct horse battery")
    try:
        assert "already open" in _unchanged(cli, vault_dir, "child", "list").err
    finally:
        ws.lock()


def test_init_over_an_existing_vault(cli, vault_dir):
    assert "already exists" in _unchanged(cli, vault_dir, "init", stdin=PASS * 2).err


def test_json_listings(cli, vault_ids):
    children = cli("child", "list", "--json").json()
    assert [c["id"] for c in children] == [vault_ids["child"]]
    assert set(children[0]) == {"id", "name", "born", "placed"}
    entries = cli("entry", "list", "--json").json()
    assert entries[0]["id"] == vault_ids["entry"]
    assert entries[0]["children"] == [vault_ids["child"]]
    assert cli("search", "marmalade", "--json").json()[0]["id"] == vault_ids["entry"]
    assert cli("search", "nothing-like-this", "--json").json() == []


def test_short_ids_work_like_git(cli, vault_ids):
    short = vault_ids["entry"][:8]
    history = cli("entry", "history", short, "--json").json()
    assert history[0]["entry_id"] == vault_ids["entry"]


def test_backup_and_restore_commands(cli, vault_dir, tmp_path):
    made = cli("backup", "--out", str(tmp_path / "usb"))
    assert made.code == 0, made.err
    path = made.last_line
    assert path.endswith(".cdbackup")
    wrong = cli("restore", path, stdin="not it\n")
    assert wrong.code == 1 and "passphrase" in wrong.err
    missing = cli("restore", str(tmp_path / "nothing.cdbackup"))
    assert missing.code == 1 and "no backup file" in missing.err.lower()
    done = cli("restore", path)
    assert done.code == 0, done.err
    assert "before-restore" in done.out
    assert cli("child", "list", "--json").code == 0


def test_restore_asks_before_putting_another_vault_in_place(cli, vault_dir, tmp_path):
    other = tmp_path / "other"
    new = "correct horse battery\ncorrect horse battery\n"
    assert cli("init", stdin=new, data_dir=other).code == 0
    path = cli("backup", "--out", str(tmp_path / "usb"), data_dir=other).last_line
    refused = cli("restore", path)
    assert refused.code == 1 and "different vault" in refused.err and "--other-vault" in refused.err
    assert cli("child", "list", "--json").json()  # this vault's child is still here
    meant = cli("restore", path, "--other-vault")
    assert meant.code == 0 and "before-restore" in meant.out
    assert cli("child", "list", "--json").json() == []
