"""``entry add``'s significant-event options: ``--event-kind KIND --happened-at WHEN``, a
repeatable ``--told "NAME, ROLE, YYYY-MM-DDTHH:MM[, HOW]"`` and the other parts of the record.

Without ``--event-kind``, ``--significant --told WHO --told-at WHEN --next-steps`` still make
the old one-line kind of event, as scripts written before had them do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from carerdesk.app.preset import event_kinds
from carerdesk.cli.text_files import FromFile, add_text_option
from carerdesk.domain.categories import SignificantEventKind
from carerdesk.domain.dates import parse_moment
from carerdesk.domain.errors import Refused
from carerdesk.domain.events import (
    KINDS,
    MISSING,
    EventDetail,
    Missing,
    TellRole,
    Told,
    check_kind,
)
from carerdesk.domain.events import warnings as event_warnings
from carerdesk.domain.input_errors import BadToldLine, InvalidDate, UnknownTellRole
from carerdesk.domain.values import SignificantEvent
from carerdesk.text.i18n import translate

# dest -> option, for the options that make no sense without --event-kind
_EVENT_ONLY = {"happened_at": "--happened-at", "where": "--where", "present": "--present",
               "what_happened": "--what-happened", "child_words": "--child-words",
               "carer_did": "--carer-did", "follow_up": "--follow-up",
               "last_seen": "--last-seen", "reported_at": "--reported-at",
               "reported_to": "--reported-to", "police_ref": "--police-ref",
               "back_at": "--back-at", "return_talk": "--return-talk"}
_MISSING_ONLY = ("last_seen", "reported_at", "reported_to", "police_ref", "back_at",
                 "return_talk")


def add_event_options(add: argparse.ArgumentParser) -> None:
    add.add_argument("--event-kind", metavar="KIND",
                     help=translate("Cli", "a significant event: death, "
                                           "serious-illness-or-accident, police-called, "
                                           "sexual-exploitation, child-protection-enquiry, "
                                           "allegation-against-carer, infectious-disease, "
                                           "dbs-referral, missing-from-home, serious-offence, "
                                           "or a kind your agency adds"))
    add.add_argument("--happened-at", metavar="YYYY-MM-DDTHH:MM",
                     help=translate("Cli", "when the event happened"))
    told = add.add_mutually_exclusive_group()
    told.add_argument("--told", action="append", metavar="\"NAME, ROLE, YYYY-MM-DDTHH:MM\"",
                      help=translate("Cli", "someone told about the event, with their role "
                                            "(supervising-social-worker, fostering-service, "
                                            "child-social-worker, police, out-of-hours, "
                                            "other), when, and optionally how after a "
                                            "fourth comma; repeat for each person. Without "
                                            "--event-kind: who was told, in words"))
    told.add_argument("--told-file", dest="told_file", metavar="FILE", action=FromFile,
                      text_dest="told", help=translate("Cli", "who was told, in words, from "
                                                              "FILE (the old one-line form)"))
    for name, words in (("where", translate("Cli", "where it happened")),
                        ("present", translate("Cli", "who was present")),
                        ("what-happened", translate("Cli", "what happened")),
                        ("child-words", translate("Cli", "the child's exact words")),
                        ("carer-did", translate("Cli", "what you did and said")),
                        ("follow-up", translate("Cli", "the follow-up actions"))):
        add_text_option(add, name, words)
    for name, words in (("last-seen", translate("Cli", "missing from home: when last seen")),
                        ("reported-at", translate("Cli", "missing from home: when reported")),
                        ("back-at", translate("Cli", "missing from home: when back"))):
        add.add_argument(f"--{name}", metavar="YYYY-MM-DDTHH:MM", help=words)
    add.add_argument("--reported-to", metavar="WHO",
                     help=translate("Cli", "missing from home: who it was reported to"))
    add.add_argument("--police-ref", metavar="REF",
                     help=translate("Cli", "missing from home: the police reference"))
    add_text_option(add, "return-talk",
                    translate("Cli", "missing from home: the conversation when they came back"))


def _told_lines(args: argparse.Namespace) -> list[str]:
    told = getattr(args, "told", None)  # a list from --told, a text from --told-file or JSON
    return told if isinstance(told, list) else [told] if told else []


def legacy_told(args: argparse.Namespace) -> str | None:
    """``--told WHO`` without ``--event-kind``: one line of words, as before."""
    lines = _told_lines(args)
    if len(lines) > 1:
        raise Refused(translate("Cli", "--told is given once without --event-kind; to record "
                                       "several people told, give --event-kind and "
                                       "--happened-at."))
    return lines[0] if lines else None


def told_row(line: str, number: int) -> Told:
    """``NAME, ROLE, WHEN[, HOW]``; a name may hold commas ("Patel, Sam, police, ...")."""
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 3:
        raise BadToldLine("told", number)
    roles = {r.value for r in TellRole}
    at = next((i for i in range(1, len(parts) - 1) if parts[i].lower() in roles), None)
    if at is None:
        raise UnknownTellRole("told", number)
    name, how = ", ".join(parts[:at]), ", ".join(parts[at + 2:]) or None
    try:
        when = parse_moment(parts[at + 1], "told_when")
    except InvalidDate:
        raise BadToldLine("told", number) from None
    return Told(name, TellRole(parts[at].lower()), when, how)


def _moment(text: str | None, field_name: str):
    return parse_moment(text, field_name) if text else None


def event_from_args(args: argparse.Namespace) -> SignificantEvent | None:
    """The event the options describe (not validated yet: EntryContent does that)."""
    given = [option for dest, option in _EVENT_ONLY.items() if getattr(args, dest, None)]
    if not getattr(args, "event_kind", None):
        if given:
            raise Refused(translate("Cli", "{option} is part of a significant event: give "
                                           "--event-kind too.").format(option=given[0]))
        return None
    kind = check_kind(args.event_kind, event_kinds())
    if getattr(args, "told_at", None):
        raise Refused(translate("Cli", "With --event-kind, say when each person was told "
                                       "inside --told, not with --told-at."))
    missing = None
    if kind == MISSING:
        missing = Missing(_moment(args.last_seen, "last_seen"),
                          _moment(args.reported_at, "reported_at"), args.reported_to,
                          args.police_ref, _moment(args.back_at, "back_at"), args.return_talk)
    elif any(getattr(args, dest, None) for dest in _MISSING_ONLY):
        option = next(_EVENT_ONLY[d] for d in _MISSING_ONLY if getattr(args, d, None))
        raise Refused(translate("Cli", "{option} is for a child missing from home (--event-kind "
                                       "missing-from-home).").format(option=option))
    detail = EventDetail(
        kind=kind, happened_at=_moment(args.happened_at, "happened_at"), where=args.where,
        present=args.present, what_happened=args.what_happened, child_words=args.child_words,
        carer_response=args.carer_did,
        told=tuple(told_row(line, n) for n, line in enumerate(_told_lines(args), 1)),
        follow_up=args.follow_up or getattr(args, "next_steps", None), missing=missing)
    return SignificantEvent(SignificantEventKind.OTHER, detail=detail)


def say_warnings(event: SignificantEvent | None) -> None:
    """The warnings that never stop a save, on standard error."""
    if event is not None and event.detail is not None:
        for words in event_warnings(event.detail):
            print(translate("Cli", "Warning: {words}").format(
                words=translate("Events", words)), file=sys.stderr)


def _kind_title(key: str) -> str:
    if key in KINDS:
        return translate("Events", KINDS[key])
    return dict(event_kinds()).get(key, key)  # the agency's words, or the key it has gone from


def _at(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "-"


def event_lines(event: SignificantEvent) -> list[str]:
    """An event for people to read: kind, when, who was told; then the warnings."""
    detail = event.detail
    if detail is None:  # the old one-line kind
        return [translate("Cli", "Significant event")]
    lines = [translate("Cli", "Significant event: {kind}, {at}").format(
        kind=_kind_title(detail.kind), at=_at(detail.happened_at))]
    for row in detail.told:
        how = f", {row.how}" if row.how else ""
        lines.append("  " + translate("Cli", "Told {name} ({role}) {at}{how}").format(
            name=row.name, role=translate("Events", row.role.title), at=_at(row.when), how=how))
    lines += ["  " + translate("Cli", "Warning: {words}").format(words=translate("Events", w))
              for w in event_warnings(detail)]
    return lines
