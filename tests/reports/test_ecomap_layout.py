"""The ecomap's geometry: everyone placed, inside the picture, no box over another or over
the child, each kind kept together round the circle; the same for every count up to 24."""

import itertools
import math
import random

import pytest

from carerdesk.domain.profile import PersonRole
from carerdesk.reports.ecomap_layout import (
    GROUP_OF,
    GROUPS,
    Box,
    crosses,
    ecomap_layout,
    group_order,
)

WIDTH = 493.0  # the summary's frame on A4


def _roles(n: int, seed: int) -> list[PersonRole]:
    rng = random.Random(seed)
    return [rng.choice(list(PersonRole)) for _ in range(n)]


@pytest.mark.parametrize("n", range(25))
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_everyone_is_placed_with_no_overlaps(n, seed):
    roles = _roles(n, seed)
    layout = ecomap_layout(roles, WIDTH, 116, 36)
    assert len(layout.people) == n
    boxes = [layout.child, *layout.people]
    for box in boxes:
        assert box.inside(layout.width, layout.height)
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    if n <= 20:
        assert layout.height <= 560  # fits an A4 page under its heading


@pytest.mark.parametrize("n", range(13))
def test_up_to_twelve_people_no_line_runs_behind_another_box(n):
    layout = ecomap_layout(_roles(n, 7), WIDTH, 116, 36)
    c = layout.child
    for box, other in itertools.permutations(layout.people, 2):
        assert not crosses(c.x, c.y, box.x, box.y, other)


def test_a_line_is_known_to_cross_a_box_or_not():
    box = Box(50, 50, 20, 10)
    assert crosses(0, 50, 100, 50, box) and crosses(50, 0, 50, 100, box)
    assert not crosses(0, 0, 100, 0, box) and not crosses(0, 50, 30, 50, box)
    assert crosses(0, 0, 100, 100, box) and not crosses(0, 100, 20, 0, box)


def test_one_kind_of_person_only_and_the_whole_team():
    for role in PersonRole:
        layout = ecomap_layout([role] * 20, WIDTH)
        for a, b in itertools.combinations([layout.child, *layout.people], 2):
            assert not a.overlaps(b)


def test_the_kinds_go_round_in_order_family_first_the_team_last():
    roles = [PersonRole.SCHOOL, PersonRole.SIBLING, PersonRole.BIRTH_FAMILY, PersonRole.FRIEND,
             PersonRole.SOCIAL_WORKER, PersonRole.BIRTH_FAMILY]
    order = group_order(roles)
    assert [GROUPS.index(GROUP_OF[roles[i]]) for i in order] == sorted(
        GROUPS.index(GROUP_OF[r]) for r in roles)
    assert order[:2] == [2, 5]  # birth family, in the order given
    layout = ecomap_layout(roles, WIDTH)
    child = layout.child

    def side(i):  # the angle round the child, anticlockwise from the top
        box = layout.people[i]
        return math.degrees(math.atan2(box.y - child.y, box.x - child.x) - math.pi / 2) % 360

    assert side(2) < 90  # the first of the family at the top left
    assert all(side(i) > 180 for i in (0, 4))  # the team on the right


def test_an_empty_map_is_only_the_child():
    layout = ecomap_layout([], WIDTH)
    assert layout.people == () and layout.child.inside(layout.width, layout.height)
