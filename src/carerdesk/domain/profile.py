"""The child's profile and the people around the child: the parts, the roles, the rules.

Every part of a profile is optional. A person needs a name and a role; another fostered child
is known by initials only (the fostering standards: other children are never named).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.input_errors import NotASibling, NotInitials, UnknownProfileField, UnknownRole
from carerdesk.domain.limits import LINE_MAX, TEXT_MAX, check_length
from carerdesk.domain.values import optional_text, required_text

# The parts of a profile, in the order the page and the command line show them.
PROFILE_FIELDS: dict[str, str] = {
    "identity": QT_TRANSLATE_NOOP("Profile", "Identity"),
    "heritage": QT_TRANSLATE_NOOP("Profile", "Heritage"),
    "culture": QT_TRANSLATE_NOOP("Profile", "Culture"),
    "faith": QT_TRANSLATE_NOOP("Profile", "Faith"),
    "languages": QT_TRANSLATE_NOOP("Profile", "Languages"),
    "send": QT_TRANSLATE_NOOP("Profile", "Special educational needs and disability"),
    "health": QT_TRANSLATE_NOOP("Profile", "Health"),
    "history": QT_TRANSLATE_NOOP("Profile", "History and its impact"),
    "triggers": QT_TRANSLATE_NOOP("Profile", "Triggers and what helps"),
    "likes": QT_TRANSLATE_NOOP("Profile", "Likes and dislikes"),
    "strengths": QT_TRANSLATE_NOOP("Profile", "Strengths and interests"),
    "carer_names": QT_TRANSLATE_NOOP("Profile", "What the child calls us"),
}
SHORT_FIELDS = frozenset({"carer_names"})  # one line; the rest may be long


def profile_field(key: str) -> str:
    """A part's key as typed (``send``, ``carer-names``), or UnknownProfileField."""
    cleaned = key.strip().lower().replace("-", "_")
    if cleaned not in PROFILE_FIELDS:
        raise UnknownProfileField("profile", key)
    return cleaned


def profile_text(key: str, text: str | None) -> str | None:
    """A part's text trimmed (None when empty), within its length."""
    cleaned = (text or "").strip() or None
    return check_length(cleaned, "profile", LINE_MAX if key in SHORT_FIELDS else TEXT_MAX)


class PersonRole(StrEnum):
    BIRTH_FAMILY = "birth-family"
    SIBLING = "sibling"
    FRIEND = "friend"
    SOCIAL_WORKER = "social-worker"
    REVIEWING_OFFICER = "reviewing-officer"
    SCHOOL = "school"
    HEALTH = "health"
    THERAPIST = "therapist"
    FOSTERED_CHILD = "fostered-child"
    OTHER = "other"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() is not used
        return ROLE_TITLES[self]

    @classmethod
    def parse(cls, text: str) -> PersonRole:
        key = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            raise UnknownRole("role", text) from None


ROLE_TITLES: dict[PersonRole, str] = {
    PersonRole.BIRTH_FAMILY: QT_TRANSLATE_NOOP("Profile", "Birth family"),
    PersonRole.SIBLING: QT_TRANSLATE_NOOP("Profile", "Brother or sister"),
    PersonRole.FRIEND: QT_TRANSLATE_NOOP("Profile", "Friend"),
    PersonRole.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Profile", "The child's social worker"),
    PersonRole.REVIEWING_OFFICER: QT_TRANSLATE_NOOP("Profile", "Independent reviewing officer"),
    PersonRole.SCHOOL: QT_TRANSLATE_NOOP("Profile", "School or designated teacher"),
    PersonRole.HEALTH: QT_TRANSLATE_NOOP("Profile", "Health"),
    PersonRole.THERAPIST: QT_TRANSLATE_NOOP("Profile", "Therapist"),
    PersonRole.FOSTERED_CHILD: QT_TRANSLATE_NOOP("Profile", "Another fostered child"),
    PersonRole.OTHER: QT_TRANSLATE_NOOP("Profile", "Someone else"),
}


class Living(StrEnum):
    """Where a brother or sister lives: with the child, or apart."""

    TOGETHER = "together"
    APART = "apart"


# One to four capital letters, each may have a full stop, spaces between or none: "JS", "J. S."
# Capitals only, so that a short name ("Jo", "Amy") is never taken for initials.
_INITIALS = re.compile(r"(?:[^\W\d_]\.?\s?){1,4}")


def initials(name: str) -> str:
    """The initials as typed, spaces tidied; NotInitials for anything more than initials."""
    cleaned = " ".join(name.split())
    letters = [c for c in cleaned if c.isalpha()]
    if not _INITIALS.fullmatch(cleaned) or not all(c.isupper() for c in letters):
        raise NotInitials("name", None)  # the typed name is never repeated back
    return cleaned


@dataclass(frozen=True)
class PersonDetails:
    """What the carer records about someone in the child's life."""

    name: str
    role: PersonRole
    family_name: str | None = None  # the child's own name for them ("Nanna")
    living: Living | None = None  # siblings only
    relation: str | None = None  # how the child relates to them
    notes: str | None = None

    def validated(self) -> PersonDetails:
        name = required_text(self.name, "name")
        if self.role is PersonRole.FOSTERED_CHILD:
            name = initials(name)
        if self.living is not None and self.role is not PersonRole.SIBLING:
            raise NotASibling("living", None)
        return PersonDetails(
            name, self.role,
            optional_text(self.family_name, "family_name"), self.living,
            optional_text(self.relation, "relation"), optional_text(self.notes, "note"))
