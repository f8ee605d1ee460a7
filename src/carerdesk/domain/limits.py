"""How long each kind of field may be. A name fits on a line of a page and in a window; a
one-line field fits in a sentence; a record's own words may be long, but not without end (a
10 MB name froze the window and made an export run for minutes)."""

from __future__ import annotations

from typing import overload

from carerdesk.domain.input_errors import TooLong

NAME_MAX = 200
LINE_MAX = 500
TEXT_MAX = 200_000

# Every field that has a name in the record, by the name errors use for it.
_LIMITS = {
    "name": NAME_MAX, "household": NAME_MAX, "carers": NAME_MAX, "agency": NAME_MAX,
    "title": LINE_MAX, "when": LINE_MAX, "place": LINE_MAX, "people": LINE_MAX,
    "reason": LINE_MAX, "told": LINE_MAX, "headline": LINE_MAX, "caption": LINE_MAX,
    "consent": LINE_MAX,
    "text": TEXT_MAX, "story": TEXT_MAX, "voice": TEXT_MAX, "reflection": TEXT_MAX,
    "dimension": TEXT_MAX, "next_steps": TEXT_MAX, "note": TEXT_MAX, "questions": TEXT_MAX,
    "wellbeing": TEXT_MAX,
    # a family time (domain/family_time.py): how the child was, their words, what I noticed
    "family.before": TEXT_MAX, "family.during": TEXT_MAX, "family.after": TEXT_MAX,
    "family.words": TEXT_MAX, "family.noticed": TEXT_MAX,
    "event_text": TEXT_MAX,  # a significant event's words (domain/events.py)
}


def limit_for(field_name: str) -> int:
    """The longest a field may be; a field not named here is a one-line field."""
    return _LIMITS.get(field_name.split(":")[0], LINE_MAX)


@overload
def check_length(text: str, field_name: str, limit: int | None = None) -> str: ...
@overload
def check_length(text: None, field_name: str, limit: int | None = None) -> None: ...
@overload
def check_length(text: str | None, field_name: str, limit: int | None = None) -> str | None: ...
def check_length(text: str | None, field_name: str, limit: int | None = None) -> str | None:
    """``text`` unchanged, or TooLong (which carries the lengths, never the words)."""
    most = limit or limit_for(field_name)
    if text is not None and len(text) > most:
        raise TooLong(field_name, most, len(text))
    return text
