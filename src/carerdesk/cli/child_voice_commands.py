"""``child voice list``: what a child said on their own page, for the carer to read. There
is no command to add, amend or remove: only the child writes there, and what they write
stays theirs."""

from __future__ import annotations

import argparse
from typing import Any

from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.domain.child_voice import FEELING, STATEMENT, WISHES, Feeling, Statement, Wishes
from carerdesk.domain.text import shown_safely
from carerdesk.text.i18n import translate


def _as_json(record) -> dict[str, Any]:
    value = record.value
    found: dict[str, Any] = {"id": record.id, "kind": _kind(value), "date":
                             value.date.isoformat(), "words": value.words,
                             "unfinished": value.unfinished,
                             "saved_at": record.created_at.isoformat()}
    if isinstance(value, Feeling):
        found["face"] = None if value.face is None else value.face.name.lower()
    if isinstance(value, Statement):
        found.update(ask=value.ask.value, entry=value.entry)
    return found


def _kind(value) -> str:
    if isinstance(value, Feeling):
        return FEELING
    return WISHES if isinstance(value, Wishes) else STATEMENT


def _line(record) -> str:
    value = record.value
    if isinstance(value, Feeling):
        what = translate("Cli", "How I feel") + (
            f": {translate('ChildVoice', value.face.words)}" if value.face else "")
    elif isinstance(value, Wishes):
        what = translate("Cli", "For my social worker or my review")
    else:
        what = translate("ChildVoice", value.ask.title)
    if value.unfinished:
        what += " " + translate("Cli", "(not finished: the page closed before Save)")
    words = f": \"{shown_safely(value.words)}\"" if value.words else ""
    return f"{value.date.isoformat()}  {what}{words}  [{record.id}]"


def voice(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        child = workspace.journal.child(args.child)
        said = workspace.child_voice.said(child.id)
    if args.json:
        emit_json([_as_json(r) for r in said])
        return 0
    if not said:
        say(translate("Cli", "Nothing from {name}'s own page yet.").format(
            name=shown_safely(child.name)))
    for record in said:
        say(_line(record))
    return 0
