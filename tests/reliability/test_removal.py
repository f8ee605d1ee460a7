"""Removing a child's record leaves no trace of it: marker words put in every part of one
child's record (entry text and an earlier version, a person, a profile part, a family time, a
life-story page and the pixels of its photo, a draft, the child's name) are found in no byte
of the vault folder, of the backup folder, or of the decrypted database and WAL read page by
page, free pages included; the other child's record is whole, and so are another vault's
backups in the same folder."""

from __future__ import annotations

import datetime as dt
import random
import tarfile
from pathlib import Path

import pytest
from decrypted_pages import database_pages, wal_pages
from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT
from PIL import Image

from carerdesk.app.removal import initial_of
from carerdesk.app.workspace import Workspace
from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
from carerdesk.domain.lifestory import Layout, NewPhoto, PageContent
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.domain.values import EntryContent
from carerdesk.store.child_removal import REMOVED
from carerdesk.store.models import AuditEvent
from carerdesk.vault import backup, slots
from carerdesk.vault.kdf import FLOOR

NAME = "Ludovica Brackenwhirl"
WORDS = {  # lower case: the full-text index keeps words folded
    "entry": "zorbleflint", "earlier": "quimbleshard", "person": "wexfordine",
    "profile": "vantablorp", "family": "glimmerquoft", "page": "snorkelvane",
    "draft": "plonkwhistle", "name": "brackenwhirl", "caption": "fizzlewump",
}
SHARED = "Both of them built the den together"


def _photo(tmp_path: Path) -> Path:
    """Noise, so that its JPEG's bytes are found nowhere else."""
    rng = random.Random(19)
    image = Image.frombytes("RGB", (320, 240), bytes(rng.randrange(256) for _ in range(
        320 * 240 * 3)))
    path = tmp_path / "den.png"
    image.save(path)
    return path


def _fill(workspace: Workspace, other: str, tmp_path: Path) -> dict[str, str | bytes]:
    """One child's record with a marker in each part; returns the ids and the photo bytes."""
    child = workspace.journal.add_child(NAME, dt.date(2015, 5, 1), dt.date(2023, 9, 1)).id
    entry = workspace.journal.add_entry(EntryContent(
        date=dt.date(2026, 10, 3), child_ids=(child,),
        text=f"Ludovica said {WORDS['earlier']} at tea"))
    workspace.journal.amend_text(entry.id, f"Ludovica said {WORDS['entry']} at tea", "typo")
    shared = workspace.journal.add_entry(EntryContent(
        date=dt.date(2026, 10, 4), child_ids=(child, other), text=SHARED))
    person = workspace.people.add(child, PersonDetails(f"Aunt {WORDS['person'].title()}",
                                                       PersonRole.BIRTH_FAMILY))
    workspace.profiles.save(child, parts={"history": f"Moved from {WORDS['profile']}"})
    workspace.family_time.add(child, FamilyTime(
        dt.date(2026, 10, 10), FamilyTimeStatus.HAPPENED, (person.id,),
        noticed=f"She hummed {WORDS['family']}"))
    page = workspace.lifestory.add_page(
        PageContent(child, f"The {WORDS['page']} day", "You built a den", layout=Layout.BIG_PHOTO),
        [NewPhoto(str(_photo(tmp_path)), f"Den {WORDS['caption']}")])
    workspace.journal.save_draft({"date": "2026-10-11", "children": [child],
                                  "text": f"Half written {WORDS['draft']}"})
    return {"child": child, "entry": entry.id, "shared": shared.id,
            "photo": page.photos[0].jpeg[400:464]}


def _markers(filled) -> list[bytes]:
    return [w.encode() for w in WORDS.values()] + [filled["photo"], NAME.encode()]


def _key(folder: Path) -> bytes:
    slot_file = slots.loads((folder / "vault.json").read_bytes(), "vault.json")
    key = slots.open_with_passphrase(slot_file, PASSPHRASE)
    assert key is not None
    return key


def _found(chunks, markers) -> set[bytes]:
    return {m for chunk in chunks for m in markers if m in chunk}


def _files(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in folder.rglob("*") if p.is_file()]


def _backup_pages(path: Path, key: bytes, into: Path) -> list[bytes]:
    with tarfile.open(path) as tar:
        member = tar.extractfile("carerdesk.db")
        assert member is not None
        (into / path.name).write_bytes(member.read())
    return database_pages(into / path.name, key)


@pytest.fixture
def other_vault_backup(tmp_path, vault_dir) -> Path:
    """Another family's backup in the same folder: never touched."""
    folder = tmp_path / "another-vault"
    workspace, _ = Workspace.create(folder, PASSPHRASE, PASSPHRASE, params=FLOOR)
    try:
        return workspace.backup(vault_dir.with_name("vault-backups"))
    finally:
        workspace.lock()


def test_removal_leaves_no_trace_and_the_other_child_whole(vault_dir, vault_ids, tmp_path,
                                                           other_vault_backup):
    workspace = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        filled = _fill(workspace, vault_ids["child"], tmp_path)
        old_backup = workspace.backup()  # holds the child
        workspace.vault.safety_copy("before-test")  # so does a safety copy
        what = workspace.removal.what_goes(NAME.split()[0])
        assert (what.entries, what.shared, what.pages, what.photos, what.people, what.records,
                what.drafts) == (1, 1, 1, 1, 1, 1, 1)
        assert what.backups == 1
        removed = workspace.removal.remove(filled["child"])
        assert removed.initial == "L." and removed.old_backups == 2  # the backup, the copy
        # the other child: their entries whole, the shared one kept without Ludovica
        assert [c.name for c in workspace.journal.children()] == [CHILD_NAME]
        kept = workspace.journal.entry(filled["shared"])
        assert kept.content.child_ids == (vault_ids["child"],) and kept.content.text == SHARED
        assert all(vault_ids["child"] in v.content.child_ids or v.content.child_ids == ()
                   for v in workspace.journal.history(filled["shared"]))
        assert [h.entry.id for h in workspace.journal.search("den")] == [filled["shared"]]
        assert workspace.journal.entry(vault_ids["entry"]).content.text == SECRET_TEXT
        assert not workspace.journal.search(WORDS["entry"])
        assert workspace.journal.drafts() == []
        with workspace._sessions.begin() as s:
            lines = [(a.action, a.subject_id, a.detail) for a in s.query(AuditEvent)
                     if a.action == REMOVED]
        assert lines == [(REMOVED, None, "L.")]
    finally:
        workspace.lock()
    markers, key = _markers(filled), _key(vault_dir)
    assert not _found(_files(vault_dir), markers)
    pages = database_pages(vault_dir / "carerdesk.db", key) + wal_pages(
        vault_dir / "carerdesk.db-wal", key)
    assert _found(pages, [SECRET_TEXT.encode(), SHARED.encode()])  # the decryption reads
    assert not _found(pages, markers)
    backups_folder = vault_dir.with_name("vault-backups")
    assert not _found(_files(backups_folder), markers)
    mine = backup.backups_in(backups_folder, workspace.vault.vault_id)
    assert mine == [removed.backup] and not old_backup.exists()
    assert other_vault_backup.exists()  # another vault's backup stays
    in_backup = _backup_pages(removed.backup, key, tmp_path)
    assert _found(in_backup, [SECRET_TEXT.encode()]) and not _found(in_backup, markers)
    assert not (vault_dir / "safety-copies").exists() or not list(
        (vault_dir / "safety-copies").glob("*.db"))


def test_a_removal_without_a_fresh_backup_says_so_and_the_next_backup_finishes(
        vault_dir, tmp_path, monkeypatch, vault_ids):
    workspace = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        filled = _fill(workspace, vault_ids["child"], tmp_path)
        old = workspace.backup()
        from carerdesk.domain.errors import OldBackupsRemain, StorageFailed
        from carerdesk.text.messages import describe

        def no_disk(*_args, **_kwargs):
            raise StorageFailed(str(old.parent), "full")

        monkeypatch.setattr(backup, "write_backup", no_disk)
        with pytest.raises(OldBackupsRemain) as refused:
            workspace.removal.remove(filled["child"])
        assert "older backups there still hold it" in describe(refused.value)
        assert workspace.journal.children()[0].name == CHILD_NAME  # the removal itself stood
        assert workspace.removal.pending() and old.exists()
        monkeypatch.undo()
        fresh = workspace.backup()  # the next backup that succeeds deletes the older ones
        assert not old.exists() and fresh.exists() and not workspace.removal.pending()
    finally:
        workspace.lock()


def test_the_initial_is_all_the_audit_keeps():
    assert initial_of("  ludo B ") == "L." and initial_of("Émile") == "É." and initial_of("") == "?"


def test_the_book_can_be_saved_for_the_child_first(vault_dir, vault_ids, tmp_path):
    """A PDF of the book, owner-only, to go with the child."""
    workspace = Workspace.unlock(vault_dir, PASSPHRASE)
    try:
        filled = _fill(workspace, vault_ids["child"], tmp_path)
        book = tmp_path / "book.pdf"
        assert workspace.removal.save_book(filled["child"], book) == 1
        assert book.read_bytes().startswith(b"%PDF") and book.stat().st_mode & 0o077 == 0
    finally:
        workspace.lock()
