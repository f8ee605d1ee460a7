"""The three dated profiles as versioned records (``domain.records.RecordCodec``).

``dump`` validates (a rating of +4, a date to come, an area that does not exist are refused);
``plain`` is the same JSON without the checks, for showing what is stored; ``load`` reads every
version ever written, a field added later read as empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from carerdesk.domain.needs_profile import (
    CAPACITY,
    CAPACITY_AREAS,
    CARE_NEEDS,
    DOMAINS,
    NEEDS,
    CapacityProfile,
    CareNeed,
    CareNeedsProfile,
    NeedsProfile,
)
from carerdesk.domain.profile_scale import AreaRating, View

Json = dict[str, Any]


def _area_json(area: AreaRating) -> Json:
    data: Json = {"rating": area.rating, "strengths": area.strengths,
                  "difficulties": area.difficulties, "evidence": area.evidence,
                  "entries": list(area.entries)}
    if area.view is not None:
        data["view"] = area.view.value
    return data


def _area(data: Json) -> AreaRating:
    view = data.get("view")
    return AreaRating(data.get("rating"), data.get("strengths"), data.get("difficulties"),
                      data.get("evidence"), tuple(data.get("entries") or ()),
                      View(view) if view else None)


def _areas(data: Json, order: dict[str, str]) -> dict[str, AreaRating]:
    """In the profile's own order (the stored JSON's keys are sorted); a key from a later
    version that this one does not know is kept, last."""
    stored = data.get("areas") or {}
    keys = [k for k in order if k in stored] + [k for k in stored if k not in order]
    return {key: _area(stored[key]) for key in keys}


class NeedsProfileCodec:
    kind = NEEDS

    def plain(self, value: NeedsProfile) -> Json:
        return {"date": value.day.isoformat(),
                "areas": {k: _area_json(a) for k, a in value.areas.items()}}

    def dump(self, value: NeedsProfile) -> Json:
        return self.plain(value.validated())

    def load(self, data: Json) -> NeedsProfile:
        return NeedsProfile(dt.date.fromisoformat(data["date"]), _areas(data, DOMAINS))

    def day(self, value: NeedsProfile) -> dt.date:
        return value.day

    def entries(self, value: NeedsProfile) -> Iterable[str]:
        return value.entry_ids()

    def people(self, value: NeedsProfile) -> Iterable[str]:
        return ()


class CapacityCodec:
    kind = CAPACITY

    def plain(self, value: CapacityProfile) -> Json:
        return {"date": value.day.isoformat(), "social_worker": value.social_worker,
                "areas": {k: _area_json(a) for k, a in value.areas.items()}}

    def dump(self, value: CapacityProfile) -> Json:
        return self.plain(value.validated())

    def load(self, data: Json) -> CapacityProfile:
        return CapacityProfile(dt.date.fromisoformat(data["date"]),
                               data.get("social_worker") or "", _areas(data, CAPACITY_AREAS))

    def day(self, value: CapacityProfile) -> dt.date:
        return value.day

    def entries(self, value: CapacityProfile) -> Iterable[str]:
        return value.entry_ids()

    def people(self, value: CapacityProfile) -> Iterable[str]:
        return ()


class CareNeedsCodec:
    kind = CARE_NEEDS

    def plain(self, value: CareNeedsProfile) -> Json:
        return {"date": value.day.isoformat(),
                "needs": [{"area": n.area, "needed": n.needed, "domain": n.domain}
                          for n in value.needs]}

    def dump(self, value: CareNeedsProfile) -> Json:
        return self.plain(value.validated())

    def load(self, data: Json) -> CareNeedsProfile:
        return CareNeedsProfile(dt.date.fromisoformat(data["date"]), tuple(
            CareNeed(n["area"], n["needed"], n.get("domain")) for n in data.get("needs") or ()))

    def day(self, value: CareNeedsProfile) -> dt.date:
        return value.day

    def entries(self, value: CareNeedsProfile) -> Iterable[str]:
        return ()

    def people(self, value: CareNeedsProfile) -> Iterable[str]:
        return ()
