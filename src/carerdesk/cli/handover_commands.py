"""handover make, import, receipt, list, pdf: the child's whole record handed over, kept as
the closed record in the supervisor's vault, and removed here once its receipt is back."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerdesk.app.files import write_file as atomic_write
from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.domain.text import shown_safely as shown
from carerdesk.text.i18n import translate


def make(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    with opened(args) as workspace:
        key = workspace.handover.recipient(args.recipient)
        made = workspace.handover.make_file(args.child, [key], out)
        name = workspace.journal.child(made.child_id).name
    if args.json:
        emit_json({"package_id": made.package_id, "child": made.child_id, "file": str(out),
                   "entries": made.entries, "pages": made.pages, "photos": made.photos,
                   "recipient": key.fingerprint})
        return 0
    say(translate("Cli", "{path}: {name}'s whole record ({entries} entries, {pages} life-story "
                         "pages, {photos} photos), signed and encrypted for {who} ({fp}). "
                         "The record stays here until their receipt is imported.").format(
        path=shown(out), name=shown(name), entries=made.entries, pages=made.pages,
        photos=made.photos, who=shown(key.name), fp=key.fingerprint))
    return 0


def import_handover(args: argparse.Namespace) -> int:
    receipt_out = Path(args.receipt_out).expanduser()
    with opened(args) as workspace:
        done = workspace.handover.import_file(Path(args.file).expanduser())
        pdf = workspace.handover.pdf(done.record.id) if args.pdf_out else None
    atomic_write(receipt_out, done.receipt)
    if pdf is not None:
        atomic_write(Path(args.pdf_out).expanduser(), pdf)
    record = done.record
    if args.json:
        emit_json({**_record_json(record), "already": done.already,
                   "receipt": str(receipt_out)})
        return 0
    say(translate("Cli", "{path}: {child}'s closed record from {carer}, {entries} entries{again}; "
                         "receipt written to {receipt}.").format(
        path=shown(args.file), child=shown(record.child), carer=shown(record.carer),
        entries=record.entries, receipt=shown(receipt_out),
        again=translate("Cli", " (imported before)") if done.already else ""))
    return 0


def receipt(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        settled = workspace.handover.receipt_file(Path(args.file).expanduser())
    removed = settled.removed
    if args.json:
        emit_json({"receipt": settled.receipt.receipt_id,
                   "handover": settled.receipt.handover_id,
                   "removed": removed.initial if removed else None,
                   "backup": str(removed.backup) if removed else None,
                   "old_backups_deleted": removed.old_backups if removed else 0})
        return 0
    if removed is None:
        say(translate("Cli", "That receipt was imported before: the record was removed then."))
        return 0
    say(translate("Cli", "Receipt {id} accepted: the record of {initial} is removed from this "
                         "journal; {n} older backups replaced by {backup}.").format(
        id=settled.receipt.receipt_id[:8], initial=shown(removed.what.name),
        n=removed.old_backups,
        backup=shown(removed.backup)))
    return 0


def listing(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        records = workspace.handover.closed_records()
    if args.json:
        emit_json([_record_json(r) for r in records])
        return 0
    for r in records:
        say(f"{r.id[:8]}  {shown(r.child)}  {r.placed or '?'} → {r.ended or '?'}  "
            f"{shown(r.carer)}  {r.entries}")
    return 0


def pdf(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    with opened(args) as workspace:
        data = workspace.handover.pdf(args.record)
    atomic_write(out, data)
    say(translate("Cli", "Wrote {path}.").format(path=shown(out)))
    return 0


def _record_json(r) -> dict:
    return {"id": r.id, "handover": r.package_id, "child": r.child, "carer": r.carer,
            "carer_fingerprint": r.carer_fingerprint,
            "placed": r.placed.isoformat() if r.placed else None,
            "ended": r.ended.isoformat() if r.ended else None, "entries": r.entries,
            "received_at": r.received_at.isoformat(), "receipt_id": r.receipt_id}
