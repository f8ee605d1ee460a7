"""Arguments of keys, recipients, export, import and reports."""

from __future__ import annotations

from carerdesk.cli.text_files import add_text_option
from carerdesk.text.i18n import translate


def add_exchange_commands(sub, common, json_flag) -> None:
    keys = sub.add_parser("keys", help=translate("Cli", "this vault's public key"))
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_sub.add_parser("show", parents=[common(True)],
                        help=translate("Cli", "print the fingerprint, to read aloud"))
    vouched = keys_sub.add_parser("vouch", parents=[common(True)],
                                  help=translate("Cli", "keep the agency's vouch for this "
                                                        "vault's key (a carer, at onboarding)"))
    vouched.add_argument("file", metavar="FILE")
    vouch_for = keys_sub.add_parser("vouch-for", parents=[common(True)],
                                    help=translate("Cli", "sign a carer's public key file with "
                                                          "this vault's key, as the agency"))
    vouch_for.add_argument("file", metavar="KEY_FILE")
    vouch_for.add_argument("--out", required=True, metavar="FILE")
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
    _supervision(sub, common, json_flag)


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
    confirm = rep_sub.add_parser("confirm", parents=[common(True)],
                                 help=translate("Cli", "trust a carer's key after reading its "
                                                       "fingerprint aloud with them"))
    confirm.add_argument("sender", metavar="SENDER",
                         help=translate("Cli", "the start of the carer's fingerprint, or a "
                                               "report id"))
    confirm.add_argument("--yes", action="store_true",
                         help=translate("Cli", "do not ask (only when you have checked the "
                                               "fingerprint another way)"))
    note = rep_sub.add_parser("note", parents=[common(True)],
                              help=translate("Cli", "add a supervision note to a report"))
    note.add_argument("id", metavar="ID")
    add_text_option(note, "text", translate("Cli", "the note"), positional=True, required=True)


def _supervision(sub, common, json_flag) -> None:
    sup = sub.add_parser("supervision", help=translate("Cli", "the supervision record, sent "
                                                              "back to the carer"))
    sup_sub = sup.add_subparsers(dest="supervision_command", metavar="ACTION", required=True)
    write = sup_sub.add_parser("write", parents=[common(True)],
                               help=translate("Cli", "write (or amend) the supervision record "
                                                     "for an imported report"))
    write.add_argument("report", metavar="REPORT")
    write.add_argument("--held", metavar="YYYY-MM-DD",
                       help=translate("Cli", "the day supervision was held (default: today)"))
    write.add_argument("--present", metavar="TEXT", help=translate("Cli", "who was there"))
    add_text_option(write, "discussed", translate("Cli", "what was discussed"))
    write.add_argument("--action", action="append", default=[], metavar="WHAT; OWNER; DUE",
                       help=translate("Cli", "an agreed action, its owner and due date "
                                             "(YYYY-MM-DD); repeatable"))
    add_text_option(write, "reflections", translate("Cli", "your reflections for the carer"))
    send = sup_sub.add_parser("send", parents=[common(True)],
                              help=translate("Cli", "the record as a package for the carer, "
                                                    "with the acknowledgement"))
    send.add_argument("record", metavar="RECORD")
    send.add_argument("--to", required=True, metavar="FILE",
                      help=translate("Cli", "the package to write (.cdsupervision)"))
    imp = sup_sub.add_parser("import", parents=[common(True)],
                             help=translate("Cli", "a supervision record your social worker "
                                                   "sent back (a carer's vault)"))
    imp.add_argument("file", metavar="FILE")
    json_flag(sup_sub.add_parser("list", parents=[common(True)],
                                 help=translate("Cli", "supervision records and their agreed "
                                                       "actions")))
    done = sup_sub.add_parser("done", parents=[common(True)],
                              help=translate("Cli", "mark an agreed action done (a carer's "
                                                    "vault)"))
    done.add_argument("record", metavar="RECORD")
    done.add_argument("number", type=int, metavar="N",
                      help=translate("Cli", "the action's number in the list"))
    done.add_argument("--undo", action="store_true",
                      help=translate("Cli", "mark it as not done"))
