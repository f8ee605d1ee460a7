"""The child's name and dates on the profile page, with letters of their own (the page's
twelve parts, tabs and buttons take most of the alphabet)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit

from carerdesk.gui.common.date_edit import DateEdit


class NameAndDates(QObject):
    """Adds its rows to ``form``: the name, then each date with a tick box for "I know it"
    (a date of birth or a placement date may be unknown). The service refuses a date to come
    or out of order in plain words."""

    def __init__(self, form: QFormLayout, parent) -> None:
        super().__init__(parent)
        self.name = QLineEdit(parent)
        self.name.setAccessibleName(self.tr("Child's name"))
        label = QLabel(self.tr("Child's &name:"), parent)
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        self.dates: list[tuple[QCheckBox, DateEdit]] = []
        for text, name in ((self.tr("I know the date of &birth"), self.tr("Date of birth")),
                           (self.tr("I know when they cam&e to live with us"),
                            self.tr("Came to live with us")),
                           (self.tr("The &placement has ended"), self.tr("Placement ended"))):
            box, edit = QCheckBox(text, parent), DateEdit(parent)  # in screen order, for Tab
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            form.addRow(box, edit)
            self.dates.append((box, edit))

    def show_child(self, child) -> None:
        self.name.setText(child.name)
        for (box, edit), day in zip(self.dates, (child.born, child.placed, child.ended),
                                    strict=True):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            box.setChecked(day is not None)

    def all_values(self) -> tuple[str, dt.date | None, dt.date | None, dt.date | None]:
        """Name, born, placed, ended (None for a date not known)."""
        born, placed, ended = (_day(edit) if box.isChecked() else None
                               for box, edit in self.dates)
        return self.name.text(), born, placed, ended


def _day(edit: DateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)  # a QDate is always a date
    return day
