"""Add a child to the household."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.child_fields import ChildFields
from carerdesk.gui.common import error_label, show_error
from carerdesk.journal import JournalService


class ChildDialog(QDialog):
    def __init__(self, journal: JournalService, parent=None) -> None:
        super().__init__(parent)
        self.journal, self.child = journal, None
        self.setWindowTitle(self.tr("Add a child"))
        self.error = error_label(self, self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        form = QFormLayout(self)
        self.fields = ChildFields(form, self)
        self.name = self.fields.name
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        try:
            self.child = self.journal.add_child(*self.fields.values())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        super().accept()
