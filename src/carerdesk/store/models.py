"""Typed models of the household, the children and the journal."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from carerdesk.store.base import Base, Timestamps, UTCDateTime, utcnow


class Meta(Base):
    """Facts about the vault itself: role, household name, when it was made."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Household(Timestamps, Base):
    """The foster family: one row. The carers' own names appear on their reports."""

    __tablename__ = "household"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    carers: Mapped[str | None] = mapped_column(Text)
    agency: Mapped[str | None] = mapped_column(Text)


class Child(Timestamps, Base):
    __tablename__ = "children"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    born: Mapped[dt.date | None] = mapped_column(Date)
    placed: Mapped[dt.date | None] = mapped_column(Date)
    placement_ended: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ChildVersion(Base):
    """Every saved version of a child's name and dates, the first included (revision 0012)."""

    __tablename__ = "child_versions"
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"),
                                          primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    born: Mapped[dt.date | None] = mapped_column(Date)
    placed: Mapped[dt.date | None] = mapped_column(Date)
    placement_ended: Mapped[dt.date | None] = mapped_column(Date)


class EntryChild(Base):
    __tablename__ = "entry_children"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"),
                                          primary_key=True)
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id"), primary_key=True)
    # JSON list: the parts of a sibling entry in this child's report; NULL = every part
    shared: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_entry_children_child", "child_id", "entry_id"),)


class EntryCategory(Base):
    __tablename__ = "entry_categories"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"),
                                          primary_key=True)
    category: Mapped[str] = mapped_column(String(32), primary_key=True)


class ObservationRow(Base):
    """One Secure Base dimension within an entry, in the Interview's four parts."""

    __tablename__ = "observations"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"),
                                          primary_key=True)
    dimension: Mapped[str] = mapped_column(String(32), primary_key=True)
    what_happened: Mapped[str | None] = mapped_column(Text)
    meaning: Mapped[str | None] = mapped_column(Text)
    what_i_did: Mapped[str | None] = mapped_column(Text)
    how_i_felt: Mapped[str | None] = mapped_column(Text)
    rating: Mapped[int | None] = mapped_column(Integer)
    rating_birth: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        CheckConstraint("rating IS NULL OR rating BETWEEN 0 AND 10", name="rating_range"),
        CheckConstraint("rating_birth IS NULL OR rating_birth BETWEEN 0 AND 10",
                        name="rating_birth_range"),
    )


class Entry(Timestamps, Base):
    """The current version of a journal entry; every version is also in ``entry_versions``."""

    __tablename__ = "entries"
    # An integer key, stable across VACUUM, so the full-text index can share the rowid.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    entry_date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[str | None] = mapped_column(Text)
    voice: Mapped[str | None] = mapped_column(Text)
    reflection: Mapped[str | None] = mapped_column(Text)
    significant: Mapped[bool] = mapped_column(Boolean, default=False)
    significant_kind: Mapped[str | None] = mapped_column(String(48))
    who_was_told: Mapped[str | None] = mapped_column(Text)
    told_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    event: Mapped[str | None] = mapped_column(Text)  # JSON: a significant event's detail
    next_steps: Mapped[str | None] = mapped_column(Text)
    marks: Mapped[str | None] = mapped_column(Text)  # JSON: fact / opinion / reported spans
    # The carer's "bring to supervision" star: not part of the words, so no new version
    for_supervision: Mapped[bool] = mapped_column(Boolean, default=False,
                                                  server_default="0")
    version: Mapped[int] = mapped_column(Integer, default=1)

    children: Mapped[list[EntryChild]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    categories: Mapped[list[EntryCategory]] = relationship(cascade="all, delete-orphan",
                                                           lazy="selectin")
    observations: Mapped[list[ObservationRow]] = relationship(cascade="all, delete-orphan",
                                                             lazy="selectin")
    __table_args__ = (Index("ix_entries_date_seq", "entry_date", "seq"),)


class EntryVersion(Base):
    """Every saved version of an entry, the first included: amending never erases."""

    __tablename__ = "entry_versions"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"),
                                          primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)  # JSON of EntryContent


class Draft(Base):
    """Editor state saved as the carer types, so a crash or a lock loses nothing.

    ``state`` is whatever the editor holds, valid or not yet; ``entry_id`` is set when the
    draft amends a saved entry.
    """

    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entry_id: Mapped[str | None] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class AuditEvent(Base):
    """Who did what to which record, when. Holds ids and actions, never record text."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(48))
    subject_kind: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(Text)


class LifeStoryPage(Timestamps, Base):
    """A page of a child's life-story book, in the order the book shows them."""

    __tablename__ = "lifestory_pages"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    story: Mapped[str] = mapped_column(Text, default="")
    when_text: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    voice: Mapped[str | None] = mapped_column(Text)
    people: Mapped[str | None] = mapped_column(Text)
    layout: Mapped[str] = mapped_column(String(24))
    in_reports: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_lifestory_pages_child", "child_id", "position"),)


class Photo(Base):
    """A photo re-encoded without metadata, kept only inside the encrypted database."""

    __tablename__ = "photos"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    page_id: Mapped[str] = mapped_column(ForeignKey("lifestory_pages.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    consent: Mapped[str | None] = mapped_column(Text)  # who agreed to its use
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    __table_args__ = (Index("ix_photos_page", "page_id", "position"),)
