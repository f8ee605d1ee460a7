"""Plain words for the errors of the carer's own space (domain/carer_space.py)."""

from __future__ import annotations

from collections.abc import Callable

from carerdesk.domain import errors as e
from carerdesk.domain import input_errors as ie
from carerdesk.domain.carer_space import HOW_CHOICES
from carerdesk.text.i18n import translate

CARER_SPACE_FIELD_NAMES: dict[str, Callable[[], str]] = {
    "me.date": lambda: translate("Messages", "date of your note"),
    "me.words": lambda: translate("Messages", "reflection"),
    "me.sleep": lambda: translate("Messages", "note on your sleep"),
    "me.support": lambda: translate("Messages", "support you would like"),
    "me.helped": lambda: translate("Messages", "note of what helped"),
}

_NOT_FOUND: dict[str, Callable[[], str]] = {
    "reflection": lambda: translate("Messages", "There is no reflection with the id \"{id}\". "
                                                "\"carerdesk me list\" shows them."),
    "wellbeing": lambda: translate("Messages", "There is no check-in with the id \"{id}\". "
                                               "\"carerdesk me list\" shows them."),
    "carer-note": lambda: translate("Messages", "There is no note of yours with the id "
                                                "\"{id}\". \"carerdesk me list\" shows them."),
}


def carer_space_message(exc: e.CarerDeskError) -> str | None:
    if isinstance(exc, ie.EmptyValue) and exc.field == "me.how":
        return translate("Messages", "Choose how you are, from 1 (struggling) to 5 (very "
                                     "good).")
    if isinstance(exc, ie.UnknownWellbeing):
        return translate("Messages", "\"{value}\" is not how you are: give 1 to 5, or one of "
                                     "{choices}.").format(value=exc.value,
                                                          choices=HOW_CHOICES.replace("|", ", "))
    if isinstance(exc, e.NotFound) and exc.kind in _NOT_FOUND:
        return _NOT_FOUND[exc.kind]().format(id=exc.ident)
    return None
