"""Spell check for what the carer writes, offline: Hunspell's British English and Welsh
dictionaries (bundled in ``resources/dictionaries``, LGPL; see ``docs/spelling.md``) read by
spylls, Hunspell in pure Python (MPL-2.0).

Reading a dictionary takes about two seconds, so ``load`` runs off the GUI thread and its
result is kept for the process: a dictionary holds nothing of a record. A ``Checker`` is one
unlocked vault's: it knows the children's and people's names and the carer's own words, and
its cache of words already checked (words from the records) goes with it at the lock.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from spylls.hunspell import Dictionary

DICTIONARIES = Path(__file__).resolve().parents[1] / "resources" / "dictionaries"
_BY_LANGUAGE = {"en": "en_GB", "cy": "cy_GB"}
FALLBACK = "en_GB"  # the windows fall back to English too (and the pseudo-locale is English)
SUGGESTIONS = 5
CACHE_LIMIT = 50_000  # words remembered as right or wrong, then forgotten all at once

_WORD = re.compile(r"\w+(?:['’]\w+)*")  # "don't", "hi'n" and "O’Neill" are one word each
_LINK = re.compile(r"\S*(?:@|://|www\.)\S*")  # an address or a link is never checked
_loaded: dict[str, Any] = {}
_loading = threading.Lock()


def dictionary_name(language: str) -> str:
    """The dictionary for the app's language: ``cy`` -> cy_GB, English and others -> en_GB."""
    base = re.split(r"[_.\-]", language or "", maxsplit=1)[0].lower()
    return _BY_LANGUAGE.get(base, FALLBACK)


def load(name: str) -> Any:
    """The named dictionary, read once per process (slow: call it off the GUI thread).
    Raises OSError when its files are missing from a damaged install."""
    with _loading:
        found = _loaded.get(name)
        if found is None:
            if not (DICTIONARIES / f"{name}.dic").is_file():
                raise FileNotFoundError(DICTIONARIES / f"{name}.dic")
            found = _loaded[name] = Dictionary.from_files(str(DICTIONARIES / name))
        return found


def loaded(name: str) -> Any | None:
    """The dictionary if it has been read already (no waiting)."""
    return _loaded.get(name)


@dataclass(frozen=True)
class Word:
    start: int  # in Python characters; the GUI turns these into Qt's UTF-16 positions
    end: int
    text: str


def words(text: str) -> Iterator[Word]:
    """The words worth checking: not a number, a single letter, a word in capitals (an
    acronym: CAMHS, IRO, PEP) or part of an e-mail address or link. Quotes and brackets
    around a word are not part of it, so a quoted word is checked like any other."""
    links = [m.span() for m in _LINK.finditer(text)]
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < 2 or word.isupper() or any(c.isdigit() or c == "_" for c in word):
            continue
        if any(start <= match.start() < end for start, end in links):
            continue
        yield Word(match.start(), match.end(), word)


def _key(word: str) -> str:
    return word.replace("’", "'").casefold()


class Checker:
    """Checks words against one dictionary and the vault's own known words."""

    def __init__(self, dictionary: Any, names: Iterable[str] = (),
                 personal: Iterable[str] = ()) -> None:
        self._dictionary = dictionary
        self._cache: dict[str, bool] = {}  # the dictionary's answers
        self._verdicts: dict[str, bool] = {}  # the answers with the known words, as typed
        self._names: frozenset[str] = frozenset()
        self._personal: frozenset[str] = frozenset()
        self.set_names(names)
        self.set_personal(personal)

    def set_names(self, names: Iterable[str]) -> None:
        """Names of the children and the people around them: each word of them is known."""
        self._names = frozenset(_key(w.text) for name in names for w in words(name))
        self._verdicts.clear()

    def set_personal(self, personal: Iterable[str]) -> None:
        """The carer's own dictionary (kept in the vault: journal/spelling_words.py)."""
        self._personal = frozenset(_key(word) for word in personal)
        self._verdicts.clear()

    def is_personal(self, word: str) -> bool:
        return _key(word) in self._personal

    def is_correct(self, word: str) -> bool:
        verdict = self._verdicts.get(word)  # a paragraph is checked again at each keystroke
        if verdict is None:
            if len(self._verdicts) >= CACHE_LIMIT:
                self._verdicts.clear()
            verdict = self._verdicts[word] = self._known(word) or self._in_dictionary(word)
        return verdict

    def _known(self, word: str) -> bool:
        key = _key(word)
        return any(key in known or (key.endswith("'s") and key[:-2] in known)  # Kayden's
                   for known in (self._names, self._personal))

    def _in_dictionary(self, word: str) -> bool:
        plain = word.replace("’", "'")
        found = self._cache.get(plain)
        if found is None:
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            found = self._cache[plain] = bool(self._dictionary.lookup(plain))
        return found

    def misspelt(self, text: str) -> list[Word]:
        return [w for w in words(text) if not self.is_correct(w.text)]

    def suggestions(self, word: str, limit: int = SUGGESTIONS) -> list[str]:
        """Up to ``limit`` corrections, best first (a fraction of a second: off the GUI
        thread). Touches only the dictionary, never the cache, so a worker may call it."""
        found = list(islice(self._dictionary.suggest(word.replace("’", "'")), limit))
        return [s.replace("'", "’") for s in found] if "’" in word else found

    def forget(self) -> None:
        """At the lock: nothing of the records stays here."""
        self._cache.clear()
        self._verdicts.clear()
        self._names = self._personal = frozenset()
