"""Add a child to the household."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common import error_label, show_error
from carerdesk.journal import JournalService


class ChildDialog(QDialog):
    def __init__(self, journal: JournalService, parent=None) -> None:
        super().__init__(parent)
        self.journal, self.child = journal, None
        self.setWindowTitle(self.tr("Add a child"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Child's name"))
        self.knows_born = QCheckBox(self.tr("I know the date of &birth"), self)
        self.born, self.placed = QDateEdit(self), QDateEdit(QDate.currentDate(), self)
        for edit, name in ((self.born, self.tr("Date of birth")),
                           (self.placed, self.tr("Placement began"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(QDate.currentDate())
            edit.setAccessibleName(name)
        self.born.setDate(QDate.currentDate().addYears(-8))
        self.born.setEnabled(False)
        self.knows_born.toggled.connect(self.born.setEnabled)
        self.error = error_label(self, self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.knows_born, self.born)
        form.addRow(self.tr("&Placement began:"), self.placed)
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        born = self.born.date().toPython() if self.knows_born.isChecked() else None
        try:
            self.child = self.journal.add_child(self.name.text(), born,
                                                self.placed.date().toPython())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        super().accept()
