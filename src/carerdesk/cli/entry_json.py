"""``entry add --json FILE``: a whole entry as one JSON object, so that none of its words is on
the command line. Its fields are the options of ``entry add``::

    {"child": "Sam" or ["Sam", "Mia"], "date": "2026-03-14", "text": "...",
     "dimensions": {"availability": "..."}, "ratings": {"acceptance": 7},
     "categories": ["health"], "mood": "happy", "voice": "...", "reflection": "...",
     "significant": true, "told": "...", "told_at": "2026-03-14T16:30", "next_steps": "...",
     "only_for": {"Mia": ["text", "voice"]}, "star": true}

Only ``child`` and some words are needed. The object becomes the same options the command
line gives, so every rule and every message is the one ``entry add`` already has."""

from __future__ import annotations

import argparse
import json

from carerdesk.domain.errors import Refused
from carerdesk.text.i18n import translate

_TEXTS = ("date", "text", "mood", "voice", "reflection", "told", "told_at", "next_steps")
_CONTENT = ("child", "date", "text", "dimension", "rating", "category", "significant", "told",
            "told_at", "next_steps", "voice", "reflection", "mood", "only_for", "star")
_EMPTY: dict = {"child": None, "date": None, "text": "", "dimension": [], "rating": [],
                "category": [], "significant": False, "only_for": [], "star": False}


def _refused(detail: str) -> Refused:
    return Refused(translate("Cli", "The entry's JSON is not right: {detail}. Nothing was "
                                    "saved.").format(detail=detail))


def _strings(value: object, key: str) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise _refused(translate("Cli", "\"{key}\" must be text or a list of texts").format(
            key=key))
    return items


def _pairs(value: object, key: str, kinds: tuple[type, ...]) -> list[str]:
    if not isinstance(value, dict) or not all(
            isinstance(v, kinds) and not isinstance(v, bool) for v in value.values()):
        raise _refused(translate("Cli", "\"{key}\" must be an object of names and values").format(
            key=key))
    return [f"{name}={v}" for name, v in value.items()]


def _parsed(text: str) -> dict:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise _refused(translate("Cli", "it is not valid JSON")) from None
    if not isinstance(data, dict):
        raise _refused(translate("Cli", "it must be one object, {...}"))
    return data


def apply_entry_json(args: argparse.Namespace) -> None:
    """Put the JSON entry in ``args`` as if each field had been given as its option."""
    given = [k for k in _CONTENT if getattr(args, k, None) not in (None, "", [], False)]
    if given:
        raise Refused(translate("Cli", "Give the entry either as --json or as options, not both "
                                       "(found --{option}).").format(
            option=given[0].replace("_", "-")))
    data = _parsed(args.json)
    fields = dict(_EMPTY)
    for key, value in data.items():
        if key in _TEXTS:
            if value is not None and not isinstance(value, str):
                raise _refused(translate("Cli", "\"{key}\" must be text").format(key=key))
            fields[key] = value
        elif key == "child":
            fields["child"] = _strings(value, key)
        elif key == "categories":
            fields["category"] = _strings(value, key)
        elif key == "dimensions":
            fields["dimension"] = _pairs(value, key, (str,))
        elif key == "ratings":
            fields["rating"] = _pairs(value, key, (int,))
        elif key == "only_for":  # {"Mia": ["text", "voice"]}: Mia's report holds only these
            if not isinstance(value, dict):
                raise _refused(translate("Cli", "\"only_for\" must be an object of names and "
                                                "lists of parts"))
            fields["only_for"] = [f"{name}={','.join(_strings(parts, key))}"
                                  for name, parts in value.items()]
        elif key in ("significant", "star"):
            if not isinstance(value, bool):
                raise _refused(translate("Cli", "\"{key}\" must be true or false").format(
                    key=key))
            fields[key] = value
        else:
            raise _refused(translate("Cli", "there is no field \"{key}\"").format(key=key))
    for key, value in fields.items():
        setattr(args, key, value)
