import json

import pytest

from carerdesk.domain.errors import SlotFileDamaged, UnsupportedVaultVersion
from carerdesk.vault import kdf, slots

DEK = bytes(range(32))


def _file() -> slots.SlotFile:
    return slots.SlotFile(
        "vault-1", "2026-11-22T00:00:00+00:00", b"\x01" * 16,
        (slots.passphrase_slot("vault-1", DEK, "a good passphrase", kdf.FLOOR),
         slots.recovery_slot("vault-1", DEK, b"\x02" * 32)))


def _rewrite(data: bytes, change) -> bytes:
    doc = json.loads(data)
    change(doc)
    body = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = slots._checksum(body)
    return json.dumps(doc).encode()


def test_round_trip_opens_with_either_key():
    parsed = slots.loads(slots.dumps(_file()), "vault.json")
    assert slots.open_with_passphrase(parsed, "a good passphrase") == DEK
    assert slots.open_with_recovery(parsed, b"\x02" * 32) == DEK
    assert slots.open_with_passphrase(parsed, "a wrong passphrase") is None
    assert slots.open_with_recovery(parsed, b"\x03" * 32) is None


def test_downgraded_kdf_parameters_do_not_unwrap():
    """The parameters are bound into the AEAD: lowering them breaks the seal."""
    def weaken(doc):
        for slot in doc["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"]["iterations"] = kdf.ITERATIONS_MIN + 1
    parsed = slots.loads(_rewrite(slots.dumps(_file()), weaken), "vault.json")
    assert slots.open_with_passphrase(parsed, "a good passphrase") is None


@pytest.mark.parametrize("memory,iterations,lanes", [
    (1024, 3, 4), (kdf.MEMORY_KIB_MAX * 8, 3, 4), (65536, 10_000, 4), (65536, 3, 0),
    (65536, "3", 4), (65536, True, 4),
])
def test_hostile_parameters_refused_before_any_work(memory, iterations, lanes):
    def hostile(doc):
        for slot in doc["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"].update(memory_kib=memory, iterations=iterations, lanes=lanes)
    with pytest.raises(SlotFileDamaged):
        slots.loads(_rewrite(slots.dumps(_file()), hostile), "vault.json")


@pytest.mark.parametrize("data", [
    b"", b"{", b"[]", b"\xff\xfe", b'{"format": "other"}', b"x" * (slots.MAX_FILE_BYTES + 1),
])
def test_garbage_is_damaged(data):
    with pytest.raises(SlotFileDamaged):
        slots.loads(data, "vault.json")


def test_any_changed_byte_is_reported_as_damage():
    data = bytearray(slots.dumps(_file()))
    for pos in range(0, len(data), 7):
        changed = bytearray(data)
        changed[pos] = (changed[pos] + 1) % 256
        try:
            parsed = slots.loads(bytes(changed), "vault.json")
        except (SlotFileDamaged, UnsupportedVaultVersion):
            continue
        # Whitespace changes are harmless; anything that parses must still unwrap.
        assert slots.open_with_passphrase(parsed, "a good passphrase") == DEK


def test_newer_format_is_named():
    with pytest.raises(UnsupportedVaultVersion):
        newer = _rewrite(slots.dumps(_file()), lambda d: d.update(version=slots.VERSION + 1))
        slots.loads(newer, "v")


def test_calibration_stays_in_bounds_and_never_below_the_probe():
    params = kdf.calibrate(target_seconds=0.05)
    assert params.in_bounds()
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3
    assert kdf.calibrate(target_seconds=1e6).iterations == kdf.ITERATIONS_MAX
