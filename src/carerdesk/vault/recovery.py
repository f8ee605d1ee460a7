"""The recovery key: 256 random bits a person can copy by hand and read back.

Written in Crockford's base32 (no I, L, O or U, so nothing is mistaken for 1 or 0) as 13
groups of five characters: four carry the key, the fifth is a Damm check over the group's
number and its four characters. A single wrong character in a group, or two
neighbours swapped, is caught and named by group before any unlock is tried.
"""

from __future__ import annotations

import secrets

from carerdesk.domain.errors import RecoveryKeyTypo

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_ALIASES = {"O": "0", "I": "1", "L": "1"}
KEY_BYTES = 32
DATA_CHARS = 52  # ceil(256 / 5); the last character carries 4 zero bits of padding
GROUP_DATA = 4
GROUPS = DATA_CHARS // GROUP_DATA  # 13
PAD_BITS = DATA_CHARS * 5 - KEY_BYTES * 8  # 4


def generate() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _times_x(value: int) -> int:
    """Multiply by x in GF(32), modulo the irreducible x^5 + x^2 + 1."""
    value <<= 1
    return value ^ 0b100101 if value & 0b100000 else value


def _check_char(group_number: int, values: list[int]) -> int:
    """Damm's check over GF(32) for [group number] + values.

    The quasigroup a*b = x*a + b is totally anti-symmetric, so every single substitution
    and every swap of neighbours changes the result; the check character is the one that
    brings the running value back to zero.
    """
    interim = 0
    for value in [group_number % 32, *values]:
        interim = _times_x(interim) ^ value
    return _times_x(interim)


def _is_valid_group(group_number: int, values: list[int], check: int) -> bool:
    return _check_char(group_number, values) == check


def format_key(key: bytes) -> str:
    """``key`` as ``XXXXX-XXXXX-...`` (13 groups of five)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key is 32 bytes")
    bits = int.from_bytes(key, "big") << PAD_BITS
    values = [(bits >> (5 * (DATA_CHARS - 1 - i))) & 31 for i in range(DATA_CHARS)]
    groups = []
    for g in range(GROUPS):
        chunk = values[g * GROUP_DATA : (g + 1) * GROUP_DATA]
        check = _check_char(g + 1, chunk)
        groups.append("".join(ALPHABET[v] for v in chunk) + ALPHABET[check])
    return "-".join(groups)


def normalise(text: str) -> str:
    """Upper case, separators and spaces gone, look-alike letters mapped to digits."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return "".join(_ALIASES.get(ch, ch) for ch in cleaned)


def parse_key(text: str) -> bytes:
    """The 32 bytes behind a typed recovery key, or ``RecoveryKeyTypo`` naming the group."""
    chars = normalise(text)
    group_len = GROUP_DATA + 1
    if len(chars) != GROUPS * group_len:
        raise RecoveryKeyTypo(None, "length")
    values: list[int] = []
    for g in range(GROUPS):
        group = chars[g * group_len : (g + 1) * group_len]
        if any(ch not in _VALUE for ch in group):
            raise RecoveryKeyTypo(g + 1, "character")
        nums = [_VALUE[ch] for ch in group]
        if not _is_valid_group(g + 1, nums[:GROUP_DATA], nums[GROUP_DATA]):
            raise RecoveryKeyTypo(g + 1, "check")
        values.extend(nums[:GROUP_DATA])
    bits = 0
    for value in values:
        bits = (bits << 5) | value
    if bits & ((1 << PAD_BITS) - 1):
        raise RecoveryKeyTypo(GROUPS, "check")
    return (bits >> PAD_BITS).to_bytes(KEY_BYTES, "big")
