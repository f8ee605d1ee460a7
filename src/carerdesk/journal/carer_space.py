"""The carer's own space as a service: add a reflection or a check-in, amend one (the earlier
version kept; an amendment that changes nothing writes nothing), list, read, history, the
trend of how I am, and the words of the latest check-in for the carer to share in a report.

Nothing here is about a child, and nothing here is read by a report unless the carer asks
for ``shared_words`` (the export dialog's "Share my latest wellbeing check-in").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from carerdesk.domain.carer_space import (
    CHECKIN,
    CarerNoteValue,
    CheckIn,
    Period,
    TrendPoint,
    kind_of,
    note_from_json,
    note_json,
    trend,
)
from carerdesk.store.carer_note_repos import CarerNoteRepository
from carerdesk.store.loop_models import CarerNote
from carerdesk.store.repositories import AuditRepository
from carerdesk.store.service_base import Service
from carerdesk.text.i18n import translate

__all__ = ["CarerSpaceService", "NoteVersionView", "NoteView", "shared_words"]


@dataclass(frozen=True)
class NoteView:
    id: str
    kind: str
    version: int
    value: CarerNoteValue
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class NoteVersionView:
    version: int
    saved_at: dt.datetime
    value: CarerNoteValue


def _dumps(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


def _view(note: CarerNote) -> NoteView:
    return NoteView(note.id, note.kind, note.version,
                    note_from_json(note.kind, json.loads(note.content)),
                    note.created_at, note.updated_at)


class CarerSpaceService(Service):
    def add(self, value: CarerNoteValue) -> NoteView:
        content = note_json(value)
        with self._tx() as s:
            note = CarerNoteRepository(s).add(kind_of(value), dt.date.fromisoformat(
                content["date"]), _dumps(content))
            self._audit(s, "add", note)
            return _view(note)

    def amend(self, typed_id: str, value: CarerNoteValue) -> NoteView:
        """A new version of a note of the same kind (a reflection stays a reflection)."""
        content = note_json(value)
        with self._tx() as s:
            repo = CarerNoteRepository(s)
            note = repo.get(typed_id, kind_of(value))
            if note.content != _dumps(content):
                repo.update(note, dt.date.fromisoformat(content["date"]), _dumps(content))
                self._audit(s, "amend", note, f"version {note.version}")
            return _view(note)

    def notes(self, kind: str | None = None) -> list[NoteView]:
        """Every note (or every one of ``kind``), oldest first."""
        with self._tx() as s:
            return [_view(n) for n in CarerNoteRepository(s).listed(kind)]

    def note(self, typed_id: str) -> NoteView:
        with self._tx() as s:
            return _view(CarerNoteRepository(s).get(typed_id))

    def history(self, typed_id: str) -> list[NoteVersionView]:
        """Every saved version, the first included, oldest first."""
        with self._tx() as s:
            repo = CarerNoteRepository(s)
            note = repo.get(typed_id)
            return [NoteVersionView(v.version, v.saved_at,
                                    note_from_json(note.kind, json.loads(v.content)))
                    for v in repo.versions(note.id)]

    def latest_checkin(self) -> NoteView | None:
        with self._tx() as s:
            note = CarerNoteRepository(s).latest(CHECKIN)
            return _view(note) if note is not None else None

    def trend(self, by: Period = Period.WEEK, today: dt.date | None = None) -> list[TrendPoint]:
        checkins = [n.value for n in self.notes(CHECKIN) if isinstance(n.value, CheckIn)]
        return trend(checkins, by, today)

    @staticmethod
    def _audit(s: Session, action: str, note: CarerNote, detail: str | None = None) -> None:
        # the kind and id only: an audit line never holds the carer's words
        AuditRepository(s).record(f"carer-note.{action}", note.kind, note.id, detail)


def shared_words(checkin: CheckIn) -> str:
    """The check-in as a report's wellbeing note, in plain words the carer sees (and may
    change) before anything is sent."""
    lines = [translate("CarerSpace", "My wellbeing check-in on {date}: {how}.").format(
        date=checkin.date.isoformat(), how=translate("CarerSpace", checkin.how.title))]
    for label, text in ((translate("CarerSpace", "Sleep"), checkin.sleep),
                        (translate("CarerSpace", "Support I would like"), checkin.support),
                        (translate("CarerSpace", "What helped"), checkin.helped)):
        if text:
            lines.append(f"{label}: {text}")
    return "\n".join(lines)
