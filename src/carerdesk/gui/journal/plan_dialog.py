"""The child's Plan page, beside the journal: SMART goals with their evidence and reviews, and
the periodic Secure Base review. Window-modal over the journal, so that a lock closes it as it
closes every dialog; nothing is written until a Save or Keep button is pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from carerdesk.gui.common.widgets import shown, unless_locked, with_mnemonics
from carerdesk.gui.journal.chosen_child import chosen_child_id
from carerdesk.gui.journal.plan_goals import GoalsPage
from carerdesk.gui.journal.plan_sb_review import SecureBaseReviewPage


class PlanDialog(QDialog):
    changed = Signal()  # a goal, a review or a Secure Base review saved

    def __init__(self, workspace, child_id: str, parent=None) -> None:
        super().__init__(parent)
        child = workspace.journal.child(child_id)
        self.child_id = child.id
        self.setObjectName("plan-dialog")
        self.setWindowTitle(self.tr("{name}: the plan").format(name=shown(child.name)))
        self.resize(1200, 700)  # window_policy fits it to smaller screens
        self.tabs = QTabWidget(self)
        self.goals = GoalsPage(workspace, child.id, self)
        self.review = SecureBaseReviewPage(workspace, child, self)
        self.tabs.addTab(self.goals, self.tr("&Goals"))
        self.tabs.addTab(self.review, self.tr("Secure &Base review"))
        buttons = with_mnemonics(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.goals.changed.connect(self.changed)
        self.review.changed.connect(self.changed)


@unless_locked
def open_plan(window) -> PlanDialog | None:
    """Journal window → Child → Plan…, for the child chosen on the left."""
    child_id = chosen_child_id(window)
    if child_id is None:
        return None
    dialog = PlanDialog(window.workspace, child_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    reminder = getattr(window, "plan_reminder", None)
    if reminder is not None:
        dialog.changed.connect(reminder.refresh)
    dialog.open()  # window-modal: the journal waits, and a lock closes it
    dialog.goals.form.what.setFocus()  # ready to write a goal; a wheel turn changes nothing
    return dialog
