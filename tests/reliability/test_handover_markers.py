"""The issue's marker test for the handover (issue 19, items 2-3): a child's record filled with
marker words (entry text and an earlier version, a person, a profile part, a family time, a
life-story page and its photo's pixels, the child's own statement, the name) is handed over,
imported in a social worker's vault and answered by a receipt; once the receipt is imported,
none of the markers is in any byte of the carer's vault folder, of its backup folder, or of
the decrypted database and WAL read page by page, while the other child's record is whole,
and the social worker reads every marker in the closed record and its PDF."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from decrypted_pages import database_pages, wal_pages
from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT
from test_removal import NAME, SHARED, WORDS, _backup_pages, _files, _fill, _found, _key

from carerdesk.app.workspace import Workspace
from carerdesk.domain.child_voice import Statement
from carerdesk.domain.roles import Role
from carerdesk.exchange.handover_body import photo_bytes
from carerdesk.store.models import AuditEvent
from carerdesk.vault import backup
from carerdesk.vault.kdf import FLOOR

STATEMENT = "gribbletoast"  # the child's own words on their page


def _supervisor(tmp_path: Path) -> Workspace:
    workspace, _ = Workspace.create(tmp_path / "records", "records passphrase",
                                    "records passphrase", role=Role.SUPERVISOR, params=FLOOR)
    workspace.exchange.set_own_name("Hillside records")
    return workspace


def test_handed_over_then_removed_leaves_no_marker_and_the_record_is_readable(
        vault_dir, vault_ids, tmp_path):
    records = _supervisor(tmp_path)
    carer = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        filled = _fill(carer, vault_ids["child"], tmp_path)
        carer.child_voice.add(filled["child"], Statement(dt.date(2026, 10, 12),
                                                         f"I want {STATEMENT} for tea"))
        old_backup = carer.backup()  # holds the child
        out = tmp_path / "handover.cdhandover"
        carer.handover.make_file(filled["child"], [records.exchange.public_key()], out)
        imported = records.handover.import_file(out)
        receipt = tmp_path / "receipt.cdreceipt"
        receipt.write_bytes(imported.receipt)
        settled = carer.handover.receipt_file(receipt)
        assert settled.removed is not None and settled.removed.initial == "L."
        assert [c.name for c in carer.journal.children()] == [CHILD_NAME]
        assert carer.journal.entry(vault_ids["entry"]).content.text == SECRET_TEXT
        assert carer.journal.entry(filled["shared"]).content.text == SHARED
        assert not carer.journal.search(WORDS["entry"])
        with carer._sessions.begin() as s:
            lines = [(a.action, a.subject_id, a.detail) for a in s.query(AuditEvent)
                     if a.action == "handover.receipt"]
        assert lines == [("handover.receipt", settled.receipt.receipt_id,
                          f"L. {dt.date.today().isoformat()}")]
        fresh, vault_id = settled.removed.backup, carer.vault.vault_id
        _record, doc = records.handover.service.closed_record(imported.record.id)
        pdf = records.handover.pdf(imported.record.id)
    finally:
        carer.lock()
        records.lock()

    markers = [w.encode() for w in (*WORDS.values(), STATEMENT)] + [filled["photo"],
                                                                    NAME.encode()]
    key = _key(vault_dir)
    assert not _found(_files(vault_dir), markers)
    pages = database_pages(vault_dir / "carerdesk.db", key) + wal_pages(
        vault_dir / "carerdesk.db-wal", key)
    assert _found(pages, [SECRET_TEXT.encode(), SHARED.encode()])  # the decryption reads
    assert not _found(pages, markers)
    backups_folder = vault_dir.with_name("vault-backups")
    assert not _found(_files(backups_folder), markers) and not old_backup.exists()
    assert backup.backups_in(backups_folder, vault_id) == [fresh]  # the one without the child
    in_backup = _backup_pages(fresh, key, tmp_path)
    assert _found(in_backup, [SECRET_TEXT.encode()]) and not _found(in_backup, markers)

    # the social worker's closed record: every marker, the photo's own bytes included
    closed = repr(doc).encode()
    words = [w for w in (*WORDS.values(), STATEMENT) if w != WORDS["draft"]]  # drafts stay out
    assert all(w.encode() in closed.lower() for w in words)
    assert filled["photo"] in photo_bytes(doc["life_story"][0]["photos"][0])
    pdf_file = tmp_path / "closed.pdf"
    pdf_file.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(pdf_file), "-"], capture_output=True, text=True,
                          check=True).stdout.lower()
    assert all(w in text for w in words), [w for w in words if w not in text]
