"""In the entry editor: tick the goals of the child's plan that this entry is evidence for.

A button with a menu of the open goals of the children the entry is about (an entry about two
children may be evidence for either's goals). Ticks are applied when the entry is saved; an
entry already cited by a goal starts ticked, and an untick removes nothing (the goal keeps
every version, so evidence is taken away on the Plan page, where the carer sees the goal).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from carerdesk.domain.goals import GoalStatus
from carerdesk.journal.plan import PlanService

CLOSED = frozenset({GoalStatus.ACHIEVED, GoalStatus.STOPPED})


class GoalEvidence(QPushButton):
    def __init__(self, plan: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("E&vidence for a goal…"), parent)
        self.plan = plan
        self.setAutoDefault(False)
        self.setAccessibleName(self.tr("Goals this entry is evidence for"))
        self.setMenu(QMenu(self))
        self._actions: dict[str, QAction] = {}

    def show_goals(self, child_ids: list[str], entry_id: str | None = None) -> None:
        """The open goals of these children; those citing ``entry_id`` already ticked."""
        ticked = {gid for gid, action in self._actions.items() if action.isChecked()}
        menu = self.menu()
        menu.clear()
        self._actions = {}
        for child_id in child_ids:
            for summary in self.plan.plan(child_id):
                if summary.status in CLOSED:
                    continue
                goal = summary.goal
                action = QAction(goal.value.what, menu, checkable=True)
                action.setChecked(goal.id in ticked or (entry_id or "") in goal.value.evidence)
                action.toggled.connect(self._count)
                menu.addAction(action)
                self._actions[goal.id] = action
        if not self._actions:
            menu.addAction(self.tr("No open goals in the plan yet")).setEnabled(False)
        self._count()

    def chosen(self) -> list[str]:
        return [gid for gid, action in self._actions.items() if action.isChecked()]

    def _count(self) -> None:
        n = len(self.chosen())
        self.setText(self.tr("E&vidence for %n goal(s)…", "", n) if n
                     else self.tr("E&vidence for a goal…"))

    def tag(self, entry_id: str) -> None:
        for goal_id in self.chosen():
            self.plan.add_evidence(goal_id, entry_id)
