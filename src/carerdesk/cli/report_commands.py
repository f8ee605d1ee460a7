"""reports list, show, review, note: the social worker's inbox from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerdesk.app.supervision import write_file
from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.domain.text import shown_safely as shown
from carerdesk.text.i18n import Context, translate

Cli = Context("Cli")


def listing(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        items = workspace.exchange.reports()
    if args.json:
        emit_json([i.as_json() for i in items])
        return 0
    for i in items:
        mark = translate("Cli", "reviewed") if i.reviewed_at else translate("Cli", "new")
        say(f"{i.package_id[:8]}  {shown(i.carer)} ({i.carer_fingerprint[:11]})  {shown(i.child)}  "
            f"{i.since} → {i.until}  {i.entries}  [{mark}]")
    if not items:
        say(translate("Cli", "No reports imported yet."))
    return 0


def show(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        opened_report = workspace.exchange.open_report(args.id)
    item = opened_report.item
    if args.pdf:
        write_file(Path(args.pdf).expanduser(), opened_report.pdf)
    if args.json:
        emit_json({**item.as_json(), "notes": [
            {"written_at": n.written_at.isoformat(), "text": n.text}
            for n in opened_report.notes]})
        return 0
    say(Cli.tr("{child}, {since} to {until}: %n entries from {carer}", "", item.entries)
        .format(child=shown(item.child), since=item.since, until=item.until,
                carer=shown(item.carer)))
    say(translate("Cli", "Carer's key: {fp}").format(fp=item.carer_fingerprint))
    for note in opened_report.notes:
        say(f"  {note.written_at.astimezone():%Y-%m-%d %H:%M}  {note.text}")
    if args.pdf:
        say(translate("Cli", "Wrote {path}.").format(path=shown(args.pdf)))
    return 0


def review(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        item = workspace.exchange.set_reviewed(args.id, not args.undo)
    say(translate("Cli", "Marked as reviewed.") if item.reviewed_at
        else translate("Cli", "Marked as not reviewed."))
    return 0


def note(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        workspace.exchange.add_note(args.id, args.text)
    say(translate("Cli", "Note added."))
    return 0
