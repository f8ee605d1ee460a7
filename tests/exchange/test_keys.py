"""Public key files and fingerprints: what carers and social workers pass to each other."""

import pytest

from carerdesk.domain.errors import KeyFileInvalid
from carerdesk.domain.roles import Role
from carerdesk.exchange import Identity, parse_key_file, parse_key_line


def test_a_key_file_reads_back_as_the_same_key():
    key = Identity.generate().public("Sam Okafor", Role.SUPERVISOR)
    back = parse_key_file(key.to_text())
    assert back == key
    assert back.fingerprint == key.fingerprint


def test_the_fingerprint_is_six_groups_of_five_digits_and_differs_per_key():
    one, two = Identity.generate().public(), Identity.generate().public()
    groups = one.fingerprint.split(" ")
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert one.fingerprint != two.fingerprint


def test_an_identity_gives_the_same_public_key_every_time():
    identity = Identity.generate()
    assert identity.public().key_line == identity.public().key_line


def test_a_file_whose_key_was_changed_no_longer_matches_its_written_fingerprint():
    text = Identity.generate().public("Sam").to_text()
    other = Identity.generate().public("Sam")
    forged = text.replace(text.split("key: ")[1].strip(), other.key_line)
    with pytest.raises(KeyFileInvalid) as caught:
        parse_key_file(forged, "sam.key")
    assert caught.value.reason == "fingerprint-mismatch"


@pytest.mark.parametrize("text", ["", "hello", "%PDF-1.4 something",
                                  "CarerDesk public key\nname: x\n"])
def test_text_that_is_not_a_key_file_is_refused(text):
    with pytest.raises(KeyFileInvalid) as caught:
        parse_key_file(text)
    assert caught.value.reason == "not-a-key"


def test_a_mistyped_key_line_is_refused_even_by_one_character():
    line = Identity.generate().public().key_line
    for i in range(len(line)):
        if line[i] == ".":
            continue
        swapped = line[:i] + ("a" if line[i] != "a" else "b") + line[i + 1:]
        with pytest.raises(KeyFileInvalid):
            parse_key_line(swapped)


def test_signatures_verify_only_for_the_signed_message():
    identity = Identity.generate()
    key = identity.public()
    signature = identity.sign(b"report")
    assert key.verify(signature, b"report")
    assert not key.verify(signature, b"rep0rt")
    assert not Identity.generate().public().verify(signature, b"report")
