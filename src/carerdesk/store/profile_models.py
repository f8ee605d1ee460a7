"""The child's profile and the people around the child, each kept with every version.

The current state is in ``child_profiles`` and ``child_people``; every saved state, the first
included, is also a JSON row in the matching ``*_versions`` table, as entries keep theirs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carerdesk.store.base import Base, Timestamps, UTCDateTime, utcnow


class ChildProfile(Timestamps, Base):
    """One per child; each part optional. ``version`` is the newest kept version."""

    __tablename__ = "child_profiles"
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    identity: Mapped[str | None] = mapped_column(Text)
    heritage: Mapped[str | None] = mapped_column(Text)
    culture: Mapped[str | None] = mapped_column(Text)
    faith: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str | None] = mapped_column(Text)
    send: Mapped[str | None] = mapped_column(Text)
    health: Mapped[str | None] = mapped_column(Text)
    history: Mapped[str | None] = mapped_column(Text)
    triggers: Mapped[str | None] = mapped_column(Text)
    likes: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    carer_names: Mapped[str | None] = mapped_column(Text)


class ChildProfileVersion(Base):
    """A saved state of the child's record: name, dates and every part of the profile."""

    __tablename__ = "child_profile_versions"
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)  # JSON


class Person(Timestamps, Base):
    """Someone in the child's life: family, friends, the team around the child."""

    __tablename__ = "child_people"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id"))
    role: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(Text)
    family_name: Mapped[str | None] = mapped_column(Text)  # the child's own name for them
    living: Mapped[str | None] = mapped_column(String(8))  # siblings: together / apart
    relation: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (Index("ix_child_people_child", "child_id", "role"),)


class PersonVersion(Base):
    """Every saved state of a person, the first included."""

    __tablename__ = "child_person_versions"
    person_id: Mapped[str] = mapped_column(ForeignKey("child_people.id", ondelete="CASCADE"),
                                           primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    content: Mapped[str] = mapped_column(Text)  # JSON
