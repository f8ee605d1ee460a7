"""Where the ecomap puts everyone: the child in the middle, the people around them grouped
by kind (birth family from the top, then brothers and sisters on the left, friends and other
children below, the team around the child on the right). Pure geometry, no drawing: the PDFs
(summary and closed record) draw from it, and a test checks that no box overlaps another.

Each person is tried at their own angle on an ellipse around the child, then a little to
either side, on a ring nearer or further out; when nobody fits, the picture grows taller and
everyone is placed again. Twenty people fit on an A4 page's width.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from carerdesk.domain.profile import PersonRole

# The order round the circle (anticlockwise from the top), and each role's group.
GROUPS = ("family", "siblings", "friends", "other", "team")
GROUP_OF = {
    PersonRole.BIRTH_FAMILY: "family",
    PersonRole.SIBLING: "siblings",
    PersonRole.FRIEND: "friends",
    PersonRole.FOSTERED_CHILD: "friends",
    PersonRole.OTHER: "other",
    PersonRole.SOCIAL_WORKER: "team",
    PersonRole.REVIEWING_OFFICER: "team",
    PersonRole.SCHOOL: "team",
    PersonRole.HEALTH: "team",
    PersonRole.THERAPIST: "team",
}
GAP = 6.0  # the least room between two boxes
_TRIES = ((0.0, 1.0), (0.0, 0.72), (0.0, 1.22), (-0.5, 1.0), (0.5, 1.0), (-0.5, 0.72),
          (0.5, 0.72), (-0.5, 1.22), (0.5, 1.22), (0.0, 0.5), (-0.25, 0.86), (0.25, 0.86))


@dataclass(frozen=True)
class Box:
    x: float  # the centre
    y: float  # the centre, upwards from the bottom (as reportlab draws)
    width: float
    height: float

    def overlaps(self, other: Box, gap: float = GAP) -> bool:
        return (abs(self.x - other.x) < (self.width + other.width) / 2 + gap
                and abs(self.y - other.y) < (self.height + other.height) / 2 + gap)

    def inside(self, width: float, height: float) -> bool:
        return (self.width / 2 <= self.x <= width - self.width / 2
                and self.height / 2 <= self.y <= height - self.height / 2)


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    child: Box
    people: tuple[Box, ...]  # in the order the people were given


def group_order(roles: Sequence[PersonRole]) -> list[int]:
    """The indexes of ``roles`` in the order they go round the circle (stable in a group)."""
    return sorted(range(len(roles)), key=lambda i: GROUPS.index(GROUP_OF[roles[i]]))


def _attempt(roles: Sequence[PersonRole], width: float, height: float, box_w: float,
             box_h: float, child: Box) -> list[Box] | None:
    order = group_order(roles)
    rx, ry = (width - box_w) / 2, (height - box_h) / 2
    step = 2 * math.pi / max(len(order), 1)
    placed: list[Box] = []
    at: dict[int, Box] = {}
    for slot, index in enumerate(order):
        for shift, ring in _TRIES:
            angle = math.pi / 2 + step * (slot + shift)
            box = Box(child.x + rx * ring * math.cos(angle), child.y + ry * ring * math.sin(angle),
                      box_w, box_h)
            if box.inside(width, height) and not box.overlaps(child) and not any(
                    box.overlaps(other) for other in placed):
                placed.append(box)
                at[index] = box
                break
        else:
            return None
    return [at[i] for i in range(len(roles))]


def ecomap_layout(roles: Sequence[PersonRole], width: float, box_w: float = 104.0,
                  box_h: float = 34.0, child_w: float = 120.0, child_h: float = 38.0,
                  least_height: float = 240.0) -> Layout:
    """Every person's box (their roles in the order given), none overlapping another or the
    child's, all inside ``width`` and the returned height."""
    height = least_height
    while True:
        child = Box(width / 2, height / 2, child_w, child_h)
        spots = _attempt(roles, width, height, box_w, box_h, child)
        if spots is not None:
            return Layout(width, height, child, tuple(spots))
        height += 24.0  # taller, and try everyone again: the sides gain room each time
