"""The Welsh translation is whole, and no Welsh string can break what the code fills in.

Every message in ``carerdesk_cy.ts`` must have a finished translation whose placeholders
(``{name}``, ``{a:.1f}``, ``%n``, ``%1``) are exactly the source's, with at most one ``&``
mnemonic on a letter that is in the Welsh text, and a plural must give every form Qt asks
for in Welsh. The glossary of the terms chosen is docs/cymraeg.md.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from carerdesk.domain.errors import WrongPassphrase
from carerdesk.text import i18n
from carerdesk.text.messages import describe

ROOT = Path(__file__).resolve().parents[2]
WELSH = ROOT / "translations" / "carerdesk_cy.ts"
# A str.format field ({name}, {a:.1f}, {...}) or a Qt argument (%n, %1).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
# Qt's Welsh plural rules (numerus.cpp): n == 0, n == 1, 2..5, n == 6, everything else.
WELSH_PLURAL_FORMS = 5


def messages() -> list[tuple[str, ET.Element]]:
    found = []
    for context in ET.parse(WELSH).getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name") or "", message))
    return found


def texts(message: ET.Element) -> list[str]:
    """The Welsh of a message: one text, or each plural form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def mnemonics(text: str) -> list[str]:
    """What follows each single ``&`` (``&&`` is a literal ampersand)."""
    return [match.group(1) for match in re.finditer(r"(?<!&)&(?!&)(.?)", text)]


def test_the_welsh_source_is_there_and_holds_the_messages():
    assert len(messages()) > 1000  # the whole app, not a stub


def test_every_message_has_a_finished_welsh_translation():
    unfinished = [(context, message.findtext("source")) for context, message in messages()
                  if message.find("translation").get("type") in ("unfinished", "vanished")
                  or not all(text.strip() for text in texts(message))]
    assert unfinished == [], f"{len(unfinished)} messages are not yet in Welsh"


def test_placeholders_are_the_sources_exactly():
    wrong = []
    for context, message in messages():
        source = message.findtext("source") or ""
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in texts(message):
            if text and Counter(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((context, source, text))
    assert wrong == []


def test_plurals_give_every_welsh_form():
    plurals = [(context, message) for context, message in messages()
               if message.get("numerus") == "yes"]
    assert plurals
    for context, message in plurals:
        forms = texts(message)
        assert len(forms) == WELSH_PLURAL_FORMS, (context, message.findtext("source"))
        assert all("%n" in form for form in forms), (context, message.findtext("source"))


def mnemonic_ok(source: str, text: str) -> bool:
    """One ``&`` at most, kept where the source has one (and none invented), on a letter
    of the Welsh (or on a placeholder, as the source's ``&{name}``)."""
    keys = mnemonics(text)
    if len(keys) > 1 or bool(mnemonics(source)) != bool(keys):
        return False
    return not keys or keys[0].isalpha() or keys[0] == "{"


def test_at_most_one_mnemonic_and_on_a_letter_of_the_welsh():
    wrong = [(context, message.findtext("source"), text) for context, message in messages()
             for text in texts(message)
             if text and not mnemonic_ok(message.findtext("source") or "", text)]
    assert wrong == []


def test_markup_is_kept():
    """Rich text (<b>, <br>, <p>) and line breaks come through, so nothing runs together."""
    tag = re.compile(r"</?[a-z0-9]+")
    wrong = []
    for context, message in messages():
        source = message.findtext("source") or ""
        for text in texts(message):
            if sorted(tag.findall(text)) != sorted(tag.findall(source)) \
                    or text.count("\n") != source.count("\n"):
                wrong.append((context, source, text))
    assert wrong == []


@pytest.fixture
def welsh(qapp, tmp_path, monkeypatch):
    """The Welsh .ts compiled into a temporary folder (never over translations/*.qm)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(WELSH), "-qm",
                    str(tmp_path / "carerdesk_cy.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("cy")
    yield
    i18n.uninstall()


def test_a_message_and_a_plural_come_out_in_welsh(welsh):
    assert describe(WrongPassphrase()).startswith("Nid yw'r cyfrinymadrodd hwnnw'n iawn.")
    for n in (0, 1, 3, 6, 11):
        text = i18n.translate("MainWindow", "%n entries", None, n)
        assert text == f"{n} cofnod"
