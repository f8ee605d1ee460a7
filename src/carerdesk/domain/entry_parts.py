"""The parts of a journal entry that a carer can share, or not, in each child's report when
one entry is about several children (issue 17, item 3). Plain names only: ``values`` keeps
the choice in ``EntryContent.shared`` and ``sibling_parts`` applies it to a report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.input_errors import NotAboutThisEntry, UnknownPart

TEXT, VOICE, REFLECTION, EVENT = "text", "voice", "reflection", "event"
# In the order the editor shows them; each dimension's key names its observation.
PARTS: tuple[str, ...] = (TEXT, *(d.value for d in Dimension), VOICE, REFLECTION, EVENT)

PART_TITLES = {
    TEXT: QT_TRANSLATE_NOOP("EntryParts", "The day"),
    VOICE: QT_TRANSLATE_NOOP("EntryParts", "The child's own words"),
    REFLECTION: QT_TRANSLATE_NOOP("EntryParts", "My reflection"),
    EVENT: QT_TRANSLATE_NOOP("EntryParts", "The significant event"),
}  # a dimension's title is its own (Dimension.info.title)

Shared = dict[str, frozenset[str]]  # child id -> the parts in that child's report


def parse_part(text: str) -> str:
    """A part by its key or a dimension's other spellings (``co-operation``)."""
    key = text.strip().lower()
    if key in PARTS:
        return key
    try:
        return Dimension.parse(key).value
    except ValueError:
        raise UnknownPart("only_for", text) from None


def normalised(shared: Mapping[str, Iterable[str]], child_ids: tuple[str, ...],
               present: frozenset[str]) -> Shared:
    """The choice as it is kept: only for an entry about several children, only children it
    is about, only parts it has; a child given every part it has is left out (all shared)."""
    if len(child_ids) < 2:
        return {}
    kept: Shared = {}
    for child, parts in shared.items():
        if child not in child_ids:
            raise NotAboutThisEntry("only_for", child)
        chosen = frozenset(parse_part(p) for p in parts) & present
        if chosen != present:
            kept[child] = chosen
    return {c: kept[c] for c in child_ids if c in kept}
