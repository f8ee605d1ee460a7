"""The fields that describe a child: name, date of birth if known, placement start and end."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from carerdesk.domain.input_errors import EmptyValue
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.text.i18n import translate


class ChildFields:
    """Adds its rows to ``form``. With ``cap_at_today`` a date can never be in the future;
    without it the service refuses one in plain words. ``editing`` adds the placement's
    end, and makes its start optional (a child added from the command line may have none)."""

    def __init__(self, form: QFormLayout, parent, cap_at_today: bool = True,
                 editing: bool = False) -> None:
        self.name = QLineEdit(parent)
        self.name.setAccessibleName(translate("ChildFields", "Child's name"))
        # Made in screen order, so that Tab follows the form: each tick box, then its date.
        self.knows_born = QCheckBox(translate("ChildFields", "I know the date of &birth"),
                                    parent)
        self.born = DateEdit(parent)
        self.knows_placed: QCheckBox | None = None
        self.has_ended: QCheckBox | None = None
        self.ended: DateEdit | None = None
        if editing:
            self.knows_placed = QCheckBox(
                translate("ChildFields", "I know when they &came to live with us"), parent)
        self.placed = DateEdit(parent)
        edits = [(self.born, translate("ChildFields", "Date of birth")),
                 (self.placed, translate("ChildFields", "Came to live with us"))]
        if editing:
            self.has_ended = QCheckBox(translate("ChildFields", "The placement has &ended"),
                                       parent)
            self.ended = DateEdit(parent)
            edits.append((self.ended, translate("ChildFields", "Placement ended")))
        for edit, name in edits:
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            if cap_at_today:
                edit.setMaximumDate(QDate.currentDate())
            edit.setAccessibleName(name)
            edit.setDate(QDate.currentDate())
        self.born.setDate(QDate.currentDate().addYears(-8))
        # A date shown only as a start for typing is not the child's: ticked, it must be chosen
        self._chosen = {id(edit): False for edit, _ in edits}
        for edit, _ in edits:
            edit.dateChanged.connect(self._marker(id(edit)))
        self.born.setEnabled(False)
        self.knows_born.toggled.connect(self.born.setEnabled)
        form.addRow(translate("ChildFields", "Child's &name:"), self.name)
        form.addRow(self.knows_born, self.born)
        if editing:
            for box, optional in ((self.knows_placed, self.placed), (self.has_ended, self.ended)):
                assert box is not None and optional is not None  # made above when editing
                optional.setEnabled(False)
                box.toggled.connect(optional.setEnabled)
                form.addRow(box, optional)
        else:
            form.addRow(translate("ChildFields", "&Came to live with us:"), self.placed)

    def _marker(self, key: int):
        def chosen(_day) -> None:
            self._chosen[key] = True
        return chosen

    def show_child(self, child) -> None:
        """Fill the fields from a ``ChildView``; an unknown date leaves its box unticked."""
        self.name.setText(child.name)
        pairs = [(self.knows_born, self.born, child.born),
                 (self.knows_placed, self.placed, child.placed),
                 (self.has_ended, self.ended, child.ended)]
        for box, edit, day in pairs:
            if edit is None:
                continue
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
                self._chosen[id(edit)] = True  # the child's own, even if it was the one shown
            if box is not None:
                box.setChecked(day is not None)

    def _day(self, box, edit) -> dt.date | None:
        if edit is None or (box is not None and not box.isChecked()):
            return None
        if box is not None and not self._chosen[id(edit)]:
            field = "born" if edit is self.born else "placed" if edit is self.placed else "ended"
            raise EmptyValue(field)  # ticked, but the date shown was never chosen
        return edit.date().toPython()

    def values(self) -> tuple[str, dt.date | None, dt.date | None]:
        """Name, born, placed: what adding a child takes (placed is never None when adding)."""
        return (self.name.text(), self._day(self.knows_born, self.born),
                self._day(self.knows_placed, self.placed))

    def all_values(self) -> tuple[str, dt.date | None, dt.date | None, dt.date | None]:
        """Name, born, placed, ended: what editing a child takes."""
        return (*self.values(), self._day(self.has_ended, self.ended))
