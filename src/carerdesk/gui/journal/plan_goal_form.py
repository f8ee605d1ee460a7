"""The fields of one SMART goal: area, what, how we will know, who helps, by when, review
date, what we do if it does not work, who set it and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from carerdesk.domain.goals import Goal, SetBy, area_keys, area_source
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.text.i18n import translate


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: DateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


def date_field(parent: QWidget, name: str, up_to_today: bool = False) -> DateEdit:
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if up_to_today:
        edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate.currentDate())
    edit.setAccessibleName(name)
    return edit


class GoalForm(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above
        self.area = QComboBox(self)
        for key in area_keys():
            self.area.addItem(translate(*area_source(key)), key)
        self.what = QLineEdit(self)
        self.how = self._long()
        self.who = QLineEdit(self)
        self.has_by = QCheckBox(self.tr("Reach it b&y"), self)
        self.by = date_field(self, self.tr("Reach it by"))
        self.has_review = QCheckBox(self.tr("Re&view on"), self)
        self.review = date_field(self, self.tr("Review on"))
        self.contingency = self._long()
        self.set_by = QComboBox(self)
        for who in SetBy:
            self.set_by.addItem(translate("Goals", who.title), who.value)
        self.set_on = date_field(self, self.tr("Set on"), up_to_today=True)
        rows = ((self.tr("A&rea:"), self.area), (self.tr("&What we are working towards:"),
                                                  self.what),
                (self.tr("&How we will know:"), self.how), (self.tr("Wh&o helps:"), self.who))
        for text, widget in rows:
            self._row(form, text, widget)
        for box, edit in ((self.has_by, self.by), (self.has_review, self.review)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            form.addRow(box, edit)
        self._row(form, self.tr("&If this does not work:"), self.contingency)
        self._row(form, self.tr("&Set by:"), self.set_by)
        self._row(form, self.tr("Se&t on:"), self.set_on)

    def _long(self) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(52)
        return edit

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(label, widget)

    def show_goal(self, goal: Goal | None) -> None:
        """A goal's fields, or empty ones for a new goal."""
        goal = goal or Goal("availability", "", dt.date.today())
        self.area.setCurrentIndex(max(0, self.area.findData(goal.area)))
        self.what.setText(goal.what)
        self.how.setPlainText(goal.how_we_will_know or "")
        self.who.setText(goal.who_helps or "")
        self.contingency.setPlainText(goal.contingency or "")
        self.set_by.setCurrentIndex(max(0, self.set_by.findData(goal.set_by.value)))
        self.set_on.setDate(_qdate(goal.set_on))
        for box, edit, day in ((self.has_by, self.by, goal.by_when),
                               (self.has_review, self.review, goal.review_date)):
            box.setChecked(day is not None)
            edit.setDate(_qdate(day) if day else QDate.currentDate())

    def goal(self, evidence: tuple[str, ...] = ()) -> Goal:
        def day(box: QCheckBox, edit: DateEdit) -> dt.date | None:
            return day_of(edit) if box.isChecked() else None

        return Goal(self.area.currentData(), self.what.text(), day_of(self.set_on),
                    self.how.toPlainText(), self.who.text(), day(self.has_by, self.by),
                    day(self.has_review, self.review), self.contingency.toPlainText(),
                    SetBy(self.set_by.currentData()), evidence)
