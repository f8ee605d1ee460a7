"""Arguments of ``profile add / show / list``: the dated -3..+3 profiles of issue 16 (not
``child show``, which is the child's own profile of identity and history)."""

from __future__ import annotations

import argparse

from carerdesk.domain.needs_profile import CAPACITY_AREAS, DOMAINS
from carerdesk.text.i18n import translate

NEEDS_ROWS = "need_rows"  # on the namespace: [{"area", "needed", "domain"}] in order given


class _NeedAction(argparse.Action):
    """``--need AREA [--from-carer WHAT] [--links DOMAIN]``: the last two belong to the
    ``--need`` before them, as a row of the care-needs profile."""

    def __call__(self, parser, namespace, value, option_string=None):
        rows = list(getattr(namespace, NEEDS_ROWS, None) or [])
        if self.dest == "need":
            rows.append({"area": value, "needed": None, "domain": None})
        elif not rows:
            parser.error(translate("Cli", "{option} must follow a --need").format(
                option=option_string))
        else:
            rows[-1] = {**rows[-1], {"from_carer": "needed", "links": "domain"}[self.dest]: value}
        setattr(namespace, NEEDS_ROWS, rows)


def _kind(parser) -> None:
    parser.add_argument("--kind", default="needs", metavar="KIND",
                        help=translate("Cli", "needs (the child's profile of health, "
                                              "development and well-being; the default), "
                                              "care-needs, or capacity (the carers')"))


def _child(parser) -> None:
    parser.add_argument("--child", required=True, metavar="CHILD",
                        help=translate("Cli", "whose (id or name)"))


def _area_options(add) -> None:
    areas = translate("Cli", "AREA is a domain ({needs}) or, for capacity, an area "
                             "({capacity})").format(needs=", ".join(DOMAINS),
                                                    capacity=", ".join(CAPACITY_AREAS))
    add.add_argument("--rate", action="append", default=[], metavar="AREA=N",
                     help=translate("Cli", "a rating from -3 to +3. {areas}").format(
                         areas=areas))
    add.add_argument("--strengths", action="append", default=[], metavar="AREA=TEXT",
                     help=translate("Cli", "strengths, in words (empty TEXT clears them)"))
    add.add_argument("--difficulties", action="append", default=[], metavar="AREA=TEXT",
                     help=translate("Cli", "difficulties, in words (empty TEXT clears them)"))
    add.add_argument("--evidence-text", action="append", default=[], metavar="AREA=TEXT",
                     help=translate("Cli", "the specific evidence for this child, in words"))
    add.add_argument("--evidence", action="append", default=[], metavar="AREA=ENTRY",
                     help=translate("Cli", "a journal entry about this child as evidence "
                                           "(its id or the start of it; repeat for more)"))
    add.add_argument("--view", action="append", default=[], metavar="AREA=WHOSE",
                     help=translate("Cli", "capacity only: whose view the rating is: carer, "
                                           "social-worker or agreed"))
    add.add_argument("--with-social-worker", metavar="NAME",
                     help=translate("Cli", "capacity only: the social worker it was made "
                                           "with (kept from the last with --from-last)"))


def _need_options(add) -> None:
    add.add_argument("--need", action=_NeedAction, metavar="AREA",
                     help=translate("Cli", "care-needs only: an area of care need (repeat "
                                           "for more rows; with --from-last, the row of the "
                                           "same area is replaced)"))
    add.add_argument("--from-carer", action=_NeedAction, metavar="WHAT",
                     help=translate("Cli", "what is needed from the carer, for the --need "
                                           "before"))
    add.add_argument("--links", action=_NeedAction, metavar="DOMAIN",
                     help=translate("Cli", "the domain of the child's profile the --need "
                                           "before links to"))


def add_profile_record_commands(sub, common, json_flag) -> None:
    profile = sub.add_parser("profile", help=translate(
        "Cli", "the dated profiles: the child's needs on -3..+3, the care needs, the carers' "
               "capacity"))
    profile_sub = profile.add_subparsers(dest="profile_command", metavar="ACTION",
                                         required=True)
    add = profile_sub.add_parser("add", parents=[common(True)],
                                 help=translate("Cli", "add a dated profile; prints the new "
                                                       "id last"))
    _child(add)
    _kind(add)
    add.add_argument("--date", metavar="YYYY-MM-DD",
                     help=translate("Cli", "the day of the profile (default: today)"))
    add.add_argument("--from-last", action="store_true",
                     help=translate("Cli", "start from the child's last profile of this kind: "
                                           "everything given changes it"))
    _area_options(add)
    _need_options(add)
    show = profile_sub.add_parser("show", parents=[common(True)],
                                  help=translate("Cli", "the latest profile of a kind"))
    _child(show)
    _kind(show)
    show.add_argument("--compare", action="store_true",
                      help=translate("Cli", "also the one before, and the change"))
    json_flag(show)
    listing = profile_sub.add_parser("list", parents=[common(True)],
                                     help=translate("Cli", "every dated profile of a child"))
    _child(listing)
    listing.add_argument("--kind", metavar="KIND",
                         help=translate("Cli", "only this kind: needs, care-needs, capacity"))
    json_flag(listing)
