"""Arguments of ``child show / edit / history`` and ``people add / edit / list``."""

from __future__ import annotations

import argparse

from carerdesk.cli.text_files import add_text_option, remember
from carerdesk.domain.profile import PROFILE_FIELDS, Living, PersonRole
from carerdesk.text.i18n import translate

PART_PREFIX = "part__"  # --set-file FIELD=FILE reads into args.part__FIELD


class _SetFile(argparse.Action):
    """``--set-file FIELD=FILE``: a part's words read from FILE (- for standard input)."""

    def __call__(self, parser, namespace, value, option_string=None):
        key, _, path = value.partition("=")
        if not path:
            parser.error(translate("Cli", "{option} takes FIELD=FILE").format(
                option=option_string))
        remember(parser, namespace, PART_PREFIX + key.strip(), path)
        setattr(namespace, PART_PREFIX + key.strip(), None)


def _date(parser, name: str, help_text: str) -> None:
    parser.add_argument(f"--{name}", metavar="YYYY-MM-DD", help=help_text)


def add_profile_commands(child_sub, common, json_flag) -> None:
    show = child_sub.add_parser("show", parents=[common(True)],
                                help=translate("Cli", "a child's profile, the people around "
                                                      "them and the placement dates"))
    show.add_argument("child", metavar="CHILD", help=translate("Cli", "id or name"))
    json_flag(show)
    edit = child_sub.add_parser("edit", parents=[common(True)],
                                help=translate("Cli", "change a child's name, dates or "
                                                      "profile; the earlier version is kept"))
    edit.add_argument("child", metavar="CHILD", help=translate("Cli", "id or name"))
    add_text_option(edit, "name", translate("Cli", "the child's name"), metavar="N")
    _date(edit, "born", translate("Cli", "date of birth"))
    _date(edit, "placed", translate("Cli", "the date the placement began"))
    _date(edit, "ended", translate("Cli", "the date the placement ended"))
    edit.add_argument("--set", action="append", default=[], metavar="FIELD=TEXT",
                      help=translate("Cli", "a part of the profile (empty TEXT clears it): "
                                            "{fields}").format(fields=", ".join(PROFILE_FIELDS)))
    edit.add_argument("--set-file", action=_SetFile, metavar="FIELD=FILE",
                      help=translate("Cli", "a part of the profile read from FILE (- for "
                                            "standard input), off the command line"))
    add_text_option(edit, "reason", translate("Cli", "why it changed (kept with the version)"))
    history = child_sub.add_parser("history", parents=[common(True)],
                                   help=translate("Cli", "every kept version of a child's "
                                                         "name and dates (--profile: of the "
                                                         "whole profile)"))
    history.add_argument("child", metavar="CHILD", help=translate("Cli", "id or name"))
    history.add_argument("--profile", action="store_true",
                         help=translate("Cli", "the versions of the profile, each with its "
                                               "parts, instead"))
    json_flag(history)


def _person_options(parser, required: bool) -> None:
    add_text_option(parser, "name", translate("Cli", "their name (another fostered child: "
                                                     "initials only)"), required=required)
    parser.add_argument("--role", required=required, metavar="ROLE",
                        help=", ".join(r.value for r in PersonRole))
    add_text_option(parser, "relation", translate("Cli", "how the child relates to them"))
    add_text_option(parser, "family-name", translate("Cli", "the child's own name for them "
                                                            "(\"Nanna\")"))
    parser.add_argument("--living", choices=[living.value for living in Living],
                        help=translate("Cli", "a brother or sister: living with the child or "
                                              "apart"))
    add_text_option(parser, "notes", translate("Cli", "anything else"))


def add_people_commands(sub, common, json_flag) -> None:
    people = sub.add_parser("people", help=translate("Cli", "the people around a child"))
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    add = people_sub.add_parser("add", parents=[common(True)],
                                help=translate("Cli", "add someone; prints the new id last"))
    add.add_argument("--child", required=True, metavar="CHILD", help=translate("Cli", "whose"))
    _person_options(add, required=True)
    edit = people_sub.add_parser("edit", parents=[common(True)],
                                 help=translate("Cli", "change what is recorded about someone; "
                                                       "the earlier version is kept"))
    edit.add_argument("id", metavar="ID")
    _person_options(edit, required=False)
    listing = people_sub.add_parser("list", parents=[common(True)],
                                    help=translate("Cli", "the people around a child"))
    listing.add_argument("--child", required=True, metavar="CHILD",
                         help=translate("Cli", "whose"))
    json_flag(listing)
