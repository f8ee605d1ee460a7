"""Translation for every user-visible string, GUI or not.

The one module outside ``gui/`` that touches Qt: the CLI, the PDFs and the windows are all
translated by the same ``.qm`` files. Strings defined at import time are marked with
``QT_TRANSLATE_NOOP`` and translated where they are shown.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_installed: list[QTranslator] = []
_app: list[QCoreApplication] = []  # kept alive while a bare CLI app is needed


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``n`` selects a plural form for ``%n``."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class Context:
    """A translation context outside a QObject, for plurals: ``Cli.tr("%n entries", "", n)``.

    lupdate reads the context from the name before ``.tr`` and, unlike ``translate(...)``
    with a variable count, marks the message as a plural (numerus) one."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name
    """Mark a string for lupdate without translating it yet."""
    return text


def translations_dir() -> Path:
    """Where the built ``.qm`` files live, in a checkout or a bundle."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "translations", here.parents[1] / "translations"):
        if candidate.is_dir():
            return candidate
    return here / "translations"


def preferred_language() -> str:
    """CARERDESK_LANG, else the agency preset's language, else the system locale."""
    lang = os.environ.get("CARERDESK_LANG")
    if not lang:
        from carerdesk import preset

        try:
            lang = preset.policy("language")
        except preset.PresetError:
            lang = None
    if not lang:
        lang = locale.getlocale()[0] or QLocale.system().name()
    return (lang or "en").split(".")[0]


def install(language: str | None = None) -> bool:
    """Load our translation for ``language`` if one exists; True when one was loaded.

    A ``QCoreApplication`` must exist for Qt to use a translator; the CLI makes a
    bare one on demand so that its messages are translated like the windows.
    """
    language = language or preferred_language()
    if language.startswith("en"):
        language = "en"  # English is the source: its .qm holds only the plural forms
    folder = translations_dir()
    translator = QTranslator()
    if not translator.load(f"carerdesk_{language}", str(folder)):
        if not translator.load(f"carerdesk_{language.split('_')[0]}", str(folder)):
            return False
    if QCoreApplication.instance() is None:
        _app.append(QCoreApplication([]))
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def release_bare_app() -> None:
    """Before a window opens: the bare QCoreApplication made for the CLI's translations
    goes, so that a real QApplication can be made (it installs the translators again)."""
    uninstall()
    while _app:
        _app.pop().shutdown()


def uninstall() -> None:
    """Remove our translators (tests, and a language switch)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
