"""Records about a child kept as versioned JSON documents: family time, goals and their
reviews, developmental and capacity profiles, Secure Base reviews.

Each kind's fields and rules live in the domain (a ``RecordCodec``); the store keeps the
current document in ``child_records`` and every saved state, the first included, in
``child_record_versions``, as entries keep theirs. A carer holds tens or hundreds of these,
never millions: a document per record keeps every kind's history the same simple way.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carerdesk.store.base import Base, Timestamps, UTCDateTime, utcnow


class ChildRecord(Timestamps, Base):
    __tablename__ = "child_records"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id"))
    kind: Mapped[str] = mapped_column(String(32))
    record_date: Mapped[dt.date] = mapped_column(Date)  # what the record is dated: lists sort by it
    content: Mapped[str] = mapped_column(Text)  # JSON, as the kind's codec writes it
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (Index("ix_child_records_child_kind", "child_id", "kind", "record_date"),)


class ChildRecordVersion(Base):
    __tablename__ = "child_record_versions"
    record_id: Mapped[str] = mapped_column(ForeignKey("child_records.id", ondelete="CASCADE"),
                                           primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
