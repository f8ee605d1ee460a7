"""child end, child remove: the end of a placement, and the record removed for good."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.domain.errors import Refused
from carerdesk.domain.text import shown_safely as shown
from carerdesk.domain.values import not_in_future, parse_date
from carerdesk.text.i18n import translate


def child_end(args: argparse.Namespace) -> int:
    day = not_in_future(parse_date(args.date, "ended"), "ended")  # named before the passphrase
    with opened(args) as workspace:
        profile = workspace.removal.end_placement(args.child, day, args.went_to)
    say(translate("Cli", "{name}'s placement ended on {day}; saved as version {n} of the "
                         "profile, the earlier version kept.").format(
        name=shown(profile.child.name), day=day.isoformat(), n=profile.version))
    say(profile.child.id)
    return 0


def what_goes_lines(what) -> list[str]:
    """The question's facts: the child named, and what goes counted (never what it says)."""
    lines = [translate("Cli", "Removing {name}'s record deletes it for good from this journal "
                              "and its backups:").format(name=shown(what.name))]
    for label, count in (
            (translate("Cli", "entries about them alone"), what.entries),
            (translate("Cli", "life-story pages"), what.pages),
            (translate("Cli", "photos"), what.photos),
            (translate("Cli", "people around them"), what.people),
            (translate("Cli", "records (family time, goals, reviews, profiles)"), what.records),
            (translate("Cli", "unsaved drafts that mention them"), what.drafts)):
        lines.append(f"  {label}: {count}")
    lines.append("  " + translate("Cli", "their profile, with every earlier version"))
    if what.shared:
        lines.append(translate("Cli", "Entries also about another child stay for that child, "
                                      "without {name}: {count}").format(name=shown(what.name),
                                                                        count=what.shared))
    lines.append(translate("Cli", "Backups of this journal replaced by one fresh backup without "
                                  "them: {count}").format(count=what.backups))
    return lines


def _agreed(name: str) -> bool:
    """Asked at the terminal, or answered by the next line of standard input."""
    question = translate("Cli", "Remove {name}'s record for good? [y/N] ").format(name=name)
    if sys.stdin.isatty():
        answer = input(question)
    else:
        answer = sys.stdin.readline()
        if not answer:
            raise Refused(translate("Cli", "Nothing was removed: answer y on standard input, "
                                           "or run this again with --yes."))
    return answer.strip().lower() in ("y", "yes")


def child_remove(args: argparse.Namespace) -> int:
    book = Path(args.save_book).expanduser() if args.save_book else None
    with opened(args) as workspace:
        what = workspace.removal.what_goes(args.child)
        if not args.yes:
            for line in what_goes_lines(what):
                say(line)
            if not _agreed(shown(what.name)):
                raise Refused(translate("Cli", "Nothing was removed."))
        if book is not None:  # the book first: if it cannot be written, nothing is removed
            workspace.removal.save_book(what.child_id, book)
            if not args.json:
                say(translate("Cli", "Saved the life-story book to {path}.").format(
                    path=shown(book)))
        removed = workspace.removal.remove(what.child_id, expected=what.child_id)
    if args.json:
        emit_json({**what.as_json(), "initial": removed.initial, "backup": str(removed.backup),
                   "old_backups_deleted": removed.old_backups,
                   "book": str(book) if book else None})
        return 0
    say(translate("Cli", "Removed the record of {initial}: a fresh backup without them is "
                         "{path}; older backups and copies deleted: {count}.").format(
        initial=removed.initial, path=shown(removed.backup), count=removed.old_backups))
    return 0
