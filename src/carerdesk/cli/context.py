"""What every command gets: the vault folder, a way to read secrets, an open workspace."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from carerdesk.app.locations import default_data_dir
from carerdesk.app.workspace import Workspace
from carerdesk.cli import text_files
from carerdesk.cli.preset_commands import tell
from carerdesk.cli.prompts import SecretReader
from carerdesk.text.i18n import translate


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def secrets(args: argparse.Namespace) -> SecretReader:
    return SecretReader(bool(getattr(args, "passphrase_stdin", False)))


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Workspace]:
    """Unlock with the passphrase; lock again however the command ends.

    Record text given as files is read before the passphrase is asked (a wrong path is named
    first); text on standard input after it, as the passphrase lines come first."""
    folder = data_dir(args)
    Workspace.check_files(folder)  # no passphrase asked for a vault that cannot open
    text_files.read_files(args)
    passphrase = secrets(args).secret(translate("Cli", "Passphrase: "))
    text_files.read_stdin(args)
    workspace = Workspace.unlock(folder, passphrase)
    try:
        tell(workspace)  # a broken agency preset, social workers added or gone
        yield workspace
    finally:
        workspace.lock()
