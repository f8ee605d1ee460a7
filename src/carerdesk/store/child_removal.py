"""Every row of one child, counted and deleted in one transaction (``app/removal.py`` calls
this, then compacts the file and replaces the backups).

An entry about this child alone goes with its versions, its parts and its full-text row; an
entry shared with a brother or sister stays for them, with this child's link and id taken
out of it and of its versions. What remains of the child is one audit line with an initial.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, select, text, update
from sqlalchemy.orm import Session

from carerdesk.store.exchange_models import ExportRow
from carerdesk.store.loop_models import ReturnedSupervision
from carerdesk.store.models import (
    AuditEvent,
    Child,
    ChildVersion,
    Draft,
    Entry,
    EntryCategory,
    EntryChild,
    EntryVersion,
    LifeStoryPage,
    ObservationRow,
    Photo,
)
from carerdesk.store.profile_models import (
    ChildProfile,
    ChildProfileVersion,
    Person,
    PersonVersion,
)
from carerdesk.store.record_models import ChildRecord, ChildRecordVersion
from carerdesk.store.repositories import AuditRepository, MetaRepository

OLD_BACKUPS = "removal.old_backups"  # meta: "pending" until backups without the child exist
REMOVED = "child.removed"  # the audit action of the line that stays


@dataclass(frozen=True)
class ChildRows:
    """What belongs to one child, by id (nothing of what the rows say)."""

    child_id: str
    only_theirs: tuple[str, ...]  # entries about this child alone
    shared: tuple[str, ...]  # entries also about another child: they stay
    records: tuple[str, ...]
    people: tuple[str, ...]
    pages: tuple[str, ...]
    photos: int
    drafts: tuple[str, ...]
    has_profile: bool


def _ids(session: Session, query: Select[str]) -> tuple[str, ...]:
    return tuple(session.scalars(query))


def _entries(session: Session, child_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    mine = select(EntryChild.entry_id).where(EntryChild.child_id == child_id)
    shared = _ids(session, select(EntryChild.entry_id).distinct()
                  .where(EntryChild.entry_id.in_(mine), EntryChild.child_id != child_id))
    all_mine, keep = _ids(session, mine.order_by(EntryChild.entry_id)), set(shared)
    return tuple(e for e in all_mine if e not in keep), tuple(sorted(shared))


def _mentions(state: str, child_id: str, names: Iterable[str]) -> bool:
    """A draft names the child: ticked for them, or their name written in it."""
    try:
        data = json.loads(state)
    except ValueError:
        data = {}
    if isinstance(data, dict) and child_id in (data.get("children") or ()):
        return True
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", state, re.IGNORECASE)
               for name in names if name)


def _drafts(session: Session, child_id: str, names: tuple[str, ...],
            entries: tuple[str, ...]) -> tuple[str, ...]:
    found = []
    for draft_id, entry_id, state in session.execute(select(Draft.id, Draft.entry_id,
                                                            Draft.state)):
        if entry_id in entries or _mentions(state, child_id, names):
            found.append(draft_id)
    return tuple(sorted(found))


def child_rows(session: Session, child: Child) -> ChildRows:
    only_theirs, shared = _entries(session, child.id)
    pages = _ids(session, select(LifeStoryPage.id).where(LifeStoryPage.child_id == child.id))
    photos = session.scalar(select(func.count()).select_from(Photo)
                            .where(Photo.page_id.in_(pages))) or 0
    names = (child.name.strip(), child.name.split()[0] if child.name.split() else "")
    return ChildRows(
        child.id, only_theirs, shared,
        _ids(session, select(ChildRecord.id).where(ChildRecord.child_id == child.id)),
        _ids(session, select(Person.id).where(Person.child_id == child.id)),
        pages, photos, _drafts(session, child.id, names, only_theirs + shared),
        session.get(ChildProfile, child.id) is not None)


def _without_child(content: str, child_id: str) -> str:
    data = json.loads(content)
    data["children"] = [c for c in data.get("children") or () if c != child_id]
    return json.dumps(data, ensure_ascii=False)


def _unlink_shared(session: Session, rows: ChildRows) -> None:
    """The sibling keeps the entry; this child's id leaves it and every earlier version."""
    session.execute(delete(EntryChild).where(EntryChild.child_id == rows.child_id))
    for entry_id, version, content in session.execute(
            select(EntryVersion.entry_id, EntryVersion.version, EntryVersion.content)
            .where(EntryVersion.entry_id.in_(rows.shared))):
        session.execute(update(EntryVersion).where(EntryVersion.entry_id == entry_id,
                                                   EntryVersion.version == version)
                        .values(content=_without_child(content, rows.child_id)))


def _delete_entries(session: Session, ids: tuple[str, ...]) -> None:
    seqs = list(session.scalars(select(Entry.seq).where(Entry.id.in_(ids))))
    conn = session.connection()
    for seq in seqs:
        conn.execute(text("DELETE FROM entry_fts WHERE rowid = :seq"), {"seq": seq})
    for model in (EntryVersion, ObservationRow, EntryCategory):
        session.execute(delete(model).where(model.entry_id.in_(ids)))
    session.execute(delete(Entry).where(Entry.id.in_(ids)))
    # FTS5 keeps a deleted row's words in old index segments until they are merged: merge
    # every segment now, so that no page of the index still holds them.
    conn.execute(text("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')"))


def delete_child(session: Session, child: Child, rows: ChildRows, initial: str) -> None:
    """Every row of ``child`` gone, in the caller's transaction, with secure delete on."""
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    session.execute(delete(Draft).where(Draft.id.in_(rows.drafts)))
    _unlink_shared(session, rows)
    _delete_entries(session, rows.only_theirs)
    session.execute(delete(ChildRecordVersion).where(ChildRecordVersion.record_id.in_(
        rows.records)))
    session.execute(delete(ChildRecord).where(ChildRecord.child_id == child.id))
    session.execute(delete(PersonVersion).where(PersonVersion.person_id.in_(rows.people)))
    session.execute(delete(Person).where(Person.child_id == child.id))
    session.execute(delete(ChildProfileVersion).where(ChildProfileVersion.child_id == child.id))
    session.execute(delete(ChildProfile).where(ChildProfile.child_id == child.id))
    session.execute(delete(ChildVersion).where(ChildVersion.child_id == child.id))
    session.execute(delete(Photo).where(Photo.page_id.in_(rows.pages)))
    session.execute(delete(LifeStoryPage).where(LifeStoryPage.child_id == child.id))
    session.execute(delete(ExportRow).where(ExportRow.child_id == child.id))
    session.execute(delete(ReturnedSupervision).where(ReturnedSupervision.child_id == child.id))
    gone = {child.id, *rows.only_theirs, *rows.records, *rows.people, *rows.pages}
    session.execute(delete(AuditEvent).where(AuditEvent.subject_id.in_(gone)))
    session.delete(child)
    session.flush()
    AuditRepository(session).record(REMOVED, "placement", None, initial)
    MetaRepository(session).set(OLD_BACKUPS, "pending")


def compact(raw: Any) -> None:
    """VACUUM (the file rebuilt, so no free page keeps what was deleted), then the whole WAL
    written back and emptied. ``raw`` is a driver connection outside any transaction."""
    raw.execute("PRAGMA secure_delete = ON").fetchall()
    raw.execute("VACUUM").fetchall()
    busy, _frames, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:  # a reader on another connection: its snapshot ends soon; once more
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
