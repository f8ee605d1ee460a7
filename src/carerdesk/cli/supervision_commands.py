"""reports confirm; supervision write, send, import, list, done; keys vouch and vouch-for:
trust between carer and social worker, and the loop back from supervision."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from carerdesk.app.files import write_file
from carerdesk.app.package_files import read_key_file, read_package
from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.domain.errors import Refused, ReportRefused
from carerdesk.domain.input_errors import UnreadableFile
from carerdesk.domain.roles import Role
from carerdesk.domain.supervision import STATUS_WORDS, SupervisionContent, parse_action
from carerdesk.domain.text import shown_safely as shown
from carerdesk.domain.values import not_in_future, parse_date
from carerdesk.exchange import vouch
from carerdesk.text.i18n import Context, translate

Cli = Context("Cli")


def _yes(question: str, refusal: str) -> bool:
    """Asked at the terminal, or answered by the next line of standard input."""
    if sys.stdin.isatty():
        answer = input(question)
    else:
        answer = sys.stdin.readline()
        if not answer:
            raise Refused(refusal)
    return answer.strip().lower() in ("y", "yes")


def confirm(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        carer = workspace.exchange.carer(args.sender)
        if carer.confirmed_at is None and not args.yes:
            say(translate("Cli", "{name}: fingerprint {fp}").format(name=shown(carer.name),
                                                                   fp=carer.fingerprint))
            if not _yes(translate("Cli", "Is this the fingerprint the carer read to you? "
                                         "[y/N] "),
                        translate("Cli", "Read the fingerprint aloud with the carer (by phone "
                                         "or in person), then run this again with --yes, or "
                                         "answer y on standard input.")):
                say(translate("Cli", "Not confirmed: their reports stay apart."))
                return 1
        done = workspace.exchange.confirm_carer(carer.sender_id)
    say(translate("Cli", "Confirmed {name} ({fp}).").format(name=shown(done.name),
                                                          fp=done.fingerprint))
    return 0


def _content(args: argparse.Namespace) -> SupervisionContent:
    held = parse_date(args.held, "sv.held") if args.held else dt.date.today()
    not_in_future(held, "sv.held")
    return SupervisionContent(held, args.present, args.discussed,
                              tuple(parse_action(a) for a in args.action), args.reflections)


def write(args: argparse.Namespace) -> int:
    _content(args)  # a mistake in the options is named before the passphrase
    with opened(args) as workspace:
        record = workspace.loop.write(args.report, _content(args))
    say(translate("Cli", "Supervision record {id} (version {version}) for {child}, {since} to "
                         "{until}. Send it with: carerdesk supervision send {id} --to FILE")
        .format(id=record.id[:8], version=record.version, child=shown(record.child),
                since=record.since, until=record.until))
    return 0


def send(args: argparse.Namespace) -> int:
    out = Path(args.to).expanduser()
    with opened(args) as workspace:
        data = workspace.loop.seal_record(args.record)
        record = workspace.loop.record(args.record)
    write_file(out, data)
    say(translate("Cli", "Wrote {path}: the supervision record for {carer}, with the "
                         "acknowledgement that their report was received and reviewed.")
        .format(path=shown(out), carer=shown(record.carer)))
    return 0


def import_record(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    data = read_package(path)
    with opened(args) as workspace:
        try:
            returned, already = workspace.loop.import_record(data)
        except ReportRefused as exc:
            exc.path = exc.path or str(path)
            raise
    if already:
        say(translate("Cli", "{path}: already imported.").format(path=shown(path)))
        return 0
    say(Cli.tr("{path}: supervision of {held} from {who} for {child} ({since} to {until}), "
               "%n agreed actions.", "", len(returned.actions))
        .format(path=shown(path), held=returned.content.held, who=shown(returned.social_worker),
                child=shown(returned.child), since=returned.since, until=returned.until))
    return 0


def listing(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        if workspace.role is Role.SUPERVISOR:
            return _written(args, workspace.loop.records())
        returned = workspace.loop.returned()
    if args.json:
        emit_json([r.as_json() for r in returned])
        return 0
    for r in returned:
        say(f"{r.id[:8]}  {r.content.held}  {shown(r.social_worker)}  {shown(r.child)}  "
            f"{r.since} → {r.until}")
        for number, state in enumerate(r.actions, 1):
            status = translate("Supervision", STATUS_WORDS[state.status])
            say(f"  {number}. {shown(state.action.what)} — {shown(state.action.owner)}, "
                + translate("Cli", "due {day}").format(day=state.action.due) + f" [{status}]")
    if not returned:
        say(translate("Cli", "No supervision records yet. When your social worker sends one, "
                             "import it with: carerdesk supervision import FILE"))
    return 0


def _written(args: argparse.Namespace, records: list) -> int:
    if args.json:
        emit_json([{"id": r.id, "report": r.package_id, "child": r.child, "carer": r.carer,
                    "version": r.version,
                    "sent_at": r.sent_at.isoformat() if r.sent_at else None,
                    **r.content.to_dict()} for r in records])
        return 0
    for r in records:
        mark = translate("Cli", "sent") if r.sent_at else translate("Cli", "not sent")
        say(f"{r.id[:8]}  {r.content.held}  {shown(r.carer)}  {shown(r.child)}  "
            f"v{r.version}  [{mark}]")
    if not records:
        say(translate("Cli", "No supervision records yet: carerdesk supervision write REPORT"))
    return 0


def done(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        workspace.loop.mark_done(args.record, args.number, not args.undo)
    say(translate("Cli", "Marked as not done.") if args.undo
        else translate("Cli", "Marked as done."))
    return 0


def keys_vouch(args: argparse.Namespace) -> int:
    line = _read_line(Path(args.file).expanduser())
    vouch.parse(line)  # named before the passphrase
    with opened(args) as workspace:
        workspace.exchange.set_vouch(line)
    say(translate("Cli", "Kept the agency's vouch: your reports now carry it."))
    return 0


def keys_vouch_for(args: argparse.Namespace) -> int:
    key = read_key_file(Path(args.file).expanduser())
    with opened(args) as workspace:
        line = workspace.exchange.vouch_for(key)
    write_file(Path(args.out).expanduser(), (line + "\n").encode("ascii"))
    say(translate("Cli", "Wrote {path}: your vouch for {fp}. Give it to the carer.").format(
        path=shown(args.out), fp=key.fingerprint))
    return 0


def _read_line(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            data = handle.read(vouch.MAX_VOUCH + 2)
        return data.decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        raise UnreadableFile("file", str(path)) from None
