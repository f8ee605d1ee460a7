"""Arguments of ``handover make``, ``import``, ``receipt``, ``list`` and ``pdf``."""

from __future__ import annotations

from carerdesk.text.i18n import translate


def add_handover_commands(sub, common, json_flag) -> None:
    handover = sub.add_parser("handover", help=translate("Cli", "hand a child's whole record "
                                                                "over at the end of a placement"))
    hand_sub = handover.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    make = hand_sub.add_parser("make", parents=[common(True)],
                               help=translate("Cli", "seal the child's whole record, every "
                                                     "version kept, for the agency or a social "
                                                     "worker"))
    make.add_argument("--child", required=True, metavar="CHILD",
                      help=translate("Cli", "id or name"))
    make.add_argument("--recipient", required=True, metavar="FILE_OR_NAME",
                      help=translate("Cli", "a public key file, a social worker's name, or "
                                            "\"agency\" for the agency's records key"))
    make.add_argument("--out", required=True, metavar="FILE")
    json_flag(make)
    imported = hand_sub.add_parser("import", parents=[common(True)],
                                   help=translate("Cli", "in a social worker's vault: keep a "
                                                         "handover as the child's closed "
                                                         "record and write the receipt"))
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--receipt-out", required=True, metavar="FILE",
                          help=translate("Cli", "where to write the signed receipt for the "
                                                "carer"))
    imported.add_argument("--pdf-out", metavar="FILE",
                          help=translate("Cli", "also write the closed record's PDF"))
    json_flag(imported)
    receipt = hand_sub.add_parser("receipt", parents=[common(True)],
                                  help=translate("Cli", "in the carer's vault: import the "
                                                        "receipt, which removes the working "
                                                        "copy of the record"))
    receipt.add_argument("file", metavar="FILE")
    json_flag(receipt)
    json_flag(hand_sub.add_parser("list", parents=[common(True)],
                                  help=translate("Cli", "the closed records in this social "
                                                        "worker's vault")))
    pdf = hand_sub.add_parser("pdf", parents=[common(True)],
                              help=translate("Cli", "write a closed record's PDF"))
    pdf.add_argument("record", metavar="ID")
    pdf.add_argument("--out", required=True, metavar="FILE")
