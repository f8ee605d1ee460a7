"""The "bring to supervision" star in the journal window: one checkable action (Ctrl+T, in the
Journal menu and the timeline's right-click menu) that follows the selected entry. Starring is
the carer's marker, not a change to the entry's words: no reason is asked, no version made,
and only that row is drawn again."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence

from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.widgets import unless_locked
from carerdesk.text.i18n import translate
from carerdesk.text.messages import describe

SHORTCUT = "Ctrl+T"


def make_star_action(window) -> QAction:
    action: QAction = window._action(
        translate("MainWindow", "Bring to supervision"),
        QKeySequence(SHORTCUT),
        lambda: star_selected(window, window.star_action.isChecked()),
        translate("MainWindow", "Star the selected entry to bring it to supervision: the "
                                "summary shows it first. Its words do not change."),
    )
    action.setCheckable(True)
    action.setEnabled(False)  # until an entry is selected
    return action


def follow(window, entry) -> None:
    """The action shows the selected entry's star (and is off with no entry selected)."""
    action = window.star_action
    blocked = action.blockSignals(True)
    action.setEnabled(entry is not None)
    action.setChecked(bool(entry is not None and entry.starred))
    action.blockSignals(blocked)


@unless_locked
def star_selected(window, on: bool) -> None:
    entry = window.selected_entry()
    if entry is None or window.workspace.is_locked:
        follow(window, None)
        return
    try:
        saved = window.workspace.journal.star(entry.id, on)
    except CarerDeskError as exc:
        follow(window, entry)
        window.statusBar().showMessage(describe(exc), 10_000)
        return
    window.apply(saved.changes)
    window.statusBar().showMessage(
        translate("MainWindow", "Starred for supervision: the summary shows it first.") if on
        else translate("MainWindow", "The star is off: the summary chooses by its own rule."),
        8000)


def redraw(window, entry_ids) -> None:
    """Entries whose star changed: their rows drawn again where they are, or, when only
    starred entries are shown, the timeline again (one may have left it)."""
    journal = window.workspace.journal
    if window.filters.starred.isChecked():
        window.model.show(*window._where())
        window._select(next(iter(entry_ids)))  # gone from the list if its star went
        window._show_counts()
    else:
        for entry_id in entry_ids:
            window.model.replace(journal.entry(entry_id))
    current = window.timeline.currentIndex()
    if current.isValid() and window.model.entry(current.row()).id in entry_ids:
        window._selected(current, current)  # its preview says whether it is starred
    else:
        follow(window, window.selected_entry())


def preview_star(entry) -> str:
    """A line above a starred entry in the preview pane: the star, and in words."""
    if entry is None or not entry.starred:
        return ""
    words = translate("MainWindow", "Starred to bring to supervision")
    return f"<p><b>★ {html.escape(words)}</b></p>"
