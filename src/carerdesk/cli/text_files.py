"""Record text from a file or standard input, so the words stay off the command line.

Anything on a command line can be read by another user of the computer (``ps``,
``/proc/PID/cmdline``) and is kept in the shell's history. So every option that carries record
text, ``--text T``, has a twin ``--text-file F``; ``F`` is ``-`` for standard input. Standard
input is read after the passphrase lines (``--passphrase-stdin``): the passphrase first, then
the words, to the end of the input. Only one option of a command can read standard input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carerdesk.domain.errors import Refused
from carerdesk.domain.input_errors import UnreadableFile
from carerdesk.domain.limits import TEXT_MAX
from carerdesk.text.i18n import translate

STDIN = "-"
MAX_BYTES = 4 * TEXT_MAX + 4  # the longest text in UTF-8, and a byte-order mark
SOURCES = "text_sources"  # on the namespace: {dest: path} for every file form given
STAND_IN = "…"  # for words not read yet: not empty, and short


class FromFile(argparse.Action):
    """``--x-file F``: remembered, and read once the command knows it is its turn."""

    def __init__(self, option_strings, dest, text_dest: str, **kwargs) -> None:
        super().__init__(option_strings, dest, **kwargs)
        self.text_dest = text_dest

    def __call__(self, parser, namespace, value, option_string=None):
        remember(parser, namespace, self.text_dest, value)
        setattr(namespace, self.dest, value)


def remember(parser: argparse.ArgumentParser, namespace: argparse.Namespace, text_dest: str,
             path: str) -> None:
    """``text_dest`` on the namespace is to hold what ``path`` holds, once it is read."""
    sources = dict(getattr(namespace, SOURCES, None) or {})
    if path == STDIN and STDIN in sources.values():
        parser.error(translate("Cli", "only one option can read standard input (-); give "
                                      "the others as files"))
    sources[text_dest] = path
    setattr(namespace, SOURCES, sources)


def add_text_option(parser: argparse.ArgumentParser, name: str, help: str, *,
                    positional: bool = False, required: bool = False,
                    metavar: str | None = None, default: str | None = None) -> None:
    """``--name TEXT`` (or a ``NAME`` argument) and ``--name-file F``, at most one of them.

    The help of the plain form says the file form keeps the words off the command line."""
    dest = name.replace("-", "_")
    group = parser.add_mutually_exclusive_group(required=required)
    plain_help = help + " " + translate("Cli", "(--{name}-file keeps the words off the "
                                               "command line)").format(name=name)
    if positional:
        group.add_argument(dest, nargs="?", default=default, metavar=metavar or name.upper(),
                           help=plain_help)
    else:
        group.add_argument(f"--{name}", dest=dest, default=default, metavar=metavar or "TEXT",
                           help=plain_help)
    group.add_argument(f"--{name}-file", dest=f"{dest}_file", metavar="FILE",
                       action=FromFile, text_dest=dest,
                       help=translate("Cli", "read it from FILE; - reads standard input "
                                             "(after any passphrase lines)"))


def waiting_on_stdin(args: argparse.Namespace) -> set[str]:
    """The options whose words are still to come on standard input (at most one)."""
    return {dest for dest, path in (getattr(args, SOURCES, None) or {}).items() if path == STDIN}


def stand_in(args: argparse.Namespace) -> argparse.Namespace:
    """A copy of ``args`` in which the words still to come on standard input are stood in for,
    so that every other option can be checked before the passphrase is asked."""
    read_files(args)
    copy = argparse.Namespace(**vars(args))
    for dest in waiting_on_stdin(args):
        setattr(copy, dest, STAND_IN)
    setattr(copy, SOURCES, {})
    return copy


def read_files(args: argparse.Namespace) -> None:
    """Every file form but ``-``: read before any passphrase is asked, so a wrong path is named
    first."""
    sources = getattr(args, SOURCES, None) or {}
    for dest, path in list(sources.items()):
        if path != STDIN:
            setattr(args, dest, _decoded(_read_path(path), path))
            del sources[dest]  # read once, however often this is called


def read_stdin(args: argparse.Namespace) -> None:
    """The ``-`` form, once the passphrase lines have been read from standard input."""
    sources = getattr(args, SOURCES, None) or {}
    for dest, path in list(sources.items()):
        if path == STDIN:
            if sys.stdin.isatty():
                print(translate("Cli", "Type the words, then press Ctrl-D (on Windows Ctrl-Z "
                                       "and Enter) on a line of its own."), file=sys.stderr)
            data = sys.stdin.buffer.read(MAX_BYTES + 1) if hasattr(sys.stdin, "buffer") \
                else sys.stdin.read(MAX_BYTES + 1).encode("utf-8")
            setattr(args, dest, _decoded(data, translate("Cli", "standard input")))
            del sources[dest]


def _read_path(path: str) -> bytes:
    try:
        with open(Path(path).expanduser(), "rb") as handle:  # a pipe or /dev/stdin works too
            return handle.read(MAX_BYTES + 1)
    except OSError:
        raise UnreadableFile("file", path) from None


def _decoded(data: bytes, where: str) -> str:
    if len(data) > MAX_BYTES:
        raise Refused(translate("Cli", "There is more in {where} than any field takes ({n} "
                                       "characters at most). Nothing was saved.").format(
            where=where, n=f"{TEXT_MAX:,}"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(translate("Cli", "The words in {where} are not UTF-8 text. Save them as "
                                       "UTF-8 and try again. Nothing was saved.").format(
            where=where)) from None
    # the one newline an editor or echo adds at the end is not part of the words
    return text.removesuffix("\n").removesuffix("\r")
