"""The carer's own spelling dictionary: words they added ("Add to dictionary"), kept inside
the encrypted vault (the ``meta`` table), never in a file beside it, since a word can be a
name. One list for the vault, whatever the language."""

from __future__ import annotations

import json

from carerdesk.domain.input_errors import EmptyValue, InvalidInput, TooLong
from carerdesk.store.repositories import MetaRepository
from carerdesk.store.service_base import Service

KEY = "spelling.words"
MAX_LENGTH = 64  # longer than any real word


def _checked(word: str) -> str:
    word = word.strip()
    if not word:
        raise EmptyValue("word")
    if len(word) > MAX_LENGTH:
        raise TooLong("word", MAX_LENGTH, len(word))
    if any(c.isspace() for c in word):
        raise InvalidInput("word")  # one word at a time
    return word


class PersonalWords(Service):
    def words(self) -> frozenset[str]:
        with self._tx() as s:
            return frozenset(self._read(MetaRepository(s)))

    def add(self, word: str) -> frozenset[str]:
        """The list with ``word`` in it (already there: nothing is written)."""
        word = _checked(word)
        with self._tx() as s:
            meta = MetaRepository(s)
            found = self._read(meta)
            if word not in found:
                found.append(word)
                self._write(meta, found)
            return frozenset(found)

    def remove(self, word: str) -> frozenset[str]:
        word = word.strip()
        with self._tx() as s:
            meta = MetaRepository(s)
            found = self._read(meta)
            if word in found:
                found.remove(word)
                self._write(meta, found)
            return frozenset(found)

    @staticmethod
    def _read(meta: MetaRepository) -> list[str]:
        raw = meta.get(KEY)
        try:
            value = json.loads(raw) if raw else []
        except ValueError:
            return []  # a damaged list reads as empty: its words are only flagged again
        return [w for w in value if isinstance(w, str)] if isinstance(value, list) else []

    @staticmethod
    def _write(meta: MetaRepository, found: list[str]) -> None:
        meta.set(KEY, json.dumps(sorted(found), ensure_ascii=False))
