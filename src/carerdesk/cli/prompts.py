"""Secrets are read from the terminal without echo, or from stdin lines; never from argv."""

from __future__ import annotations

import getpass
import sys

from carerdesk.domain.errors import Refused
from carerdesk.text.i18n import translate


class NoSecretSource(Refused):
    """Neither a terminal nor ``--passphrase-stdin``: nowhere safe to read a secret from."""


def _not_utf8() -> Refused:
    return Refused(translate("Cli", "The passphrase given is not UTF-8 text (is the terminal "
                                    "or the file in another encoding?). Nothing was changed."))


def _checked(text: str) -> str:
    """Bytes that were not UTF-8 can arrive as lone surrogates (a C locale's stdin): refuse
    them here, not deep inside the key derivation."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _not_utf8() from None
    return text


class SecretReader:
    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def _line(self) -> str:
        """One line of stdin, read as bytes (only that line: what follows, such as an entry's
        text, is left for its reader) and decoded as UTF-8 with a plain message if it is not."""
        buffer = getattr(sys.stdin, "buffer", None)
        try:
            line = buffer.readline().decode("utf-8") if buffer else sys.stdin.readline()
        except UnicodeDecodeError:
            raise _not_utf8() from None
        if not line:
            raise NoSecretSource(translate(
                "Cli", "Standard input ended before every passphrase was given."))
        return _checked(line.rstrip("\r\n"))

    def secret(self, prompt: str) -> str:
        """A passphrase: a stdin line, or typed at the terminal without echo."""
        if self.from_stdin:
            return self._line()
        if not sys.stdin.isatty():
            raise NoSecretSource(translate(
                "Cli", "There is no terminal to type the passphrase in. Use --passphrase-stdin "
                       "to give it on standard input."))
        try:
            return _checked(getpass.getpass(prompt))
        except EOFError:
            raise NoSecretSource(translate("Cli", "No passphrase was typed.")) from None
        except UnicodeDecodeError:
            raise _not_utf8() from None

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
