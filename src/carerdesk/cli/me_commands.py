"""me reflect / checkin / amend / list / history / trend: the carer's own space. Nothing of it
is about a child, and nothing of it goes in a report unless the carer shares a check-in."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from typing import Any

from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.cli.text_files import read_files, stand_in
from carerdesk.domain.carer_space import (
    CHECKIN,
    REFLECTION,
    CarerNoteValue,
    CheckIn,
    HowIAm,
    Period,
    Reflection,
)
from carerdesk.domain.errors import Refused
from carerdesk.domain.text import shown_safely
from carerdesk.domain.values import parse_date
from carerdesk.text.i18n import translate

CLI_KINDS = {REFLECTION: "reflection", CHECKIN: "checkin"}  # stored kind -> what is typed
CHECKIN_OPTIONS = ("how", "sleep", "support", "helped")
PREVIEW = 60  # characters of a reflection shown in a list


def _day(args: argparse.Namespace) -> dt.date:
    return parse_date(args.date, "me.date") if args.date else dt.date.today()


def _reflection(args: argparse.Namespace) -> Reflection:
    return Reflection(_day(args), args.text).validated()


def _checkin(args: argparse.Namespace) -> CheckIn:
    return CheckIn(_day(args), HowIAm.parse(args.how), args.sleep, args.support,
                   args.helped).validated()


def me_reflect(args: argparse.Namespace) -> int:
    read_files(args)
    _reflection(stand_in(args))  # every mistake named before the passphrase is asked
    with opened(args) as workspace:
        saved = workspace.carer_space.add(_reflection(args))
    say(translate("Cli", "Saved your reflection of {date}. It stays in your vault.").format(
        date=saved.value.date.isoformat()))
    say(saved.id)
    return 0


def me_checkin(args: argparse.Namespace) -> int:
    read_files(args)
    _checkin(stand_in(args))
    with opened(args) as workspace:
        saved = workspace.carer_space.add(_checkin(args))
    assert isinstance(saved.value, CheckIn)
    say(translate("Cli", "Saved your check-in of {date}: {how}. It stays in your vault unless "
                         "you share it in a report.").format(
        date=saved.value.date.isoformat(), how=translate("CarerSpace", saved.value.how.title)))
    say(saved.id)
    return 0


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """What ``amend`` is to change, each part checked alone (the rest needs the note)."""
    changes: dict[str, Any] = {}
    if args.date is not None:
        changes["date"] = parse_date(args.date, "me.date")
    if args.how is not None:
        changes["how"] = HowIAm.parse(args.how)
    for key in ("text", "sleep", "support", "helped"):
        if getattr(args, key) is not None:
            changes["words" if key == "text" else key] = getattr(args, key)
    if not changes:
        raise Refused(translate("Cli", "Nothing to change: give --date, --text, or for a "
                                       "check-in --how, --sleep, --support or --helped."))
    probe = {k: v for k, v in changes.items() if k != "date"}
    if "words" in probe:
        Reflection(dt.date.today(), probe["words"]).validated()
    elif probe:  # how I am is needed for the check; the note's own stands in later
        CheckIn(dt.date.today(), probe.get("how", HowIAm.GOOD), probe.get("sleep"),
                probe.get("support"), probe.get("helped")).validated()
    return changes


def _amended(value: CarerNoteValue, changes: dict[str, Any]) -> CarerNoteValue:
    wrong = ({"how", "sleep", "support", "helped"} if isinstance(value, Reflection)
             else {"words"}) & set(changes)
    if wrong and isinstance(value, Reflection):
        raise Refused(translate("Cli", "That is a reflection: --how, --sleep, --support and "
                                       "--helped are for a check-in. Nothing was saved."))
    if wrong:
        raise Refused(translate("Cli", "That is a check-in: --text is for a reflection. "
                                       "Nothing was saved."))
    return replace(value, **changes)


def me_amend(args: argparse.Namespace) -> int:
    read_files(args)
    _changes(stand_in(args))
    with opened(args) as workspace:
        current = workspace.carer_space.note(args.id)
        saved = workspace.carer_space.amend(current.id, _amended(current.value,
                                                                  _changes(args)))
    if saved.version == current.version:
        say(translate("Cli", "Nothing was different, so nothing was saved."))
    else:
        say(translate("Cli", "Saved version {n}; the earlier version is kept.").format(
            n=saved.version))
    say(saved.id)
    return 0


def _as_json(value: CarerNoteValue) -> dict[str, Any]:
    if isinstance(value, Reflection):
        return {"kind": "reflection", "date": value.date.isoformat(), "words": value.words}
    return {"kind": "checkin", "date": value.date.isoformat(), "how": int(value.how),
            "how_words": translate("CarerSpace", value.how.title), **value.texts()}


def _line(value: CarerNoteValue) -> str:
    if isinstance(value, Reflection):
        words = shown_safely(value.words).replace("\n", " / ")
        short = words if len(words) <= PREVIEW else words[:PREVIEW - 1] + "…"
        return translate("Cli", "{date}  Reflection: {words}").format(
            date=value.date.isoformat(), words=short)
    line = translate("Cli", "{date}  Check-in: {how}").format(
        date=value.date.isoformat(), how=translate("CarerSpace", value.how.title))
    return line + "".join(f" · {label}: {shown_safely(text)}".replace("\n", " / ")
                          for label, text in _checkin_labels(value) if text)


def _checkin_labels(value: CheckIn) -> list[tuple[str, str | None]]:
    return [(translate("Cli", "sleep"), value.sleep),
            (translate("Cli", "support wanted"), value.support),
            (translate("Cli", "what helped"), value.helped)]


def _kind(typed: str | None) -> str | None:
    if typed is None:
        return None
    for stored, shown in CLI_KINDS.items():
        if typed.strip().lower() == shown:
            return stored
    raise Refused(translate("Cli", "\"{kind}\" is not a kind of note: use reflection or "
                                   "checkin.").format(kind=shown_safely(typed)))


def me_list(args: argparse.Namespace) -> int:
    kind = _kind(args.kind)
    with opened(args) as workspace:
        notes = workspace.carer_space.notes(kind)
    if args.json:
        emit_json([{"id": n.id, "version": n.version, **_as_json(n.value)} for n in notes])
        return 0
    if not notes:
        say(translate("Cli", "Nothing yet: carerdesk me reflect --text-file - , or carerdesk "
                             "me checkin --how 1-5"))
    for note in notes:
        say(f"{_line(note.value)}  [{note.id}]")
    return 0


def me_history(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        versions = workspace.carer_space.history(args.id)
    if args.json:
        emit_json([{"version": v.version, "saved_at": v.saved_at.isoformat(),
                    **_as_json(v.value)} for v in versions])
        return 0
    for v in versions:
        say(translate("Cli", "Version {n}, saved {at}").format(
            n=v.version, at=v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        if isinstance(v.value, Reflection):
            say(f"  {v.value.date.isoformat()}")
            for line in shown_safely(v.value.words).splitlines():
                say(f"  {line}")
        else:
            say(f"  {_line(v.value)}")
    return 0


def _period(typed: str) -> Period:
    try:
        return Period(typed.strip().lower())
    except ValueError:
        raise Refused(translate("Cli", "\"{by}\" is not a period: use week or month.").format(
            by=shown_safely(typed))) from None


def me_trend(args: argparse.Namespace) -> int:
    by = _period(args.by)
    with opened(args) as workspace:
        points = workspace.carer_space.trend(by)
    if args.json:
        emit_json([{"from": p.start.isoformat(), "average": p.average, "checkins": p.count}
                   for p in points])
        return 0
    for p in points:
        if p.average is None:
            say(translate("Cli", "{start}  no check-in").format(start=p.start.isoformat()))
            continue
        bar = "■" * round(p.average) + "□" * (len(HowIAm) - round(p.average))
        say(translate("Cli", "{start}  {bar}  {average:.1f}  (check-ins: {n})").format(
            start=p.start.isoformat(), bar=bar, average=p.average, n=p.count))
    return 0
