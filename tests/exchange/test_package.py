"""The package format on its own: round trip, the reference age tool, and every kind of bad
file refused before anything is decrypted or stored."""

import datetime as dt
import hashlib
import json
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.roles import Role
from carerdesk.exchange import Identity, envelope, package

CARER = Identity.generate()
CARER_KEY = CARER.public("The Riverside family", Role.CARER)
WORKER = Identity.generate()
WORKER_KEY = WORKER.public("Sam Okafor", Role.SUPERVISOR)
PAYLOAD = b"PK pretend zip " * 200
SEALED = package.seal(PAYLOAD, CARER, CARER_KEY, "vault-1", [WORKER_KEY])


def open_(data: bytes, identity=WORKER, key=WORKER_KEY) -> bytes:
    return package.decrypt(package.verify(data), identity, key)


def test_the_recipient_gets_back_exactly_what_was_sealed():
    verified = package.verify(SEALED)
    assert verified.header.sender.fingerprint == CARER_KEY.fingerprint
    assert verified.header.recipients == (WORKER_KEY.fingerprint,)
    assert verified.sha256 == hashlib.sha256(SEALED).hexdigest()
    opened = package.open_package(verified, WORKER, WORKER_KEY)
    assert opened.sender == CARER_KEY  # the name and the vault id travel inside
    assert opened.sender_id == "vault-1"
    assert opened.body == PAYLOAD


def test_the_header_in_clear_names_nobody():
    header = SEALED.split(b"\n", 2)[1]
    assert b"Riverside" not in header and b"vault-1" not in header  # both are inside
    assert set(json.loads(header)["sender"]) == {"key", "role"}
    assert PAYLOAD[:10] not in SEALED


def test_several_recipients_can_each_open_it():
    other = Identity.generate()
    other_key = other.public("Agency")
    data = package.seal(PAYLOAD, CARER, CARER_KEY, "vault-1", [WORKER_KEY, other_key])
    assert open_(data) == PAYLOAD
    assert open_(data, other, other_key) == PAYLOAD


def test_a_package_made_for_someone_else_is_refused():
    stranger = Identity.generate()
    with pytest.raises(ReportRefused) as caught:
        open_(SEALED, stranger, stranger.public())
    assert caught.value.reason == "not-for-you"


def test_a_recipient_cannot_pass_it_off_as_sent_to_someone_else():
    """Re-signing is impossible without the carer's key; changing the recipients in the
    header breaks the carer's signature."""
    other = Identity.generate().public()
    forged = SEALED.replace(WORKER_KEY.fingerprint.encode(), other.fingerprint.encode())
    with pytest.raises(ReportRefused) as caught:
        package.verify(forged)
    assert caught.value.reason == "damaged"


@pytest.mark.parametrize("data, reason", [
    (b"", "cut-short"),
    (b"carerdesk-rep", "cut-short"),
    (b"%PDF-1.7\n" + b"x" * 500, "not-a-package"),
    (b"\x00" * 1000, "not-a-package"),
    (b"carerdesk-report v3\n{}\n", "unknown-version"),
    (SEALED.replace(b'"format":2', b'"format":7', 1), "unknown-version"),
    (SEALED[:len(SEALED) // 2], "cut-short"),
    (SEALED[:40], "cut-short"),
    (SEALED + b"extra", "damaged"),
])
def test_bad_files_are_refused_with_their_reason(data, reason):
    with pytest.raises(ReportRefused) as caught:
        open_(data)
    assert caught.value.reason == reason


def test_every_cut_is_refused():
    for end in range(0, len(SEALED), 97):
        with pytest.raises(ReportRefused):
            open_(SEALED[:end])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(0, len(SEALED) - 1), flip=st.integers(1, 255))
def test_a_change_to_any_one_byte_is_refused(position, flip):
    data = bytearray(SEALED)
    data[position] ^= flip
    with pytest.raises(ReportRefused):
        open_(bytes(data))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes_are_refused_cleanly(data):
    with pytest.raises(ReportRefused):
        open_(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_a_valid_start_with_random_rest_is_refused_cleanly(tail):
    with pytest.raises(ReportRefused):
        open_(package.MAGIC + tail)


def test_a_huge_file_is_refused_without_reading_it_all(monkeypatch):
    monkeypatch.setattr(package, "MAX_PACKAGE", 1000)
    with pytest.raises(ReportRefused) as caught:
        package.verify(SEALED)
    assert caught.value.reason == "too-large"


def test_the_reference_age_tool_opens_the_encryption_layer(tmp_path):
    """Our age layer is real age: Debian's `age` decrypts it with the worker's identity."""
    age = shutil.which("age")
    assert age, "the `age` tool is needed (dev.py installs Debian's package `age`)"
    age_layer = SEALED.split(b"\n", 3)[3]
    assert age_layer.startswith(b"age-encryption.org/v1\n")
    (tmp_path / "layer.age").write_bytes(age_layer)
    (tmp_path / "identity.txt").write_text(WORKER.age_secret + "\n")
    out = subprocess.run([age, "--decrypt", "-i", str(tmp_path / "identity.txt"),
                          str(tmp_path / "layer.age")], capture_output=True, check=True)
    assert out.stdout.startswith(envelope.MAGIC) and out.stdout.endswith(PAYLOAD)


def test_a_file_age_made_opens_in_carerdesk_after_signing(tmp_path):
    """And the other way: age's own output is accepted as the age layer."""
    age = shutil.which("age")
    assert age
    package_id = "6f0e3c4e-8f5e-4a55-9a55-0a1b2c3d4e5f"
    (tmp_path / "plain").write_bytes(envelope.wrap(PAYLOAD, CARER, envelope.Inner(
        "report", package_id, CARER_KEY, "v", (WORKER_KEY.fingerprint,))))
    made = subprocess.run([age, "-r", WORKER_KEY.age, str(tmp_path / "plain")],
                          capture_output=True, check=True).stdout
    header = package.Header(package_id,
                            dt.datetime(2026, 11, 1, tzinfo=dt.UTC), CARER_KEY, "v",
                            (WORKER_KEY.fingerprint,), hashlib.sha256(made).hexdigest(),
                            len(made))
    signed = package.MAGIC + header.to_json() + b"\n"
    from carerdesk.exchange.keys import b64
    data = signed + b64(CARER.sign(signed)).encode() + b"\n" + made
    assert open_(data) == PAYLOAD
