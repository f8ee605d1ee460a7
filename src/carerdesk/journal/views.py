"""What services hand to the CLI and the GUI: frozen dataclasses, never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from carerdesk.domain.changes import Changes
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.filters import HIGHLIGHT
from carerdesk.domain.serialize import content_to_dict
from carerdesk.domain.values import EntryContent

HIGHLIGHT_START, HIGHLIGHT_END = HIGHLIGHT


@dataclass(frozen=True)
class DaySummary:
    day: dt.date
    entries: int
    dimensions: frozenset[Dimension]
    significant: bool


@dataclass(frozen=True)
class HouseholdView:
    name: str
    carers: str | None
    agency: str | None


@dataclass(frozen=True)
class ChildView:
    id: str
    name: str
    born: dt.date | None
    placed: dt.date | None
    ended: dt.date | None = None  # the placement's end, if it has ended

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "born": self.born.isoformat() if self.born else None,
            "placed": self.placed.isoformat() if self.placed else None,
        }


@dataclass(frozen=True)
class ChildVersionView:
    """One kept version of a child's name and dates, with when and why it changed."""

    version: int
    saved_at: dt.datetime
    reason: str | None
    name: str
    born: dt.date | None
    placed: dt.date | None
    ended: dt.date | None

    def as_json(self) -> dict[str, Any]:
        def day(d: dt.date | None) -> str | None:
            return d.isoformat() if d else None

        return {"version": self.version, "saved_at": self.saved_at.isoformat(),
                "reason": self.reason, "name": self.name, "born": day(self.born),
                "placed": day(self.placed), "ended": day(self.ended)}


@dataclass(frozen=True)
class EntryView:
    id: str
    seq: int  # the paging key, with the date
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    content: EntryContent
    starred: bool = False  # "bring to supervision": the carer's marker, not the words

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "starred": self.starred,
            **content_to_dict(self.content),
        }


@dataclass(frozen=True)
class Saved:
    """An entry saved, and what that changed on screen."""

    entry: EntryView
    changes: Changes


@dataclass(frozen=True)
class VersionView:
    entry_id: str
    version: int
    saved_at: dt.datetime
    reason: str | None
    content: EntryContent

    def as_json(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "version": self.version,
            "saved_at": self.saved_at.isoformat(),
            "reason": self.reason,
            **content_to_dict(self.content),
        }


@dataclass(frozen=True)
class SearchHit:
    entry: EntryView
    snippet: str  # hits wrapped in HIGHLIGHT_START / HIGHLIGHT_END

    def snippet_with(self, start: str, end: str) -> str:
        return self.snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)

    def as_json(self) -> dict[str, Any]:
        return {**self.entry.as_json(), "snippet": self.snippet_with("[", "]")}


@dataclass(frozen=True)
class VaultStatus:
    folder: str
    role: str
    household: str | None
    created_at: str
    schema_version: str
    children: int
    entries: int
    problems: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "role": self.role,
            "household": self.household,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "children": self.children,
            "entries": self.entries,
            "integrity": "ok" if not self.problems else "damaged",
        }
