"""What every command gets: the vault folder, a way to read secrets, an open workspace."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from carerdesk.cli.prompts import SecretReader
from carerdesk.i18n import translate
from carerdesk.workspace import Workspace, default_data_dir


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def secrets(args: argparse.Namespace) -> SecretReader:
    return SecretReader(bool(getattr(args, "passphrase_stdin", False)))


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Workspace]:
    """Unlock with the passphrase; lock again however the command ends."""
    folder = data_dir(args)
    Workspace.check_files(folder)  # no passphrase asked for a vault that cannot open
    passphrase = secrets(args).secret(translate("Cli", "Passphrase: "))
    workspace = Workspace.unlock(folder, passphrase)
    try:
        yield workspace
    finally:
        workspace.lock()
