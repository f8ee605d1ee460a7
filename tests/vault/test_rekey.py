"""``passwd --rekey``: the journal re-encrypted under a new database key, a new recovery key
shown once; old key files (a backup's) and the old recovery key stop opening it; a kill at
any point leaves a vault that opens with the passphrase."""

import json
import signal
import stat
import tarfile

import pytest
from helpers import PASSPHRASE, SECRET_TEXT, snapshot
from test_rollback import kill_at

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.vault import Vault, slots

PASS = PASSPHRASE + "\n"
REKEY_STDIN = PASS * 3  # current, new (the same one kept), confirmation


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    from carerdesk.vault import kdf

    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.FLOOR)


def _recovery_key(result) -> str:
    return next(line for line in result.out.splitlines()
                if line.startswith("Recovery key: ")).split(": ", 1)[1]


def test_rekey_through_the_cli(cli, vault_dir, vault_ids):
    salt_before = (vault_dir / "carerdesk.db").read_bytes()[:16]
    result = cli("passwd", "--rekey", stdin=REKEY_STDIN)
    assert result.code == 0, result.err
    new_key = _recovery_key(result)
    assert new_key != vault_ids["recovery_key"] and "shown only this once" in result.out
    assert (vault_dir / "carerdesk.db").read_bytes()[:16] != salt_before  # a new database
    assert sorted(p.name for p in vault_dir.iterdir()) == ["carerdesk.db", "vault.json",
                                                            "vault.lock"]  # nothing pending
    for name in ("carerdesk.db", "vault.json"):
        assert stat.S_IMODE((vault_dir / name).stat().st_mode) == 0o600
    status = cli("status", "--json")
    assert status.code == 0 and status.json()["entries"] == 1
    assert not any(SECRET_TEXT.encode() in data for data in snapshot(vault_dir).values())
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.unlock_with_recovery_key(vault_dir, vault_ids["recovery_key"])
    Vault.unlock_with_recovery_key(vault_dir, new_key).lock()


def test_an_old_key_file_from_a_backup_no_longer_opens_the_journal(cli, vault_dir, tmp_path):
    made = cli("backup").last_line
    assert cli("passwd", "--rekey", stdin=REKEY_STDIN).code == 0
    with tarfile.open(made) as tar:
        old_key_file = tar.extractfile("vault.json").read()
    with Workspace.unlock(vault_dir, PASSPHRASE) as ws:
        ws.journal.add_child("Written after the rekey")
    current = json.loads((vault_dir / "vault.json").read_bytes())
    (vault_dir / "vault.json").write_bytes(old_key_file)
    before = snapshot(vault_dir)
    result = cli("status")
    assert result.code == 1 and "does not belong with this key file" in result.err
    # even with its generation and salt edited to match (as a thief might), the old key is
    # the old database key, which opens nothing here
    doc = json.loads(old_key_file)
    doc.update(version=2, generation=current["generation"], database=current["database"])
    for slot in doc["slots"]:
        slot.pop("check", None)
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = slots._checksum(body)
    (vault_dir / "vault.json").write_text(json.dumps(doc))
    with pytest.raises((errors.DatabaseDamaged, errors.ForeignDatabase)):
        Vault.unlock(vault_dir, PASSPHRASE)
    (vault_dir / "vault.json").write_bytes(old_key_file)
    assert snapshot(vault_dir) == before


def test_a_wrong_current_passphrase_or_a_mismatch_changes_nothing(cli, vault_dir):
    before = snapshot(vault_dir)
    mismatch = cli("passwd", "--rekey", stdin=PASS + PASS + "something else\n")
    assert mismatch.code == 1 and "not the same" in mismatch.err
    assert snapshot(vault_dir) == before
    with Workspace.unlock(vault_dir, PASSPHRASE) as ws, pytest.raises(errors.WrongPassphrase):
        ws.rekey(PASSPHRASE, PASSPHRASE, current="not the passphrase")
    assert snapshot(vault_dir) == before


def test_the_workspace_keeps_working_after_a_rekey(workspace, vault_ids):
    workspace.rekey(PASSPHRASE, PASSPHRASE, current=PASSPHRASE)
    child = workspace.journal.add_child("After the new key")
    assert child.id in [c.id for c in workspace.journal.children()]
    assert workspace.status().problems == ()


# A SIGKILL at every rename and every fsync of ours the rekey makes (SQLite's own are inside
# the copy, which is not yet in use): fsync 1 the copy, 2 its folder, 3 the pending key file,
# 4 its folder, 5 after the database's rename, 6 after the key file's; rename 1 the pending
# key file into its name, 2 the database, 3 the key file.
@pytest.mark.parametrize("name,n", [("fsync", n) for n in range(1, 8)]
                         + [("replace", n) for n in range(1, 4)])
def test_a_rekey_killed_anywhere_still_opens_with_the_passphrase(vault_dir, tmp_path,
                                                                 vault_ids, name, n):
    proc = kill_at(vault_dir, "rekey", name, n, tmp_path)
    assert proc.returncode == -signal.SIGKILL or "finished" in proc.stdout, proc.stderr
    with Workspace.unlock(vault_dir, PASSPHRASE) as ws:
        assert ws.status().entries == 1 and not ws.status().problems
    names = sorted(p.name for p in vault_dir.iterdir() if p.name != "safety-copies")
    assert names == ["carerdesk.db", "vault.json", "vault.lock"]  # pending files settled
    if "finished" in proc.stdout:
        new_key = proc.stdout.splitlines()[0]
        Vault.unlock_with_recovery_key(vault_dir, new_key).lock()
