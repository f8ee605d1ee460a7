"""A small line in the journal window's status bar when the plan asks for something: a Secure
Base review due (every few weeks, as the agency's policy says) or a goal's review date come.
It names the child (or each child, with All children chosen) and says where to go."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLabel

from carerdesk.app import policy
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.sb_review import review_due
from carerdesk.gui.common.widgets import shown


class PlanReminder(QLabel):
    def __init__(self, window) -> None:
        super().__init__(window)  # no reference kept: the window is ``self.window()``
        self.setObjectName("plan-reminder")
        self.setWordWrap(False)
        self.setStyleSheet("color: #7a4d00;")
        self.setAccessibleName(self.tr("What the plan asks for"))
        self.setToolTip(self.tr("Child → Plan… (Ctrl+Shift+G)"))
        self.hide()

    def _due(self, workspace, child, today: dt.date, weeks: int) -> str | None:
        reviews = workspace.sb_reviews.records(child.id)
        last = reviews[-1].value.date if reviews else None
        goals = sum(1 for s in workspace.plan.plan(child.id, today) if s.due)
        parts = []
        if review_due(last, today, weeks):
            parts.append(self.tr("a Secure Base review"))
        if goals:
            parts.append(self.tr("%n goal reviews", "", goals))
        if len(parts) == 2:
            return self.tr("{first} and {second}").format(first=parts[0], second=parts[1])
        return parts[0] if parts else None

    def refresh(self, *_signal_args) -> None:
        window: Any = self.window()  # the journal window
        workspace = window.workspace
        if workspace.is_locked:
            self.hide()
            return
        try:
            chosen = window.child_id()
            children = [c for c in workspace.journal.children()
                        if chosen is None or c.id == chosen]
            today, weeks = dt.date.today(), policy.current().review_weeks
            due = [(c.name, d) for c in children if (d := self._due(workspace, c, today, weeks))]
        except CarerDeskError:
            due = []  # the vault is locking or unreadable: the journal says so itself
        if not due:
            self.hide()
            return
        self.setText(self.tr("Due in the plan: {what}").format(
            what="; ".join(f"{shown(name)}, {what}" for name, what in due)))
        self.show()


def install(window) -> PlanReminder:
    """The reminder in ``window``'s status bar, read again when another child is chosen."""
    reminder = PlanReminder(window)
    window.statusBar().addPermanentWidget(reminder)
    # A bound method, not a lambda: a lambda kept the window's wrapper alive after Qt deleted
    # the window at a lock.
    window.children_list.currentRowChanged.connect(reminder.refresh)
    reminder.refresh()
    return reminder
