"""Plain words for the errors of the child's own page (domain/child_voice.py): a child reads
some of them, so they are short and kind; the carer reads the refusal to amend."""

from __future__ import annotations

from collections.abc import Callable

from carerdesk.domain import errors as e
from carerdesk.domain import input_errors as ie
from carerdesk.domain.child_voice import KINDS
from carerdesk.text.i18n import translate

# Field names for the generic messages (too long, in the future...), merged into FIELD_NAMES.
CHILD_VOICE_FIELD_NAMES: dict[str, Callable[[], str]] = {
    "voice.date": lambda: translate("Messages", "date on the child's page"),
    "voice.words": lambda: translate("Messages", "writing"),
    "voice.entry": lambda: translate("Messages", "entry it points at"),
}


def child_voice_message(exc: e.CarerDeskError) -> str | None:
    """The words for ``exc`` when it is one of the child's page's, else None."""
    if isinstance(exc, e.NotAmendable) and exc.kind in KINDS:
        return translate("Messages", "This was written by the child on their own page: it "
                                     "is theirs, and nobody can change or remove it.")
    if isinstance(exc, ie.EmptyValue) and exc.field == "voice.words":
        return translate("Messages", "Write something first, then press Save.")
    if isinstance(exc, ie.InvalidInput) and exc.field == "voice.face":
        return translate("Messages", "Choose one of the faces first.")
    if isinstance(exc, e.NotFound) and exc.kind in KINDS:
        return translate("Messages", "There is nothing from the child's page with the id "
                                     "\"{id}\".").format(id=exc.ident)
    return None
