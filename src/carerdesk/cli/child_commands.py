"""child show / edit / history, people add / edit / list."""

from __future__ import annotations

import argparse
from dataclasses import replace

from carerdesk.cli.child_parser import PART_PREFIX
from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.cli.text_files import read_files, stand_in, waiting_on_stdin
from carerdesk.domain.errors import Refused
from carerdesk.domain.profile import (
    PROFILE_FIELDS,
    Living,
    PersonDetails,
    PersonRole,
    profile_field,
    profile_text,
)
from carerdesk.domain.text import shown_safely
from carerdesk.domain.values import not_in_future, parse_date
from carerdesk.journal.profile import KEEP
from carerdesk.text.i18n import translate


def _day(text: str | None, field: str):
    return KEEP if text is None else not_in_future(parse_date(text, field), field)


def _parts(args: argparse.Namespace) -> dict[str, str | None]:
    """--set FIELD=TEXT and --set-file FIELD=FILE, each part checked (name and length)."""
    parts: dict[str, str | None] = {}
    for item in args.set:
        key, equals, text = item.partition("=")
        field = profile_field(key)
        if not equals:
            raise Refused(translate("Cli", "--set takes FIELD=TEXT, for example --set "
                                           "faith=Quaker. Nothing was changed."))
        parts[field] = profile_text(field, text)
    for dest, text in vars(args).items():
        if dest.startswith(PART_PREFIX):
            field = profile_field(dest.removeprefix(PART_PREFIX))
            parts[field] = profile_text(field, text)
    return parts


def _edit(args: argparse.Namespace) -> dict:
    changes = {"name": KEEP if args.name is None else args.name,
               "born": _day(args.born, "born"), "placed": _day(args.placed, "placed"),
               "ended": _day(args.ended, "ended"), "parts": _parts(args)}
    if all(v is KEEP for k, v in changes.items() if k != "parts") and not changes["parts"]:
        raise Refused(translate("Cli", "Nothing to change: give --name, --born, --placed, "
                                       "--ended or --set FIELD=TEXT."))
    return changes


def child_edit(args: argparse.Namespace) -> int:
    read_files(args)
    _edit(stand_in(args))  # every mistake named before the passphrase is asked
    with opened(args) as workspace:
        before = workspace.profiles.profile(args.child).version
        profile = workspace.profiles.save(args.child, reason=args.reason, **_edit(args))
    if profile.version == before:
        say(translate("Cli", "Nothing was different, so nothing was saved."))
    else:
        say(translate("Cli", "Saved version {n} of {name}'s profile; the earlier version is "
                             "kept.").format(n=profile.version,
                                             name=shown_safely(profile.child.name)))
    say(profile.child.id)
    return 0


def _dates_line(child) -> str:
    def day(d):
        return d.isoformat() if d else "-"

    return translate("Cli", "Born {born} · came to live with us {placed} · placement ended "
                            "{ended}").format(born=day(child.born), placed=day(child.placed),
                                              ended=day(child.ended))


def _person_line(person) -> str:
    d = person.details
    line = f"{shown_safely(d.name)} — {translate('Profile', d.role.title)}"
    if d.family_name:
        line += " " + translate("Cli", "(called \"{name}\")").format(
            name=shown_safely(d.family_name))
    if d.living:
        line += " · " + (translate("Cli", "lives with the child") if d.living is Living.TOGETHER
                         else translate("Cli", "lives apart"))
    if d.relation:
        line += ": " + shown_safely(d.relation)
    return f"{line}  [{person.id}]"


def child_show(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        profile = workspace.profiles.profile(args.child)
        people = workspace.people.people(profile.child.id)
    if args.json:
        emit_json({**profile.as_json(), "people": [p.as_json() for p in people]})
        return 0
    say(f"{shown_safely(profile.child.name)}  ({profile.child.id})")
    say("  " + _dates_line(profile.child))
    filled = [(k, v) for k, v in profile.parts.items() if v]
    if not filled:
        say("  " + translate("Cli", "No profile yet: carerdesk child edit CHILD --set "
                                    "FIELD=TEXT"))
    for key, text in filled:
        say(_part_line(key, text))
    say("  " + translate("Cli", "People:") if people else "  " + translate(
        "Cli", "No people yet: carerdesk people add --child CHILD --name NAME --role ROLE"))
    for person in people:
        say("    " + _person_line(person))
    return 0


def _part_line(key: str, text: str) -> str:
    """One part of the profile on one line: its name, then the words (lines joined)."""
    return f"  {translate('Profile', PROFILE_FIELDS[key])}: " + \
        shown_safely(text).replace("\n", " / ")


def child_history(args: argparse.Namespace) -> int:
    if args.profile:
        return _profile_history(args)
    with opened(args) as workspace:
        versions = workspace.journal.child_history(args.child)
    if args.json:
        emit_json([v.as_json() for v in versions])
        return 0
    for v in versions:
        reason = v.reason or (translate("Cli", "as first recorded") if v.version == 1 else "-")
        say(translate("Cli", "Version {n}, saved {at}: {reason}").format(
            n=v.version, at=v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            reason=shown_safely(reason)))
        say(f"  {shown_safely(v.name)}")
        say("  " + _dates_line(v))
    return 0


def _profile_history(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        versions = workspace.profiles.history(args.child)
    if args.json:
        emit_json([v.as_json() for v in versions])
        return 0
    if not versions:
        say(translate("Cli", "No versions yet: the profile has not been edited."))
    for v in versions:
        reason = v.reason or "-"
        say(translate("Cli", "Version {n}, saved {at}: {reason}").format(
            n=v.version, at=v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            reason=shown_safely(reason)))
        say(f"  {shown_safely(v.name)}")
        for key, text in v.parts.items():
            if text:
                say(_part_line(key, text))
    return 0


def _details(args: argparse.Namespace, current: PersonDetails | None = None) -> PersonDetails:
    given = {"name": args.name, "family_name": args.family_name, "relation": args.relation,
             "notes": args.notes,
             "role": PersonRole.parse(args.role) if args.role is not None else None,
             "living": Living(args.living) if args.living else None}
    if current is None:
        return PersonDetails(**given).validated()
    return replace(current, **{k: v for k, v in given.items() if v is not None}).validated()


def people_add(args: argparse.Namespace) -> int:
    read_files(args)
    if not waiting_on_stdin(args):
        _details(args)  # named before the passphrase is asked
    with opened(args) as workspace:
        person = workspace.people.add(args.child, _details(args))
    say(translate("Cli", "Added {name}.").format(name=shown_safely(person.details.name)))
    say(person.id)
    return 0


def people_edit(args: argparse.Namespace) -> int:
    if args.role is not None:
        PersonRole.parse(args.role)
    with opened(args) as workspace:
        current = workspace.people.person(args.id)
        person = workspace.people.update(current.id, _details(args, current.details))
    say(translate("Cli", "Saved version {n}; the earlier version is kept.").format(
        n=person.version))
    say(person.id)
    return 0


def people_list(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        people = workspace.people.people(args.child)
    if args.json:
        emit_json([p.as_json() for p in people])
        return 0
    if not people:
        say(translate("Cli", "No people yet: carerdesk people add --child CHILD --name NAME "
                             "--role ROLE"))
    for person in people:
        say(_person_line(person))
    return 0
