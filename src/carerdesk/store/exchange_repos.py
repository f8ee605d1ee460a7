"""Reading and writing keys, recipients, exports and imported reports."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from carerdesk.store.exchange_models import (
    ExportRow,
    IdentityRow,
    ImportedReport,
    KnownCarer,
    RecipientRow,
    SupervisionNote,
)


class IdentityRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self) -> IdentityRow | None:
        return self.session.get(IdentityRow, 1)

    def save(self, signing_secret: bytes, age_secret: str) -> IdentityRow:
        row = IdentityRow(id=1, signing_secret=signing_secret, age_secret=age_secret)
        self.session.add(row)
        self.session.flush()
        return row


class RecipientRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[RecipientRow]:
        return list(self.session.scalars(
            select(RecipientRow).order_by(RecipientRow.is_default.desc(), RecipientRow.name)))

    def get(self, fingerprint: str) -> RecipientRow | None:
        return self.session.get(RecipientRow, fingerprint)

    def add(self, row: RecipientRow) -> RecipientRow:
        if row.is_default:
            for other in self.all():
                if other is not row:
                    other.is_default = False
        self.session.add(row)
        self.session.flush()
        return row

    def remove(self, row: RecipientRow) -> None:
        self.session.delete(row)


class ExportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: ExportRow) -> None:
        self.session.add(row)

    def last_until(self, child_id: str) -> dt.date | None:
        return self.session.scalar(select(func.max(ExportRow.until))
                                   .where(ExportRow.child_id == child_id))

    def recent(self, limit: int = 50) -> list[ExportRow]:
        return list(self.session.scalars(
            select(ExportRow).order_by(ExportRow.made_at.desc()).limit(limit)))


class InboxRepository:
    """The social worker's side: pinned carers, imported reports, notes."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def carer(self, sender_id: str) -> KnownCarer | None:
        return self.session.get(KnownCarer, sender_id)

    def carer_with(self, fingerprint: str) -> KnownCarer | None:
        return self.session.scalar(select(KnownCarer).where(KnownCarer.fingerprint == fingerprint)
                                   .limit(1))

    def carers(self) -> list[KnownCarer]:
        return list(self.session.scalars(select(KnownCarer).order_by(KnownCarer.name,
                                                                     KnownCarer.first_seen)))

    def sent(self, sender_id: str, sent_id: str) -> ImportedReport | None:
        """A report by the id its sender gave it (unique per sender, never globally)."""
        return self.session.scalar(select(ImportedReport).where(
            ImportedReport.sender_id == sender_id, ImportedReport.sent_id == sent_id).limit(1))

    def pin(self, row: KnownCarer) -> None:
        self.session.add(row)
        self.session.flush()  # before the report that refers to it

    def report(self, package_id: str) -> ImportedReport | None:
        return self.session.get(ImportedReport, package_id)

    def by_hash(self, sha256: str) -> ImportedReport | None:
        return self.session.scalar(select(ImportedReport).where(ImportedReport.sha256 == sha256))

    def add(self, row: ImportedReport) -> None:
        self.session.add(row)
        self.session.flush()

    def reports(self, package_id: str | None = None) -> list[Row[Any]]:
        """Every report (or one) without its data or PDF, with the carer's fingerprint and
        the number of notes, each column by name (as ``ReportItem`` names its fields)."""
        notes = (select(SupervisionNote.package_id, func.count().label("n"))
                 .group_by(SupervisionNote.package_id).subquery())
        query = (select(ImportedReport.package_id, ImportedReport.sender_id,
                        ImportedReport.carer, ImportedReport.child, ImportedReport.since,
                        ImportedReport.until, ImportedReport.entries, ImportedReport.made_at,
                        ImportedReport.imported_at, ImportedReport.reviewed_at,
                        ImportedReport.sent_id,
                        KnownCarer.fingerprint.label("carer_fingerprint"),
                        KnownCarer.confirmed_at, KnownCarer.vouched_by,
                        func.coalesce(notes.c.n, 0).label("notes"))
                 .join(KnownCarer, KnownCarer.sender_id == ImportedReport.sender_id)
                 .outerjoin(notes, notes.c.package_id == ImportedReport.package_id)
                 .order_by(ImportedReport.carer, ImportedReport.child,
                           ImportedReport.since.desc()))
        if package_id is not None:
            query = query.where(ImportedReport.package_id == package_id)
        return list(self.session.execute(query))

    def notes(self, package_id: str) -> list[SupervisionNote]:
        return list(self.session.scalars(
            select(SupervisionNote).where(SupervisionNote.package_id == package_id)
            .order_by(SupervisionNote.id)))

    def add_note(self, package_id: str, text: str) -> SupervisionNote:
        row = SupervisionNote(package_id=package_id, text=text)
        self.session.add(row)
        self.session.flush()
        return row
