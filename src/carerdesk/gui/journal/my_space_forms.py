"""The two forms of the carer's own space: a reflection (the day and the words) and a
wellbeing check-in (the day, how I am as five plain words to choose, sleep, the support I
would like, what helped). They hold no rule: the notes' own rules refuse in plain words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.carer_space import CheckIn, HowIAm, Reflection
from carerdesk.domain.dates import EARLIEST
from carerdesk.domain.input_errors import EmptyValue
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.text.i18n import translate

CHECKIN_WORDS_HEIGHT = 64  # about three lines: the form and the chart fit a laptop together


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: DateEdit) -> dt.date:
    shown = edit.date()
    return dt.date(shown.year(), shown.month(), shown.day())


def _date_edit(parent: QWidget, name: str) -> DateEdit:
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(_qdate(EARLIEST), QDate.currentDate())  # never a day to come
    edit.setAccessibleName(name)
    return edit


def _row(layout: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text, widget.parentWidget())
    label.setBuddy(widget)
    label.setWordWrap(True)
    layout.addRow(label, widget)


class ReflectionForm(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.date = _date_edit(self, self.tr("Date of the reflection"))
        self.words = QPlainTextEdit(self)
        self.words.setAccessibleName(self.tr("Your reflection"))
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(self.tr("What happened for you, how you felt, what you "
                                              "are taking from it. Only you can read this."))
        layout = QFormLayout(self)
        _row(layout, self.tr("Da&y:"), self.date)
        _row(layout, self.tr("Your &words:"), self.words)
        self.clear()

    def focus_order(self) -> list[QWidget]:
        return [self.date, self.words]

    def clear(self) -> None:
        self.date.setDate(QDate.currentDate())
        self.words.clear()

    def show_value(self, value: Reflection) -> None:
        self.date.setDate(_qdate(value.date))
        self.words.setPlainText(value.words)

    def value(self) -> Reflection:
        return Reflection(_day(self.date), self.words.toPlainText())

    def has_words(self) -> bool:
        return bool(self.words.toPlainText().strip())


class CheckInForm(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.date = _date_edit(self, self.tr("Date of the check-in"))
        self.how = QButtonGroup(self)
        self.how.setExclusive(True)
        choices = QHBoxLayout()
        self.how_buttons: dict[HowIAm, QRadioButton] = {}
        for how in HowIAm:
            button = QRadioButton(f"&{int(how)} {translate('CarerSpace', how.title)}", self)
            button.setAccessibleName(translate("CarerSpace", how.title))
            self.how.addButton(button, int(how))
            self.how_buttons[how] = button
            choices.addWidget(button)
        choices.addStretch(1)
        self.sleep = QLineEdit(self)
        self.sleep.setAccessibleName(self.tr("Sleep"))
        self.sleep.setPlaceholderText(self.tr("How you have been sleeping"))
        self.support = self._box(self.tr("Support you would like"),
                                 self.tr("Someone to talk to, a break, training…"))
        self.helped = self._box(self.tr("What helped"), self.tr("A walk, a friend, time off…"))
        layout = QFormLayout()
        packed = QVBoxLayout(self)  # the rows together at the top, the room below them
        packed.addLayout(layout)
        packed.addStretch(1)
        _row(layout, self.tr("D&ay:"), self.date)
        how_label = QLabel(self.tr("How I am (1 to 5):"), self)
        layout.addRow(how_label, choices)
        _row(layout, self.tr("S&leep:"), self.sleep)
        _row(layout, self.tr("Su&pport I would like:"), self.support)
        _row(layout, self.tr("What &helped:"), self.helped)
        self.clear()

    def _box(self, name: str, hint: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setAccessibleName(name)
        box.setPlaceholderText(hint)
        box.setTabChangesFocus(True)
        box.setFixedHeight(CHECKIN_WORDS_HEIGHT)
        return box

    def focus_order(self) -> list[QWidget]:
        return [self.date, *self.how_buttons.values(), self.sleep, self.support, self.helped]

    def clear(self) -> None:
        self.date.setDate(QDate.currentDate())
        self.how.setExclusive(False)  # so that no choice is made until the carer makes one
        for button in self.how_buttons.values():
            button.setChecked(False)
        self.how.setExclusive(True)
        for edit in (self.sleep, self.support, self.helped):
            edit.clear()

    def show_value(self, value: CheckIn) -> None:
        self.date.setDate(_qdate(value.date))
        self.how_buttons[value.how].setChecked(True)
        self.sleep.setText(value.sleep or "")
        self.support.setPlainText(value.support or "")
        self.helped.setPlainText(value.helped or "")

    def chosen_how(self) -> HowIAm | None:
        chosen = self.how.checkedId()
        return HowIAm(chosen) if chosen > 0 else None

    def value(self) -> CheckIn:
        """How I am must be chosen (EmptyValue, in plain words, when it is not)."""
        how = self.chosen_how()
        if how is None:
            raise EmptyValue("me.how")
        return CheckIn(_day(self.date), how,
                       self.sleep.text(), self.support.toPlainText(), self.helped.toPlainText())

    def has_words(self) -> bool:
        return self.chosen_how() is not None
