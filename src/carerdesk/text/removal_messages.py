"""Plain words for the errors of ending a placement and removing a child's record."""

from __future__ import annotations

from collections.abc import Callable

from carerdesk.domain import errors as e
from carerdesk.text.i18n import translate

REMOVAL_FIELD_NAMES: dict[str, Callable[[], str]] = {
    "went_to": lambda: translate("Messages", "place the child went to"),
}


def removal_message(exc: e.CarerDeskError) -> str | None:
    """The words for ``exc`` if it is one of the removal's, else None."""
    if isinstance(exc, e.OldBackupsRemain):
        return translate("Messages", "The record is removed from this journal, but no fresh "
                                     "backup could be written in {path}, so older backups "
                                     "there still hold it: make a backup when the folder is "
                                     "there again (Back up now), and the older ones are "
                                     "deleted then.").format(path=exc.path)
    return None
