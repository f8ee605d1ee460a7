"""Read entries for lists and search without the ORM's per-object cost.

A timeline page is one query for the rows and one each for children, categories and
observations; the ORM's identity map and instrumentation are not needed to show them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.events import detail_from_dict
from carerdesk.domain.serialize import marks_from_list
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mood
from carerdesk.store.models import Entry, EntryCategory, EntryChild, ObservationRow

_DIM_ORDER = {d.value: i for i, d in enumerate(Dimension)}
_CAT_ORDER = {c.value: i for i, c in enumerate(Category)}


@dataclass(frozen=True)
class StoredEntry:
    id: str
    seq: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    content: EntryContent
    starred: bool = False  # the carer's "bring to supervision" star


def read_entries(session: Session, seqs: list[int]) -> list[StoredEntry]:
    """The entries with these ``seqs``, in the order given."""
    if not seqs:
        return []
    rows = {r.seq: r for r in session.execute(
        select(Entry.__table__).where(Entry.seq.in_(seqs)))}
    ids = [r.id for r in rows.values()]
    children, categories, observations = _parts(session, ids)
    return [_stored(rows[seq], children, categories, observations) for seq in seqs if seq in rows]


_Parts = tuple[dict[str, dict[str, str | None]], dict[str, list[str]],
               dict[str, list[Row[Any]]]]


def _parts(session: Session, ids: list[str]) -> _Parts:
    children: dict[str, dict[str, str | None]] = defaultdict(dict)  # child id -> shared
    for entry_id, child_id, shared in session.execute(
            select(EntryChild.entry_id, EntryChild.child_id, EntryChild.shared)
            .where(EntryChild.entry_id.in_(ids))):
        children[entry_id][child_id] = shared
    categories: dict[str, list[str]] = defaultdict(list)
    for entry_id, category in session.execute(
            select(EntryCategory.entry_id, EntryCategory.category)
            .where(EntryCategory.entry_id.in_(ids))):
        categories[entry_id].append(category)
    observations: dict[str, list[Row[Any]]] = defaultdict(list)
    for row in session.execute(select(ObservationRow.__table__)
                               .where(ObservationRow.entry_id.in_(ids))):
        observations[row.entry_id].append(row)
    return children, categories, observations


def _stored(row: Row[Any], children: dict[str, dict[str, str | None]],
            categories: dict[str, list[str]],
            observations: dict[str, list[Row[Any]]]) -> StoredEntry:
    mine = children.get(row.id, {})
    content = content_of(row, mine, categories.get(row.id, ()), observations.get(row.id, ()),
                         mine)
    return StoredEntry(row.id, row.seq, row.version, row.created_at, row.updated_at, content,
                       bool(row.for_supervision))


def content_of(row: Any, child_ids: Iterable[str], categories: Iterable[str],
               observations: Iterable[Any],
               shared: Mapping[str, str | None] | None = None) -> EntryContent:
    """The one mapping from an entry's columns (an ORM ``Entry`` or a plain row) and its
    linked rows to ``EntryContent``: dimensions and categories in the model's order.
    ``shared`` is each child's ``entry_children.shared`` column (JSON, or NULL for all)."""
    obs = {
        Dimension(o.dimension): Observation(o.what_happened, o.meaning, o.what_i_did,
                                            o.how_i_felt, o.rating, o.rating_birth)
        for o in sorted(observations, key=lambda o: _DIM_ORDER[o.dimension])
    }
    significant = None
    if row.significant and row.event:  # the detail is the record; the old columns echo it
        significant = SignificantEvent.of(detail_from_dict(json.loads(row.event)))
    elif row.significant:  # written before events had their own parts: shown as it was
        significant = SignificantEvent(SignificantEventKind(row.significant_kind or "other"),
                                       row.who_was_told, row.told_at, row.next_steps)
    return EntryContent(
        date=row.entry_date,
        child_ids=tuple(child_ids),
        text=row.text,
        observations=obs,
        categories=tuple(Category(c) for c in sorted(categories, key=_CAT_ORDER.__getitem__)),
        significant=significant,
        mood=Mood(row.mood) if row.mood else None,
        voice=row.voice, reflection=row.reflection,
        marks=marks_from_list(json.loads(row.marks)) if row.marks else (),
        shared={c: frozenset(json.loads(parts)) for c, parts in (shared or {}).items() if parts},
    )
