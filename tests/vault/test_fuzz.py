"""Hostile and random input to the readers of files a carer might be handed: nothing but the
clean, typed error comes out, and huge input is refused before it is read whole."""

import contextlib
import io
import json
import tarfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carerdesk.domain.errors import BackupDamaged, SlotFileDamaged, UnsupportedVaultVersion
from carerdesk.vault import backup, kdf, slots

DEK = bytes(range(32))
GOOD = slots.dumps(slots.SlotFile(
    "v", "2026-01-01T00:00:00+00:00", b"\x01" * 16,
    (slots.passphrase_slot("v", DEK, "a good passphrase", kdf.FLOOR),
     slots.recovery_slot("v", DEK, b"\x02" * 32))))
CLEAN = (SlotFileDamaged, UnsupportedVaultVersion)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes_as_slot_file(data):
    with contextlib.suppress(CLEAN):
        slots.loads(data, "vault.json")


@settings(max_examples=400, deadline=None)
@given(st.integers(0, len(GOOD) - 1), st.integers(1, 255))
def test_every_flipped_byte_of_a_slot_file(position, flip):
    data = bytearray(GOOD)
    data[position] ^= flip
    try:
        parsed = slots.loads(bytes(data), "vault.json")
    except CLEAN:
        return
    # only a change JSON does not see (spacing) can parse; it must still unwrap the same key
    assert slots.open_with_passphrase(parsed, "a good passphrase") == DEK


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["format", "version", "vault_id", "created_at",
                                        "database", "slots", "checksum", "x"]), json_values))
def test_structured_nonsense_as_slot_file(doc):
    doc.setdefault("format", "carerdesk-vault")
    with contextlib.suppress(CLEAN):
        slots.loads(json.dumps(doc).encode(), "vault.json")


def test_huge_slot_file_is_refused_unread(tmp_path):
    with pytest.raises(SlotFileDamaged) as info:
        slots.loads(b"{" * (50 * 1024 * 1024), "vault.json")
    assert "too large" in info.value.detail
    from carerdesk.vault import Vault

    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "carerdesk.db").write_bytes(b"x")
    with open(folder / "vault.json", "wb") as handle:  # 2 GiB, sparse: only a prefix is read
        handle.truncate(2 * 1024 ** 3)
    with pytest.raises(SlotFileDamaged):
        Vault.check_files(folder)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=20_000))
def test_random_bytes_as_backup(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "x.cdbackup"
    path.write_bytes(data)
    with contextlib.suppress(BackupDamaged):
        backup._open_members(path, folder)


def test_backup_claiming_a_huge_member_is_refused_before_reading(tmp_path):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("vault.json")
        info.size = 10 * 1024 * 1024
        tar.addfile(info, io.BytesIO(b"{" * info.size))
        info = tarfile.TarInfo("carerdesk.db")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"x"))
    path = tmp_path / "big.cdbackup"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(BackupDamaged):
        backup._open_members(path, tmp_path)
