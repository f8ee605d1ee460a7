"""Arguments of keys, recipients, export, import and reports."""

from __future__ import annotations

from carerdesk.cli.text_files import add_text_option
from carerdesk.text.i18n import translate


def add_exchange_commands(sub, common, json_flag) -> None:
    keys = sub.add_parser("keys", help=translate("Cli", "this vault's public key"))
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_sub.add_parser("show", parents=[common(True)],
                        help=translate("Cli", "print the fingerprint, to read aloud"))
    export_public = keys_sub.add_parser("export-public", parents=[common(True)],
                                        help=translate("Cli", "write the public key file to "
                                                              "give to others"))
    export_public.add_argument("--out", required=True, metavar="FILE")

    recipients = sub.add_parser("recipients", help=translate("Cli", "who reports can go to"))
    rec_sub = recipients.add_subparsers(dest="recipients_command", metavar="ACTION",
                                        required=True)
    add = rec_sub.add_parser("add", parents=[common(True)],
                             help=translate("Cli", "trust a social worker's public key file"))
    add.add_argument("file", metavar="FILE")
    add.add_argument("--name", help=translate("Cli", "the name to show (default: from the file)"))
    add.add_argument("--default", action="store_true",
                     help=translate("Cli", "send reports here unless told otherwise"))
    add.add_argument("--yes", action="store_true",
                     help=translate("Cli", "do not ask to confirm the fingerprint (only when "
                                           "you have checked it another way)"))
    json_flag(rec_sub.add_parser("list", parents=[common(True)],
                                 help=translate("Cli", "the trusted recipients")))
    remove = rec_sub.add_parser("remove", parents=[common(True)],
                                help=translate("Cli", "stop trusting a recipient"))
    remove.add_argument("recipient", metavar="NAME_OR_FINGERPRINT")

    export = sub.add_parser("export", parents=[common(True)],
                            help=translate("Cli", "a signed, encrypted supervision report for "
                                                  "a period"))
    export.add_argument("--recipient", action="append", metavar="FILE_OR_NAME",
                        help=translate("Cli", "a key file or a known recipient (repeatable; "
                                              "default: the default recipient)"))
    export.add_argument("--since", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--until", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, metavar="FILE",
                        help=translate("Cli", "the report package to send (.cdreport)"))
    export.add_argument("--pdf", metavar="FILE",
                        help=translate("Cli", "also write the summary PDF (not encrypted)"))
    export.add_argument("--child", metavar="ID_OR_NAME",
                        help=translate("Cli", "whose period (needed when there are several "
                                              "children)"))
    add_text_option(export, "headline", translate("Cli", "the period in a sentence"))
    add_text_option(export, "questions", translate("Cli", "what you want to bring to "
                                                          "supervision"))
    add_text_option(export, "wellbeing", translate("Cli", "how you are, and the support you "
                                                          "would like"))

    imp = sub.add_parser("import", parents=[common(True)],
                         help=translate("Cli", "verify, decrypt and store report packages "
                                               "(a supervisor's vault)"))
    imp.add_argument("files", nargs="+", metavar="FILE")
    _reports(sub, common, json_flag)


def _reports(sub, common, json_flag) -> None:
    reports = sub.add_parser("reports", help=translate("Cli", "imported reports (a "
                                                              "supervisor's vault)"))
    rep_sub = reports.add_subparsers(dest="reports_command", metavar="ACTION", required=True)
    json_flag(rep_sub.add_parser("list", parents=[common(True)],
                                 help=translate("Cli", "one line per imported package")))
    show = rep_sub.add_parser("show", parents=[common(True)],
                              help=translate("Cli", "one report: its period and notes"))
    show.add_argument("id", metavar="ID")
    show.add_argument("--pdf", metavar="FILE", help=translate("Cli", "write its summary PDF"))
    json_flag(show)
    review = rep_sub.add_parser("review", parents=[common(True)],
                                help=translate("Cli", "mark a report as reviewed"))
    review.add_argument("id", metavar="ID")
    review.add_argument("--undo", action="store_true",
                        help=translate("Cli", "mark it as not reviewed"))
    note = rep_sub.add_parser("note", parents=[common(True)],
                              help=translate("Cli", "add a supervision note to a report"))
    note.add_argument("id", metavar="ID")
    add_text_option(note, "text", translate("Cli", "the note"), positional=True, required=True)
