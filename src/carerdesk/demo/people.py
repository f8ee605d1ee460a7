"""The child's profile and the people around them: birth family with the child's own names for
them, brothers and sisters (with us or apart), a friend, the team around the child, and the
other children we foster by initials only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from carerdesk.demo import phrases_family as F
from carerdesk.demo.bulk import Bulk
from carerdesk.demo.cast import SIBLINGS_TOGETHER, DemoChild
from carerdesk.domain.profile import Living, PersonDetails, PersonRole


@dataclass
class Circle:
    """Ids and names of the people a child's records link to."""

    family: dict[str, Any]  # the FAMILIES entry, names filled in
    child_sw: str
    ids: dict[str, str] = field(default_factory=dict)  # "mum", "elder", "sib" -> person id

    @property
    def called(self) -> tuple[str, ...]:
        """The child's own names for their birth family (for entries)."""
        return (self.family["mum_called"], self.family["elder_called"], self.family["sib"])


def family_of(child: DemoChild) -> dict[str, Any]:
    together = child.index in SIBLINGS_TOGETHER
    number = 0 if together else (child.index - 1) % len(F.FAMILIES)
    family = {k: v.format(surname=child.surname, name=child.first) if isinstance(v, str)
              else v for k, v in F.FAMILIES[number].items()}
    return {**family, "number": number + child.index // len(F.FAMILIES)}


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def fill_profile(workspace: Bulk, child: DemoChild, circle: Circle, others: list[DemoChild],
                 child_id: str) -> None:
    i, family, obj = child.index, circle.family, child.words[1]
    brothers = [o for o in others if o.index in SIBLINGS_TOGETHER and child.index in
                SIBLINGS_TOGETHER]
    with_sib = f", {family['sib']} and {brothers[0].first}" if brothers else \
        f" and {family['sib']}"
    parts = {
        "identity": f"Likes to be called {child.first}; proud of the {child.surname} family "
                    "name.",
        "heritage": family["heritage"], "culture": family["culture"], "faith": family["faith"],
        "languages": family["languages"], "send": F.SEND[i % 4], "health": F.HEALTH[i % 4],
        "history": F.HISTORY.format(name=child.first, obj=obj, with_sib=with_sib,
                                    placed=long_date(child.placed)),
        "triggers": F.TRIGGERS[i % 4], "likes": F.LIKES[i % 4], "strengths": F.STRENGTHS[i % 4],
        "carer_names": F.CARER_NAMES[i % 4],
    }
    workspace.profiles.save(child_id, parts=parts, ended=child.ends,
                            reason=None if child.ends is None else "Moved on at 21")


def add_people(workspace: Bulk, child: DemoChild, circle: Circle,
               others: list[DemoChild], child_id: str, friend: str, until: dt.date) -> None:
    family, first = circle.family, child.first
    add = workspace.people.add
    circle.ids["mum"] = add(child_id, PersonDetails(
        family["mum"], PersonRole.BIRTH_FAMILY, family["mum_called"],
        relation=f"Mum. {first} loves her and worries about her; family time at the family "
                 "centre.")).id
    circle.ids["elder"] = add(child_id, PersonDetails(
        family["elder"], PersonRole.BIRTH_FAMILY, family["elder_called"],
        relation="Grandparent; a steady, loving presence. Visits unsupervised.")).id
    circle.ids["sib"] = add(child_id, PersonDetails(
        family["sib"], PersonRole.SIBLING, family["sib"], Living.APART,
        relation=f"{family['sib_rel']}; {family['sib_where']}.")).id
    for other in others:
        if {other.index, child.index} <= set(SIBLINGS_TOGETHER):
            add(child_id, PersonDetails(other.first, PersonRole.SIBLING, other.first,
                                        Living.TOGETHER, relation="Lives with us too."))
        else:
            add(child_id, PersonDetails(f"{other.first[0]}. {other.surname[0]}.",
                                        PersonRole.FOSTERED_CHILD,
                                        relation="Another child we foster."))
    team = [(circle.child_sw, PersonRole.SOCIAL_WORKER,
             f"Visits every six weeks; {first} likes the drawing they do together."),
            (F.IRO[child.index % len(F.IRO)], PersonRole.REVIEWING_OFFICER,
             f"Chairs the reviews; meets {first} before each one."),
            (F.SCHOOLS[child.stage(child.ends or until)], PersonRole.SCHOOL,
             "The designated person for children in care."),
            (F.GP, PersonRole.HEALTH, "Our family doctor."),
            (f"{friend} and family", PersonRole.FRIEND, f"{first}'s best friend.")]
    if child.index % 2:
        team.append((F.THERAPIST, PersonRole.THERAPIST, "Weekly sessions."))
    for name, role, relation in team:
        add(child_id, PersonDetails(name, role, relation=relation))
