"""Arguments of ``child end`` and ``child remove``."""

from __future__ import annotations

from carerdesk.cli.text_files import add_text_option
from carerdesk.text.i18n import translate


def add_removal_commands(child_sub, common, json_flag) -> None:
    end = child_sub.add_parser("end", parents=[common(True)],
                               help=translate("Cli", "end a child's placement; the profile "
                                                     "keeps the earlier version"))
    end.add_argument("child", metavar="CHILD", help=translate("Cli", "id or name"))
    end.add_argument("--date", required=True, metavar="YYYY-MM-DD",
                     help=translate("Cli", "the day the placement ended"))
    add_text_option(end, "went-to", translate("Cli", "where the child went, if you know"))
    remove = child_sub.add_parser("remove", parents=[common(True)],
                                  help=translate("Cli", "remove a child's whole record from "
                                                        "this journal and its backups, for "
                                                        "good (asks first)"))
    remove.add_argument("child", metavar="CHILD", help=translate("Cli", "id or name"))
    remove.add_argument("--yes", action="store_true",
                        help=translate("Cli", "do not ask (for scripts)"))
    remove.add_argument("--save-book", metavar="FILE",
                        help=translate("Cli", "first save the child's life-story book as a "
                                              "PDF, to go with them"))
    json_flag(remove)
