"""``carerdesk``: the command line. With no subcommand, the app opens.

Exit codes: 0 success; 1 a user error, one plain line on stderr; 2 a usage error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from carerdesk import i18n
from carerdesk.cli import journal_commands as jc
from carerdesk.cli import vault_commands as vc
from carerdesk.cli.parser import build_parser
from carerdesk.domain.errors import CarerDeskError
from carerdesk.logs import log_unexpected
from carerdesk.messages import describe

COMMANDS: dict[tuple[str, str | None], Callable] = {
    ("init", None): vc.init,
    ("status", None): vc.status,
    ("passwd", None): vc.passwd,
    ("recover", None): vc.recover,
    ("child", "add"): jc.child_add,
    ("child", "list"): jc.child_list,
    ("entry", "add"): jc.entry_add,
    ("entry", "amend"): jc.entry_amend,
    ("entry", "history"): jc.entry_history,
    ("entry", "list"): jc.entry_list,
    ("search", None): jc.search,
}


def _open_gui(args) -> int:
    from carerdesk.gui.app import run  # Qt widgets load only when a window is wanted

    return run(data_dir=args.data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    i18n.install()
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        return _open_gui(args)
    action = getattr(args, f"{args.command}_command", None)
    command = COMMANDS[(args.command, action)]
    try:
        return command(args)
    except CarerDeskError as exc:
        print(describe(exc), file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (head, less) went away: not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)  # no flush into the dead pipe at exit
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(i18n.translate("Cli", "Stopped. Nothing was saved."), file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so kindly, keep the details in the log
        where = log_unexpected(exc)
        print(i18n.translate("Cli", "Something went wrong inside CarerDesk. Nothing more was "
                                    "changed. Details (without any record text) are in {log}.")
              .format(log=where), file=sys.stderr)
        return 1
