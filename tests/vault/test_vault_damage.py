"""A missing, empty or foreign journal is damage, never a new journal; bad key files and a
passphrase that is not UTF-8 get a plain message. Each changes not one byte on disk."""

import json
import subprocess
import sys

import pytest
from helpers import PASSPHRASE, refused_plainly, snapshot

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors
from carerdesk.store import migrate
from carerdesk.vault import Vault, slots
from carerdesk.vault import engine as sqlc
from carerdesk.vault.kdf import FLOOR

PASS = PASSPHRASE + "\n"


def _refused(cli, vault_dir, *args, stdin=PASS):
    return refused_plainly(cli, vault_dir, *args, stdin=stdin)


def _dek(vault_dir) -> bytes:
    slot_file = slots.loads((vault_dir / "vault.json").read_bytes(), "vault.json")
    return slots.open_with_passphrase(slot_file, PASSPHRASE)


# --- the journal database ------------------------------------------------------------------


def test_an_emptied_database_is_damage_with_the_newest_backup_named(cli, vault_dir):
    made = cli("backup").last_line  # a good backup of the journal
    (vault_dir / "carerdesk.db").write_bytes(b"")  # : > carerdesk.db
    result = _refused(cli, vault_dir, "status")
    assert "is empty" in result.err and made in result.err
    assert "Children" not in result.out and "Integrity" not in result.out
    with pytest.raises(errors.DatabaseEmpty) as caught:
        Workspace.unlock(vault_dir, PASSPHRASE)
    assert str(caught.value.backup) == made
    assert (vault_dir / "carerdesk.db").stat().st_size == 0  # no schema built in it


def test_an_emptied_database_is_said_before_a_passphrase_is_asked(cli, vault_dir):
    (vault_dir / "carerdesk.db").write_bytes(b"")
    result = _refused(cli, vault_dir, "entry", "list", stdin="")
    assert "is empty" in result.err


def test_a_folder_in_place_of_the_database_is_a_plain_message(cli, vault_dir):
    (vault_dir / "carerdesk.db").unlink()
    (vault_dir / "carerdesk.db").mkdir()
    result = _refused(cli, vault_dir, "status")
    assert "is a folder" in result.err


def test_a_database_without_the_vault_identity_is_not_opened(cli, vault_dir):
    """What an older CarerDesk left after building a new schema in an emptied file."""
    conn = sqlc.connect(vault_dir / "carerdesk.db", _dek(vault_dir))
    conn.execute("DROP TABLE vault_identity")
    conn.close()
    result = _refused(cli, vault_dir, "status")
    assert "no vault identity" in result.err
    with pytest.raises(errors.DatabaseWithoutVault):
        Workspace.unlock(vault_dir, PASSPHRASE)


def test_another_vaults_identity_is_foreign(cli, vault_dir):
    conn = sqlc.connect(vault_dir / "carerdesk.db", _dek(vault_dir))
    conn.execute("UPDATE vault_identity SET vault_id = '00000000-0000-4000-8000-000000000000'")
    conn.close()
    result = _refused(cli, vault_dir, "status")
    assert "does not belong with this key file" in result.err


def test_tables_without_a_schema_version_are_never_built_over(vault_dir):
    conn = sqlc.connect(vault_dir / "carerdesk.db", _dek(vault_dir))
    conn.execute("DROP TABLE alembic_version")
    conn.close()
    before = snapshot(vault_dir)
    with pytest.raises(errors.DatabaseDamaged):
        Workspace.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


def test_an_init_cut_short_before_its_schema_is_finished_at_unlock(tmp_path):
    """Vault.create made the key file and the vault's row; the schema never came: nothing
    to lose, so the unlock builds it (the one case a schema is built outside init)."""
    Vault.create(tmp_path / "v", PASSPHRASE, PASSPHRASE, params=FLOOR).vault.lock()
    with Workspace.unlock(tmp_path / "v", PASSPHRASE) as ws:
        assert ws.status().schema_version == migrate.head_revision()


# --- the key file --------------------------------------------------------------------------


def _rewrite_key_file(vault_dir, change) -> None:
    doc = json.loads((vault_dir / "vault.json").read_bytes())
    change(doc)
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = slots._checksum(body)
    (vault_dir / "vault.json").write_text(json.dumps(doc))


def test_a_tampered_vault_id_is_not_called_a_wrong_passphrase(cli, vault_dir):
    _rewrite_key_file(vault_dir, lambda d: d.update(
        vault_id="11111111-1111-4111-8111-111111111111"))
    result = _refused(cli, vault_dir, "status")
    assert "has been changed, or does not belong" in result.err
    assert "passphrase is not right" not in result.err
    with pytest.raises(errors.SlotFileMismatch):
        Vault.unlock(vault_dir, PASSPHRASE)
    # a wrong passphrase over the same file is still just that
    assert "passphrase is not right" in _refused(cli, vault_dir, "status",
                                                 stdin="not the passphrase\n").err


@pytest.mark.parametrize("version", [None, "2", 0, -1, 2.0, True, [2]])
def test_a_damaged_version_is_damage_not_a_newer_carerdesk(cli, vault_dir, version):
    _rewrite_key_file(vault_dir, lambda d: d.update(version=version))
    result = _refused(cli, vault_dir, "status")
    assert "is damaged (bad version)" in result.err and "newer" not in result.err


def test_a_newer_version_names_it(cli, vault_dir):
    _rewrite_key_file(vault_dir, lambda d: d.update(version=slots.VERSION + 1))
    assert f"newer CarerDesk (format {slots.VERSION + 1})" in _refused(cli, vault_dir,
                                                                      "status").err


@pytest.mark.parametrize("nested", [b"[" * 60_000, b'{"a":' * 12_000 + b"1" + b"}" * 12_000])
def test_a_deeply_nested_key_file_is_damage(cli, vault_dir, nested):
    (vault_dir / "vault.json").write_bytes(nested)
    result = _refused(cli, vault_dir, "status")
    assert "is damaged" in result.err


def test_a_folder_in_place_of_the_key_file_is_damage(cli, vault_dir):
    (vault_dir / "vault.json").unlink()
    (vault_dir / "vault.json").mkdir()
    assert "is damaged" in _refused(cli, vault_dir, "status").err


def test_a_version_1_key_file_still_opens(vault_dir):
    """Files written before generations: read as generation 0, beside a database at 0."""
    def to_v1(doc):
        doc["version"] = 1
        del doc["generation"]
        for slot in doc["slots"]:
            del slot["check"]
    conn = sqlc.connect(vault_dir / "carerdesk.db", _dek(vault_dir))
    conn.execute("UPDATE vault_identity SET generation = 0")  # as old as the file
    conn.close()
    _rewrite_key_file(vault_dir, to_v1)
    with Workspace.unlock(vault_dir, PASSPHRASE) as ws:
        assert ws.status().entries == 1


# --- a passphrase that is not UTF-8 ----------------------------------------------------------


def test_a_passphrase_with_bytes_that_are_not_utf8_is_a_plain_message(vault_dir, tmp_path):
    """Through a real pipe: bytes, as a script would send them."""
    before = snapshot(vault_dir)
    env = {"HOME": str(tmp_path), "CARERDESK_LANG": "en", "PATH": "/usr/bin:/bin",
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    proc = subprocess.run([sys.executable, "-m", "carerdesk", "--data-dir", str(vault_dir),
                           "status", "--passphrase-stdin"], input=b"corr\xffect horse\n",
                          capture_output=True, timeout=120, env=env)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "not UTF-8" in err and "Traceback" not in err
    assert snapshot(vault_dir) == before


def test_lone_surrogates_from_a_c_locale_are_a_plain_message(cli, vault_dir):
    assert "not UTF-8" in _refused(cli, vault_dir, "status", stdin="corr\udcffect\n").err



def test_the_guided_restore_brings_back_an_emptied_journal(cli, vault_dir):
    cli("backup")
    (vault_dir / "carerdesk.db").write_bytes(b"")
    with pytest.raises(errors.DatabaseEmpty) as caught:
        Workspace.unlock(vault_dir, PASSPHRASE)
    assert caught.value.backup is not None  # what the unlock window's Restore button uses
    Workspace.restore_newest_good(vault_dir, PASSPHRASE)
    with Workspace.unlock(vault_dir, PASSPHRASE) as ws:
        assert ws.status().entries == 1 and ws.journal.children()
