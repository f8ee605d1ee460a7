"""Arguments of ``child voice list`` (kept light: --help never opens the vault)."""

from __future__ import annotations

from carerdesk.text.i18n import translate


def add_voice_commands(child_sub, common, json_flag) -> None:
    voice = child_sub.add_parser("voice", help=translate("Cli", "what a child said on their "
                                                                "own page (read-only)"))
    voice_sub = voice.add_subparsers(dest="voice_command", metavar="ACTION", required=True)
    listing = voice_sub.add_parser("list", parents=[common(True)],
                                   help=translate("Cli", "everything the child said on their "
                                                         "page, oldest first"))
    listing.add_argument("--child", required=True, metavar="CHILD",
                         help=translate("Cli", "id or name"))
    json_flag(listing)
