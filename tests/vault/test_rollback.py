"""An older key file or an older database put back is said, never opened; a change of keys
killed between its two writes still opens (the generation protocol of vault/generation.py)."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from helpers import PASSPHRASE, refused_plainly

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.vault import Vault, generation, slots
from carerdesk.vault import engine as sqlc

PASS = PASSPHRASE + "\n"
NEW = "a brand new passphrase"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    from carerdesk.vault import kdf

    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.FLOOR)


def _refused(cli, vault_dir, *args, stdin=PASS):
    return refused_plainly(cli, vault_dir, *args, stdin=stdin)


def _generations(vault_dir, passphrase=PASSPHRASE):
    slot_file = slots.loads((vault_dir / "vault.json").read_bytes(), "vault.json")
    conn = sqlc.connect(vault_dir / "carerdesk.db",
                        slots.open_with_passphrase(slot_file, passphrase))
    try:
        found = generation.read(conn)
    finally:
        conn.close()
    return slot_file.generation, found.generation, found.moving_from


def test_every_change_of_keys_moves_both_generations_on(cli, vault_dir, vault_ids):
    first, _, _ = _generations(vault_dir)
    assert _generations(vault_dir) == (first, first, None)
    assert cli("passwd", stdin=PASS + f"{NEW}\n{NEW}\n").code == 0
    second, db_second, _ = _generations(vault_dir, NEW)
    assert second == db_second > first
    with Workspace.unlock(vault_dir, NEW) as ws:
        ws.new_recovery_key()
    third, db_third, moving = _generations(vault_dir, NEW)
    assert third == db_third > second and moving is None
    with pytest.raises(errors.WrongRecoveryKey):  # the recovery key was replaced
        Vault.unlock_with_recovery_key(vault_dir, vault_ids["recovery_key"])


def test_an_old_key_file_put_back_is_said(cli, vault_dir):
    old = (vault_dir / "vault.json").read_bytes()
    assert cli("passwd", stdin=PASS + f"{NEW}\n{NEW}\n").code == 0
    (vault_dir / "vault.json").write_bytes(old)
    result = _refused(cli, vault_dir, "status")  # the old passphrase, with its old key file
    assert "key file" in result.err and "older copy than the journal" in result.err
    with pytest.raises(errors.SlotFileRolledBack):
        Workspace.unlock(vault_dir, PASSPHRASE)


def test_an_old_database_put_back_is_said_with_the_newest_backup(cli, vault_dir):
    old = (vault_dir / "carerdesk.db").read_bytes()
    assert cli("passwd", stdin=PASS + f"{NEW}\n{NEW}\n").code == 0
    made = cli("backup", stdin=NEW + "\n").last_line
    (vault_dir / "carerdesk.db").write_bytes(old)
    result = _refused(cli, vault_dir, "status", stdin=NEW + "\n")
    assert "older carerdesk.db was put in place" in result.err and made in result.err
    assert "Entries" not in result.out
    with pytest.raises(errors.DatabaseRolledBack):
        Workspace.unlock(vault_dir, NEW)


def test_a_vault_from_before_generations_opens_and_moves_on(tmp_path):
    """The schema-0001 fixture: a version 1 key file, a database without the columns."""
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "fixtures" / "vault-0001"
    folder = tmp_path / "old"
    shutil.copytree(fixture, folder)
    assert b'"version": 1' in (folder / "vault.json").read_bytes()
    with Workspace.unlock(folder, "fixture passphrase 0001") as ws:
        ws.change_passphrase(NEW, NEW)
    assert b'"version": 2' in (folder / "vault.json").read_bytes()
    slot_generation, db_generation, moving = _generations(folder, NEW)
    assert slot_generation == db_generation >= 1 and moving is None


# --- killed between the writes: a real SIGKILL at the Nth call ------------------------------

_KILLER = textwrap.dedent("""
    import os, signal, sys
    from carerdesk.vault import kdf
    kdf.calibrate = lambda *a, **k: kdf.FLOOR
    folder, what, name, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    real, calls = getattr(os, name), [0]
    def dying(*args, **kwargs):
        calls[0] += 1
        if calls[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    from carerdesk.app.workspace import Workspace
    ws = Workspace.unlock(folder, "correct horse battery")
    setattr(os, name, dying)
    if what == "rekey":
        print(ws.rekey("correct horse battery", "correct horse battery",
                       current="correct horse battery"), flush=True)
    else:
        ws.change_passphrase("a brand new passphrase", "a brand new passphrase")
    setattr(os, name, real)
    ws.lock()
    print("finished", flush=True)
""")


def kill_at(folder, what, name, n, tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "s"),
           "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_DATA_HOME": str(tmp_path / "d")}
    return subprocess.run([sys.executable, "-c", _KILLER, str(folder), what, name, str(n)],
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("name,n", [("fsync", 1), ("replace", 1), ("fsync", 2), ("fsync", 3)])
def test_a_passphrase_change_killed_anywhere_still_opens(vault_dir, tmp_path, name, n):
    proc = kill_at(vault_dir, "passwd", name, n, tmp_path)
    killed = proc.returncode == -signal.SIGKILL
    assert killed or "finished" in proc.stdout, proc.stderr
    opened = None
    for passphrase in (PASSPHRASE, NEW):  # the old one, or the new one: never neither
        try:
            opened = Workspace.unlock(vault_dir, passphrase)
            break
        except errors.WrongPassphrase:
            continue
    assert opened is not None
    with opened as ws:
        assert ws.status().entries == 1 and not ws.status().problems
    slot_gen, db_gen, moving = _generations(vault_dir, passphrase)
    assert slot_gen == db_gen and moving is None  # put right at that unlock


def test_a_restored_pair_moves_past_both_generations(vault_dir, tmp_path):
    """What a restore calls (generation.advance_restored) on its staged copy: the restored
    vault is ahead of the one it replaces, so neither file from before can pass for it."""
    import shutil

    staged = tmp_path / "staged"
    shutil.copytree(vault_dir, staged)
    slot_file = slots.loads((staged / "vault.json").read_bytes(), "vault.json")
    replaced = 4  # the generation of the vault being replaced
    (staged / "vault.json").write_bytes(generation.advance_restored(
        staged / "carerdesk.db", slots.open_with_passphrase(slot_file, PASSPHRASE), slot_file,
        replaced))
    assert _generations(staged) == (5, 5, None)
    with Workspace.unlock(staged, PASSPHRASE) as ws:
        assert ws.status().entries == 1
    (staged / "vault.json").write_bytes((vault_dir / "vault.json").read_bytes())  # from before
    with pytest.raises(errors.SlotFileRolledBack):
        Workspace.unlock(staged, PASSPHRASE)
    assert generation.of_key_file(vault_dir / "vault.json") == slot_file.generation
    assert generation.of_key_file(tmp_path / "nothing.json") == 0


def test_an_old_database_from_before_the_last_writing_session_is_said(cli, vault_dir,
                                                                      vault_ids):
    """The audit's case: a copy with one entry put back after a second was written."""
    old = (vault_dir / "carerdesk.db").read_bytes()
    key_file = (vault_dir / "vault.json").read_bytes()
    first, _, _ = _generations(vault_dir)
    assert cli("status").code == 0  # a session that only reads...
    assert (vault_dir / "vault.json").read_bytes() == key_file  # ...moves nothing on
    added = cli("entry", "add", "--child", vault_ids["child"], "--text-file", "-",
                stdin=PASS + "A second entry\n")
    assert added.code == 0, added.err
    assert _generations(vault_dir) == (first + 1, first + 1, None)  # the writing session
    (vault_dir / "carerdesk.db").write_bytes(old)
    result = _refused(cli, vault_dir, "status")
    assert "older carerdesk.db was put in place" in result.err and "Entries" not in result.out
