"""The fields that describe a child: name, date of birth if known, placement start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLineEdit


class ChildFields:
    """Adds its rows to ``form``; dates can never be in the future."""

    def __init__(self, form: QFormLayout, parent) -> None:
        self.name = QLineEdit(parent)
        self.name.setAccessibleName(QCoreApplication.translate("ChildFields", "Child's name"))
        self.knows_born = QCheckBox(
            QCoreApplication.translate("ChildFields", "I know the date of &birth"), parent)
        self.born, self.placed = QDateEdit(parent), QDateEdit(parent)
        for edit, name in (
                (self.born, QCoreApplication.translate("ChildFields", "Date of birth")),
                (self.placed, QCoreApplication.translate("ChildFields", "Placement began"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(QDate.currentDate())
            edit.setAccessibleName(name)
        self.born.setDate(QDate.currentDate().addYears(-8))
        self.placed.setDate(QDate.currentDate())
        self.born.setEnabled(False)
        self.knows_born.toggled.connect(self.born.setEnabled)
        form.addRow(QCoreApplication.translate("ChildFields", "Child's &name:"), self.name)
        form.addRow(self.knows_born, self.born)
        form.addRow(QCoreApplication.translate("ChildFields", "&Placement began:"), self.placed)

    def values(self) -> tuple[str, dt.date | None, dt.date]:
        born = self.born.date().toPython() if self.knows_born.isChecked() else None
        return self.name.text(), born, self.placed.date().toPython()
