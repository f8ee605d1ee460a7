"""EntryContent as plain JSON-ready dicts: for versions kept in the vault and for exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.entry_parts import PARTS
from carerdesk.domain.events import detail_from_dict, detail_to_dict
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mark, MarkKind, Mood


def observation_to_dict(obs: Observation) -> dict[str, Any]:
    return dataclasses.asdict(obs)


def content_to_dict(content: EntryContent) -> dict[str, Any]:
    sig = content.significant
    return {
        "date": content.date.isoformat(),
        "children": list(content.child_ids),
        "text": content.text,
        "dimensions": {d.value: observation_to_dict(o) for d, o in content.observations.items()},
        "categories": [c.value for c in content.categories],
        "significant": None if sig is None else {
            "kind": sig.kind.value,
            "who_was_told": sig.who_was_told,
            "told_at": sig.told_at.isoformat() if sig.told_at else None,
            "next_steps": sig.next_steps,
            "event": detail_to_dict(sig.detail) if sig.detail else None,  # absent before 0009
        },
        "mood": content.mood.value if content.mood else None,
        "voice": content.voice,
        "reflection": content.reflection,
        "marks": marks_to_list(content.marks),
        # only when chosen, so an entry about one child reads as it did before
        **({"shared": shared_to_dict(content.shared)} if content.shared else {}),
    }


def shared_to_dict(shared: dict[str, frozenset[str]]) -> dict[str, list[str]]:
    def order(part: str) -> int:
        return PARTS.index(part) if part in PARTS else len(PARTS)

    return {child: sorted(parts, key=order) for child, parts in shared.items()}


def shared_from_dict(data: dict[str, Any] | None) -> dict[str, frozenset[str]]:
    """Read back as written; ``EntryContent.validated`` checks the names."""
    return {str(child): frozenset(str(p) for p in parts) for child, parts in (data or {}).items()}


def marks_to_list(marks: tuple[Mark, ...]) -> list[dict[str, Any]]:
    return [{"start": m.start, "end": m.end, "kind": m.kind.value} for m in marks]


def marks_from_list(items: list[dict[str, Any]] | None) -> tuple[Mark, ...]:
    return tuple(Mark(int(m["start"]), int(m["end"]), MarkKind(m["kind"])) for m in items or ())


def content_from_dict(data: dict[str, Any]) -> EntryContent:
    sig = data.get("significant")
    return EntryContent(
        date=dt.date.fromisoformat(data["date"]),
        child_ids=tuple(data["children"]),
        text=data.get("text", ""),
        observations={
            Dimension(k): Observation(**v) for k, v in (data.get("dimensions") or {}).items()
        },
        categories=tuple(Category(c) for c in data.get("categories", ())),
        significant=None if not sig else _significant(sig),
        mood=Mood(data["mood"]) if data.get("mood") else None,
        voice=data.get("voice"),
        reflection=data.get("reflection"),
        marks=marks_from_list(data.get("marks")),
        shared=shared_from_dict(data.get("shared")),
    )


def _significant(sig: dict[str, Any]) -> SignificantEvent:
    if sig.get("event"):
        return SignificantEvent.of(detail_from_dict(sig["event"]))
    return SignificantEvent(
        kind=SignificantEventKind(sig["kind"]),
        who_was_told=sig.get("who_was_told"),
        told_at=dt.datetime.fromisoformat(sig["told_at"]) if sig.get("told_at") else None,
        next_steps=sig.get("next_steps"),
    )


def searchable_text(content: EntryContent) -> str:
    """Every word of an entry that full-text search should find."""
    parts = [content.text, content.voice, content.reflection]
    for obs in content.observations.values():
        parts.extend(obs.texts())
    if content.significant:
        parts.extend([content.significant.who_was_told, content.significant.next_steps])
        if content.significant.detail:
            parts.extend(content.significant.detail.texts())
    return "\n".join(p for p in parts if p)
