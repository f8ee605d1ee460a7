"""Translation for every user-visible string, GUI or not.

The one module outside ``gui/`` that touches Qt: the CLI, the PDFs and the windows are all
translated by the same ``.qm`` files. Strings defined at import time are marked with
``QT_TRANSLATE_NOOP`` and translated where they are shown.

English is the source language, so an English command needs no Qt at all: its only
translations are plural forms ("1 entry", "2 entries"), read from ``plurals_en.json`` (made
from ``carerdesk_en.ts`` by ``dev.py translations``). Qt is loaded only for another language
or when a window is open. The caller says which language; this module never asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

PSEUDO = "pseudo"  # CARERDESK_LANG=pseudo: every string longer and accented (text/pseudo.py)
_installed: list[Any] = []  # QTranslators in use; none for English without a window
_app: list[Any] = []  # a bare QCoreApplication kept alive while the CLI needs one
_plurals: dict[str, dict[str, list[str]]] = {}  # context -> source -> [one, other]
PLURALS_EN = Path(__file__).resolve().parents[1] / "resources" / "plurals_en.json"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form for ``%n``."""
    if _installed:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text, disambiguation, n)
    return _english(context, text, n)


def _english(context: str, text: str, n: int) -> str:
    if n < 0 or "%n" not in text:
        return text
    if not _plurals:
        import json  # only when a count is shown

        _plurals.update(json.loads(PLURALS_EN.read_text(encoding="utf-8")))
    forms = _plurals.get(context, {}).get(text)
    chosen = forms[0 if n == 1 else -1] if forms else text
    return chosen.replace("%n", str(n))


class Context:
    """A translation context outside a QObject, for plurals: ``Cli.tr("%n entries", "", n)``.

    lupdate reads the context from the name before ``.tr`` and, unlike ``translate(...)``
    with a variable count, marks the message as a plural (numerus) one."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(self.name, text, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name
    """Mark a string for lupdate without translating it yet."""
    return text


def translations_dir() -> Path:
    """Where the built ``.qm`` files live, in a checkout or a bundle."""
    here = Path(__file__).resolve().parents[1]  # the carerdesk package
    for candidate in (here / "translations", here.parents[1] / "translations"):
        if candidate.is_dir():
            return candidate
    return here / "translations"


def install(language: str, *, qt: bool = False) -> bool:
    """Use our translation for ``language``; True when it is in force.

    English outside a window needs nothing loaded. Otherwise (or with ``qt``, for the GUI,
    whose widgets translate through Qt) the ``.qm`` file is installed in Qt; a
    ``QCoreApplication`` must exist for that, so the CLI makes a bare one on demand.
    """
    if language.startswith("en") or not language:
        language = "en"  # English is the source: its .qm holds only the plural forms
        if not qt:
            return PLURALS_EN.is_file()
    from PySide6.QtCore import QCoreApplication, QTranslator

    folder = translations_dir()
    translator = QTranslator()
    if language == PSEUDO:
        if not translator.load("carerdesk_en", str(folder)):  # its English plural forms
            return False
        translator = _pseudo_translator(translator)
    elif not translator.load(f"carerdesk_{language}", str(folder)) and \
            not translator.load(f"carerdesk_{language.split('_')[0]}", str(folder)):
        return False
    if QCoreApplication.instance() is None:
        _app.append(QCoreApplication([]))
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    if language not in ("en", PSEUDO):  # Qt's calendar and date fields name days and months
        from PySide6.QtCore import QLocale  # in the language chosen, not the computer's

        QLocale.setDefault(QLocale(language))
    return True


def _pseudo_translator(english: Any) -> Any:
    """A QTranslator that gives every message longer and accented (text/pseudo.py), on top
    of English's plural forms; made here, the one module below the GUI that may touch Qt."""
    from PySide6.QtCore import QTranslator

    from carerdesk.text.pseudo import stretched

    class PseudoTranslator(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            found = english.translate(context, source, disambiguation, n)
            return stretched(found or source)

        def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
            return False

    return PseudoTranslator()  # its translate() keeps ``english`` alive


def release_bare_app() -> None:
    """Before a window opens: the bare QCoreApplication made for the CLI's translations
    goes, so that a real QApplication can be made (it installs the translators again)."""
    uninstall()
    while _app:
        _app.pop().shutdown()


def uninstall() -> None:
    """Remove our translators (tests, and a language switch)."""
    if _installed:
        from PySide6.QtCore import QCoreApplication, QLocale

        while _installed:
            QCoreApplication.removeTranslator(_installed.pop())
        QLocale.setDefault(QLocale.system())
