"""The repository of the carer's own notes (``loop_models.CarerNote``): no child, every saved
state kept beside the current row in the same transaction, as child records keep theirs."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from carerdesk.domain.errors import NotFound
from carerdesk.store.loop_models import CarerNote, CarerNoteVersion
from carerdesk.store.repositories import resolve_id


class CarerNoteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, kind: str, day: dt.date, content: str) -> CarerNote:
        note = CarerNote(id=str(uuid.uuid4()), kind=kind, note_date=day, content=content,
                         version=1)
        self.session.add(note)
        self.session.flush()
        self._keep(note)
        return note

    def update(self, note: CarerNote, day: dt.date, content: str) -> CarerNote:
        note.note_date, note.content = day, content
        note.version += 1
        self.session.flush()
        self._keep(note)
        return note

    def _keep(self, note: CarerNote) -> None:
        self.session.add(CarerNoteVersion(record_id=note.id, version=note.version,
                                          content=note.content))

    def get(self, typed_id: str, kind: str | None = None) -> CarerNote:
        """A note by id or unique prefix; with ``kind``, a note of another kind is not found
        (a reflection's id never opens a check-in)."""
        wanted = kind or "carer-note"
        note = self.session.get(CarerNote, resolve_id(self.session, CarerNote.id, typed_id,
                                                      wanted))
        if note is None or (kind is not None and note.kind != kind):
            raise NotFound(wanted, typed_id)
        return note

    def listed(self, kind: str | None = None) -> list[CarerNote]:
        """Oldest first, by the day each is dated."""
        query = select(CarerNote)
        if kind is not None:
            query = query.where(CarerNote.kind == kind)
        return list(self.session.scalars(
            query.order_by(CarerNote.note_date, CarerNote.created_at, CarerNote.id)))

    def latest(self, kind: str) -> CarerNote | None:
        return self.session.scalars(
            select(CarerNote).where(CarerNote.kind == kind)
            .order_by(CarerNote.note_date.desc(), CarerNote.created_at.desc()).limit(1)).first()

    def versions(self, note_id: str) -> list[CarerNoteVersion]:
        return list(self.session.scalars(
            select(CarerNoteVersion).where(CarerNoteVersion.record_id == note_id)
            .order_by(CarerNoteVersion.version)))
