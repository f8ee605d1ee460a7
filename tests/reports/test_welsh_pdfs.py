"""Every PDF a person reads, made in Welsh and read back with pdftotext: the summary, the
life-story book, the recovery sheet and the closed record of a handover. Their headings are
Welsh, none of a few known English headings is left, the dates name their days and months
in Welsh, and the Welsh letters (â ê î ô û ŵ ŷ,
with their capitals and other accents) come out as written, in the bundled font, embedded,
which has a real glyph for each (a missing one would print as an empty box)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from summary_data import SINCE, entry, report, squashed

from carerdesk.domain.categories import Category
from carerdesk.domain.lifestory import Layout, PageContent
from carerdesk.domain.report import Notes
from carerdesk.lifestory.service import PageView
from carerdesk.reports import fonts
from carerdesk.reports.handover_pdf import handover_pdf
from carerdesk.reports.lifestory_pdf import book_pdf
from carerdesk.reports.recovery_sheet import recovery_sheet
from carerdesk.reports.summary_pdf import summary_pdf
from carerdesk.text import i18n
from carerdesk.vault import recovery

WELSH_TS = Path(__file__).resolve().parents[2] / "translations" / "carerdesk_cy.ts"
WELSH_LETTERS = "âêîôûŵŷÂÊÎÔÛŴŶáéíóúẃýÁÉÍÓÚẂÝàèìòùẁỳÀÈÌÒÙẀỲäëïöüẅÿÄËÏÖÜẄŸ"
CHILD = "Gwenllïan Ŵyn"
STORY = "Rhedaist i'r tonnau ger Tŷ Nain, a bwyta sglodion ar y wal."


@pytest.fixture
def welsh(qapp, tmp_path, monkeypatch):
    """The Welsh .ts compiled into a temporary folder (never over translations/*.qm)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(WELSH_TS), "-qm",
                    str(tmp_path / "carerdesk_cy.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("cy")
    yield
    i18n.uninstall()


def read_back(data: bytes, tmp_path: Path, name: str) -> str:
    """The PDF's words as pdftotext reads them, a wrapped line joined to the next."""
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    fonts_used = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                                check=True).stdout.splitlines()[2:]
    assert fonts_used and all("NotoSans" in line and " yes " in line for line in fonts_used), \
        "\n".join(fonts_used)  # only the bundled font, embedded: no viewer's substitute
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return squashed(text)


def welsh_and_no_english(text: str, welsh: list[str], english: list[str]) -> None:
    assert [w for w in welsh if w not in text] == []
    assert [e for e in english if e in text] == []


def test_the_bundled_font_has_a_glyph_for_every_welsh_letter():
    fonts.register()
    for name in (fonts.SANS, fonts.SANS_BOLD, fonts.SANS_ITALIC, fonts.SANS_BOLD_ITALIC):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        assert [c for c in WELSH_LETTERS if not glyphs.get(ord(c))] == [], name


def test_the_summary_in_welsh(welsh, tmp_path):
    made = report([entry(SINCE, "Aethon ni i Dŷ Nain a nofio yn y pŵl; roedd Siân yno."),
                   entry(SINCE.replace(day=2), "Nofiodd hyd cyfan am y tro cyntaf.", 1,
                         categories=(Category.ACHIEVEMENT,))],
                  notes=Notes("Mis tawel yn Nhŷ Nain.", "Beth am y bws i'r ysgol?",
                              "Wedi blino, ond â digon o gefnogaeth."))
    text = read_back(summary_pdf(made), tmp_path, "summary")
    welsh_and_no_english(
        text,
        ["Crynodeb goruchwyliaeth", "Mewn brawddeg", "Beth aeth yn dda",
         "Digwyddiadau arwyddocaol", "Cwestiynau'r gofalwr", "Y pum dimensiwn",
         "Bod ar gael", "Sensitifrwydd", "Derbyn", "Cydweithredu", "Amser teulu",
         "Tudalen 1 o"],
        ["Supervision summary", "In a sentence", "What went well", "Significant events",
         "The carer's questions", "The five dimensions", "Availability", "Sensitivity",
         "Acceptance", "Co-operation", "Family time", "Appendix", "Page 1 of",
         "confidential"])
    for words in ("Dŷ Nain a nofio yn y pŵl; roedd Siân yno", "Mis tawel yn Nhŷ Nain",
                  "â digon o gefnogaeth", "Maw 01 Medi 2026 i Mer 30 Medi 2026", "01 Hyd 2026"):
        assert words in text
    assert [e for e in ("Tue", "Wed", "Sep", "Oct") if e in text.split()] == []


def test_the_life_story_book_in_welsh(welsh, tmp_path):
    page = PageView("p1", 1, PageContent(
        "c", "Diwrnod ar y traeth", STORY, "Haf 2025", "Rhosili", "Mae'r môr yn goglais!",
        "Ti, Nain a Sam", Layout.SIDE_BY_SIDE), (), dt.datetime.now(dt.UTC))
    text = read_back(book_pdf(CHILD, [page]), tmp_path, "book")
    welsh_and_no_english(
        text, [f"Stori bywyd {CHILD}", "Beth sydd yn y llyfr hwn",
               "Dywedaist ti: “Mae'r môr yn goglais!”", "Pwy oedd yno: Ti, Nain a Sam"],
        ["life story", "What is in this book", "You said", "Who was there"])
    assert STORY in text and "Diwrnod ar y traeth" in text


def test_the_recovery_sheet_in_welsh(welsh, tmp_path):
    key = recovery.format_key(bytes(range(32)))
    text = read_back(recovery_sheet(key, dt.date(2026, 12, 3)), tmp_path, "sheet")
    welsh_and_no_english(
        text, ["Taflen adfer CarerDesk", "Gwnaed ar 2026-12-03", "Eich allwedd adfer",
               "Wedi anghofio'r cyfrinymadrodd", "â'r daflen hon"],
        ["recovery sheet", "Made on", "Your recovery key", "Forgotten passphrase",
         "Anyone who has this sheet"])
    assert all(group in text for group in key.split("-"))


def _closed_record() -> dict:
    """A handover's body as the social worker's vault imports it (exchange/handover_body)."""
    saved = "2026-09-01T10:00:00+00:00"
    return {
        "child": {"name": CHILD, "born": "2015-06-01", "placed": "2025-02-01",
                  "ended": "2026-10-01"},
        "carer": "Siân Rhŷs", "household": "Teulu Rhŷs", "made_at": "2026-10-02T10:00:00+00:00",
        "profile": [], "people": [], "records": [],
        "entries": [{"versions": [{"version": 1, "saved_at": saved, "reason": None,
                                   "content": {"date": "2026-09-01", "children": [],
                                               "text": "Diwrnod da yn y pŵl."}}]}],
        "life_story": [{"title": "Diwrnod ar y traeth", "when": "Haf 2025", "story": STORY,
                        "place": "Rhosili", "voice": None, "people": None, "photos": []}],
        "reports_sent": [{"since": "2026-09-01", "until": "2026-09-30", "entries": 2,
                          "made_at": "2026-10-01T10:00:00+00:00"}],
    }


def test_the_closed_record_of_a_handover_in_welsh(welsh, tmp_path):
    text = read_back(handover_pdf(_closed_record()), tmp_path, "closed")
    welsh_and_no_english(
        text, [f"Cofnod caeedig: {CHILD}", "Ganwyd:", "Trosglwyddwyd gan: Siân Rhŷs",
               "Cofnodion dyddiadur", "Tudalennau stori bywyd", "Adroddiadau a anfonwyd",
               "cyfrinachol", "Tudalen 1 o 3"],
        ["Closed record", "Born:", "Handed over", "Journal entries", "Life-story pages",
         "Reports sent", "confidential", "Page 1 of"])
    assert "Diwrnod da yn y pŵl." in text and STORY in text
    assert "Medi 2026" in text and "Hyd 2026" in text  # saved, handed over, sent
    assert [e for e in ("Sep", "Oct") if e in text.split()] == []
