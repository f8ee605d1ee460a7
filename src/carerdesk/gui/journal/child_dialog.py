"""Add a child to the household, or correct one: name, date of birth, placement dates."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.widgets import clear_error, error_label, show_error
from carerdesk.gui.journal.child_fields import ChildFields
from carerdesk.journal import JournalService
from carerdesk.journal.views import ChildView


class ChildDialog(QDialog):
    """Without ``editing`` it adds a child; with a ``ChildView`` it changes that child.
    A bad value is refused in plain words under the fields, and nothing typed is lost."""

    def __init__(self, journal: JournalService, parent=None,
                 editing: ChildView | None = None) -> None:
        super().__init__(parent)
        self.journal, self.child, self.editing = journal, None, editing
        self.setWindowTitle(self.tr("Edit a child") if editing else self.tr("Add a child"))
        form = QFormLayout(self)
        # The fields first, then the buttons: Tab (and the first focus) follow the screen.
        self.fields = ChildFields(form, self, cap_at_today=False, editing=editing is not None)
        self.name = self.fields.name
        self.error = error_label(self, self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save") if editing else self.tr("&Add"))
        if editing is not None:
            self.fields.show_child(editing)
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        clear_error(self.error)
        try:
            if self.editing is None:
                self.child = self.journal.add_child(*self.fields.values())
            else:
                self.child = self.journal.update_child(self.editing.id,
                                                       *self.fields.all_values())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        super().accept()
