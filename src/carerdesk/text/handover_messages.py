"""Plain words for the refusals of a handover and its receipt."""

from __future__ import annotations

from carerdesk.domain import errors as e
from carerdesk.text.i18n import translate

_HANDOVER = {
    "not-this-handover": lambda: translate(
        "Messages", "That receipt is not for a handover made from this journal, or not for "
                    "the record as it was handed over. Nothing was removed."),
    "changed-since": lambda: translate(
        "Messages", "The child's record has changed since it was handed over, so removing it "
                    "now would lose what was added. Nothing was removed: hand the record over "
                    "again."),
    "no-recipient": lambda: translate(
        "Messages", "Choose who the record goes to: the agency's records key or a social "
                    "worker. Nothing was made."),
}


def handover_message(exc: e.CarerDeskError) -> str | None:
    """The words for ``exc`` if it is one of the handover's, else None."""
    if isinstance(exc, e.HandoverRefused):
        return _HANDOVER[exc.reason]()
    if isinstance(exc, e.NotFound) and exc.kind == "handover":
        return translate("Messages", "There is no closed record \"{id}\": give the start of "
                                     "its id from \"carerdesk handover list\".").format(
            id=exc.ident)
    return None
