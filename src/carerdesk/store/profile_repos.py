"""Repositories for the child's profile and the people around the child.

Every write keeps a version (JSON) beside the current row, in the same transaction: an edit
never overwrites what was there before.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from carerdesk.domain.errors import NotFound
from carerdesk.domain.profile import PROFILE_FIELDS
from carerdesk.store.models import Child
from carerdesk.store.profile_models import ChildProfile, ChildProfileVersion, Person, PersonVersion
from carerdesk.store.repositories import resolve_id

PERSON_COLUMNS = ("name", "role", "family_name", "living", "relation", "notes")


def _dumps(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, child_id: str) -> ChildProfile | None:
        return self.session.get(ChildProfile, child_id)

    def get_or_new(self, child_id: str) -> ChildProfile:
        profile = self.get(child_id)
        if profile is None:
            profile = ChildProfile(child_id=child_id, version=0)
            self.session.add(profile)
        return profile

    @staticmethod
    def snapshot(child: Child, profile: ChildProfile | None) -> dict[str, Any]:
        """The child's record as a version holds it: name, dates, every part."""
        return {
            "name": child.name,
            "born": child.born.isoformat() if child.born else None,
            "placed": child.placed.isoformat() if child.placed else None,
            "ended": child.placement_ended.isoformat() if child.placement_ended else None,
            "parts": {key: getattr(profile, key) if profile else None for key in PROFILE_FIELDS},
        }

    def versions(self, child_id: str) -> list[ChildProfileVersion]:
        return list(self.session.scalars(
            select(ChildProfileVersion).where(ChildProfileVersion.child_id == child_id)
            .order_by(ChildProfileVersion.version)))

    def latest(self, child_id: str) -> ChildProfileVersion | None:
        return self.session.scalars(
            select(ChildProfileVersion).where(ChildProfileVersion.child_id == child_id)
            .order_by(ChildProfileVersion.version.desc()).limit(1)).first()

    def keep(self, profile: ChildProfile, content: dict[str, Any], reason: str | None) -> int:
        profile.version = (profile.version or 0) + 1
        self.session.add(ChildProfileVersion(child_id=profile.child_id, version=profile.version,
                                             reason=reason, content=_dumps(content)))
        return profile.version


class PeopleRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, child_id: str, values: dict[str, Any]) -> Person:
        person = Person(id=str(uuid.uuid4()), child_id=child_id, version=1, **values)
        self.session.add(person)
        self.session.flush()
        self._keep(person)
        return person

    def update(self, person: Person, values: dict[str, Any]) -> Person:
        for key, value in values.items():
            setattr(person, key, value)
        person.version += 1
        self.session.flush()
        self._keep(person)
        return person

    def _keep(self, person: Person) -> None:
        content = {key: getattr(person, key) for key in PERSON_COLUMNS}
        self.session.add(PersonVersion(person_id=person.id, version=person.version,
                                       content=_dumps(content)))

    def get(self, typed_id: str) -> Person:
        found = resolve_id(self.session, Person.id, typed_id, "person")
        person = self.session.get(Person, found)
        if person is None:
            raise NotFound("person", typed_id)
        return person

    def of_child(self, child_id: str) -> list[Person]:
        return list(self.session.scalars(
            select(Person).where(Person.child_id == child_id)
            .order_by(Person.created_at, Person.id)))

    def count(self, child_id: str) -> int:
        return self.session.scalar(select(func.count()).select_from(Person).where(
            Person.child_id == child_id)) or 0

    def versions(self, person_id: str) -> list[PersonVersion]:
        return list(self.session.scalars(
            select(PersonVersion).where(PersonVersion.person_id == person_id)
            .order_by(PersonVersion.version)))
