"""Secrets are read from the terminal without echo, or from stdin lines; never from argv."""

from __future__ import annotations

import getpass
import sys

from carerdesk.domain.errors import Refused
from carerdesk.i18n import translate


class NoSecretSource(Refused):
    """Neither a terminal nor ``--passphrase-stdin``: nowhere safe to read a secret from."""


class SecretReader:
    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def _line(self) -> str:
        line = sys.stdin.readline()
        if not line:
            raise NoSecretSource(translate(
                "Cli", "Standard input ended before every passphrase was given."))
        return line.rstrip("\r\n")

    def secret(self, prompt: str) -> str:
        """A passphrase: a stdin line, or typed at the terminal without echo."""
        if self.from_stdin:
            return self._line()
        if not sys.stdin.isatty():
            raise NoSecretSource(translate(
                "Cli", "There is no terminal to type the passphrase in. Use --passphrase-stdin "
                       "to give it on standard input."))
        try:
            return getpass.getpass(prompt)
        except EOFError:
            raise NoSecretSource(translate("Cli", "No passphrase was typed.")) from None

    def visible(self, prompt: str) -> str:
        """The recovery key: long, and read off paper, so it is shown as it is typed."""
        if self.from_stdin:
            return self._line()
        if not sys.stdin.isatty():
            raise NoSecretSource(translate(
                "Cli", "There is no terminal to type the recovery key in. Use "
                       "--passphrase-stdin to give it on standard input."))
        try:
            return input(prompt)
        except EOFError:
            raise NoSecretSource(translate("Cli", "No recovery key was typed.")) from None
