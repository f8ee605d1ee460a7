"""keys, recipients, export and import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carerdesk.app.files import write_file
from carerdesk.app.package_files import read_key_file as _read_key
from carerdesk.app.supervision_export import export as export_report
from carerdesk.app.workspace import Workspace
from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.domain.errors import CarerDeskError, KeyFileInvalid, Refused
from carerdesk.domain.report import Notes
from carerdesk.domain.text import shown_safely as shown
from carerdesk.domain.values import parse_date
from carerdesk.exchange import PublicKey
from carerdesk.text.i18n import Context, translate
from carerdesk.text.messages import describe, key_name

Cli = Context("Cli")


def keys_show(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        key = workspace.exchange.public_key()
    say(translate("Cli", "Fingerprint: {fp}").format(fp=key.fingerprint))
    say(translate("Cli", "Name: {name} ({role})").format(name=shown(key.name or "-"),
                                                         role=key.role.value))
    say(translate("Cli", "Read the fingerprint aloud to the other person; it must match what "
                         "their CarerDesk shows."))
    return 0


def keys_export(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        key = workspace.exchange.public_key()
    out = Path(args.out).expanduser()
    write_file(out, key.to_text().encode("utf-8"))
    say(translate("Cli", "Wrote {path}. Fingerprint: {fp}").format(path=shown(out),
                                                                   fp=key.fingerprint))
    return 0


def read_key_file(path: str) -> PublicKey:
    return _read_key(Path(path).expanduser())


def _confirm(key: PublicKey) -> bool:
    """Asked at the terminal, or answered by the next line of standard input."""
    say(translate("Cli", "Fingerprint: {fp}").format(fp=key.fingerprint))
    question = translate("Cli", "Is this the fingerprint the social worker read to you? [y/N] ")
    if sys.stdin.isatty():
        answer = input(question)
    else:
        answer = sys.stdin.readline()
        if not answer:
            raise Refused(translate("Cli", "Check the fingerprint with the social worker (by "
                                           "phone or in person), then run this again with "
                                           "--yes, or answer y on standard input."))
    return answer.strip().lower() in ("y", "yes")


def recipients_add(args: argparse.Namespace) -> int:
    key = read_key_file(args.file)  # a bad file is named before the passphrase is asked
    with opened(args) as workspace:
        try:
            workspace.exchange.check_recipients([key])
        except KeyFileInvalid as exc:
            exc.path = str(args.file)
            raise
        if not args.yes and not _confirm(key):
            say(translate("Cli", "Not added."))
            return 1
        added = workspace.exchange.add_recipient(key, args.name or key_name(key),
                                                 default=args.default)
    say(translate("Cli", "Trusted {name} ({fp}).").format(name=shown(added.name),
                                                        fp=added.fingerprint))
    return 0


def recipients_list(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        found = workspace.exchange.recipients(include_left=True)
    if args.json:
        emit_json([{"name": r.name, "fingerprint": r.fingerprint, "role": r.key.role.value,
                    "default": r.is_default, "from_preset": r.from_preset,
                    "left_agency": r.left_at is not None} for r in found])
        return 0
    gone = translate("Cli", "no longer with the agency")
    for r in found:
        flags = " *" if r.is_default else ""
        flags += f" ({gone})" if r.left_at is not None else ""
        say(f"{r.fingerprint}  {shown(r.name)}{flags}")
    if not found:
        say(translate("Cli", "No recipients yet. Add one with: carerdesk recipients add FILE"))
    return 0


def recipients_remove(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        found = workspace.exchange.recipient(args.recipient, include_left=True)
        workspace.exchange.remove_recipient(found.fingerprint)
    say(translate("Cli", "Removed {name}.").format(name=shown(found.name)))
    return 0


def _recipients(workspace: Workspace, wanted: list[str] | None) -> list[PublicKey]:
    """Key files or known names; the default recipient when none is named."""
    if not wanted:
        default = [r for r in workspace.exchange.recipients() if r.is_default]
        if not default:
            raise Refused(translate("Cli", "Name who the report is for with --recipient (a key "
                                           "file or a name from \"carerdesk recipients list\")."))
        return [default[0].key]
    keys = []
    for item in wanted:
        path = Path(item).expanduser()
        keys.append(read_key_file(item) if path.is_file()
                    else workspace.exchange.recipient(item).key)
    return keys


def _child(workspace: Workspace, typed: str | None) -> str:
    if typed:
        return workspace.journal.child(typed).id
    children = workspace.journal.children()
    if len(children) != 1:
        raise Refused(translate("Cli", "Say whose report this is with --child (there are "
                                       "{n} children in this vault).").format(n=len(children)))
    return children[0].id


def export(args: argparse.Namespace) -> int:
    since, until = parse_date(args.since, "since"), parse_date(args.until, "until")
    out = Path(args.out).expanduser()
    with opened(args) as workspace:  # reads the notes given as files, then the passphrase
        notes = Notes(args.headline, args.questions, args.wellbeing)
        recipients = _recipients(workspace, args.recipient)
        pdf = Path(args.pdf).expanduser() if args.pdf else None
        made = export_report(workspace, _child(workspace, args.child), since, until,
                             recipients, notes, save_to=out, pdf_to=pdf)  # then listed as sent
    say(Cli.tr("Wrote {path}: %n entries for {child}, {since} to {until}, for {who}.", "",
               len(made.report.entries))
        .format(path=shown(out), child=shown(made.report.child),
                since=since.isoformat(), until=until.isoformat(),
                who=", ".join(shown(k.name or k.fingerprint) for k in recipients)))
    if args.pdf:
        say(translate("Cli", "Wrote {path} (the summary, not encrypted: keep it safe).").format(
            path=shown(args.pdf)))
    return 0


def import_files(args: argparse.Namespace) -> int:
    """Each package is all or nothing; one bad file does not stop the others."""
    from carerdesk.app import supervision_inbox

    failed = 0
    with opened(args) as workspace:
        for name in args.files:
            try:
                result = supervision_inbox.import_file(workspace, Path(name).expanduser())
            except CarerDeskError as exc:
                print(shown(describe(exc)), file=sys.stderr)
                failed += 1
                continue
            item = result.item
            text = (translate("Cli", "{file}: already imported ({child}, {since} to {until}).")
                    if result.already else
                    Cli.tr("{file}: imported %n entries for {child}, {since} to "
                                     "{until}, from {carer} ({fp}).", "", item.entries))
            say(text.format(file=shown(name), child=shown(item.child),
                            since=item.since.isoformat(), until=item.until.isoformat(),
                            carer=shown(item.carer), fp=item.carer_fingerprint))
    return 1 if failed else 0
