"""Reading and writing supervision records (the social worker's side) and the ones returned
to the carer."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from carerdesk.store.loop_models import (
    ReturnedSupervision,
    SupervisionRecord,
    SupervisionRecordVersion,
)


class SupervisionRecordRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, record_id: str) -> SupervisionRecord | None:
        return self.session.get(SupervisionRecord, record_id)

    def all(self, package_id: str | None = None) -> list[SupervisionRecord]:
        query = select(SupervisionRecord).order_by(SupervisionRecord.created_at)
        if package_id is not None:
            query = query.where(SupervisionRecord.package_id == package_id)
        return list(self.session.scalars(query))

    def save(self, row: SupervisionRecord) -> None:
        """The row as it now is, and the same content as its newest version."""
        self.session.add(row)
        self.session.add(SupervisionRecordVersion(record_id=row.id, version=row.version,
                                                  content=row.content))
        self.session.flush()

    def versions(self, record_id: str) -> list[SupervisionRecordVersion]:
        return list(self.session.scalars(
            select(SupervisionRecordVersion).where(SupervisionRecordVersion.record_id == record_id)
            .order_by(SupervisionRecordVersion.version)))


class ReturnedRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, returned_id: str) -> ReturnedSupervision | None:
        return self.session.get(ReturnedSupervision, returned_id)

    def all(self) -> list[ReturnedSupervision]:
        return list(self.session.scalars(
            select(ReturnedSupervision).order_by(ReturnedSupervision.received_at.desc())))

    def add(self, row: ReturnedSupervision) -> None:
        self.session.add(row)
        self.session.flush()
