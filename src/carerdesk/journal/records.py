"""One service for every kind of record kept as a versioned document (``domain.records``):
add, amend (the earlier version kept), list per child, read one, read its history.

A kind is a codec; ``RecordService(sessions, database, codec)`` is its whole service. Links
are checked here, in the same transaction as the write: an entry cited as evidence, or a
person named in a family time, must belong to the same child.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from carerdesk.domain.errors import NotAmendable, NotFound
from carerdesk.domain.input_errors import OtherChildsRecord
from carerdesk.domain.records import RecordCodec
from carerdesk.store.db_errors import Sessions
from carerdesk.store.models import Entry, EntryChild
from carerdesk.store.profile_models import Person
from carerdesk.store.record_models import ChildRecord
from carerdesk.store.record_repos import RecordRepository
from carerdesk.store.repositories import AuditRepository, ChildRepository
from carerdesk.store.service_base import Service

__all__ = ["Document", "RecordDocuments", "RecordService", "RecordVersionView", "RecordView"]

T = TypeVar("T")


@dataclass(frozen=True)
class RecordView(Generic[T]):
    id: str
    child_id: str
    version: int
    value: T
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class RecordVersionView(Generic[T]):
    version: int
    saved_at: dt.datetime
    reason: str | None
    value: T


def _dumps(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


class RecordService(Service, Generic[T]):
    def __init__(self, sessions: Sessions, database: str, codec: RecordCodec[T]) -> None:
        super().__init__(sessions, database)
        self.codec = codec

    def _repo(self, s: Session) -> RecordRepository:
        return RecordRepository(s, self.codec.kind)

    def _view(self, record: ChildRecord) -> RecordView[T]:
        return RecordView(record.id, record.child_id, record.version,
                          self.codec.load(json.loads(record.content)),
                          record.created_at, record.updated_at)

    def add(self, child: str, value: T) -> RecordView[T]:
        content = self.codec.dump(value)
        with self._tx() as s:
            child_id = ChildRepository(s).get(child).id
            self._check_links(s, child_id, value)
            record = self._repo(s).add(child_id, self.codec.day(value), _dumps(content))
            AuditRepository(s).record(f"{self.codec.kind}.add", self.codec.kind, record.id)
            return self._view(record)

    def amend(self, typed_id: str, value: T, reason: str | None = None) -> RecordView[T]:
        """A new version; an amendment that changes nothing writes nothing. A kind whose
        codec says ``amendable = False`` (the child's own words) refuses every amendment."""
        if not getattr(self.codec, "amendable", True):
            raise NotAmendable(self.codec.kind, typed_id)
        content = _dumps(self.codec.dump(value))
        with self._tx() as s:
            repo = self._repo(s)
            record = repo.get(typed_id)
            if record.content == content:
                return self._view(record)
            self._check_links(s, record.child_id, value)
            repo.update(record, self.codec.day(value), content, reason)
            AuditRepository(s).record(f"{self.codec.kind}.amend", self.codec.kind, record.id,
                                      f"version {record.version}")
            return self._view(record)

    def records(self, child: str) -> list[RecordView[T]]:
        """The child's records of this kind, by date, oldest first."""
        with self._tx() as s:
            child_id = ChildRepository(s).get(child).id
            return [self._view(r) for r in self._repo(s).of_child(child_id)]

    def record(self, typed_id: str) -> RecordView[T]:
        with self._tx() as s:
            return self._view(self._repo(s).get(typed_id))

    def history(self, typed_id: str) -> list[RecordVersionView[T]]:
        """Every saved version, the first included, oldest first."""
        with self._tx() as s:
            repo = self._repo(s)
            record = repo.get(typed_id)
            return [RecordVersionView(v.version, v.saved_at, v.reason,
                                      self.codec.load(json.loads(v.content)))
                    for v in repo.versions(record.id)]

    def _check_links(self, s: Session, child_id: str, value: T) -> None:
        for entry_id in self.codec.entries(value):
            _entry_of(s, child_id, entry_id)
        for person_id in self.codec.people(value):
            _person_of(s, child_id, person_id)


def _entry_of(s: Session, child_id: str, entry_id: str) -> None:
    """Links are full ids (the CLI and the GUI resolve what was typed first)."""
    if s.scalar(select(Entry.seq).where(Entry.id == entry_id)) is None:
        raise NotFound("entry", entry_id)
    about = s.scalars(select(EntryChild.child_id).where(EntryChild.entry_id == entry_id)).all()
    if child_id not in about:
        raise OtherChildsRecord("entry", entry_id)


def _person_of(s: Session, child_id: str, person_id: str) -> None:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound("person", person_id)
    if person.child_id != child_id:
        raise OtherChildsRecord("person", person_id)


@dataclass(frozen=True)
class Document:
    """A record of any kind as stored: what a report package carries."""

    kind: str
    id: str
    version: int
    date: dt.date
    content: dict[str, Any]


class RecordDocuments(Service):
    """Every kind's records of one child at once, as their codecs wrote them."""

    def of_child(self, child: str, until: dt.date | None = None) -> list[Document]:
        with self._tx() as s:
            child_id = ChildRepository(s).get(child).id
            query = select(ChildRecord).where(ChildRecord.child_id == child_id)
            if until is not None:
                query = query.where(ChildRecord.record_date <= until)
            rows = s.scalars(query.order_by(ChildRecord.kind, ChildRecord.record_date,
                                            ChildRecord.created_at))
            return [Document(r.kind, r.id, r.version, r.record_date, json.loads(r.content))
                    for r in rows]
