"""Arguments of ``goal add / list / show / review / evidence`` and ``review add / list``."""

from __future__ import annotations

from carerdesk.cli.text_files import add_text_option
from carerdesk.domain.goals import GoalStatus, SetBy, area_keys
from carerdesk.domain.sb_review import RATED, AgeBand
from carerdesk.text.i18n import translate

DAY = "YYYY-MM-DD"


def rating_option(key: str) -> str:
    """``family_foster`` -> ``family-foster``: the option that rates it."""
    return key.replace("_", "-")


def add_plan_commands(sub, common, json_flag) -> None:
    _goal_commands(sub, common, json_flag)
    _review_commands(sub, common, json_flag)


def _goal_commands(sub, common, json_flag) -> None:
    goal = sub.add_parser("goal", help=translate("Cli", "SMART goals in a child's plan"))
    goal_sub = goal.add_subparsers(dest="goal_command", metavar="ACTION", required=True)
    add = goal_sub.add_parser("add", parents=[common(True)],
                              help=translate("Cli", "set a goal; prints the new id last"))
    add.add_argument("--child", required=True, metavar="CHILD", help=translate("Cli", "whose"))
    add.add_argument("--area", required=True, metavar="AREA",
                     help=translate("Cli", "a Secure Base dimension or a developmental need: "
                                           "{areas}").format(areas=", ".join(area_keys())))
    add_text_option(add, "what", translate("Cli", "what we are working towards"), required=True)
    add_text_option(add, "how-we-will-know", translate("Cli", "how we will know it is done"))
    add_text_option(add, "who-helps", translate("Cli", "who helps, and how"))
    add.add_argument("--by", metavar=DAY, help=translate("Cli", "the date to reach it by"))
    add.add_argument("--review", metavar=DAY, help=translate("Cli", "the date to review it"))
    add_text_option(add, "if-not", translate("Cli", "what we do if this does not work"))
    add.add_argument("--set-by", metavar="WHO", default=SetBy.BOTH.value,
                     help=translate("Cli", "who set it: {choices} (default: both)").format(
                         choices=", ".join(s.value for s in SetBy)))
    add.add_argument("--set-on", metavar=DAY,
                     help=translate("Cli", "the day it was set (default: today)"))
    add.add_argument("--evidence", action="append", default=[], metavar="ENTRY",
                     help=translate("Cli", "an entry that is evidence for it, by id or the "
                                           "start of it (repeat for more)"))
    listing = goal_sub.add_parser("list", parents=[common(True)],
                                  help=translate("Cli", "a child's goals, where each stands, "
                                                        "and which reviews are due"))
    listing.add_argument("--child", required=True, metavar="CHILD",
                         help=translate("Cli", "whose"))
    json_flag(listing)
    show = goal_sub.add_parser("show", parents=[common(True)],
                               help=translate("Cli", "one goal with its evidence and reviews"))
    show.add_argument("goal", metavar="GOAL", help=translate("Cli", "id or the start of it"))
    json_flag(show)
    review = goal_sub.add_parser("review", parents=[common(True)],
                                 help=translate("Cli", "review a goal; prints the new id last"))
    review.add_argument("goal", metavar="GOAL", help=translate("Cli", "id or the start of it"))
    review.add_argument("--status", required=True, metavar="STATUS",
                        help=", ".join(s.value for s in GoalStatus))
    review.add_argument("--date", metavar=DAY, help=translate("Cli", "default: today"))
    add_text_option(review, "words", translate("Cli", "how it is going, in your words"))
    evidence = goal_sub.add_parser("evidence", parents=[common(True)],
                                   help=translate("Cli", "tag an entry as evidence for a goal "
                                                         "(a new version; the earlier kept)"))
    evidence.add_argument("goal", metavar="GOAL", help=translate("Cli", "id or the start of it"))
    evidence.add_argument("--add", required=True, metavar="ENTRY",
                          help=translate("Cli", "the entry, by id or the start of it"))


def _review_commands(sub, common, json_flag) -> None:
    review = sub.add_parser("review", help=translate("Cli", "the periodic Secure Base review"))
    review_sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    add = review_sub.add_parser("add", parents=[common(True)],
                                help=translate("Cli", "rate how the child is doing on each "
                                                      "dimension, 0-10; prints the new id last"))
    add.add_argument("--child", required=True, metavar="CHILD", help=translate("Cli", "whose"))
    add.add_argument("--date", metavar=DAY, help=translate("Cli", "default: today"))
    add.add_argument("--band", metavar="BAND",
                     help=translate("Cli", "the age band ({bands}); default: from the date of "
                                           "birth (emotional age counts: choose another if it "
                                           "fits better)").format(
                         bands=", ".join(b.value for b in AgeBand)))
    for key in RATED:
        option = rating_option(key)
        add.add_argument(f"--{option}", metavar="N",
                         help=translate("Cli", "0-10 for {what}").format(what=option))
        add_text_option(add, f"words-{option}", translate("Cli", "what lies behind the rating"))
    add_text_option(add, "words", translate("Cli", "anything else about this review"))
    listing = review_sub.add_parser("list", parents=[common(True)],
                                    help=translate("Cli", "a child's Secure Base reviews, oldest "
                                                          "first, and when the next is due"))
    listing.add_argument("--child", required=True, metavar="CHILD",
                         help=translate("Cli", "whose"))
    json_flag(listing)
