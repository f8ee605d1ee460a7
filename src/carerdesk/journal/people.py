"""The people around the child: birth family, brothers and sisters, friends, and the team
around the child. Each change keeps the earlier version."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from carerdesk.domain.profile import Living, PersonDetails, PersonRole
from carerdesk.store.profile_models import Person
from carerdesk.store.profile_repos import PeopleRepository
from carerdesk.store.repositories import AuditRepository, ChildRepository
from carerdesk.store.service_base import Service

__all__ = ["PeopleService", "PersonVersionView", "PersonView"]


@dataclass(frozen=True)
class PersonView:
    id: str
    child_id: str
    version: int
    details: PersonDetails

    def as_json(self) -> dict[str, Any]:
        d = self.details
        return {"id": self.id, "child": self.child_id, "version": self.version,
                "name": d.name, "role": d.role.value, "family_name": d.family_name,
                "living": d.living.value if d.living else None, "relation": d.relation,
                "notes": d.notes}


@dataclass(frozen=True)
class PersonVersionView:
    version: int
    saved_at: dt.datetime
    details: PersonDetails


def _details(values: dict[str, Any]) -> PersonDetails:
    return PersonDetails(values["name"], PersonRole(values["role"]), values["family_name"],
                         Living(values["living"]) if values["living"] else None,
                         values["relation"], values["notes"])


def _view(person: Person) -> PersonView:
    values = {k: getattr(person, k) for k in ("name", "role", "family_name", "living",
                                               "relation", "notes")}
    return PersonView(person.id, person.child_id, person.version, _details(values))


def _columns(details: PersonDetails) -> dict[str, Any]:
    d = details.validated()
    return {"name": d.name, "role": d.role.value, "family_name": d.family_name,
            "living": d.living.value if d.living else None, "relation": d.relation,
            "notes": d.notes}


class PeopleService(Service):

    def add(self, child: str, details: PersonDetails) -> PersonView:
        values = _columns(details)
        with self._tx() as s:
            child_id = ChildRepository(s).get(child).id
            person = PeopleRepository(s).add(child_id, values)
            AuditRepository(s).record("person.add", "person", person.id)
            return _view(person)

    def update(self, typed_id: str, details: PersonDetails) -> PersonView:
        """A new version of the person; an edit that changes nothing writes nothing."""
        values = _columns(details)
        with self._tx() as s:
            repo = PeopleRepository(s)
            person = repo.get(typed_id)
            if all(getattr(person, k) == v for k, v in values.items()):
                return _view(person)
            repo.update(person, values)
            AuditRepository(s).record("person.update", "person", person.id,
                                      f"version {person.version}")
            return _view(person)

    def people(self, child: str) -> list[PersonView]:
        with self._tx() as s:
            child_id = ChildRepository(s).get(child).id
            return [_view(p) for p in PeopleRepository(s).of_child(child_id)]

    def person(self, typed_id: str) -> PersonView:
        with self._tx() as s:
            return _view(PeopleRepository(s).get(typed_id))

    def history(self, typed_id: str) -> list[PersonVersionView]:
        with self._tx() as s:
            repo = PeopleRepository(s)
            person = repo.get(typed_id)
            return [PersonVersionView(v.version, v.saved_at, _details(json.loads(v.content)))
                    for v in repo.versions(person.id)]
