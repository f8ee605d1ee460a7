"""reports list, show, review, note: the social worker's inbox from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerdesk.app.files import write_file
from carerdesk.app.supervision_inbox import open_report
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
        if not i.trusted:  # held apart: never read as the confirmed carer of that name
            mark += ", " + translate("Cli", "NOT YET CONFIRMED: carerdesk reports confirm "
                                            "{fp}").format(fp=i.carer_fingerprint[:11])
        say(f"{i.package_id[:8]}  {shown(i.carer)} ({i.carer_fingerprint[:11]})  {shown(i.child)}  "
            f"{i.since} → {i.until}  {i.entries}  [{mark}]")
    if not items:
        say(translate("Cli", "No reports imported yet."))
    return 0


def show(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        # The PDF is drawn here from the imported data, not the carer's copy of it.
        opened_report = (open_report(workspace, args.id) if args.pdf
                         else workspace.exchange.open_report(args.id))
    item, carer_notes = opened_report.item, opened_report.report.notes
    if args.pdf:
        write_file(Path(args.pdf).expanduser(), opened_report.pdf)
    if args.json:
        emit_json({**item.as_json(), "headline": carer_notes.headline,
                   "questions": carer_notes.questions, "wellbeing": carer_notes.wellbeing,
                   "notes": [{"written_at": n.written_at.isoformat(), "text": n.text}
                             for n in opened_report.notes]})
        return 0
    say(Cli.tr("{child}, {since} to {until}: %n entries from {carer}", "", item.entries)
        .format(child=shown(item.child), since=item.since, until=item.until,
                carer=shown(item.carer)))
    say(translate("Cli", "Carer's key: {fp}").format(fp=item.carer_fingerprint)
        + ("" if item.trusted else " " + translate("Cli", "(not yet confirmed)")))
    for label, words in ((translate("Cli", "Headline"), carer_notes.headline),
                         (translate("Cli", "Questions"), carer_notes.questions),
                         (translate("Cli", "The carer's wellbeing"), carer_notes.wellbeing)):
        say(f"{label}: {shown(words) if words else translate('Cli', 'none given')}")
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
