"""The child's own page: what the child says there, in their own words and kept as theirs.

Three kinds of record, written only from the child's page: how I feel today (a face chosen
from five, each with its words, and words of their own if they want), what I want my social
worker or my review to know (wishes and feelings), and something to add to my record or a
request for something to be changed. They are kept apart from the carer's view of the
child's mood, and nobody, the carer included, can change or remove them once saved
(``amendable = False``: ``RecordService.amend`` refuses).

A record kept because the page locked before Save was pressed is marked ``unfinished``: the
child's words are never lost to a lock, and the carer sees they were not sent on purpose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum
from typing import Any

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dates import not_in_future
from carerdesk.domain.input_errors import EmptyValue, InvalidInput
from carerdesk.domain.limits import LINE_MAX, check_length

FEELING, WISHES, STATEMENT = "child-feeling", "child-wishes", "child-statement"
KINDS = (FEELING, WISHES, STATEMENT)
WORDS_MAX = 20_000  # a child's page, not a book: still far more than any child types


class Face(IntEnum):
    """Five faces, saddest first; the child picks the face and its words, never a number."""

    VERY_SAD = 1
    SAD = 2
    OK = 3
    HAPPY = 4
    VERY_HAPPY = 5

    @property
    def words(self) -> str:
        return FACE_WORDS[self]


FACE_WORDS: dict[Face, str] = {
    Face.VERY_SAD: QT_TRANSLATE_NOOP("ChildVoice", "Really sad"),
    Face.SAD: QT_TRANSLATE_NOOP("ChildVoice", "A bit sad"),
    Face.OK: QT_TRANSLATE_NOOP("ChildVoice", "OK"),
    Face.HAPPY: QT_TRANSLATE_NOOP("ChildVoice", "Happy"),
    Face.VERY_HAPPY: QT_TRANSLATE_NOOP("ChildVoice", "Really happy"),
}


class Ask(StrEnum):
    """What a statement is: words to add to the record, or a request to change something."""

    ADD = "add"
    CHANGE = "change"

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() unused
        return ASK_TITLES[self]


ASK_TITLES: dict[Ask, str] = {
    Ask.ADD: QT_TRANSLATE_NOOP("ChildVoice", "Added to my record"),
    Ask.CHANGE: QT_TRANSLATE_NOOP("ChildVoice", "Asked for something to be changed"),
}


def _words(text: str | None, field: str, required: bool) -> str | None:
    cleaned = (text or "").strip()
    if required and not cleaned:
        raise EmptyValue(field)
    return check_length(cleaned, field, WORDS_MAX) or None


@dataclass(frozen=True)
class Feeling:
    """How I feel today: the face is needed (only words kept at a lock may have none), the
    words are the child's if they want."""

    date: dt.date
    face: Face | None
    words: str | None = None
    unfinished: bool = False

    def validated(self, today: dt.date | None = None) -> Feeling:
        not_in_future(self.date, "voice.date", today)
        if self.face is None and not (self.unfinished and (self.words or "").strip()):
            raise InvalidInput("voice.face", None)
        if self.face is not None and not isinstance(self.face, Face):
            try:
                face = Face(int(self.face))
            except (TypeError, ValueError):
                raise InvalidInput("voice.face", self.face) from None
            return replace(self, face=face).validated(today)
        return replace(self, words=_words(self.words, "voice.words", False))


@dataclass(frozen=True)
class Wishes:
    """What I want my social worker or my review to know."""

    date: dt.date
    words: str
    unfinished: bool = False

    def validated(self, today: dt.date | None = None) -> Wishes:
        not_in_future(self.date, "voice.date", today)
        return replace(self, words=_words(self.words, "voice.words", True) or "")


@dataclass(frozen=True)
class Statement:
    """Something to add to my record, or a request for something to be changed; ``entry``
    is the full id of an entry about this child it points at, if any."""

    date: dt.date
    words: str
    ask: Ask = Ask.ADD
    entry: str | None = None
    unfinished: bool = False

    def validated(self, today: dt.date | None = None) -> Statement:
        not_in_future(self.date, "voice.date", today)
        entry = check_length((self.entry or "").strip(), "voice.entry", LINE_MAX) or None
        return replace(self, words=_words(self.words, "voice.words", True) or "",
                       ask=Ask(self.ask), entry=entry)


ChildSays = Feeling | Wishes | Statement


class _Codec:
    """What the three kinds share: never amended, filed under the day written."""

    amendable = False  # the child's own words: RecordService.amend refuses

    def day(self, value: ChildSays) -> dt.date:
        return value.date

    def entries(self, value: ChildSays) -> Iterable[str]:
        return ()

    def people(self, value: ChildSays) -> Iterable[str]:
        return ()


class FeelingCodec(_Codec):
    kind = FEELING

    def dump(self, value: Feeling) -> dict[str, Any]:
        v = value.validated()
        return {"date": v.date.isoformat(), "face": None if v.face is None else int(v.face),
                "words": v.words, "unfinished": v.unfinished}

    def load(self, data: dict[str, Any]) -> Feeling:
        face = data.get("face")
        return Feeling(dt.date.fromisoformat(data["date"]), None if face is None else Face(face),
                       data.get("words"), bool(data.get("unfinished")))


class WishesCodec(_Codec):
    kind = WISHES

    def dump(self, value: Wishes) -> dict[str, Any]:
        v = value.validated()
        return {"date": v.date.isoformat(), "words": v.words, "unfinished": v.unfinished}

    def load(self, data: dict[str, Any]) -> Wishes:
        return Wishes(dt.date.fromisoformat(data["date"]), data["words"],
                      bool(data.get("unfinished")))


class StatementCodec(_Codec):
    kind = STATEMENT

    def dump(self, value: Statement) -> dict[str, Any]:
        v = value.validated()
        return {"date": v.date.isoformat(), "words": v.words, "ask": v.ask.value,
                "entry": v.entry, "unfinished": v.unfinished}

    def load(self, data: dict[str, Any]) -> Statement:
        return Statement(dt.date.fromisoformat(data["date"]), data["words"],
                         Ask(data.get("ask") or Ask.ADD.value), data.get("entry"),
                         bool(data.get("unfinished")))

    def entries(self, value: ChildSays) -> Iterable[str]:
        entry = value.validated().entry if isinstance(value, Statement) else None
        return (entry,) if entry else ()
