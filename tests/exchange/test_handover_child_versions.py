"""The handover carries the child's name and dates with every earlier version (body format
2), the closed record's PDF shows them and the ecomap; a format 1 body is still read."""

import json
import subprocess

import pytest
from conftest import CHILD

from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.exchange import handover_body
from carerdesk.reports.handover_pdf import handover_pdf
from carerdesk.store.repositories import ChildRepository


def _renamed_and_handed_over(carer, supervisor, tmp_path):
    child = carer.journal.child(CHILD).id
    carer.journal.update_child(child, "Robin Quartermaine", *[
        getattr(carer.journal.child(child), k) for k in ("born", "placed", "ended")],
                               reason="She chose the name Robin")
    carer.people.add(child, PersonDetails("Nana Rose", PersonRole.BIRTH_FAMILY,
                                          family_name="Nanna"))
    carer.people.add(child, PersonDetails("Ms Patel", PersonRole.SOCIAL_WORKER))
    out = tmp_path / "robin.cdhandover"
    carer.handover.make_file(child, [supervisor.exchange.public_key()], out)
    return child, out


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "closed.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def test_the_versions_travel_and_the_pdf_shows_them(carer, supervisor, tmp_path):
    child, out = _renamed_and_handed_over(carer, supervisor, tmp_path)
    record = supervisor.handover.import_file(out).record
    _closed, doc = supervisor.handover.service.closed_record(record.id[:8])
    assert doc["format"] == 2
    assert [(v["version"], v["name"], v["reason"]) for v in doc["child_versions"]] == [
        (1, CHILD, None), (2, "Robin Quartermaine", "She chose the name Robin")]
    text = _text(supervisor.handover.pdf(record.id[:8]), tmp_path)
    assert "Name and dates: every version" in text and "She chose the name Robin" in text
    assert CHILD in text  # the earlier name, kept
    people = text[text.index("People around the child"):]
    assert "Nanna (Nana Rose)" in people and "Ms Patel" in people
    assert "Dashed: the team around the child" in people


def test_the_receipt_still_removes_after_the_rename(carer, supervisor, tmp_path):
    child, out = _renamed_and_handed_over(carer, supervisor, tmp_path)
    receipt = tmp_path / "r.cdreceipt"
    receipt.write_bytes(supervisor.handover.import_file(out).receipt)
    assert carer.handover.receipt_file(receipt).removed is not None
    assert carer.journal.children() == []


def _gathered(carer) -> dict:
    with carer._sessions.begin() as s:
        return handover_body.gather(s, ChildRepository(s).get(CHILD), "Sam", "Examples")


def test_a_format_1_body_is_still_read_and_drawn(carer, tmp_path):
    older = {k: v for k, v in _gathered(carer).items() if k != "child_versions"}
    older["format"] = 1
    doc = handover_body.parse(json.dumps(older).encode())
    assert doc["child_versions"] == []
    text = _text(handover_pdf(doc), tmp_path)
    assert f"Closed record: {CHILD}" in text and "every version" not in text


@pytest.mark.parametrize("change", [
    lambda d: d.update(format=1),  # format 1 has no child_versions
    lambda d: d.pop("child_versions"),
    lambda d: d["child_versions"][0].update(version="1"),
    lambda d: d["child_versions"][0].update(born="1 May"),
    lambda d: d["child_versions"][0].update(name=None),
])
def test_a_damaged_body_is_refused(carer, change):
    doc = _gathered(carer)
    change(doc)
    with pytest.raises(ReportRefused) as refused:
        handover_body.parse(json.dumps(doc).encode())
    assert refused.value.reason == "damaged"
