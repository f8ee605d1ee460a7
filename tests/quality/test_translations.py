"""Every string can be translated, and no translation can break a placeholder."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carerdesk import i18n
from carerdesk.domain.errors import WrongPassphrase
from carerdesk.messages import describe

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TS_FILES = sorted((ROOT / "translations").glob("*.ts"))


def test_there_are_translation_sources():
    assert TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts):
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if text:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


def test_every_translate_call_has_a_literal_context():
    """lupdate only sees literal contexts: ``translate(CONTEXT, ...)`` would go untranslated."""
    bad = []
    for path in (ROOT / "src").rglob("*.py"):
        if path.name == "i18n.py":  # the wrapper itself
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if "i18n: forwards" in line or "def translate" in line:
                continue  # a wrapper handing on a string marked where it was defined
            if re.search(r"(?<![\w.])translate\(\s*[A-Za-z_]|QCoreApplication\.translate\(\s*[A-Za-z_]",
                         line):
                bad.append(f"{path.name}:{number}")
    assert bad == []


def test_a_translation_reaches_cli_messages(qapp, tmp_path, monkeypatch):
    source = ("That passphrase is not right. Nothing was changed. If you have forgotten it, "
              "use your recovery key.")
    ts = tmp_path / "carerdesk_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
        f"<context><name>Messages</name><message><source>{source}</source>"
        "<translation>[!! Passphrase wrong !!]</translation></message></context></TS>")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert describe(WrongPassphrase()) == source
    assert i18n.install("xx")
    try:
        assert describe(WrongPassphrase()) == "[!! Passphrase wrong !!]"
    finally:
        i18n.uninstall()
    assert describe(WrongPassphrase()) == source
