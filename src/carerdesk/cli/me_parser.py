"""Arguments of ``me reflect / checkin / amend / list / history / trend``: the carer's own
space, apart from any child's record."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from carerdesk.cli.text_files import add_text_option
from carerdesk.domain.carer_space import HOW_CHOICES
from carerdesk.text.i18n import translate

HOW_HELP = translate("Cli", "how you are: 1 (struggling) to 5 (very good), or the word")


def _date(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=help_text)


def _checkin_words(parser: argparse.ArgumentParser) -> None:
    add_text_option(parser, "sleep", translate("Cli", "how you have been sleeping"))
    add_text_option(parser, "support", translate("Cli", "the support you would like"))
    add_text_option(parser, "helped", translate("Cli", "what helped"))


def add_me_commands(sub, common: Callable[[bool], argparse.ArgumentParser],
                    json_flag: Callable[[argparse.ArgumentParser], None]) -> None:
    me = sub.add_parser("me", help=translate("Cli", "your own space: private reflections and "
                                                    "wellbeing check-ins (never in a report "
                                                    "unless you share one)"))
    me_sub = me.add_subparsers(dest="me_command", metavar="ACTION", required=True)
    reflect = me_sub.add_parser("reflect", parents=[common(True)],
                                help=translate("Cli", "write a private reflection; prints the "
                                                      "new id last"))
    _date(reflect, translate("Cli", "the day it is about (default: today)"))
    add_text_option(reflect, "text", translate("Cli", "your reflection"), required=True)

    checkin = me_sub.add_parser("checkin", parents=[common(True)],
                                help=translate("Cli", "a short wellbeing check-in; prints the "
                                                      "new id last"))
    checkin.add_argument("--how", required=True, metavar=f"1-5|{HOW_CHOICES}", help=HOW_HELP)
    _checkin_words(checkin)
    _date(checkin, translate("Cli", "the day of the check-in (default: today)"))

    amend = me_sub.add_parser("amend", parents=[common(True)],
                              help=translate("Cli", "change a reflection or a check-in; the "
                                                    "earlier version is kept"))
    amend.add_argument("id", metavar="ID")
    _date(amend, translate("Cli", "the day"))
    add_text_option(amend, "text", translate("Cli", "the reflection's new words (a "
                                                    "reflection only)"))
    amend.add_argument("--how", metavar="1-5", help=HOW_HELP + " " + translate(
        "Cli", "(a check-in only)"))
    _checkin_words(amend)

    listing = me_sub.add_parser("list", parents=[common(True)],
                                help=translate("Cli", "your reflections and check-ins, oldest "
                                                      "first"))
    listing.add_argument("--kind", metavar="reflection|checkin",
                         help=translate("Cli", "only reflections, or only check-ins"))
    json_flag(listing)

    history = me_sub.add_parser("history", parents=[common(True)],
                                help=translate("Cli", "every kept version of one of them"))
    history.add_argument("id", metavar="ID")
    json_flag(history)

    trend = me_sub.add_parser("trend", parents=[common(True)],
                              help=translate("Cli", "how you have been, week by week or month "
                                                    "by month"))
    trend.add_argument("--by", metavar="week|month", default="week",
                       help=translate("Cli", "weeks (default) or months"))
    json_flag(trend)
