"""The handover of a child's whole record and its receipt (issue 19, item 2): sealed for a
social worker, imported as the closed record with its PDF, answered by a receipt that removes
the carer's working copy; a wrong receipt, a forged or changed handover are refused."""

import datetime as dt
import json
import subprocess

import pytest
from conftest import CHILD

from carerdesk.domain.errors import HandoverRefused, KeyFileInvalid, ReportRefused
from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.domain.values import EntryContent
from carerdesk.exchange import Identity, package
from carerdesk.exchange.handover_body import parse
from carerdesk.text.messages import describe


def _made(carer, supervisor, tmp_path):
    child = carer.journal.child(CHILD).id
    first = carer.journal.entries()[0]
    carer.journal.amend_text(first.id, "An amended walk by the river", "a typo")
    person = carer.people.add(child, PersonDetails("Nana Rose", PersonRole.BIRTH_FAMILY))
    carer.family_time.add(child, FamilyTime(dt.date(2026, 9, 20), FamilyTimeStatus.HAPPENED,
                                            (person.id,), noticed="Laughed with Nana"))
    out = tmp_path / "leo.cdhandover"
    made = carer.handover.make_file(child, [supervisor.exchange.public_key()], out)
    return made, out, child


def test_handed_over_imported_as_a_closed_record_and_the_receipt_removes(carer, supervisor,
                                                                         tmp_path):
    made, out, child = _made(carer, supervisor, tmp_path)
    assert made.entries == 31 and CHILD.encode() not in out.read_bytes()
    imported = supervisor.handover.import_file(out)
    record = imported.record
    assert not imported.already and record.child == CHILD and record.entries == 31
    again = supervisor.handover.import_file(out)
    assert again.already and again.receipt == imported.receipt  # the same receipt again
    assert [r.id for r in supervisor.handover.closed_records()] == [record.id]
    _closed, doc = supervisor.handover.service.closed_record(record.id[:8])
    amended = next(e for e in doc["entries"] if len(e["versions"]) == 2)
    assert amended["versions"][1]["reason"] == "a typo"
    assert "river" in amended["versions"][0]["content"]["text"]
    assert [r["kind"] for r in doc["records"]] == ["family-time"]
    pdf = tmp_path / "closed.pdf"
    pdf.write_bytes(supervisor.handover.pdf(record.id[:8]))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "An amended walk" in text and "a typo" in text and "Laughed with Nana" in text

    receipt = tmp_path / "receipt.cdreceipt"
    receipt.write_bytes(imported.receipt)
    settled = carer.handover.receipt_file(receipt)
    assert settled.removed is not None and settled.removed.initial == "Z."
    assert carer.journal.children() == []
    assert carer.handover.receipt_file(receipt).removed is None  # settled already: nothing


def test_a_receipt_for_another_handover_is_refused(carer, supervisor, other_carer, tmp_path):
    # another carer's handover to the same social worker: its receipt is not for this vault
    other_child = other_carer.journal.child(CHILD).id
    theirs = tmp_path / "theirs.cdhandover"
    other_carer.handover.make_file(other_child, [supervisor.exchange.public_key()], theirs)
    wrong = tmp_path / "wrong.cdreceipt"
    wrong.write_bytes(supervisor.handover.import_file(theirs).receipt)
    with pytest.raises(ReportRefused) as refused:
        carer.handover.receipt_file(wrong)  # not even encrypted to this vault
    assert refused.value.reason == "not-for-you"

    # a receipt for this vault's own handover of other content: refused by its hash
    made, out, child = _made(carer, supervisor, tmp_path)
    opened = package.open_package(package.verify(made.package),
                                  *_keys(supervisor))
    doc = json.loads(opened.body)
    doc["entries"] = doc["entries"][1:]  # an entry left out
    forged = _reseal_receipt(supervisor, made, json.dumps(doc).encode())
    bad = tmp_path / "bad.cdreceipt"
    bad.write_bytes(forged)
    with pytest.raises(HandoverRefused) as refused:
        carer.handover.receipt_file(bad)
    assert refused.value.reason == "not-this-handover" and "Nothing was removed" in describe(
        refused.value)
    assert [c.name for c in carer.journal.children()] == [CHILD]


def test_a_record_changed_after_the_handover_is_not_removed(carer, supervisor, tmp_path):
    made, out, child = _made(carer, supervisor, tmp_path)
    receipt = tmp_path / "r.cdreceipt"
    receipt.write_bytes(supervisor.handover.import_file(out).receipt)
    carer.journal.add_entry(EntryContent(date=dt.date(2026, 10, 30), child_ids=(child,),
                                         text="Written after the handover"))
    with pytest.raises(HandoverRefused) as refused:
        carer.handover.receipt_file(receipt)
    assert refused.value.reason == "changed-since"
    assert [c.name for c in carer.journal.children()] == [CHILD]


def test_a_forged_handover_is_refused(carer, supervisor, tmp_path):
    made, out, child = _made(carer, supervisor, tmp_path)
    data = bytearray(out.read_bytes())
    data[-40] ^= 1  # one bit of the age file
    changed = tmp_path / "changed.cdhandover"
    changed.write_bytes(bytes(data))
    with pytest.raises(ReportRefused) as refused:
        supervisor.handover.import_file(changed)
    assert refused.value.reason == "damaged" and refused.value.path == str(changed)
    # signed outside by another key over a genuine inside: refused as re-signed
    mallory = Identity.generate()
    verified = package.verify(bytes(out.read_bytes()))
    header = verified.header.to_json().replace(
        verified.header.sender.key_line.encode(), mallory.public().key_line.encode())
    signed = package.MAGIC + header + b"\n"
    from carerdesk.exchange.keys import b64
    resigned = tmp_path / "resigned.cdhandover"
    resigned.write_bytes(signed + b64(mallory.sign(signed)).encode() + b"\n"
                         + verified.ciphertext)
    with pytest.raises(ReportRefused) as refused:
        supervisor.handover.import_file(resigned)
    assert refused.value.reason == "re-signed"
    assert supervisor.handover.closed_records() == []


def test_wrong_places_and_recipients(carer, supervisor, tmp_path):
    made, out, child = _made(carer, supervisor, tmp_path)
    with pytest.raises(ReportRefused) as refused:
        carer.handover.import_file(out)  # a carer's vault keeps no closed records
    assert refused.value.reason == "wrong-role"
    with pytest.raises(ReportRefused) as refused:
        supervisor.exchange.import_package(out.read_bytes())  # not a report
    assert refused.value.reason == "wrong-kind"
    with pytest.raises(KeyFileInvalid):
        carer.handover.make(child, [carer.exchange.public_key()])  # its own key
    with pytest.raises(HandoverRefused):
        carer.handover.make(child, [])


def test_the_body_is_read_strictly():
    for bad in (b"{}", b"[1]", b'{"format": 1}', b"\xff"):
        with pytest.raises(ReportRefused):
            parse(bad)
    with pytest.raises(ReportRefused) as refused:
        parse(b'{"format": 9}')
    assert refused.value.reason == "unknown-version"


def _keys(workspace):
    service = workspace.handover.service
    with service._tx() as s:
        return service._identity(s), service._public(s)


def _reseal_receipt(supervisor, made, other_body: bytes) -> bytes:
    """A genuine social worker's receipt naming this handover but the hash of other content."""
    import hashlib

    from carerdesk.exchange.handover import RECEIPT_FORMAT
    opened = package.open_package(package.verify(made.package), *_keys(supervisor))
    body = json.dumps({"format": RECEIPT_FORMAT, "receipt_id": "0" * 8 + "-0000-4000-8000-"
                       + "0" * 12, "answers": made.package_id,
                       "sha256": hashlib.sha256(other_body).hexdigest(),
                       "received_at": dt.datetime.now(dt.UTC).isoformat()}).encode()
    identity, public = _keys(supervisor)
    return package.seal(body, identity, public, "", [opened.sender], kind="receipt")
