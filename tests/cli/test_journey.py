"""A carer's whole day through the real command, in a child process."""

import re

from helpers import snapshot

PASS = "a long enough passphrase"


def test_carer_journey_end_to_end(sub, tmp_path):
    vault = tmp_path / "vault"
    d = ["--data-dir", str(vault)]
    made = sub(*d, "init", "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n")
    assert made.code == 0, made.err
    key_lines = [line for line in made.out.splitlines() if line.startswith("Recovery key: ")]
    assert len(key_lines) == 1
    recovery_key = key_lines[0].removeprefix("Recovery key: ")
    assert re.fullmatch(r"([0-9A-Z]{5}-){12}[0-9A-Z]{5}", recovery_key)

    child = sub(*d, "child", "add", "--name", "Ruby Example", "--born", "2015-06-01",
                "--placed", "2025-02-01", "--passphrase-stdin", stdin=PASS + "\n")
    assert child.code == 0, child.err
    child_id = child.last_line
    entry = sub(*d, "entry", "add", "--child", child_id, "--date", "2026-11-20",
                "--text", "Ruby made pancakes for everyone",
                "--dimension", "availability=I sat with her while she cooked",
                "--dimension", "family_membership=She saved one for her mum",
                "--rating", "availability=8", "--rating", "family_membership_birth=6",
                "--category", "daily_life", "--category", "achievement",
                "--voice", "Mine were the best ones", "--reflection", "She glowed",
                "--passphrase-stdin", stdin=PASS + "\n")
    assert entry.code == 0, entry.err
    entry_id = entry.last_line

    amended = sub(*d, "entry", "amend", entry_id, "--text", "Ruby made crêpes for everyone",
                  "--reason", "They were crêpes", "--passphrase-stdin", stdin=PASS + "\n")
    assert amended.code == 0, amended.err
    history = sub(*d, "entry", "history", entry_id, "--json", "--passphrase-stdin",
                  stdin=PASS + "\n").json()
    assert [(v["version"], v["reason"], v["text"]) for v in history] == [
        (1, None, "Ruby made pancakes for everyone"),
        (2, "They were crêpes", "Ruby made crêpes for everyone")]

    listed = sub(*d, "entry", "list", "--child", child_id, "--since", "2026-11-01", "--json",
                 "--passphrase-stdin", stdin=PASS + "\n").json()
    assert len(listed) == 1
    only = listed[0]
    assert only["dimensions"]["availability"]["rating"] == 8
    assert only["dimensions"]["family_membership"]["rating_birth"] == 6
    assert only["categories"] == ["daily_life", "achievement"]
    assert only["voice"] == "Mine were the best ones"

    found = sub(*d, "search", "crepes", "--json", "--passphrase-stdin", stdin=PASS + "\n").json()
    assert [h["id"] for h in found] == [entry_id]
    assert "[crêpes]" in found[0]["snippet"]
    plain = sub(*d, "search", "pancakes", "--passphrase-stdin", stdin=PASS + "\n")
    assert plain.code == 0 and entry_id not in plain.out

    status = sub(*d, "status", "--json", "--passphrase-stdin", stdin=PASS + "\n")
    assert status.code == 0
    info = status.json()
    assert (info["role"], info["children"], info["entries"], info["integrity"]) == (
        "carer", 1, 1, "ok")

    # passwd, then recover with the key printed at init
    assert sub(*d, "passwd", "--passphrase-stdin",
               stdin=f"{PASS}\nsecond passphrase!\nsecond passphrase!\n").code == 0
    wrong = sub(*d, "status", "--passphrase-stdin", stdin=PASS + "\n")
    assert wrong.code == 1 and "passphrase" in wrong.err
    assert sub(*d, "recover", "--passphrase-stdin",
               stdin=f"{recovery_key.lower()}\nthird passphrase!\nthird passphrase!\n").code == 0
    assert sub(*d, "status", "--passphrase-stdin", stdin="third passphrase!\n").code == 0

    for name, data in snapshot(vault).items():
        assert not data.startswith(b"SQLite format 3"), name
        for secret in ("Ruby Example", "crêpes", "pancakes", "Mine were the best"):
            assert secret.encode() not in data, name


def test_supervisor_role_and_env_data_dir(sub, tmp_path):
    vault = tmp_path / "sw"
    env = {"CARERDESK_DATA_DIR": str(vault)}
    assert sub("init", "--role", "supervisor", "--household", "Hillside SSW team",
               "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n", extra_env=env).code == 0
    status = sub("status", "--json", "--passphrase-stdin", stdin=PASS + "\n", extra_env=env)
    assert status.json()["role"] == "supervisor"
    assert status.json()["household"] == "Hillside SSW team"


def test_user_errors_are_one_plain_line_without_traceback(sub, tmp_path):
    result = sub("--data-dir", str(tmp_path / "none"), "status", "--passphrase-stdin",
                 stdin="whatever\n")
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err and "carerdesk init" in result.err


def test_usage_errors_are_one_plain_line_exit_1_and_help_everywhere(sub):
    for typed in (["entry", "add"], ["no-such-command"], ["child"], ["demo", "--years", "abc"],
                  ["family-time", "add", "--status", "bogus"]):
        wrong = sub(*typed)
        assert wrong.code == 1, typed
        assert len(wrong.err.strip().splitlines()) == 1 and "usage:" not in wrong.err, typed
        assert "--help" in wrong.err, typed
    for command in (["init"], ["status"], ["passwd"], ["recover"], ["child", "add"],
                    ["child", "list"], ["entry", "add"], ["entry", "amend"],
                    ["entry", "history"], ["entry", "list"], ["search"]):
        shown = sub(*command, "--help")
        assert shown.code == 0 and "usage: carerdesk" in shown.out, command
    version = sub("--version")
    assert version.code == 0 and version.out.startswith("CarerDesk ")


def test_no_terminal_and_no_stdin_flag_is_a_clear_error(sub, tmp_path):
    result = sub("--data-dir", str(tmp_path / "v"), "init", stdin="")
    assert result.code == 1
    assert "--passphrase-stdin" in result.err
    assert not (tmp_path / "v").exists()
