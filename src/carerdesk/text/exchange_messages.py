"""Plain words for a refused report package and an unreadable key file, by the reason the
exchange gives (``ReportRefused.reason``, ``KeyFileInvalid.reason``)."""

from __future__ import annotations

from collections.abc import Callable

from carerdesk.text.i18n import translate

REPORT_REFUSED: dict[str, Callable[[], str]] = {
    "not-a-package": lambda: translate("Messages", "{path} is not a CarerDesk report. Nothing was "
                                                   "imported."),
    "unknown-version": lambda: translate("Messages", "{path} was made by a newer CarerDesk. Please "
                                                     "update CarerDesk to import it. Nothing was "
                                                     "imported."),
    "damaged": lambda: translate("Messages", "{path} has been changed or damaged since the carer "
                                             "made it, so it cannot be trusted. Nothing was "
                                             "imported. Ask the carer to send it again."),
    "cut-short": lambda: translate("Messages", "{path} is cut short (was the download or copy "
                                               "finished?). Nothing was imported. Ask the carer "
                                               "to send it again."),
    "not-for-you": lambda: translate("Messages", "{path} was made for someone else, not for the "
                                                 "owner of this vault. Nothing was imported. Ask "
                                                 "the carer to export it to your key."),
    "key-changed": lambda: translate("Messages", "WARNING: {path} claims to come from {name}, but "
                                                 "it is signed with a different key from the one "
                                                 "their earlier reports used. It may not be from "
                                                 "them. Nothing was imported. Check with the "
                                                 "carer, by phone, before you trust it."),
    "too-large": lambda: translate("Messages", "{path} is far larger than any CarerDesk report. "
                                               "Nothing was imported."),
    "wrong-role": lambda: translate("Messages", "Reports are imported into a supervising social "
                                                "worker's vault (carerdesk init --role "
                                                "supervisor). Nothing was imported."),
    "re-signed": lambda: translate("Messages", "WARNING: {path} was signed again by someone "
                                               "other than the person who wrote it. It cannot "
                                               "be trusted. Nothing was imported."),
    "not-from-a-carer": lambda: translate("Messages", "{path} was not sent from a foster carer's "
                                                      "vault, so it is not a carer's report. "
                                                      "Nothing was imported."),
    "wrong-kind": lambda: translate("Messages", "{path} is a CarerDesk package of another kind "
                                                "(a report and a supervision record are "
                                                "imported in different places). Nothing was "
                                                "imported."),
    "unknown-sender": lambda: translate("Messages", "{path} is not from one of your social "
                                                    "workers, so it cannot be trusted. Nothing "
                                                    "was imported."),
    "answers-nothing": lambda: translate("Messages", "{path} answers a report that was not sent "
                                                     "from this vault. Nothing was imported."),
}

KEY_INVALID: dict[str, Callable[[], str]] = {
    "not-a-key": lambda: translate("Messages", "{path} is not a CarerDesk public key file."),
    "damaged": lambda: translate("Messages", "The key in {path} is damaged or mistyped. Ask for "
                                             "the file again."),
    "fingerprint-mismatch": lambda: translate("Messages", "The key in {path} does not match the "
                                                          "fingerprint written in it: the file "
                                                          "was changed. Do not trust it."),
    "own-key": lambda: translate("Messages", "That is this vault's own key. Add the social "
                                             "worker's key instead."),
    "not-a-vouch": lambda: translate("Messages", "That is not an agency's vouch for a CarerDesk "
                                                 "key. Ask the agency for it again."),
    "vouch-not-yours": lambda: translate("Messages", "That vouch is for another vault's key, not "
                                                     "this one's. Nothing was changed."),
    "not-confirmed": lambda: translate("Messages", "Confirm this carer's key first (read the "
                                                   "fingerprint aloud with them): nothing is "
                                                   "sent to a key not yet confirmed."),
    "not-a-carer": lambda: translate("Messages", "That is not a foster carer's key: the "
                                                 "agency vouches only for carers' keys."),
}
