"""Where the ecomap puts everyone: the child in the middle, the people around them grouped
by kind (birth family from the top, then brothers and sisters on the left, friends and other
children below, the team around the child on the right). Pure geometry, no drawing: the PDFs
(summary and closed record) draw from it, and a test checks that no box overlaps another.

Each person is tried at their own angle on an ellipse around the child, then a little to
either side, on a ring nearer or further out, where their box overlaps nobody's and the line
from the child to them runs through no other box; when someone does not fit, the picture
grows taller and everyone is placed again (past a page's height, a line may pass behind a
box). Twenty people fit on an A4 page's width.
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
CLEAR_UP_TO = 560.0  # maps up to this height are tried for the one with the fewest lines
# running behind a box; past it, the first where everyone fits
_TRIES = tuple((shift, ring) for shift in (0.0, -0.25, 0.25, -0.5, 0.5)
               for ring in (1.0, 1.22, 0.72, 0.86, 1.1, 0.55))  # nearest their own angle first


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


def crosses(x0: float, y0: float, x1: float, y1: float, box: Box, gap: float = 2.0) -> bool:
    """Whether the line from (x0, y0) to (x1, y1) passes through ``box`` (Liang-Barsky)."""
    low, high = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    left, right = box.x - box.width / 2 - gap, box.x + box.width / 2 + gap
    bottom, top = box.y - box.height / 2 - gap, box.y + box.height / 2 + gap
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - bottom), (dy, top - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def group_order(roles: Sequence[PersonRole]) -> list[int]:
    """The indexes of ``roles`` in the order they go round the circle (stable in a group)."""
    return sorted(range(len(roles)), key=lambda i: GROUPS.index(GROUP_OF[roles[i]]))


def _crossings(box: Box, child: Box, placed: list[Box]) -> int:
    """How many lines to the child would run through another person's box: this one's line
    through theirs, or theirs through this one."""
    return sum(crosses(child.x, child.y, box.x, box.y, other)
               + crosses(child.x, child.y, other.x, other.y, box) for other in placed)


def _attempt(roles: Sequence[PersonRole], width: float, height: float, box_w: float,
             box_h: float, child: Box, prefer_clear: bool) -> tuple[int, list[Box]] | None:
    """Each person in turn at the free spot nearest their angle (with ``prefer_clear``, the
    one of those with the fewest lines running through a box); how many lines run through a
    box, and the boxes; None when someone has no spot."""
    order = group_order(roles)
    rx, ry = (width - box_w) / 2, (height - box_h) / 2
    step = 2 * math.pi / max(len(order), 1)
    placed: list[Box] = []
    at: dict[int, Box] = {}
    total = 0
    for slot, index in enumerate(order):
        best: tuple[int, Box] | None = None
        for shift, ring in _TRIES:
            angle = math.pi / 2 + step * (slot + shift)
            box = Box(child.x + rx * ring * math.cos(angle), child.y + ry * ring * math.sin(angle),
                      box_w, box_h)
            if not box.inside(width, height) or box.overlaps(child) or any(
                    box.overlaps(other) for other in placed):
                continue
            count = _crossings(box, child, placed)
            if best is None or count < best[0]:
                best = (count, box)
            if count == 0 or not prefer_clear:
                break
        if best is None:
            return None
        total += best[0]
        placed.append(best[1])
        at[index] = best[1]
    return total, [at[i] for i in range(len(roles))]


def ecomap_layout(roles: Sequence[PersonRole], width: float, box_w: float = 104.0,
                  box_h: float = 34.0, child_w: float = 120.0, child_h: float = 38.0,
                  least_height: float = 240.0) -> Layout:
    """Every person's box (their roles in the order given), none overlapping another or the
    child's, all inside ``width`` and the returned height."""
    height, best = least_height, None
    while best is None or height <= CLEAR_UP_TO:
        child = Box(width / 2, height / 2, child_w, child_h)
        for prefer_clear in (True, False):
            tried = _attempt(roles, width, height, box_w, box_h, child, prefer_clear)
            if tried is not None and (best is None or tried[0] < best[0]):
                best = (tried[0], Layout(width, height, child, tuple(tried[1])))
        if best is not None and best[0] == 0:  # every line clear of the other boxes
            break
        height += 24.0  # taller, and try everyone again: the sides gain room each time
    return best[1]
