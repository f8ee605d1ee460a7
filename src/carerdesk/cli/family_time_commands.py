"""family-time add / amend / list / history: family time as its own record, linked to the
people around the child (a person is named by id or the start of it, as ``people list`` shows).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.cli.text_files import read_files, stand_in
from carerdesk.domain.errors import Refused
from carerdesk.domain.family_time import (
    TEXT_FIELDS,
    FamilyTime,
    FamilyTimeStatus,
    family_time_json,
)
from carerdesk.domain.input_errors import OtherChildsRecord
from carerdesk.domain.text import shown_safely
from carerdesk.domain.values import optional_text, parse_date
from carerdesk.text.i18n import translate


def _labels() -> dict[str, str]:
    return {"where": translate("Cli", "Where"),
            "supervised_by": translate("Cli", "Supervised by"),
            "cancelled_by": translate("Cli", "Cancelled by"),
            "why": translate("Cli", "Why"),
            "before": translate("Cli", "How they seemed before"),
            "during": translate("Cli", "During"),
            "after": translate("Cli", "After"),
            "words": translate("Cli", "In their words"),
            "noticed": translate("Cli", "What I noticed")}


def _texts(args: argparse.Namespace) -> dict[str, str | None]:
    """The text options given (an empty one clears its part on amend)."""
    return {key: getattr(args, key) for key in TEXT_FIELDS if getattr(args, key) is not None}


def _new(args: argparse.Namespace, people: tuple[str, ...] = ()) -> FamilyTime:
    return FamilyTime(parse_date(args.date, "family.date"), FamilyTimeStatus.parse(args.status),
                      people, **_texts(args)).validated()


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """What ``amend`` is to change, each part checked alone (the rest needs the record)."""
    changes: dict[str, Any] = {k: v for k, v in _texts(args).items()}
    for key, text in changes.items():
        optional_text(text, f"family.{key}")
    if args.date is not None:
        changes["date"] = parse_date(args.date, "family.date")
    if args.status is not None:
        changes["status"] = FamilyTimeStatus.parse(args.status)
    if not changes and args.people is None:
        raise Refused(translate("Cli", "Nothing to change: give --date, --status, --with or "
                                       "one of the words (--where, --during, ...)."))
    return changes


def _people(workspace, typed: list[str] | None) -> tuple[str, ...]:
    """Full ids of the people named (the service checks that they are this child's)."""
    return tuple(workspace.people.person(p).id for p in typed or ())


def family_time_add(args: argparse.Namespace) -> int:
    read_files(args)
    _new(stand_in(args))  # every mistake named before the passphrase is asked
    with opened(args) as workspace:
        child_id = workspace.journal.child(args.child).id
        saved = workspace.family_time.add(child_id, _new(args, _people(workspace, args.people)))
    say(translate("Cli", "Saved the family time on {date} ({status}).").format(
        date=saved.value.date.isoformat(),
        status=translate("FamilyTime", saved.value.status.title).lower()))
    say(saved.id)
    return 0


def family_time_amend(args: argparse.Namespace) -> int:
    read_files(args)
    _changes(stand_in(args))
    with opened(args) as workspace:
        current = workspace.family_time.record(args.id)
        changes = _changes(args)
        if args.people is not None:
            changes["people"] = _people(workspace, args.people)
        saved = workspace.family_time.amend(current.id, replace(current.value, **changes),
                                            args.reason)
    if saved.version == current.version:
        say(translate("Cli", "Nothing was different, so nothing was saved."))
    else:
        say(translate("Cli", "Saved version {n}; the earlier version is kept.").format(
            n=saved.version))
    say(saved.id)
    return 0


def _as_json(value: FamilyTime, names: dict[str, str]) -> dict[str, Any]:
    return {**family_time_json(value),
            "people": [{"id": p, "name": names.get(p)} for p in value.people]}


def _line(value: FamilyTime, names: dict[str, str]) -> str:
    line = f"{value.date.isoformat()}  {translate('FamilyTime', value.status.title)}"
    if value.people:
        who = ", ".join(shown_safely(names.get(p, p[:8])) for p in value.people)
        line += " · " + translate("Cli", "with {people}").format(people=who)
    if value.where:
        line += " · " + shown_safely(value.where).replace("\n", " / ")
    return line


def _details(value: FamilyTime) -> list[str]:
    labels = _labels()
    quoted = {"words"}  # the child's words, kept as theirs
    return [f"  {labels[key]}: " + (f"\"{shown_safely(text)}\"" if key in quoted
                                    else shown_safely(text)).replace("\n", " / ")
            for key, text in value.texts().items() if text and key != "where"]


def family_time_list(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        child_id = workspace.journal.child(args.child).id
        names = {p.id: p.details.name for p in workspace.people.people(child_id)}
        records = workspace.family_time.records(child_id)
        if args.person is not None:
            person = workspace.people.person(args.person)
            if person.child_id != child_id:
                raise OtherChildsRecord("person", person.id)
            records = [r for r in records if person.id in r.value.people]
    if args.json:
        emit_json([{"id": r.id, "child": r.child_id, "version": r.version,
                    **_as_json(r.value, names)} for r in records])
        return 0
    if not records:
        say(translate("Cli", "No family time yet: carerdesk family-time add --child CHILD "
                             "--date D --status planned|happened|cancelled"))
    for record in records:
        say(f"{_line(record.value, names)}  [{record.id}]")
    return 0


def family_time_history(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        record = workspace.family_time.record(args.id)
        versions = workspace.family_time.history(record.id)
        names = {p.id: p.details.name for p in workspace.people.people(record.child_id)}
    if args.json:
        emit_json([{"version": v.version, "saved_at": v.saved_at.isoformat(),
                    "reason": v.reason, **_as_json(v.value, names)} for v in versions])
        return 0
    for v in versions:
        say(translate("Cli", "Version {n}, saved {at}: {reason}").format(
            n=v.version, at=v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            reason=shown_safely(v.reason or "-")))
        say("  " + _line(v.value, names))
        for line in _details(v.value):
            say("  " + line)
    return 0
