"""What comes back from supervision, and the carer's own space (migration 0010).

The social worker's supervision record answers one imported report and is kept with every
version; the carer's side keeps each returned supervision as it arrived. The carer's own
notes (private reflections, wellbeing check-ins) belong to no child and leave the vault only
when the carer shares a part of one in a report.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carerdesk.store.base import Base, Timestamps, UTCDateTime, utcnow


class SupervisionRecord(Timestamps, Base):
    __tablename__ = "supervision_records"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    package_id: Mapped[str] = mapped_column(
        ForeignKey("imported_reports.package_id", ondelete="CASCADE"))
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    content: Mapped[str] = mapped_column(Text)  # JSON
    version: Mapped[int] = mapped_column(Integer, default=1)


class SupervisionRecordVersion(Base):
    __tablename__ = "supervision_record_versions"
    record_id: Mapped[str] = mapped_column(
        ForeignKey("supervision_records.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    content: Mapped[str] = mapped_column(Text)


class ReturnedSupervision(Base):
    """A supervision record as the carer received it, verified and decrypted."""

    __tablename__ = "returned_supervisions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_fingerprint: Mapped[str] = mapped_column(String(40))
    answers: Mapped[str] = mapped_column(String(36))  # the export package it answers
    child_id: Mapped[str | None] = mapped_column(String(36))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    data: Mapped[str] = mapped_column(Text)  # JSON


class CarerNote(Timestamps, Base):
    __tablename__ = "carer_notes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # "reflection", "wellbeing"
    note_date: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)  # JSON
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (Index("ix_carer_notes_kind", "kind", "note_date"),)


class CarerNoteVersion(Base):
    __tablename__ = "carer_note_versions"
    record_id: Mapped[str] = mapped_column(ForeignKey("carer_notes.id", ondelete="CASCADE"),
                                           primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    content: Mapped[str] = mapped_column(Text)
