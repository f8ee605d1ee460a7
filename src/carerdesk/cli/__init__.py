"""``carerdesk``: the command line. With no subcommand, the app opens.

Exit codes: 0 success; 1 a user error, one plain line on stderr; 2 a usage error.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence

from carerdesk.app.hardening import forbid_core_dumps
from carerdesk.app.logs import log_unexpected
from carerdesk.app.preset import language
from carerdesk.cli.parser import build_parser
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.text import shown_safely
from carerdesk.text import i18n
from carerdesk.text.messages import describe

# "module:function", imported only when run: --help and usage errors stay instant.
COMMANDS: dict[tuple[str, str | None], str] = {
    ("init", None): "vault_commands:init",
    ("status", None): "vault_commands:status",
    ("passwd", None): "vault_commands:passwd",
    ("recover", None): "vault_commands:recover",
    ("child", "add"): "journal_commands:child_add",
    ("child", "list"): "journal_commands:child_list",
    ("child", "show"): "child_commands:child_show",
    ("child", "edit"): "child_commands:child_edit",
    ("child", "history"): "child_commands:child_history",
    ("child", "voice"): "child_voice_commands:voice",  # child voice list
    ("child", "end"): "removal_commands:child_end",
    ("child", "remove"): "removal_commands:child_remove",
    ("people", "add"): "child_commands:people_add",
    ("people", "edit"): "child_commands:people_edit",
    ("people", "list"): "child_commands:people_list",
    ("goal", "add"): "plan_commands:goal_add",
    ("goal", "list"): "plan_commands:goal_list",
    ("goal", "show"): "plan_commands:goal_show",
    ("goal", "review"): "plan_commands:goal_review",
    ("goal", "evidence"): "plan_commands:goal_evidence",
    ("review", "add"): "plan_commands:review_add",
    ("review", "list"): "plan_commands:review_list",
    ("profile", "add"): "profile_commands:profile_add",
    ("profile", "show"): "profile_commands:profile_show",
    ("profile", "list"): "profile_commands:profile_list",
    ("family-time", "add"): "family_time_commands:family_time_add",
    ("family-time", "amend"): "family_time_commands:family_time_amend",
    ("family-time", "list"): "family_time_commands:family_time_list",
    ("family-time", "history"): "family_time_commands:family_time_history",
    ("me", "reflect"): "me_commands:me_reflect",
    ("me", "checkin"): "me_commands:me_checkin",
    ("me", "amend"): "me_commands:me_amend",
    ("me", "list"): "me_commands:me_list",
    ("me", "history"): "me_commands:me_history",
    ("me", "trend"): "me_commands:me_trend",
    ("entry", "add"): "journal_commands:entry_add",
    ("entry", "amend"): "journal_commands:entry_amend",
    ("entry", "show"): "journal_commands:entry_show",
    ("entry", "history"): "journal_commands:entry_history",
    ("entry", "list"): "journal_commands:entry_list",
    ("entry", "star"): "journal_commands:entry_star",
    ("entry", "unstar"): "journal_commands:entry_unstar",
    ("search", None): "journal_commands:search",
    ("demo", None): "vault_commands:demo",
    ("backup", None): "backup_commands:backup",
    ("preset", "check"): "preset_commands:check",
    ("selftest", None): "selftest_command:selftest",
    ("lifestory", "add"): "lifestory_commands:add",
    ("lifestory", "pdf"): "lifestory_commands:pdf",
    ("lifestory", "list"): "lifestory_commands:listing",
    ("restore", None): "backup_commands:restore",
    ("keys", "show"): "exchange_commands:keys_show",
    ("keys", "export-public"): "exchange_commands:keys_export",
    ("recipients", "add"): "exchange_commands:recipients_add",
    ("recipients", "list"): "exchange_commands:recipients_list",
    ("recipients", "remove"): "exchange_commands:recipients_remove",
    ("export", None): "exchange_commands:export",
    ("import", None): "exchange_commands:import_files",
    ("reports", "list"): "report_commands:listing",
    ("reports", "show"): "report_commands:show",
    ("reports", "review"): "report_commands:review",
    ("reports", "note"): "report_commands:note",
    ("reports", "confirm"): "supervision_commands:confirm",
    ("keys", "vouch"): "supervision_commands:keys_vouch",
    ("keys", "vouch-for"): "supervision_commands:keys_vouch_for",
    ("supervision", "write"): "supervision_commands:write",
    ("supervision", "send"): "supervision_commands:send",
    ("supervision", "import"): "supervision_commands:import_record",
    ("supervision", "list"): "supervision_commands:listing",
    ("supervision", "done"): "supervision_commands:done",
    ("handover", "make"): "handover_commands:make",
    ("handover", "import"): "handover_commands:import_handover",
    ("handover", "receipt"): "handover_commands:receipt",
    ("handover", "list"): "handover_commands:listing",
    ("handover", "pdf"): "handover_commands:pdf",
}


def _command(key: tuple[str, str | None]) -> Callable:
    module, function = COMMANDS[key].split(":")
    return getattr(importlib.import_module(f"carerdesk.cli.{module}"), function)


def _open_gui(args) -> int:
    from carerdesk.gui.app import run  # Qt widgets load only when a window is wanted

    i18n.release_bare_app()
    return run(data_dir=args.data_dir, language=args.lang)


def _point_to_backup(exc: CarerDeskError, args) -> None:
    """Damage met in the middle of a command: name the newest backup to restore."""
    from carerdesk.domain.errors import DatabaseDamaged

    if isinstance(exc, DatabaseDamaged) and exc.backup is None:
        from carerdesk.app.workspace import Workspace
        from carerdesk.cli.context import data_dir

        exc.backup = Workspace.newest_backup(data_dir(args))


def _asked_language(argv: Sequence[str]) -> str | None:
    """``--lang cy`` (or ``--lang=cy``), read before the parser so that its help and its
    errors are in that language too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    forbid_core_dumps()  # before any key, passphrase or record is in memory
    i18n.install(language(_asked_language(sys.argv[1:] if argv is None else argv)))
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        return _open_gui(args)
    action = getattr(args, f"{args.command}_command", None)
    try:
        return _command((args.command, action))(args)
    except CarerDeskError as exc:
        _point_to_backup(exc, args)
        print(shown_safely(describe(exc)), file=sys.stderr)  # a file name may hold an RLO
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
