"""What an operation changed, so that a window refreshes just that (as Anki's OpChanges do)
instead of reloading everything after every save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    entries: bool = False  # an entry added or amended: the timeline and its counts
    days: frozenset[dt.date] = frozenset()  # days whose month-view summaries differ
    drafts: bool = False  # a draft kept or gone: the status line's count
    children: bool = False  # the children list
    entry_id: str | None = None  # the entry to select afterwards
    rows: frozenset[str] = frozenset()  # entries changed in place (a star): redrawn where
    # they are, the timeline not read again

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entries or other.entries, self.days | other.days,
                       self.drafts or other.drafts, self.children or other.children,
                       other.entry_id or self.entry_id, self.rows | other.rows)

    @property
    def nothing(self) -> bool:
        return self == Changes()


EVERYTHING_ON_SCREEN = Changes(entries=True, drafts=True, children=True)
