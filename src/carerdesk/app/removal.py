"""The end of a placement, and removing a child's record from this vault.

Removal deletes every row of the child in one transaction with secure delete
(``store/child_removal.py``), compacts the database so that no free page keeps them, then
writes a fresh verified backup and only then deletes this vault's older backups and safety
copies, which still hold the child (another vault's backups in a shared folder are never
touched). What stays is one audit line: a placement for child "L.", removed on its date.
If the fresh backup cannot be written, the older backups are removed by the next backup
that succeeds (``after_backup``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from carerdesk.domain.errors import OldBackupsRemain, Refused, StorageFailed
from carerdesk.domain.values import optional_text
from carerdesk.journal.profile import ProfileService, ProfileView
from carerdesk.store import child_removal as rows_of
from carerdesk.store.db_errors import Sessions, transaction, typed_db_errors
from carerdesk.store.repositories import ChildRepository, MetaRepository
from carerdesk.text.i18n import translate
from carerdesk.vault import UnlockedVault, backup
from carerdesk.vault.atomic import atomic_write

__all__ = ["ChildRemoval", "Removed", "WhatGoes", "initial_of"]


class Backups(Protocol):
    """What removal needs of the workspace: its backups (``Workspace`` is one)."""

    def backup(self) -> Path: ...

    def backup_folder(self) -> Path: ...


@dataclass(frozen=True)
class WhatGoes:
    """What a removal deletes, counted for the question asked first."""

    child_id: str
    name: str
    entries: int  # about this child alone: they go
    shared: int  # also about another child: they stay, without this child
    pages: int
    photos: int
    people: int
    records: int  # family time, goals, reviews, profiles on -3..+3
    drafts: int
    backups: int  # this vault's backups, replaced by one without the child

    def as_json(self) -> dict[str, object]:
        return {"id": self.child_id, "entries": self.entries, "shared_entries": self.shared,
                "pages": self.pages, "photos": self.photos, "people": self.people,
                "records": self.records, "drafts": self.drafts, "backups": self.backups}


@dataclass(frozen=True)
class Removed:
    initial: str  # what the audit line keeps
    what: WhatGoes
    backup: Path  # the fresh backup, without the child
    old_backups: int  # how many older backups (and safety copies) were deleted


def initial_of(name: str) -> str:
    """``"L."``: the first letter of the name, all the audit line keeps."""
    stripped = name.strip()
    return f"{stripped[0].upper()}." if stripped else "?"


class ChildRemoval:
    def __init__(self, sessions: Sessions, vault: UnlockedVault, backups: Backups) -> None:
        self._sessions = sessions
        self._vault = vault
        self._backups = backups
        self._database = str(vault.files.database)

    # --- the end of a placement ---

    def end_placement(self, typed_id: str, ended: dt.date,
                      went_to: str | None = None) -> ProfileView:
        """The profile's ended date, kept as a new version whose reason says where the child
        went; refused before the placement began or in the future (the profile's rules)."""
        where = optional_text(went_to, "went_to")
        reason = (translate("Removal", "The placement ended; went to {where}").format(
            where=where) if where else translate("Removal", "The placement ended"))
        return ProfileService(self._sessions, self._database).save(typed_id, ended=ended,
                                                                   reason=reason)

    # --- removal ---

    def what_goes(self, typed_id: str) -> WhatGoes:
        with transaction(self._sessions, self._database) as s:
            child = ChildRepository(s).get(typed_id)
            return self._counted(child.name, rows_of.child_rows(s, child))

    def _counted(self, name: str, rows: rows_of.ChildRows) -> WhatGoes:
        mine = backup.backups_in(self._backups.backup_folder(), self._vault.vault_id)
        return WhatGoes(rows.child_id, name, len(rows.only_theirs), len(rows.shared),
                        len(rows.pages), rows.photos, len(rows.people), len(rows.records),
                        len(rows.drafts), len(mine))

    def save_book(self, typed_id: str, path: Path) -> int:
        """The child's life-story book as a PDF at ``path`` (owner-only, whole or not at all),
        to go with the child before the record is removed; returns its page count."""
        from carerdesk.lifestory import LifeStoryService
        from carerdesk.reports.lifestory_pdf import book_pdf

        with transaction(self._sessions, self._database) as s:
            child = ChildRepository(s).get(typed_id)
            child_id, name = child.id, child.name
        pages = LifeStoryService(self._sessions, self._database).pages(child_id)
        if not pages:
            raise Refused(translate("Removal", "{name}'s life-story book has no pages yet, so "
                                               "there is no book to save. Nothing was "
                                               "removed.").format(name=name))
        atomic_write(Path(path), book_pdf(name, pages))  # owner-only, whole or not at all
        return len(pages)

    def remove(self, typed_id: str, expected: str | None = None) -> Removed:
        """Delete, compact, back up afresh, then delete the older backups. ``expected``, when
        given, is the child id the question was asked about (the same child, still)."""
        with transaction(self._sessions, self._database) as s:
            child = ChildRepository(s).get(typed_id)
            if expected is not None and child.id != expected:
                raise Refused(translate("Removal", "That is not the child the question was "
                                                   "about. Nothing was removed."))
            rows = rows_of.child_rows(s, child)
            what, initial = self._counted(child.name, rows), initial_of(child.name)
            rows_of.delete_child(s, child, rows, initial)
        self._compact()
        older = what.backups + len(self._safety_copies())
        folder = str(self._backups.backup_folder())
        try:
            fresh = self._backups.backup()  # the workspace's backup calls after_backup
        except StorageFailed as exc:
            raise OldBackupsRemain(folder, exc.reason) from exc
        self.after_backup(fresh)  # the backups of another caller (a test) too
        if self.pending():
            raise OldBackupsRemain(folder, "gone")
        return Removed(initial, what, fresh, older)

    def _safety_copies(self) -> list[Path]:
        return sorted(self._vault.files.safety_folder.glob("*.db"))

    def _compact(self) -> None:
        with typed_db_errors(self._database), self._vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None  # an open connection has its driver's
            rows_of.compact(raw)

    def pending(self) -> bool:
        """A removal whose older backups are still to be deleted."""
        with transaction(self._sessions, self._database) as s:
            return MetaRepository(s).get(rows_of.OLD_BACKUPS) == "pending"

    def after_backup(self, fresh: Path) -> int:
        """Once a verified backup without the removed child exists in the backup folder, this
        vault's older backups and its safety copies go (they hold the child); returns how
        many. Nothing happens when no removal is waiting, or ``fresh`` is elsewhere."""
        folder = self._backups.backup_folder()
        if not self.pending() or Path(fresh).parent.resolve() != folder.resolve():
            return 0
        older = [p for p in backup.backups_in(folder, self._vault.vault_id) if p != fresh]
        older += self._safety_copies()
        for path in older:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise OldBackupsRemain(str(path.parent), "permission") from exc
        with contextlib.suppress(OSError):
            self._vault.files.safety_folder.rmdir()  # empty now, or kept with other files
        with transaction(self._sessions, self._database) as s:
            MetaRepository(s).set(rows_of.OLD_BACKUPS, "done")
        return len(older)
