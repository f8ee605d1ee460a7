"""The child's profile: name, dates and every part, each edit kept as a new version.

An edit that changes nothing writes nothing. The first edit keeps the record as it was
before it (version 1), so a name given when the child was added is never lost; so is a
change made elsewhere since the last version (the Edit child dialog).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from carerdesk.domain.dates import not_in_future
from carerdesk.domain.profile import PROFILE_FIELDS, profile_field, profile_text
from carerdesk.domain.values import not_before, optional_text, required_text
from carerdesk.journal.views import ChildView
from carerdesk.store.models import Child
from carerdesk.store.profile_models import ChildProfile, ChildProfileVersion
from carerdesk.store.profile_repos import ProfileRepository
from carerdesk.store.repositories import AuditRepository, ChildRepository
from carerdesk.store.service_base import Service

__all__ = ["KEEP", "ProfileService", "ProfileVersionView", "ProfileView", "check_dates"]

KEEP: Any = object()  # "leave this as it is" for an edit that names only some parts


def check_dates(born: dt.date | None, placed: dt.date | None, ended: dt.date | None) -> None:
    """The rules the Edit child dialog keeps too: none to come, in life's order."""
    for day, name in ((born, "born"), (placed, "placed"), (ended, "ended")):
        if day is not None:
            not_in_future(day, name)
    not_before(placed, born, "placed")
    not_before(ended, placed, "ended")
    not_before(ended, born, "ended:born")


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@dataclass(frozen=True)
class ProfileVersionView:
    version: int
    saved_at: dt.datetime
    reason: str | None
    name: str
    born: dt.date | None
    placed: dt.date | None
    ended: dt.date | None
    parts: Mapping[str, str | None] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"version": self.version, "saved_at": self.saved_at.isoformat(),
                "reason": self.reason, "name": self.name,
                "born": self.born.isoformat() if self.born else None,
                "placed": self.placed.isoformat() if self.placed else None,
                "ended": self.ended.isoformat() if self.ended else None,
                "profile": dict(self.parts)}


@dataclass(frozen=True)
class ProfileView:
    child: ChildView
    parts: Mapping[str, str | None]
    version: int  # 0: never edited

    def as_json(self) -> dict[str, Any]:
        return {**self.child.as_json(),
                "ended": self.child.ended.isoformat() if self.child.ended else None,
                "version": self.version, "profile": dict(self.parts)}


def _version_view(row: ChildProfileVersion) -> ProfileVersionView:
    content = json.loads(row.content)
    return ProfileVersionView(row.version, row.saved_at, row.reason, content["name"],
                              _day(content["born"]), _day(content["placed"]),
                              _day(content["ended"]),
                              {key: content["parts"].get(key) for key in PROFILE_FIELDS})


class ProfileService(Service):

    def profile(self, typed_id: str) -> ProfileView:
        with self._tx() as s:
            child = ChildRepository(s).get(typed_id)
            return self._view(child, ProfileRepository(s).get(child.id))

    @staticmethod
    def _view(child: Child, profile: ChildProfile | None) -> ProfileView:
        view = ChildView(child.id, child.name, child.born, child.placed, child.placement_ended)
        parts = {key: getattr(profile, key) if profile else None for key in PROFILE_FIELDS}
        return ProfileView(view, parts, profile.version if profile else 0)

    def save(self, typed_id: str, *, name: Any = KEEP, born: Any = KEEP, placed: Any = KEEP,
             ended: Any = KEEP, parts: Mapping[str, str | None] | None = None,
             reason: str | None = None) -> ProfileView:
        """Change what is given (KEEP leaves the rest); a new version when anything differs."""
        changed = {profile_field(k): profile_text(profile_field(k), v)
                   for k, v in (parts or {}).items()}
        if name is not KEEP:
            name = required_text(name, "name")
        reason = optional_text(reason, "reason")
        with self._tx() as s:
            child = ChildRepository(s).get(typed_id)
            days = [child.born if born is KEEP else born,
                    child.placed if placed is KEEP else placed,
                    child.placement_ended if ended is KEEP else ended]
            check_dates(*days)
            repo = ProfileRepository(s)
            existing = repo.get(child.id)
            before = repo.snapshot(child, existing)
            after: dict[str, Any] = {"name": child.name if name is KEEP else name,
                     **dict(zip(("born", "placed", "ended"),
                                (d.isoformat() if d else None for d in days), strict=True)),
                     "parts": {**before["parts"], **changed}}
            if after == before:
                return self._view(child, existing)
            profile = repo.get_or_new(child.id)
            latest = repo.latest(child.id)
            if latest is None or json.loads(latest.content) != before:
                repo.keep(profile, before, None)  # what was there, before this edit
            child.name = after["name"]
            child.born, child.placed, child.placement_ended = days
            ChildRepository(s).keep_version(child, reason)  # the name and dates' own history
            for key, value in after["parts"].items():
                setattr(profile, key, value)
            version = repo.keep(profile, after, reason)
            AuditRepository(s).record("child.profile", "child", child.id, f"version {version}")
            s.flush()
            return self._view(child, profile)

    def history(self, typed_id: str) -> list[ProfileVersionView]:
        """Every kept version, oldest first (none for a child never edited here)."""
        with self._tx() as s:
            child = ChildRepository(s).get(typed_id)
            return [_version_view(v) for v in ProfileRepository(s).versions(child.id)]
