"""What a carer asks the journal for: which entries (child, dates, dimension, category,
significant events only,
starred for supervision only), and how a search hit is marked inside a snippet. Plain values, so
that every layer can say them without reaching into the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension

HIGHLIGHT = ("\x02", "\x03")  # marks around a search hit inside a snippet


@dataclass(frozen=True)
class EntryFilter:
    child_id: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    dimension: Dimension | None = None
    category: Category | None = None
    significant_only: bool = False
    starred_only: bool = False  # only entries starred "bring to supervision"


EVERY_ENTRY = EntryFilter()  # the default: no filter (frozen, so one is shared safely)
