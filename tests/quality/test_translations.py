"""Every string can be translated, and no translation can break a placeholder."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from carerdesk.domain.errors import WrongPassphrase
from carerdesk.text import i18n
from carerdesk.text.messages import describe

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
        if text and text.strip():  # a plural keeps its forms in <numerusform> (below)
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
            if re.search(r"(?<![\w.])translate\(\s*[A-Za-z_]"
                         r"|QCoreApplication\.translate\(\s*[A-Za-z_]", line):
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


ENGLISH = ROOT / "translations" / "carerdesk_en.ts"


def test_english_has_both_forms_of_every_plural():
    """English is the source language, so its .ts holds only plurals: "1 entry", "2 entries"."""
    messages = list(ET.parse(ENGLISH).getroot().iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source")
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), f"fill both English forms of {source!r}"
        assert forms[1] == source, source
        assert forms[0] != source or "%n" not in source.split()[0:1], source
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source))


def test_english_plurals_are_current(tmp_path):
    """Every %n message in the code is in carerdesk_en.ts (run `python3 dev.py translations`)."""
    fresh = tmp_path / "fresh_en.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted((ROOT / "src").rglob("*.py"))]
    subprocess.run([str(lupdate), "-silent", "-pluralonly", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    have = {m.findtext("source") for m in ET.parse(ENGLISH).getroot().iter("message")}
    assert wanted - have == set()


def _dev():
    import importlib.util

    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_english_plurals_without_qt_are_the_ts_files():
    """English needs no Qt: plurals_en.json is carerdesk_en.ts (`python3 dev.py translations`)."""
    assert i18n.PLURALS_EN.read_text(encoding="utf-8") == _dev().english_plurals(ENGLISH)


def test_english_without_qt_says_what_qt_says(qapp):
    """Every plural message, 0, 1 and 2 of it, by Python alone and by Qt's .qm, the same."""
    import json

    from PySide6.QtCore import QCoreApplication

    forms = json.loads(i18n.PLURALS_EN.read_text(encoding="utf-8"))
    assert i18n.install("en", qt=True)
    try:
        for context, messages in forms.items():
            for source in messages:
                for n in (0, 1, 2, 21):
                    assert i18n._english(context, source, n) == QCoreApplication.translate(
                        context, source, None, n), (source, n)
    finally:
        i18n.uninstall()
    assert i18n.translate("Cli", "Demo vault created in {folder} with %n entries.", None, 1) == (
        "Demo vault created in {folder} with 1 entry.")


def test_an_english_command_loads_no_qt(vault_dir, tmp_path):
    """`carerdesk status` in English: no PySide6 in the process."""
    folder = vault_dir
    probe = ("import sys\n"
             "from carerdesk.cli import main\n"
             "code = main(['--data-dir', sys.argv[1], '--passphrase-stdin', 'status'])\n"
             "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) "
             "else 'no qt', code)\n")
    import os

    env = {**os.environ, "CARERDESK_LANG": "en", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe, str(folder)], input="correct horse "
                          "battery\n", capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.splitlines()[-1] == "no qt 0", done.stdout + done.stderr
    assert "Entries" in done.stdout


def test_every_plural_goes_through_tr_where_lupdate_sees_it():
    """lupdate marks `translate(ctx, "%n ...", "", n)` as no plural at all, so a refresh of
    carerdesk_en.ts dropped "{day}: %n entries" and a printed day read "1 entries"."""
    call = re.compile(r"""translate\(\s*["'][A-Za-z]+["']\s*,\s*["'][^"']*%n""")
    bad = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "src").rglob("*.py"))
           for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
           if call.search(line)]
    assert bad == [], "use Context(name).tr(text, '', n) for these"


def test_every_string_lupdate_finds_has_the_context_it_is_looked_up_in(tmp_path):
    """``window.tr("…")`` or a module-level ``tr("…")`` is filed by lupdate under "window" or
    "", while Qt looks it up under the class's name at run time: its translation would never
    be shown. Every context lupdate writes must be a class or a literal context."""
    import xml.etree.ElementTree as ET

    ts = tmp_path / "scan.ts"
    sources = [str(p) for p in sorted((ROOT / "src").rglob("*.py"))]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(ts)], check=True,
                   capture_output=True)
    names = {c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")}
    blind = sorted(n for n in names if not re.fullmatch(r"_?[A-Z][A-Za-z0-9]*", n))
    assert blind == []
