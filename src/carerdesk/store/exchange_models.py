"""Keys, recipients and report packages: the carer's exports and the social worker's inbox."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carerdesk.store.base import Base, UTCDateTime, utcnow


class IdentityRow(Base):
    """This vault's private keys (one row), inside the encrypted database only."""

    __tablename__ = "identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    signing_secret: Mapped[bytes] = mapped_column(LargeBinary)
    age_secret: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class RecipientRow(Base):
    """Someone reports can be sent to: a supervising social worker or the agency."""

    __tablename__ = "recipients"
    fingerprint: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    key_line: Mapped[str] = mapped_column(Text)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    from_preset: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # left the agency


class ExportRow(Base):
    """A package the carer made: what period, for whom (never its contents)."""

    __tablename__ = "exports"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    made_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    child_id: Mapped[str] = mapped_column(String(36))
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date] = mapped_column(Date)
    entries: Mapped[int] = mapped_column(Integer)
    recipients: Mapped[str] = mapped_column(Text)  # fingerprints, one per line


class KnownCarer(Base):
    """A carer's key, pinned at the first import from their vault."""

    __tablename__ = "known_carers"
    sender_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    key_line: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # None until the social worker has read the fingerprint aloud with the carer and agreed
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    vouched_by: Mapped[str | None] = mapped_column(String(40))  # an agency key's fingerprint


class ImportedReport(Base):
    """A verified, decrypted report in the social worker's vault."""

    __tablename__ = "imported_reports"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # this vault's own
    sent_id: Mapped[str | None] = mapped_column(String(36))  # the id its sender gave it
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    sender_id: Mapped[str] = mapped_column(ForeignKey("known_carers.sender_id"))
    carer: Mapped[str] = mapped_column(Text)
    child: Mapped[str] = mapped_column(Text)
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date] = mapped_column(Date)
    entries: Mapped[int] = mapped_column(Integer)
    made_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    data: Mapped[str] = mapped_column(Text)  # the report's JSON
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (Index("ix_imported_reports_sender", "sender_id", "child", "since"),)


class SupervisionNote(Base):
    """The social worker's own notes on a report; added to, never overwritten."""

    __tablename__ = "supervision_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(
        ForeignKey("imported_reports.package_id", ondelete="CASCADE"))
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_supervision_notes_package", "package_id", "id"),)
