"""The child chosen on the left of the journal window, for the Child menu's pages, or a
plain word in the status bar when none is."""

from __future__ import annotations

from typing import Any

from carerdesk.text.i18n import translate


def chosen_child_id(window: Any) -> str | None:
    child_id: str | None = window.child_id()
    if child_id is None:
        window.statusBar().showMessage(
            translate("MainWindow", "Choose a child on the left first."), 8000)
    return child_id


def chosen_child(window: Any) -> Any:
    """The chosen child's view (ChildView), or None with the word said."""
    child_id = chosen_child_id(window)
    return None if child_id is None else window.workspace.journal.child(child_id)
