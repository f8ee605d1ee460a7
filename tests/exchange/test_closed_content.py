"""The app layer's closed record for reading (issue 19): every closed record listed with its
carer's key's trust; one decoded whole (entries as entries with every version and why, the
child's own words as theirs, people, photos as their bytes); its PDF written
whole or not at all; nothing of it for a carer's vault."""

import datetime as dt
import io
import subprocess

import pytest
from conftest import CHILD
from PIL import Image

from carerdesk.domain.child_voice import Ask, Statement
from carerdesk.domain.errors import NotFound, StorageFailed
from carerdesk.domain.lifestory import NewPhoto, PageContent
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.domain.values import EntryContent

SAID = "I want my bike to come with me"


@pytest.fixture
def closed(carer, supervisor, tmp_path):
    child = carer.journal.child(CHILD).id
    first = carer.journal.entries()[0]
    carer.journal.amend_text(first.id, "A walk by the river, and then the park", "the park too")
    carer.people.add(child, PersonDetails("Nana Rose", PersonRole.BIRTH_FAMILY))
    carer.child_voice.add(child, Statement(dt.date(2026, 10, 12), SAID, Ask.ADD))
    photo = tmp_path / "kite.png"
    Image.new("RGB", (320, 200), (200, 40, 40)).save(photo)
    carer.lifestory.add_page(PageContent(child, "The kite"), [NewPhoto(str(photo), "Up high")])
    out = tmp_path / "z.cdhandover"
    carer.handover.make_file(child, [supervisor.exchange.public_key()], out)
    return supervisor.handover.import_file(out).record


def test_listed_with_the_trust_of_the_carers_key(supervisor, closed):
    [item] = supervisor.handover.closed_items()
    assert item.record == closed and item.trust == "not-confirmed" and not item.trusted
    supervisor.exchange.confirm_carer(closed.carer_fingerprint)
    [item] = supervisor.handover.closed_items()
    assert item.trust == "confirmed" and item.trusted


def test_decoded_whole_every_version_kept(supervisor, closed):
    content = supervisor.handover.closed_content(closed.id)
    assert content.item.record == closed and len(content.entries) == closed.entries
    amended = next(versions for versions in content.entries if len(versions) == 2)
    assert isinstance(amended[-1].content, EntryContent)
    assert amended[-1].content.text == "A walk by the river, and then the park"
    assert amended[-1].reason == "the park too" and amended[0].reason is None
    assert amended[0].content.text != amended[-1].content.text  # the earlier words, kept
    said = [versions[-1].content for kind, versions in content.records
            if kind == "child-statement"]
    assert [(s.words, s.ask) for s in said] == [(SAID, Ask.ADD)]
    assert [p[-1].stored["name"] for p in content.people] == ["Nana Rose"]
    [photo] = content.pages[0]["photos"]
    assert Image.open(io.BytesIO(photo["jpeg"])).size == (320, 200)


def test_the_pdf_is_written_whole_or_not_at_all(supervisor, closed, tmp_path):
    out = tmp_path / "closed.pdf"
    assert supervisor.handover.save_pdf(closed.id[:8], out) == out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "the park too" in text and SAID in " ".join(text.split())
    with pytest.raises(StorageFailed) as failed:
        supervisor.handover.save_pdf(closed.id, tmp_path / "not-there" / "closed.pdf")
    assert failed.value.reason == "gone"
    assert not (tmp_path / "not-there").exists()


def test_a_carers_vault_has_no_closed_records(carer, closed):
    assert carer.handover.closed_items() == []
    with pytest.raises(NotFound):
        carer.handover.closed_content(closed.id)
