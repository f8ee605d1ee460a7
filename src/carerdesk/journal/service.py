"""The journal's use cases: each one a short transaction with its audit line."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from carerdesk.domain.changes import Changes
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.filters import EVERY_ENTRY, EntryFilter
from carerdesk.domain.serialize import content_from_dict
from carerdesk.domain.values import EntryContent, optional_text, required_text
from carerdesk.journal.drafts import DraftView, all_drafts, discard_draft, save_draft
from carerdesk.journal.profile import check_dates
from carerdesk.journal.views import (
    ChildVersionView,
    ChildView,
    DaySummary,
    EntryView,
    HouseholdView,
    Saved,
    SearchHit,
    VersionView,
)
from carerdesk.store.entry_reader import StoredEntry
from carerdesk.store.models import Child, Entry
from carerdesk.store.repositories import (
    AuditRepository,
    ChildRepository,
    EntryRepository,
    HouseholdRepository,
    to_content,
)
from carerdesk.store.service_base import Service

__all__ = ["JournalService"]


def child_view(child: Child) -> ChildView:
    return ChildView(child.id, child.name, child.born, child.placed, child.placement_ended)


def entry_view(entry: Entry) -> EntryView:
    return EntryView(entry.id, entry.seq, entry.version, entry.created_at, entry.updated_at,
                     to_content(entry), bool(entry.for_supervision))


def stored_view(entry: StoredEntry) -> EntryView:
    return EntryView(entry.id, entry.seq, entry.version, entry.created_at, entry.updated_at,
                     entry.content, entry.starred)


class JournalService(Service):

    # --- the household ---

    def household(self) -> HouseholdView | None:
        with self._tx() as s:
            row = HouseholdRepository(s).get()
            return HouseholdView(row.name, row.carers, row.agency) if row else None

    def save_household(self, name: str, carers: str | None = None,
                       agency: str | None = None) -> HouseholdView:
        name = required_text(name, "household")
        carers, agency = optional_text(carers, "carers"), optional_text(agency, "agency")
        with self._tx() as s:
            HouseholdRepository(s).save(name, carers, agency)
            AuditRepository(s).record("household.save", "household")
        return HouseholdView(name, carers, agency)

    # --- children ---

    def add_child(self, name: str, born: dt.date | None = None,
                  placed: dt.date | None = None) -> ChildView:
        """A new child, their name and dates kept as version 1."""
        name = required_text(name, "name")
        check_dates(born, placed, None)
        with self._tx() as s:
            child = ChildRepository(s).add(name, born, placed)
            AuditRepository(s).record("child.add", "child", child.id)
            return child_view(child)

    def update_child(self, typed_id: str, name: str, born: dt.date | None = None,
                     placed: dt.date | None = None, ended: dt.date | None = None,
                     reason: str | None = None) -> ChildView:
        """A child's name and dates, as the carer corrects them, kept as a new version with
        ``reason`` (the earlier one stays); nothing is written when nothing differs. The
        audit keeps no content."""
        name = required_text(name, "name")
        reason = optional_text(reason, "reason")
        check_dates(born, placed, ended)
        with self._tx() as s:
            children = ChildRepository(s)
            child = children.get(typed_id)
            if (child.name, child.born, child.placed, child.placement_ended) == (
                    name, born, placed, ended):
                return child_view(child)
            child.name, child.born, child.placed = name, born, placed
            child.placement_ended = ended
            children.keep_version(child, reason)
            AuditRepository(s).record("child.update", "child", child.id,
                                      f"version {child.version}")
            s.flush()
            return child_view(child)

    def child_history(self, typed_id: str) -> list[ChildVersionView]:
        """Every kept version of a child's name and dates, oldest first (version 1: as the
        child was added, or as an older vault held them when it was upgraded)."""
        with self._tx() as s:
            children = ChildRepository(s)
            return [ChildVersionView(v.version, v.saved_at, v.reason, v.name, v.born, v.placed,
                                     v.placement_ended)
                    for v in children.versions(children.get(typed_id).id)]

    def children(self) -> list[ChildView]:
        with self._tx() as s:
            return [child_view(c) for c in ChildRepository(s).all()]

    def child(self, typed_id: str) -> ChildView:
        """By id (or its start), else by name when exactly one child has that name."""
        with self._tx() as s:
            return child_view(ChildRepository(s).get(typed_id))

    # --- entries ---

    def _checked(self, s: Session, content: EntryContent) -> EntryContent:
        children = ChildRepository(s)
        ids = tuple(children.get(c).id for c in content.child_ids)
        # what to share with whom, by the same names or ids the children were given by
        shared = {children.get(c).id: parts for c, parts in content.shared.items()}
        return replace(content, child_ids=ids, shared=shared).validated()

    def add_entry(self, content: EntryContent, draft_id: str | None = None,
                  starred: bool = False) -> EntryView:
        """Save a new entry; its draft, if any, goes in the same transaction."""
        return self.save_new(content, draft_id, starred).entry

    def save_new(self, content: EntryContent, draft_id: str | None = None,
                 starred: bool = False) -> Saved:
        """``add_entry``, saying what changed: the timeline, the entry's day, the drafts.
        ``starred``: written with the "bring to supervision" star already on."""
        with self._tx() as s:
            entry = EntryRepository(s).add(self._checked(s, content), starred)
            audit = AuditRepository(s)
            audit.record("entry.add", "entry", entry.id)
            if starred:
                audit.record("entry.star", "entry", entry.id)
            discard_draft(s, draft_id)
            view = entry_view(entry)
        return Saved(view, Changes(entries=True, days=frozenset({view.content.date}),
                                   drafts=draft_id is not None, entry_id=view.id))

    def add_entries(self, contents: list[EntryContent]) -> int:
        """Many entries in one transaction (demo data, imports)."""
        with self._tx() as s:
            repo, audit = EntryRepository(s), AuditRepository(s)
            for content in contents:
                audit.record("entry.add", "entry", repo.add(self._checked(s, content)).id)
        return len(contents)

    def amend_entry(self, typed_id: str, content: EntryContent, reason: str,
                    draft_id: str | None = None) -> EntryView:
        """Save a new version; the earlier one stays in the history with when and why."""
        return self.save_amendment(typed_id, content, reason, draft_id).entry

    def save_amendment(self, typed_id: str, content: EntryContent, reason: str,
                       draft_id: str | None = None) -> Saved:
        """``amend_entry``, saying what changed: both days, if the date moved."""
        reason = required_text(reason, "reason")
        with self._tx() as s:
            repo = EntryRepository(s)
            entry = repo.get(typed_id)
            day_before = entry_view(entry).content.date
            entry = repo.amend(entry, self._checked(s, content), reason)
            AuditRepository(s).record("entry.amend", "entry", entry.id, f"version {entry.version}")
            discard_draft(s, draft_id)
            view = entry_view(entry)
        return Saved(view, Changes(entries=True, days=frozenset({day_before, view.content.date}),
                                   drafts=draft_id is not None, entry_id=view.id))

    def star(self, typed_id: str, on: bool = True) -> Saved:
        """The carer's "bring to supervision" star on (or off) an entry. It is their marker,
        not the entry's words: no new version; one audit line (no content) when it changes."""
        with self._tx() as s:
            repo = EntryRepository(s)
            entry = repo.get(typed_id)
            if repo.star(entry, on):
                AuditRepository(s).record("entry.star" if on else "entry.unstar", "entry",
                                          entry.id)
            view = entry_view(entry)
        return Saved(view, Changes(rows=frozenset({view.id})))

    # --- drafts ---

    def save_draft(self, state: dict[str, Any], draft_id: str | None = None,
                   entry_id: str | None = None) -> str:
        """Keep the editor's state, valid or not yet; returns the draft's id."""
        with self._tx() as s:
            return save_draft(s, draft_id, state, entry_id)

    def drafts(self) -> list[DraftView]:
        with self._tx() as s:
            return all_drafts(s)

    def discard_draft(self, draft_id: str) -> None:
        with self._tx() as s:
            discard_draft(s, draft_id)

    # --- the month view ---

    def day_summaries(self, first: dt.date, last: dt.date,
                      child_id: str | None = None) -> dict[dt.date, DaySummary]:
        """For each day with entries: how many, which dimensions, any significant event."""
        with self._tx() as s:
            where = self._resolve_child(s, EntryFilter(child_id=child_id, since=first, until=last))
            found = EntryRepository(s).day_summaries(where)
        return {day: DaySummary(day, count, frozenset(Dimension(d) for d in dims), significant)
                for day, (count, dims, significant) in found.items()}

    def amend_text(self, typed_id: str, text: str, reason: str) -> EntryView:
        current = self.entry(typed_id)
        changed = replace(current.content, text=text)
        return self.amend_entry(current.id, changed, reason)

    def entry(self, typed_id: str) -> EntryView:
        with self._tx() as s:
            return entry_view(EntryRepository(s).get(typed_id))

    def history(self, typed_id: str) -> list[VersionView]:
        with self._tx() as s:
            repo = EntryRepository(s)
            entry = repo.get(typed_id)
            return [VersionView(v.entry_id, v.version, v.saved_at, v.reason,
                                content_from_dict(json.loads(v.content)))
                    for v in repo.versions(entry.id)]

    def entries(self, where: EntryFilter = EVERY_ENTRY, limit: int = 200,
                before: tuple[dt.date, int] | None = None) -> list[EntryView]:
        with self._tx() as s:
            where = self._resolve_child(s, where)
            return [stored_view(e) for e in EntryRepository(s).page(where, limit, before)]

    def search(self, query: str, where: EntryFilter = EVERY_ENTRY, limit: int = 200,
               before: tuple[dt.date, int] | None = None) -> list[SearchHit]:
        with self._tx() as s:
            where = self._resolve_child(s, where)
            return [SearchHit(stored_view(e), snippet)
                    for e, snippet in EntryRepository(s).search(query, where, limit, before)]

    def count(self, where: EntryFilter = EVERY_ENTRY, query: str = "") -> int:
        """Entries that a filter and search words select: the count the timeline shows."""
        with self._tx() as s:
            return EntryRepository(s).count_matching(self._resolve_child(s, where), query)

    def counts(self) -> tuple[int, int]:
        with self._tx() as s:
            return ChildRepository(s).count(), EntryRepository(s).count()

    @staticmethod
    def _resolve_child(s: Session, where: EntryFilter) -> EntryFilter:
        """The filter with a full child id; NotFound for a child who is not here."""
        if not where.child_id:
            return where
        return replace(where, child_id=ChildRepository(s).get(where.child_id).id)

