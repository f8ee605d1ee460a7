"""child add/list, entry add/amend/history/list/star/unstar, search."""

from __future__ import annotations

import argparse
import datetime as dt

from carerdesk.cli.context import opened
from carerdesk.cli.entry_args import content_from_args
from carerdesk.cli.entry_json import apply_entry_json
from carerdesk.cli.event_args import say_warnings
from carerdesk.cli.output import emit_json, entry_lines, say
from carerdesk.cli.text_files import read_files, stand_in, waiting_on_stdin
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.limits import check_length
from carerdesk.domain.text import shown_safely
from carerdesk.domain.values import not_in_future, parse_date
from carerdesk.text.i18n import translate


def _optional_date(text: str | None, field: str) -> dt.date | None:
    return None if text is None else not_in_future(parse_date(text, field), field)


def child_add(args: argparse.Namespace) -> int:
    born = _optional_date(args.born, "born")
    placed = _optional_date(args.placed, "placed")
    with opened(args) as workspace:
        child = workspace.journal.add_child(args.name, born, placed)
    say(translate("Cli", "Added {name}.").format(name=shown_safely(child.name)))
    say(child.id)
    return 0


def child_list(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        children = workspace.journal.children()
    if args.json:
        emit_json([c.as_json() for c in children])
        return 0
    if not children:
        say(translate("Cli", "No children yet. Add one with \"carerdesk child add --name NAME\"."))
    for child in children:
        born = child.born.isoformat() if child.born else "-"
        say(f"{child.id}  {shown_safely(child.name)}  ({translate('Cli', 'born')} {born})")
    return 0


def _entry_content(args: argparse.Namespace):
    """The entry's content, and whether it is written with its star (--star, or "star" in
    the JSON)."""
    read_files(args)
    if args.json is not None:
        apply_entry_json(args)
        args.json = None
    return content_from_args(args), bool(args.star)


def entry_add(args: argparse.Namespace) -> int:
    # every typing mistake is named before the passphrase is asked, but in words still to
    # come on standard input (after the passphrase line), or in a whole entry still to come
    waiting = waiting_on_stdin(args)
    early = None if "json" in waiting else _entry_content(stand_in(args))
    with opened(args) as workspace:
        content, starred = (_entry_content(args) if waiting or early is None
                            else early)  # early is None only when waiting
        entry = workspace.journal.add_entry(content, starred=starred)
    say_warnings(entry.content.significant)  # on stderr: they never stop a save
    say(translate("Cli", "Saved the entry for {date}.").format(date=entry.content.date))
    say(entry.id)
    return 0


def entry_amend(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        entry = workspace.journal.amend_text(args.id, args.text, args.reason)
    say(translate("Cli", "Saved version {n}; the earlier version is kept.").format(n=entry.version))
    say(entry.id)
    return 0


def _starred(on: bool) -> str:
    return "  ★ " + translate("Cli", "bring to supervision") if on else ""


def _star(args: argparse.Namespace, on: bool) -> int:
    with opened(args) as workspace:
        entry = workspace.journal.star(args.id, on).entry
    said = (translate("Cli", "Starred the entry for {date}: it goes to supervision first.")
            if on else translate("Cli", "Took the star off the entry for {date}."))
    say(said.format(date=entry.content.date))
    say(entry.id)
    return 0


def entry_star(args: argparse.Namespace) -> int:
    return _star(args, True)


def entry_unstar(args: argparse.Namespace) -> int:
    return _star(args, False)


def entry_show(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        entry = workspace.journal.entry(args.id)
    if args.json:
        emit_json(entry.as_json())
        return 0
    say(f"{entry.content.date}  {entry.id}{_starred(entry.starred)}")
    for line in entry_lines(entry):
        say("  " + line)
    return 0


def entry_history(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        versions = workspace.journal.history(args.id)
    if args.json:
        emit_json([v.as_json() for v in versions])
        return 0
    for v in versions:
        reason = v.reason or translate("Cli", "first written")
        say(translate("Cli", "Version {n}, saved {at}: {reason}").format(
            n=v.version, at=v.saved_at.astimezone().strftime("%Y-%m-%d %H:%M"), reason=reason))
        for line in entry_lines(v):
            say("  " + line)
    return 0


def entry_list(args: argparse.Namespace) -> int:
    since = _optional_date(args.since, "since")
    until = parse_date(args.until, "until") if args.until else None
    where = EntryFilter(child_id=args.child, since=since, until=until,
                        starred_only=args.starred)
    with opened(args) as workspace:
        entries = _all_pages(workspace.journal, where)
    if args.json:
        emit_json([e.as_json() for e in entries])
        return 0
    if not entries:
        say(translate("Cli", "No entries."))
    for entry in entries:
        say(f"{entry.content.date}  {entry.id}{_starred(entry.starred)}")
        for line in entry_lines(entry):
            say("  " + line)
    return 0


def _all_pages(journal, where: EntryFilter) -> list:
    entries, before = [], None
    while True:
        page = journal.entries(where, limit=500, before=before)
        entries.extend(page)
        if len(page) < 500:
            return entries
        before = (page[-1].content.date, page[-1].seq)


def search(args: argparse.Namespace) -> int:
    read_files(args)
    if not waiting_on_stdin(args):
        check_length(args.query, "query")  # thousands of words took seconds to find nothing
    with opened(args) as workspace:
        hits = workspace.journal.search(check_length(args.query, "query"),
                                        EntryFilter(child_id=args.child))
    if args.json:
        emit_json([h.as_json() for h in hits])
        return 0
    if not hits:
        say(translate("Cli", "Nothing found for \"{query}\".").format(query=args.query))
    for hit in hits:
        say(f"{hit.entry.content.date}  {hit.entry.id}{_starred(hit.entry.starred)}")
        say("  " + hit.snippet_with("[", "]").replace("\n", " / "))
    return 0
