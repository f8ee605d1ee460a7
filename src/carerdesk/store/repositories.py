"""Small repositories, one per aggregate, each given its session."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from carerdesk.domain.errors import AmbiguousId, NotFound
from carerdesk.domain.events import detail_to_dict
from carerdesk.domain.filters import HIGHLIGHT, EntryFilter
from carerdesk.domain.serialize import (
    content_to_dict,
    marks_to_list,
    searchable_text,
    shared_to_dict,
)
from carerdesk.domain.values import EntryContent
from carerdesk.store import fts
from carerdesk.store.entry_reader import StoredEntry, content_of, read_entries
from carerdesk.store.models import (
    AuditEvent,
    Child,
    ChildVersion,
    Entry,
    EntryCategory,
    EntryChild,
    EntryVersion,
    Household,
    Meta,
    ObservationRow,
)


def resolve_id(session: Session, column: InstrumentedAttribute[str], typed: str,
               kind: str) -> str:
    """A full id, or a unique prefix of one (as git takes a short hash)."""
    prefix = typed.strip().lower()
    if not prefix:
        raise NotFound(kind, typed)
    rows = session.scalars(
        select(column).where(column >= prefix, column < prefix + "\uffff").limit(2)
    ).all()
    if not rows:
        raise NotFound(kind, typed)
    if len(rows) > 1 and prefix not in rows:
        raise AmbiguousId(kind, typed)
    return prefix if prefix in rows else rows[0]


class MetaRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> str | None:
        row = self.session.get(Meta, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        self.session.merge(Meta(key=key, value=value))


class HouseholdRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self) -> Household | None:
        return self.session.get(Household, 1)

    def save(self, name: str, carers: str | None, agency: str | None) -> Household:
        row = self.get() or Household(id=1)
        row.name, row.carers, row.agency = name, carers, agency
        self.session.add(row)
        self.session.flush()
        return row


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def record(self, action: str, subject_kind: str, subject_id: str | None = None,
               detail: str | None = None) -> None:
        self.session.add(AuditEvent(action=action, subject_kind=subject_kind,
                                    subject_id=subject_id, detail=detail))

    def recent(self, limit: int = 100) -> list[AuditEvent]:
        return list(self.session.scalars(
            select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)))


class ChildRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, name: str, born: dt.date | None, placed: dt.date | None) -> Child:
        child = Child(id=str(uuid.uuid4()), name=name, born=born, placed=placed, version=0)
        self.session.add(child)
        self.session.flush()
        self.keep_version(child, None)  # version 1: the name and dates as first given
        return child

    def keep_version(self, child: Child, reason: str | None) -> bool:
        """A new version of ``child``'s name and dates (the row as it stands now), unless
        the latest kept version already holds exactly them; ``Child.version`` follows."""
        latest = self.session.scalar(select(ChildVersion).where(
            ChildVersion.child_id == child.id).order_by(ChildVersion.version.desc()).limit(1))
        now = (child.name, child.born, child.placed, child.placement_ended)
        if latest is not None and now == (latest.name, latest.born, latest.placed,
                                          latest.placement_ended):
            return False
        number = (latest.version if latest is not None else 0) + 1
        self.session.add(ChildVersion(child_id=child.id, version=number, reason=reason,
                                      name=child.name, born=child.born, placed=child.placed,
                                      placement_ended=child.placement_ended))
        child.version = number
        self.session.flush()
        return True

    def versions(self, child_id: str) -> list[ChildVersion]:
        """Every kept version of a child's name and dates, oldest first."""
        return list(self.session.scalars(select(ChildVersion).where(
            ChildVersion.child_id == child_id).order_by(ChildVersion.version)))

    def all(self) -> list[Child]:
        return list(self.session.scalars(select(Child).order_by(Child.name, Child.id)))

    def get(self, typed_id: str) -> Child:
        """By id (or a unique start of it), else by name or first name when only one child has
        it."""
        if len(typed_id) == 36:  # a full id: the identity map answers without a query
            child = self.session.get(Child, typed_id.lower())
            if child is not None:
                return child
        try:
            return self.session.get_one(Child, resolve_id(self.session, Child.id, typed_id,
                                                          "child"))
        except AmbiguousId:
            raise
        except NotFound:
            wanted = " ".join(typed_id.split()).casefold()
            children = self.all()
            named = [c for c in children if c.name.casefold() == wanted] or [
                c for c in children if c.name.casefold().startswith(wanted + " ")]  # first name
            if len(named) != 1:
                raise
            return named[0]

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Child)) or 0


class EntryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- writes: each keeps a version and the full-text index in the same transaction ---

    def add(self, content: EntryContent, starred: bool = False) -> Entry:
        entry = Entry(id=str(uuid.uuid4()), version=1, for_supervision=starred)
        _apply(entry, content)
        self.session.add(entry)
        self.session.flush()
        self._keep_version(entry, content, None)
        return entry

    def amend(self, entry: Entry, content: EntryContent, reason: str) -> Entry:
        _apply(entry, content)
        entry.version += 1
        self.session.flush()
        self._keep_version(entry, content, reason)
        return entry

    def _keep_version(self, entry: Entry, content: EntryContent, reason: str | None) -> None:
        self.session.add(EntryVersion(
            entry_id=entry.id, version=entry.version, reason=reason,
            content=json.dumps(content_to_dict(content), ensure_ascii=False)))
        fts.put(self.session.connection(), entry.seq, searchable_text(content))

    def star(self, entry: Entry, on: bool) -> bool:
        """The carer's star on or off; True if it changed. Not the entry's words: no new
        version, and ``updated_at`` (when the words last changed) stays as it was."""
        if entry.for_supervision == on:
            return False
        self.session.execute(update(Entry).where(Entry.id == entry.id).values(
            for_supervision=on, updated_at=Entry.updated_at))
        self.session.refresh(entry)
        return True

    # --- reads ---

    def get(self, typed_id: str) -> Entry:
        entry_id = resolve_id(self.session, Entry.id, typed_id, "entry")
        return self.session.scalars(select(Entry).where(Entry.id == entry_id)).one()

    def versions(self, entry_id: str) -> list[EntryVersion]:
        return list(self.session.scalars(
            select(EntryVersion).where(EntryVersion.entry_id == entry_id)
            .order_by(EntryVersion.version)))

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Entry)) or 0

    def page(self, where: EntryFilter, limit: int = 200,
             before: tuple[dt.date, int] | None = None) -> list[StoredEntry]:
        """Newest first; keyset paging by (date, seq) so page 500 costs what page 1 does."""
        query = _keyset(_filtered(select(Entry.seq), where), before)
        query = query.order_by(Entry.entry_date.desc(), Entry.seq.desc()).limit(limit)
        return read_entries(self.session, list(self.session.scalars(query)))

    def count_matching(self, where: EntryFilter, query: str = "") -> int:
        """How many entries ``where`` (and the search words, if any) select."""
        matching = _filtered(select(Entry.seq), where)
        params = {}
        if query.strip():
            expression = fts.match_expression(query)
            if expression is None:
                return 0
            matching = matching.where(fts.matching(Entry.seq))
            params = {"q": expression}
        counted = select(func.count()).select_from(matching.subquery())
        return self.session.scalar(counted, params) or 0

    def day_summaries(self, where: EntryFilter) -> dict[dt.date, tuple[int, set[str], bool]]:
        """{date: (entries, {dimension keys}, significant)} for the days ``where`` selects."""
        ids = _filtered(select(Entry.id), where).subquery()
        rows = self.session.execute(
            select(Entry.entry_date, Entry.id, Entry.significant, ObservationRow.dimension)
            .join(ObservationRow, ObservationRow.entry_id == Entry.id, isouter=True)
            .where(Entry.id.in_(select(ids.c.id))))
        days: dict[dt.date, tuple[set[str], set[str], bool]] = {}
        for day, entry_id, significant, dimension in rows:
            entries, dims, sig = days.setdefault(day, (set(), set(), False))
            entries.add(entry_id)
            if dimension:
                dims.add(dimension)
            days[day] = (entries, dims, sig or bool(significant))
        return {day: (len(e), d, sig) for day, (e, d, sig) in days.items()}

    def search(self, query: str, where: EntryFilter, limit: int = 200,
               before: tuple[dt.date, int] | None = None) -> list[tuple[StoredEntry, str]]:
        """Newest hits first. Snippets are made only for the page returned, not every hit."""
        expression = fts.match_expression(query)
        if expression is None:
            return []
        query_ = _keyset(_filtered(select(Entry.seq), where).where(fts.matching(Entry.seq)),
                         before)
        found = read_entries(self.session, list(self.session.scalars(
            query_.order_by(Entry.entry_date.desc(), Entry.seq.desc()).limit(limit),
            {"q": expression})))
        if not found:
            return []
        start, end = HIGHLIGHT
        snippets = fts.snippets(self.session.connection(), expression,
                                [e.seq for e in found], start, end)
        return [(entry, snippets.get(entry.seq, "")) for entry in found]


def _keyset(query: Select[Any], before: tuple[dt.date, int] | None) -> Select[Any]:
    """Only rows after ``before`` in newest-first order."""
    if before is None:
        return query
    day, seq = before
    return query.where(or_(Entry.entry_date < day, and_(Entry.entry_date == day, Entry.seq < seq)))


def _filtered(query: Select[Any], where: EntryFilter) -> Select[Any]:
    if where.child_id:
        query = query.where(Entry.id.in_(
            select(EntryChild.entry_id).where(EntryChild.child_id == where.child_id)))
    if where.since:
        query = query.where(Entry.entry_date >= where.since)
    if where.until:
        query = query.where(Entry.entry_date <= where.until)
    if where.dimension:
        query = query.where(Entry.id.in_(select(ObservationRow.entry_id).where(
            ObservationRow.dimension == where.dimension.value)))
    if where.category:
        query = query.where(Entry.id.in_(select(EntryCategory.entry_id).where(
            EntryCategory.category == where.category.value)))
    if where.significant_only:
        query = query.where(Entry.significant.is_(True))
    if where.starred_only:
        query = query.where(Entry.for_supervision.is_(True))
    return query


def _apply(entry: Entry, content: EntryContent) -> None:
    """Make the current row match ``content`` (the earlier version is kept elsewhere)."""
    sig = content.significant
    entry.entry_date = content.date
    entry.text = content.text
    entry.mood = content.mood.value if content.mood else None
    entry.voice, entry.reflection = content.voice, content.reflection
    entry.marks = json.dumps(marks_to_list(content.marks)) if content.marks else None
    entry.significant = sig is not None
    entry.significant_kind = sig.kind.value if sig else None
    entry.who_was_told = sig.who_was_told if sig else None
    entry.told_at = sig.told_at if sig else None
    entry.next_steps = sig.next_steps if sig else None
    # The detail is the record; the four columns above are still written, derived from it
    # (SignificantEvent.of), for readers of the old fields. Old entries have no detail.
    entry.event = json.dumps(detail_to_dict(sig.detail), ensure_ascii=False) \
        if sig and sig.detail else None
    entry.children = [EntryChild(child_id=c, shared=_shared_column(content, c))
                      for c in content.child_ids]
    entry.categories = [EntryCategory(category=c.value) for c in content.categories]
    entry.observations = [
        ObservationRow(dimension=d.value, what_happened=o.what_happened, meaning=o.meaning,
                       what_i_did=o.what_i_did, how_i_felt=o.how_i_felt,
                       rating=o.rating, rating_birth=o.rating_birth)
        for d, o in content.observations.items()
    ]


def _shared_column(content: EntryContent, child_id: str) -> str | None:
    parts = content.shared.get(child_id)
    return None if parts is None else json.dumps(shared_to_dict({child_id: parts})[child_id])


def to_content(entry: Entry) -> EntryContent:
    return content_of(entry, (c.child_id for c in entry.children),
                      {r.category for r in entry.categories}, entry.observations,
                      {c.child_id: c.shared for c in entry.children})
