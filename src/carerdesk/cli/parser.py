"""The command table. Each subcommand names the small function in ``commands`` it runs."""

from __future__ import annotations

import argparse

from carerdesk import __version__
from carerdesk.cli.child_parser import add_people_commands, add_profile_commands
from carerdesk.cli.child_voice_parser import add_voice_commands
from carerdesk.cli.event_args import add_event_options
from carerdesk.cli.exchange_parser import add_exchange_commands
from carerdesk.cli.family_time_parser import add_family_time_commands
from carerdesk.cli.handover_parser import add_handover_commands
from carerdesk.cli.me_parser import add_me_commands
from carerdesk.cli.plan_parser import add_plan_commands
from carerdesk.cli.profile_parser import add_profile_record_commands
from carerdesk.cli.removal_parser import add_removal_commands
from carerdesk.cli.text_files import FromFile, add_text_option, remember
from carerdesk.cli.usage import Parser
from carerdesk.domain.roles import Role
from carerdesk.text.i18n import translate


def _common(opens_vault: bool) -> Parser:
    """Options accepted after the subcommand too; SUPPRESS keeps a top-level value."""
    parent = Parser(add_help=False)
    parent.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help=translate("Cli", "the vault folder (default: CARERDESK_DATA_DIR, "
                                              "else your user data folder)"))
    if opens_vault:
        parent.add_argument("--passphrase-stdin", action="store_true", default=argparse.SUPPRESS,
                            help=translate("Cli", "read the passphrase (and any new one) from "
                                                  "successive lines of standard input"))
    return parent


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help=translate("Cli", "print JSON for scripts"))


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="carerdesk",
        description=translate("Cli", "CarerDesk: an offline, encrypted journal for foster "
                                     "carers. With no command, the app opens."),
    )
    parser.add_argument("--version", action="version", version=f"CarerDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=translate("Cli", "the vault folder (default: CARERDESK_DATA_DIR, "
                                              "else your user data folder)"))
    parser.add_argument("--lang", metavar="LANG", choices=("en", "cy"),
                        help=translate("Cli", "the language: en (English) or cy (Cymraeg); "
                                              "default: your choice in Preferences, else the "
                                              "system's"))
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help=translate("Cli", "read passphrases from standard input"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _vault_commands(sub)
    _child_commands(sub)
    add_profile_record_commands(sub, _common, _json_flag)  # the dated -3..+3 profiles
    add_family_time_commands(sub, _common, _json_flag)
    _entry_commands(sub)
    _lifestory_commands(sub)
    add_exchange_commands(sub, _common, _json_flag)
    add_handover_commands(sub, _common, _json_flag)  # handover make, import, receipt
    add_plan_commands(sub, _common, _json_flag)  # goal ..., review ... (the plan)
    add_me_commands(sub, _common, _json_flag)  # me ...: the carer's own space
    preset = sub.add_parser("preset", help=translate("Cli", "agency presets"))
    preset_sub = preset.add_subparsers(dest="preset_command", metavar="ACTION", required=True)
    check = preset_sub.add_parser("check", help=translate("Cli", "check an agency preset file; "
                                                                 "names the field and line of "
                                                                 "any mistake"))
    check.add_argument("file", metavar="FILE")
    search = sub.add_parser("search", parents=[_common(True)],
                            help=translate("Cli", "find entries by their words"))
    add_text_option(search, "query", translate("Cli", "the words to find"), positional=True,
                    required=True)
    search.add_argument("--child", metavar="ID_OR_NAME", help=translate("Cli", "only this child"))
    _json_flag(search)
    demo = sub.add_parser("demo", parents=[_common(True)],
                          help=translate("Cli", "create a new vault filled with realistic, "
                                                "synthetic records for trying the app"))
    demo.add_argument("--years", type=int, default=1, help=translate("Cli", "years of entries"))
    demo.add_argument("--children", type=int, default=2, help=translate("Cli", "how many children"))
    demo.add_argument("--seed", type=int, default=7, help=translate("Cli", "random seed"))
    sub.add_parser("selftest", help=translate("Cli", "check that this installation works"))
    sub.add_parser("gui", parents=[_common(False)], help=translate("Cli", "open the app"))
    return parser


def _vault_commands(sub) -> None:
    init = sub.add_parser("init", parents=[_common(True)],
                          help=translate("Cli", "create a new vault"))
    init.add_argument("--role", choices=[r.value for r in Role], default=Role.CARER.value,
                      help=translate("Cli", "carer (default) or supervisor"))
    add_text_option(init, "household", translate("Cli", "the household's name, shown in "
                                                        "reports"), metavar="NAME")
    add_text_option(init, "name", translate("Cli", "your name as others see it on your public "
                                                   "key (a social worker's own name; for "
                                                   "carers, the carers' names)"), metavar="NAME")
    backup = sub.add_parser("backup", parents=[_common(True)],
                            help=translate("Cli", "write an encrypted, verified backup; prints "
                                                  "its path last"))
    backup.add_argument("--out", metavar="DIR",
                        help=translate("Cli", "the backup folder (default: the one chosen in "
                                              "the app, else one beside the vault)"))
    restore = sub.add_parser("restore", parents=[_common(True)],
                             help=translate("Cli", "put a backup in place; the current vault "
                                                   "is moved aside, never overwritten"))
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--recovery-key", action="store_true",
                         help=translate("Cli", "open the backup with the recovery key "
                                               "instead of the passphrase"))
    restore.add_argument("--other-vault", action="store_true",
                         help=translate("Cli", "the backup is of a different vault, and it is "
                                               "meant to replace this one (which is kept "
                                               "aside)"))
    status = sub.add_parser("status", parents=[_common(True)],
                            help=translate("Cli", "what the vault holds, and an integrity check"))
    _json_flag(status)
    passwd = sub.add_parser("passwd", parents=[_common(True)],
                            help=translate("Cli", "change the passphrase (current, new, "
                                                  "confirmation)"))
    passwd.add_argument("--rekey", action="store_true",
                        help=translate("Cli", "also re-encrypt the journal under a new "
                                              "database key and make a new recovery key "
                                              "(shown once); old key files and the old "
                                              "recovery key stop working"))
    sub.add_parser("recover", parents=[_common(True)],
                   help=translate("Cli", "set a new passphrase with the recovery key "
                                         "(recovery key, new, confirmation)"))


def _child_commands(sub) -> None:
    child = sub.add_parser("child", help=translate("Cli", "the children in the household"))
    child_sub = child.add_subparsers(dest="child_command", metavar="ACTION", required=True)
    add = child_sub.add_parser("add", parents=[_common(True)],
                               help=translate("Cli", "add a child; prints the new id last"))
    add_text_option(add, "name", translate("Cli", "the child's name"), required=True)
    add.add_argument("--born", metavar="YYYY-MM-DD", help=translate("Cli", "date of birth"))
    add.add_argument("--placed", metavar="YYYY-MM-DD",
                     help=translate("Cli", "the date the placement began"))
    _json_flag(child_sub.add_parser("list", parents=[_common(True)],
                                    help=translate("Cli", "list the children")))
    add_profile_commands(child_sub, _common, _json_flag)
    add_voice_commands(child_sub, _common, _json_flag)  # child voice list: the child's page
    add_removal_commands(child_sub, _common, _json_flag)  # end, remove
    add_people_commands(sub, _common, _json_flag)


class _PhotoAction(argparse.Action):
    """``--photo FILE [--caption TEXT] [--consent WHO]``: each caption belongs to the photo
    before it. ``--caption-file F`` names the attribute its words will be read into."""

    def __call__(self, parser, namespace, value, option_string=None):
        photos = list(getattr(namespace, "photos", None) or [])
        if self.dest == "photo":
            photos.append({"path": value, "caption": None, "consent": None})
        elif not photos:
            parser.error(translate("Cli", "{option} must follow a --photo").format(
                option=option_string))
        elif self.dest.endswith("_file"):
            part, held_in = self.dest.removesuffix("_file"), f"photo{len(photos)}_{self.dest}"
            remember(parser, namespace, held_in, value)
            photos[-1] = {**photos[-1], part: None, f"{part}_from": held_in}
        else:
            photos[-1] = {**photos[-1], self.dest: value}
        namespace.photos = photos


def _lifestory_commands(sub) -> None:
    from carerdesk.domain.lifestory import Layout

    story = sub.add_parser("lifestory", help=translate("Cli", "life-story pages for a child"))
    story_sub = story.add_subparsers(dest="lifestory_command", metavar="ACTION", required=True)
    add = story_sub.add_parser("add", parents=[_common(True)],
                               help=translate("Cli", "add a page; prints the page id last"))
    add.add_argument("--child", required=True, metavar="ID_OR_NAME",
                     help=translate("Cli", "whose book"))
    add_text_option(add, "title", translate("Cli", "the page's title"), required=True)
    add_text_option(add, "text", translate("Cli", "the story, told to the child (\"You ...\")"),
                    default="")
    add_text_option(add, "when", translate("Cli", "a date or a period, e.g. \"Summer 2024\""))
    add_text_option(add, "place", translate("Cli", "where it was"))
    add_text_option(add, "voice", translate("Cli", "the child's own words"))
    add_text_option(add, "people", translate("Cli", "who was there"))
    add.add_argument("--layout", choices=[layout.value for layout in Layout],
                     default=Layout.BIG_PHOTO.value, help=translate("Cli", "how the page looks"))
    add.add_argument("--photo", action=_PhotoAction, metavar="FILE",
                     help=translate("Cli", "a photo (repeat for up to 4)"))
    add.add_argument("--caption", action=_PhotoAction, help=translate("Cli", "the caption of "
                                                                            "the photo before"))
    add.add_argument("--caption-file", action=_PhotoAction, metavar="FILE",
                     help=translate("Cli", "the caption, read from FILE (- for standard input)"))
    add.add_argument("--consent", action=_PhotoAction, metavar="WHO",
                     help=translate("Cli", "who agreed to the use of the photo before"))
    add.add_argument("--consent-file", action=_PhotoAction, metavar="FILE",
                     help=translate("Cli", "who agreed, read from FILE (- for standard input)"))
    add.add_argument("--in-reports", action="store_true",
                     help=translate("Cli", "include this page in supervision reports"))
    pdf = story_sub.add_parser("pdf", parents=[_common(True)],
                               help=translate("Cli", "write the book (or one page) as a PDF"))
    pdf.add_argument("--child", required=True, metavar="ID_OR_NAME",
                     help=translate("Cli", "whose book"))
    pdf.add_argument("--out", required=True, metavar="FILE", help=translate("Cli", "the PDF"))
    pdf.add_argument("--page", metavar="ID", help=translate("Cli", "only this page"))
    listing = story_sub.add_parser("list", parents=[_common(True)],
                                   help=translate("Cli", "list a child's pages"))
    listing.add_argument("--child", required=True, metavar="ID_OR_NAME",
                         help=translate("Cli", "whose book"))
    _json_flag(listing)


def _entry_commands(sub) -> None:
    entry = sub.add_parser("entry", help=translate("Cli", "journal entries"))
    entry_sub = entry.add_subparsers(dest="entry_command", metavar="ACTION", required=True)
    add = entry_sub.add_parser("add", parents=[_common(True)],
                               help=translate("Cli", "write an entry; prints the new id last"))
    whole_or_child = add.add_mutually_exclusive_group(required=True)
    whole_or_child.add_argument(
        "--json", metavar="FILE", action=FromFile, text_dest="json",
        help=translate("Cli", "the whole entry as JSON from FILE (- for standard input, after "
                              "the passphrase line) instead of the options below; its fields "
                              "are in the README"))
    whole_or_child.add_argument("--child", action="append", metavar="ID_OR_NAME",
                                help=translate("Cli", "the child it is about (repeat for "
                                                      "siblings)"))
    add.add_argument("--date", metavar="YYYY-MM-DD",
                     help=translate("Cli", "the day it happened (default: today)"))
    add_text_option(add, "text", translate("Cli", "the day in your words"), default="")
    add.add_argument("--dimension", action="append", default=[], metavar="NAME=NOTE",
                     help=translate("Cli", "what happened, for a Secure Base dimension: "
                                           "availability, sensitivity, acceptance, "
                                           "cooperation, family_membership"))
    add.add_argument("--rating", action="append", default=[], metavar="NAME=N",
                     help=translate("Cli", "a 0-10 rating for a dimension; "
                                           "family_membership_birth rates the birth family"))
    add.add_argument("--category", action="append", default=[], metavar="NAME",
                     help=translate("Cli", "daily_life, health, education, family_time, "
                                           "achievement, incident, missing_from_care, "
                                           "allegation, medication, other"))
    add.add_argument("--significant", action="store_true",
                     help=translate("Cli", "mark it as a significant event"))
    add.add_argument("--star", action="store_true",
                     help=translate("Cli", "star it: bring it to supervision (the summary "
                                           "shows it first under its dimensions)"))
    add.add_argument("--told-at", metavar="YYYY-MM-DDTHH:MM",
                     help=translate("Cli", "when they were told"))
    add_text_option(add, "next-steps", translate("Cli", "what happens next"))
    add_event_options(add)  # --event-kind, --happened-at, --told (repeatable), ...
    add_text_option(add, "voice", translate("Cli", "the child's own words, kept as theirs"))
    add_text_option(add, "reflection", translate("Cli", "your own reflection"))
    add.add_argument("--mood", help=translate("Cli", "the child's mood: very_upset, upset, okay, "
                                                     "happy, very_happy"))
    add.add_argument("--only-for", action="append", default=[], metavar="CHILD=PART,PART",
                     help=translate("Cli", "an entry about several children: only these parts "
                                           "go into CHILD's report (text, voice, reflection, "
                                           "event or a dimension); repeat per child"))

    amend = entry_sub.add_parser("amend", parents=[_common(True)],
                                 help=translate("Cli", "change an entry; the earlier version "
                                                       "is kept"))
    amend.add_argument("id", metavar="ID")
    add_text_option(amend, "text", translate("Cli", "the new text"), required=True)
    add_text_option(amend, "reason", translate("Cli", "why it changed"), required=True)

    show = entry_sub.add_parser("show", parents=[_common(True)],
                                help=translate("Cli", "one entry, its significant event "
                                                      "included"))
    show.add_argument("id", metavar="ID")
    _json_flag(show)

    history = entry_sub.add_parser("history", parents=[_common(True)],
                                   help=translate("Cli", "every version of an entry"))
    history.add_argument("id", metavar="ID")
    _json_flag(history)

    star = entry_sub.add_parser("star", parents=[_common(True)],
                                help=translate("Cli", "star an entry to bring to supervision "
                                                      "(not a change to its words)"))
    star.add_argument("id", metavar="ID")
    unstar = entry_sub.add_parser("unstar", parents=[_common(True)],
                                  help=translate("Cli", "take the supervision star off an "
                                                        "entry"))
    unstar.add_argument("id", metavar="ID")

    listing = entry_sub.add_parser("list", parents=[_common(True)],
                                   help=translate("Cli", "list entries, newest first"))
    listing.add_argument("--child", metavar="ID_OR_NAME", help=translate("Cli", "only this child"))
    listing.add_argument("--since", metavar="YYYY-MM-DD", help=translate("Cli", "from this day"))
    listing.add_argument("--until", metavar="YYYY-MM-DD", help=translate("Cli", "to this day"))
    listing.add_argument("--starred", action="store_true",
                         help=translate("Cli", "only entries starred for supervision"))
    _json_flag(listing)
