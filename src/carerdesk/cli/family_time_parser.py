"""Arguments of ``family-time add / amend / list / history``."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from carerdesk.cli.text_files import add_text_option
from carerdesk.domain.family_time import FamilyTimeStatus
from carerdesk.text.i18n import translate

STATUSES = "|".join(s.value for s in FamilyTimeStatus)


def _texts(parser: argparse.ArgumentParser) -> None:
    """The words of a family time, each with its --x-file twin (off the command line)."""
    for name, help_text in (
            ("where", translate("Cli", "where it was")),
            ("supervised-by", translate("Cli", "who supervised it, if anyone did")),
            ("cancelled-by", translate("Cli", "who cancelled it (cancelled only)")),
            ("why", translate("Cli", "why it was cancelled (cancelled only)")),
            ("before", translate("Cli", "how the child seemed to you before")),
            ("during", translate("Cli", "how the child seemed during it")),
            ("after", translate("Cli", "how the child seemed after it")),
            ("words", translate("Cli", "what the child said, word for word")),
            ("noticed", translate("Cli", "what you noticed"))):
        add_text_option(parser, name, help_text)


def _person(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--with", dest="people", action="append", metavar="PERSON",
                        help=help_text)


def add_family_time_commands(sub, common: Callable[[bool], argparse.ArgumentParser],
                             json_flag: Callable[[argparse.ArgumentParser], None]) -> None:
    family = sub.add_parser("family-time", help=translate("Cli", "family time: planned, "
                                                                 "happened or cancelled"))
    # main() looks the action up as f"{command}_command", the command's name as typed
    family_sub = family.add_subparsers(dest="family-time_command", metavar="ACTION",
                                       required=True)
    add = family_sub.add_parser("add", parents=[common(True)],
                                help=translate("Cli", "record a family time; prints the new "
                                                      "id last"))
    add.add_argument("--child", required=True, metavar="CHILD", help=translate("Cli", "whose"))
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD",
                     help=translate("Cli", "the day of the family time"))
    add.add_argument("--status", required=True, metavar=STATUSES,
                     help=translate("Cli", "planned, happened or cancelled"))
    _person(add, translate("Cli", "someone from \"carerdesk people list\" who was there, by "
                                  "id or the start of it (repeat for each)"))
    _texts(add)

    amend = family_sub.add_parser("amend", parents=[common(True)],
                                  help=translate("Cli", "change a family time; the earlier "
                                                        "version is kept"))
    amend.add_argument("id", metavar="ID")
    amend.add_argument("--date", metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    amend.add_argument("--status", metavar=STATUSES,
                       help=translate("Cli", "planned, happened or cancelled"))
    _person(amend, translate("Cli", "who was there (repeat for each; replaces the list)"))
    _texts(amend)
    add_text_option(amend, "reason", translate("Cli", "why it changed (kept with the version)"))

    listing = family_sub.add_parser("list", parents=[common(True)],
                                    help=translate("Cli", "a child's family time, oldest "
                                                          "first"))
    listing.add_argument("--child", required=True, metavar="CHILD",
                         help=translate("Cli", "whose"))
    listing.add_argument("--with", dest="person", metavar="PERSON",
                         help=translate("Cli", "only the family time with this person"))
    json_flag(listing)

    history = family_sub.add_parser("history", parents=[common(True)],
                                    help=translate("Cli", "every kept version of a family "
                                                          "time"))
    history.add_argument("id", metavar="ID")
    json_flag(history)
