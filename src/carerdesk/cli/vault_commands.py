"""init, status, passwd, recover."""

from __future__ import annotations

import argparse
import sys

from carerdesk.app.workspace import Workspace
from carerdesk.cli import text_files
from carerdesk.cli.context import data_dir, opened, secrets
from carerdesk.cli.output import emit_json, say
from carerdesk.cli.preset_commands import preset_json, preset_rows
from carerdesk.domain.errors import Refused
from carerdesk.domain.roles import Role
from carerdesk.domain.text import shown_safely as shown
from carerdesk.text.i18n import Context, translate

Cli = Context("Cli")


def _new_passphrase(args: argparse.Namespace) -> tuple[str, str]:
    reader = secrets(args)
    new = reader.secret(translate("Cli", "New passphrase: "))
    return new, reader.secret(translate("Cli", "Type it again: "))


def init(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    text_files.read_files(args)
    passphrase, confirmation = _new_passphrase(args)
    text_files.read_stdin(args)  # a name given as "-" comes after the two passphrase lines
    say(translate("Cli", "Creating the vault; this takes a few seconds..."))
    workspace, recovery_key = Workspace.create(
        folder, passphrase, confirmation, role=Role(args.role), household=args.household)
    try:
        if args.name:
            workspace.exchange.set_own_name(args.name)
    finally:
        workspace.lock()
    say(translate("Cli", "Vault created in {folder}.").format(folder=folder))
    say(translate("Cli", "Write the recovery key below on paper and keep it somewhere safe, "
                         "away from this computer. It is shown only this once; with it you "
                         "can open the vault if you forget your passphrase."))
    say("Recovery key: " + recovery_key)
    return 0


def demo(args: argparse.Namespace) -> int:
    from carerdesk.demo import DemoPlan, make_demo_vault

    if not 1 <= args.years <= 50 or not 1 <= args.children <= 8:
        raise Refused(translate("Cli", "Choose 1 to 50 years and 1 to 8 children."))
    folder = data_dir(args)
    passphrase, confirmation = _new_passphrase(args)

    def progress(done: int, total: int) -> None:
        print(translate("Cli", "Writing demo entries: {pct}%").format(pct=100 * done // total),
              file=sys.stderr, end="\r" if sys.stderr.isatty() else "\n")

    plan = DemoPlan(years=args.years, children=args.children, seed=args.seed)
    recovery_key, made = make_demo_vault(folder, passphrase, confirmation, plan, progress)
    say(Cli.tr("Demo vault created in {folder} with %n entries.", "", made).format(
        folder=folder))
    say("Recovery key: " + recovery_key)
    return 0


def status(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        workspace.quick_check()
        info = workspace.status()
        state = workspace.preset_followed.state if workspace.preset_followed else None
    if args.json:
        emit_json({**info.as_json(), "preset": preset_json(state)})
    else:
        rows = [
            (translate("Cli", "Vault"), info.folder),
            (translate("Cli", "Role"), info.role),
            (translate("Cli", "Household"), info.household or "-"),
            (translate("Cli", "Created"), info.created_at),
            (translate("Cli", "Schema version"), info.schema_version),
            (translate("Cli", "Children"), str(info.children)),
            (translate("Cli", "Entries"), str(info.entries)),
            (translate("Cli", "Integrity"),
             translate("Cli", "ok") if not info.problems else translate("Cli", "DAMAGED")),
            *preset_rows(state),
        ]
        width = max(len(k) for k, _ in rows)
        for key, value in rows:
            say(f"{key.ljust(width)}  {shown(value)}")  # a household name, a folder
    if info.problems:
        raise Refused(translate("Cli", "The vault failed its integrity check. Restore it from "
                                       "a backup; do not keep writing to this copy."))
    return 0


def passwd(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    Workspace.check_files(folder)  # no passphrase asked for a vault that cannot open
    current = secrets(args).secret(translate("Cli", "Passphrase: "))
    workspace = Workspace.unlock(folder, current)
    try:
        new, confirmation = _new_passphrase(args)
        if not getattr(args, "rekey", False):
            workspace.change_passphrase(new, confirmation)
        else:
            say(translate("Cli", "Re-encrypting the journal under a new key..."))
            recovery_key = workspace.rekey(new, confirmation, current=current)
    finally:
        workspace.lock()
    if not getattr(args, "rekey", False):
        say(translate("Cli", "Passphrase changed. The recovery key still works as before."))
        return 0
    say(translate("Cli", "Done: the journal has a new key. Your old recovery key, and copies of "
                         "vault.json from before (in old backups, say), no longer open it. "
                         "Write the new recovery key below on paper and keep it somewhere "
                         "safe; it is shown only this once."))
    say("Recovery key: " + recovery_key)
    return 0


def recover(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    Workspace.check_files(folder)
    key = secrets(args).visible(translate("Cli", "Recovery key: "))
    workspace = Workspace.unlock_with_recovery_key(folder, key)
    try:
        new, confirmation = _new_passphrase(args)
        workspace.change_passphrase(new, confirmation, why="passphrase.recover")
    finally:
        workspace.lock()
    say(translate("Cli", "A new passphrase is set. Keep your recovery key safe: it still works."))
    return 0
