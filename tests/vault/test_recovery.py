import pytest

from carerdesk.domain.errors import RecoveryKeyTypo
from carerdesk.vault import recovery

KEY = bytes(range(32))


def test_round_trip_and_forgiving_input():
    text = recovery.format_key(KEY)
    assert len(text.split("-")) == 13 and all(len(g) == 5 for g in text.split("-"))
    assert recovery.parse_key(text) == KEY
    assert recovery.parse_key(text.lower().replace("-", " ")) == KEY
    sloppy = text.replace("0", "O").replace("1", "l")
    assert recovery.parse_key(sloppy) == KEY


def test_every_single_character_typo_is_caught_and_its_group_named():
    text = recovery.format_key(KEY)
    for pos, ch in enumerate(text):
        if ch == "-":
            continue
        for other in recovery.ALPHABET:
            if other == ch:
                continue
            with pytest.raises(RecoveryKeyTypo) as info:
                recovery.parse_key(text[:pos] + other + text[pos + 1:])
            assert info.value.group == pos // 6 + 1


def test_swapped_neighbours_are_caught():
    text = recovery.format_key(bytes([7, 200, 13, 99] * 8))
    for pos in range(len(text) - 1):
        a, b = text[pos], text[pos + 1]
        if "-" in (a, b) or a == b:
            continue
        with pytest.raises(RecoveryKeyTypo):
            recovery.parse_key(text[:pos] + b + a + text[pos + 2:])


def test_swapped_groups_are_caught():
    groups = recovery.format_key(KEY).split("-")
    groups[2], groups[3] = groups[3], groups[2]
    with pytest.raises(RecoveryKeyTypo):
        recovery.parse_key("-".join(groups))


@pytest.mark.parametrize("typed", ["", "ABCDE", "U" * 65, recovery.format_key(KEY) + "A"])
def test_wrong_length_or_letters(typed):
    with pytest.raises(RecoveryKeyTypo):
        recovery.parse_key(typed)
