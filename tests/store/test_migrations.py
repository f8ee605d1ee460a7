"""The models and the migrations agree, and an older vault upgrades with its records intact."""

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from carerdesk.app.locations import default_backup_folder
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import SchemaTooNew
from carerdesk.store import migrate
from carerdesk.store.base import Base
from carerdesk.vault import Vault

FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault-0001"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"


def _ours(name, type_, parent_names):
    """Tables outside the models: the FTS5 index (raw SQL) and the vault's own marker."""
    return not (type_ == "table" and (name.startswith("entry_fts") or name == "vault_identity"))


def test_migrated_schema_matches_the_models(workspace):
    with workspace.vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    with workspace.vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


@pytest.fixture
def old_vault(tmp_path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    return target


def test_schema_0001_vault_upgrades_after_a_backup(old_vault, tmp_path):
    ws = Workspace.unlock(old_vault, FIXTURE_PASSPHRASE)
    try:
        assert ws.status().schema_version == migrate.head_revision()
        # the entries written before full-text search existed are now found by it
        hits = ws.journal.search("goslings")
        assert [h.entry.content.date.isoformat() for h in hits] == ["2024-05-04"]
        assert ws.journal.search("nan")[0].entry.id.endswith("e002")
        assert [c.name for c in ws.journal.children()] == ["Mia Fixture"]
        assert ws.safety_copy is not None
        made = Path(ws.safety_copy)
    finally:
        ws.lock()
    assert made.parent == default_backup_folder(old_vault) and made.suffix == ".cdbackup"
    # the backup holds the old schema, and opens with the passphrase of the day
    from carerdesk.vault import backup, slots
    from carerdesk.vault import engine as sqlc

    slot_bytes, db = backup._open_members(made, tmp_path)
    dek = slots.open_with_passphrase(slots.loads(slot_bytes, "x"), FIXTURE_PASSPHRASE)
    conn = sqlc.connect(db, dek)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (2,)
    finally:
        conn.close()


def test_second_unlock_makes_no_second_copy(old_vault):
    Workspace.unlock(old_vault, FIXTURE_PASSPHRASE).lock()
    ws = Workspace.unlock(old_vault, FIXTURE_PASSPHRASE)
    assert ws.safety_copy is None
    ws.lock()
    assert len(list(default_backup_folder(old_vault).iterdir())) == 1


def test_vault_from_a_newer_app_is_refused(vault_dir):
    vault = Vault.unlock(vault_dir, "correct horse battery")
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    vault.lock()
    with pytest.raises(SchemaTooNew):
        Workspace.unlock(vault_dir, "correct horse battery")


def test_an_upgraded_old_vault_gets_keys_and_can_send_reports(old_vault):
    """Migration 0006 adds the key tables; the keys are made on first use and then kept."""
    with Workspace.unlock(old_vault, FIXTURE_PASSPHRASE) as ws:
        first = ws.exchange.public_key().fingerprint
        assert ws.exchange.recipients() == []
    with Workspace.unlock(old_vault, FIXTURE_PASSPHRASE) as ws:
        assert ws.exchange.public_key().fingerprint == first


def test_the_head_constant_is_alembics_head():
    """An unlock compares the schema with migrate.HEAD instead of importing Alembic."""
    assert migrate.head_revision() == migrate.HEAD


def test_an_up_to_date_vault_opens_without_alembic(vault_dir):
    import subprocess
    import sys

    probe = ("import sys\n"
             "from carerdesk.app.workspace import Workspace\n"
             "ws = Workspace.unlock(sys.argv[1], 'correct horse battery')\n"
             "print(ws.status(check_integrity=False).schema_version,\n"
             "      any(m.startswith('alembic') for m in sys.modules))\n"
             "ws.lock()\n")
    done = subprocess.run([sys.executable, "-c", probe, str(vault_dir)], capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.split() == [migrate.HEAD, "False"], done.stderr


def test_an_upgrade_keeps_every_row_an_entry_hangs_on(old_vault):
    """The 0001 vault's two entries keep their versions, children, categories and ratings
    through every revision: a batch migration that copied ``entries`` and dropped the old table
    once cascaded all of them away (revision 0012, caught here before it shipped)."""
    from sqlalchemy import text

    with Workspace.unlock(old_vault, FIXTURE_PASSPHRASE) as ws, ws.vault.engine.connect() as c:
        counts = {table: c.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                  for table in ("entries", "entry_versions", "entry_children",
                                "entry_categories", "observations", "children")}
        for entry in ws.journal.entries():
            assert ws.journal.history(entry.id), "every entry keeps its first version"
    assert counts == {"entries": 2, "entry_versions": 2, "entry_children": 2,
                      "entry_categories": 2, "observations": 2, "children": 1}
