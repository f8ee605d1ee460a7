"""The repository for records kept as versioned documents (``record_models``).

Every write keeps a version beside the current row, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from carerdesk.domain.errors import NotFound
from carerdesk.store.record_models import ChildRecord, ChildRecordVersion
from carerdesk.store.repositories import resolve_id


class RecordRepository:
    def __init__(self, session: Session, kind: str) -> None:
        self.session = session
        self.kind = kind

    def add(self, child_id: str, day: dt.date, content: str) -> ChildRecord:
        record = ChildRecord(id=str(uuid.uuid4()), child_id=child_id, kind=self.kind,
                             record_date=day, content=content, version=1)
        self.session.add(record)
        self.session.flush()
        self._keep(record, None)
        return record

    def update(self, record: ChildRecord, day: dt.date, content: str,
               reason: str | None) -> ChildRecord:
        record.record_date, record.content = day, content
        record.version += 1
        self.session.flush()
        self._keep(record, reason)
        return record

    def _keep(self, record: ChildRecord, reason: str | None) -> None:
        self.session.add(ChildRecordVersion(record_id=record.id, version=record.version,
                                            reason=reason, content=record.content))

    def get(self, typed_id: str) -> ChildRecord:
        """A record of this kind by id or unique prefix; a record of another kind is not
        found (a goal's id never opens a family time)."""
        found = resolve_id(self.session, ChildRecord.id, typed_id, self.kind)
        record = self.session.get(ChildRecord, found)
        if record is None or record.kind != self.kind:
            raise NotFound(self.kind, typed_id)
        return record

    def of_child(self, child_id: str) -> list[ChildRecord]:
        """The child's records of this kind, oldest first."""
        return list(self.session.scalars(
            select(ChildRecord).where(ChildRecord.child_id == child_id,
                                      ChildRecord.kind == self.kind)
            .order_by(ChildRecord.record_date, ChildRecord.created_at, ChildRecord.id)))

    def versions(self, record_id: str) -> list[ChildRecordVersion]:
        return list(self.session.scalars(
            select(ChildRecordVersion).where(ChildRecordVersion.record_id == record_id)
            .order_by(ChildRecordVersion.version)))
