"""The dated profiles of issue 16: the child's profile of health, development and well-being
(the seven domains of developmental need), the care-needs profile (what the child needs from
the carer, linked to a domain), and the carers' capacity to meet those needs, which is made
with the social worker and says whose view each rating is.

Each is a value: ``validated()`` returns it tidied or raises the domain's typed errors. The
codecs in ``profile_codecs`` store them as versioned records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.input_errors import (
    EmptyProfile,
    EmptyValue,
    NoSocialWorker,
    UnknownProfileArea,
    ViewMissing,
)
from carerdesk.domain.limits import LINE_MAX, NAME_MAX, TEXT_MAX, check_length
from carerdesk.domain.profile_scale import AreaRating, area_key, checked_areas, checked_day

NEEDS, CARE_NEEDS, CAPACITY = "needs", "care-needs", "capacity"  # the kinds, as typed

# The domains of the child's developmental needs, in the order every page shows them.
DOMAINS: dict[str, str] = {
    "health": QT_TRANSLATE_NOOP("Profiles", "Health"),
    "education": QT_TRANSLATE_NOOP("Profiles", "Education and learning"),
    "emotional-behavioural": QT_TRANSLATE_NOOP("Profiles",
                                               "Emotional and behavioural development"),
    "identity": QT_TRANSLATE_NOOP("Profiles", "Identity"),
    "family-social": QT_TRANSLATE_NOOP("Profiles", "Family and social relationships"),
    "social-presentation": QT_TRANSLATE_NOOP("Profiles", "Social presentation"),
    "self-care": QT_TRANSLATE_NOOP("Profiles", "Self-care skills"),
}

# What the carers bring to meeting those needs.
CAPACITY_AREAS: dict[str, str] = {
    "basic-care": QT_TRANSLATE_NOOP("Profiles", "Basic care"),
    "safety": QT_TRANSLATE_NOOP("Profiles", "Ensuring safety"),
    "emotional-warmth": QT_TRANSLATE_NOOP("Profiles", "Emotional warmth"),
    "stimulation": QT_TRANSLATE_NOOP("Profiles", "Stimulation"),
    "guidance-boundaries": QT_TRANSLATE_NOOP("Profiles", "Guidance and boundaries"),
    "stability": QT_TRANSLATE_NOOP("Profiles", "Stability"),
    "adapting": QT_TRANSLATE_NOOP("Profiles", "Adapting to the child's changing needs"),
    "family-community": QT_TRANSLATE_NOOP("Profiles", "Using family and community support"),
}

KIND_TITLES: dict[str, str] = {
    NEEDS: QT_TRANSLATE_NOOP("Profiles", "The child's profile of health, development and "
                                         "well-being"),
    CARE_NEEDS: QT_TRANSLATE_NOOP("Profiles", "The care-needs profile"),
    CAPACITY: QT_TRANSLATE_NOOP("Profiles", "The carers' capacity to meet the child's needs"),
}


def domain_key(text: str) -> str:
    return area_key(text, DOMAINS, UnknownProfileArea, NEEDS)


def capacity_key(text: str) -> str:
    return area_key(text, CAPACITY_AREAS, UnknownProfileArea, CAPACITY)


@dataclass(frozen=True)
class NeedsProfile:
    """The child's profile on a day: each domain rated -3..+3 (optional) with its words."""

    day: dt.date
    areas: dict[str, AreaRating] = field(default_factory=dict)

    def validated(self, today: dt.date | None = None) -> NeedsProfile:
        areas = checked_areas(self.areas, DOMAINS, UnknownProfileArea, NEEDS)
        if not areas:
            raise EmptyProfile(NEEDS)
        return NeedsProfile(checked_day(self.day, today),
                            {k: replace(a, view=None) for k, a in areas.items()})

    def entry_ids(self) -> list[str]:
        return [e for a in self.areas.values() for e in a.entries]


@dataclass(frozen=True)
class CapacityProfile:
    """The carers' capacity, made with the social worker (named): every rating says whose
    view it is."""

    day: dt.date
    social_worker: str
    areas: dict[str, AreaRating] = field(default_factory=dict)

    def validated(self, today: dt.date | None = None) -> CapacityProfile:
        who = check_length((self.social_worker or "").strip(), "social_worker", NAME_MAX)
        if not who:
            raise NoSocialWorker(CAPACITY)
        areas = checked_areas(self.areas, CAPACITY_AREAS, UnknownProfileArea, CAPACITY)
        if not areas:
            raise EmptyProfile(CAPACITY)
        for key, area in areas.items():
            if area.rating is not None and area.view is None:
                raise ViewMissing(key)
        return CapacityProfile(checked_day(self.day, today), who, areas)

    def entry_ids(self) -> list[str]:
        return [e for a in self.areas.values() for e in a.entries]


@dataclass(frozen=True)
class CareNeed:
    """One row: an area of care need, what is needed from the carer, and the domain of the
    child's profile it links to (optional)."""

    area: str
    needed: str
    domain: str | None = None

    def validated(self) -> CareNeed:
        area = check_length((self.area or "").strip(), "need_area", LINE_MAX)
        needed = check_length((self.needed or "").strip(), "need_from_carer", TEXT_MAX)
        if not area:
            raise EmptyValue("need_area")
        if not needed:
            raise EmptyValue("need_from_carer")
        return CareNeed(area, needed, domain_key(self.domain) if self.domain else None)


@dataclass(frozen=True)
class CareNeedsProfile:
    day: dt.date
    needs: tuple[CareNeed, ...] = ()

    def validated(self, today: dt.date | None = None) -> CareNeedsProfile:
        needs = tuple(n.validated() for n in self.needs)
        if not needs:
            raise EmptyProfile(CARE_NEEDS)
        return CareNeedsProfile(checked_day(self.day, today), needs)

    def with_need(self, need: CareNeed) -> CareNeedsProfile:
        """A row added, or the row of the same area (by its words, any case) replaced."""
        same = (need.area or "").strip().casefold()
        rows = [need if n.area.strip().casefold() == same else n for n in self.needs]
        return replace(self, needs=tuple(rows) if need in rows else (*rows, need))
