"""backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerdesk.app.workspace import Workspace
from carerdesk.cli.context import data_dir, opened, secrets
from carerdesk.cli.output import say
from carerdesk.domain.errors import Refused
from carerdesk.text.i18n import translate


def backup(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        path = workspace.backup(Path(args.out).expanduser() if args.out else None)
    say(translate("Cli", "Backup written and checked. It opens with your passphrase or your "
                         "recovery key."))
    say(str(path))
    return 0


def restore(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise Refused(translate("Cli", "There is no backup file at {path}.").format(path=source))
    reader = secrets(args)
    if args.recovery_key:
        key = reader.visible(translate("Cli", "Recovery key: "))
        aside = Workspace.restore(source, data_dir(args), recovery_key=key,
                                  other_vault=args.other_vault)
    else:
        passphrase = reader.secret(translate("Cli", "Passphrase of the backup: "))
        aside = Workspace.restore(source, data_dir(args), passphrase=passphrase,
                                  other_vault=args.other_vault)
    say(translate("Cli", "Restored the backup into {folder}.").format(folder=data_dir(args)))
    if aside:
        say(translate("Cli", "Your previous vault was kept, unchanged, in {aside}.").format(
            aside=aside))
    return 0
