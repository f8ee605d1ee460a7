"""Date fields that take a typed date as typed, and that Tab always leaves.

Qt's ``QDateEdit`` moves Tab between the day, month and year, and jumps a section on its own
when one is full, so "2016 Tab 05 Tab 20" (or "2016-05-20") could save 2016-12-05. Here:

- Tab and Shift+Tab move to the next or previous widget, never to a part of the date;
- focus selects the whole date, and typing then replaces it: year, month and day in that order
  (``2016-05-20``, ``2016-5-20``, ``20160520`` or ``2016/05/20`` all give 20 May 2016), whatever
  the display format; a date outside the allowed range, or one that does not exist, is
  refused with a beep, never changed into another;
- a date typed only in part is put back as it was when the field is left (Escape does the same);
  nothing is chosen while typing (Qt would take "2026-12-3" as the 3rd on its way to the 31st);
- a refused date says why, in words beside the field, as well as the beep;
- arrows, the calendar and a click on a part of the date still work as in any date field.

``DateTimeEdit`` is the same with hours and minutes after the date (``2016-05-20 14:30``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QToolTip, QWidget

from carerdesk.gui.common.crash import never_raises
from carerdesk.text.i18n import QT_TRANSLATE_NOOP

SEPARATORS = "-/. :"
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
                  Qt.Key.Key_Super_L, Qt.Key.Key_Super_R}
# (length, highest first digit before it is taken as a whole one-digit part, e.g. "5" in May)
_YEAR, _MONTH, _DAY, _HOUR, _MINUTE = (4, 9), (2, 1), (2, 3), (2, 2), (2, 5)


def _tip(with_time: bool) -> str:
    if with_time:
        return QCoreApplication.translate(
            "DateEdit", "Type the date and time as year-month-day hours:minutes, for example "
            "2016-05-20 14:30, or choose the day from the calendar")
    return QCoreApplication.translate(
        "DateEdit", "Type the date as year-month-day, for example 2016-05-20, or choose it "
        "from the calendar")


_REFUSALS = (  # for lupdate: _say() translates these in the DateEdit context
    QT_TRANSLATE_NOOP("DateEdit", "{typed}: there is no such day. Type it again, or press "
                                  "Escape to keep the date as it was."),
    QT_TRANSLATE_NOOP("DateEdit", "{typed} is after today: a date here can be today at the "
                                  "latest."),
    QT_TRANSLATE_NOOP("DateEdit", "{typed} is too late: a date here can be {latest} at the "
                                  "latest."),
    QT_TRANSLATE_NOOP("DateEdit", "{typed} is too early: a date here can be {earliest} at the "
                                  "earliest."),
    QT_TRANSLATE_NOOP("DateEdit", "{typed}: that time is outside what this field takes."),
)


def _say(text: str, **values: str) -> str:
    return QCoreApplication.translate("DateEdit", text).format(**values)


class _TypedDate:
    """Mixed into QDateEdit and QDateTimeEdit: the typing, Tab and focus rules above."""

    _parts: tuple[tuple[int, int], ...] = (_YEAR, _MONTH, _DAY)
    _joins: str = "--"  # what goes between the parts as they are typed

    def _init_typing(self) -> None:
        self._typed: list[str] | None = None  # the parts typed so far, while typing
        self._refused = False  # a digit was refused: leaving puts the date back as it was
        self.setKeyboardTracking(False)  # the value changes when a date is whole, not before
        self.setToolTip(_tip(len(self._parts) > 3))

    # --- what is typed ---

    def _shown(self) -> str:
        parts = self._typed or [""]
        text = ""
        for i, part in enumerate(parts):
            text += part
            if i < len(parts) - 1:
                text += self._joins[i]
        return text

    def _show_typed(self) -> None:
        edit = self.lineEdit()
        edit.setText(self._shown())  # not validated: the date is set when it is whole
        edit.setCursorPosition(len(edit.text()))

    def _type_digit(self, digit: str) -> None:
        parts = self._typed
        index = len(parts) - 1
        length, highest_first = self._parts[index]
        part = parts[index] + digit
        if len(parts[index]) == 0 and int(digit) > highest_first:
            part = "0" + digit  # "5" for the month can only be May
        if len(part) == length:
            if self._complete_value(parts[:index] + [part]) is False:
                self._refuse(parts[:index] + [part])
                return
            parts[index] = part
            if index + 1 < len(self._parts):
                parts.append("")
            else:
                self._finish()
                return
        else:
            parts[index] = part
        self._show_typed()

    def _refuse(self, parts: list[str]) -> None:
        QApplication.beep()
        self._refused = True
        typed = "-".join(parts[:3]) + (" " + ":".join(parts[3:]) if parts[3:] else "")
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()),
                          self._why_refused(typed, parts), self)

    def _why_refused(self, typed: str, parts: list[str]) -> str:
        try:
            day = dt.date(*(int(p) for p in parts[:3]))
        except ValueError:
            return _say("{typed}: there is no such day. Type it again, or press Escape to keep "
                        "the date as it was.", typed=typed)
        latest, earliest = self.maximumDate().toPython(), self.minimumDate().toPython()
        if day > latest and latest == dt.date.today():
            return _say("{typed} is after today: a date here can be today at the latest.",
                        typed=typed)
        if day > latest:
            return _say("{typed} is too late: a date here can be {latest} at the latest.",
                        typed=typed, latest=latest.isoformat())
        if day < earliest:
            return _say("{typed} is too early: a date here can be {earliest} at the earliest.",
                        typed=typed, earliest=earliest.isoformat())
        return _say("{typed}: that time is outside what this field takes.", typed=typed)

    def _type_separator(self) -> None:
        parts = self._typed
        index = len(parts) - 1
        if not parts[index]:
            return  # the part was already full and moved on by itself: "2016" then "-"
        if index + 1 < len(self._parts):
            parts[index] = parts[index].zfill(self._parts[index][0])
            parts.append("")
            self._show_typed()

    def _backspace(self) -> None:
        parts = self._typed
        self._refused = False
        if parts[-1]:
            parts[-1] = parts[-1][:-1]
        elif len(parts) > 1:
            parts.pop()
            parts[-1] = parts[-1][:-1]
        self._show_typed()

    def _complete_value(self, parts: list[str]):
        """None while the date is not whole yet, False if it cannot be, else the value."""
        if len(parts) < 3 or not all(parts[:3]):
            return None
        numbers = [int(p) for p in parts if p]
        try:
            day = dt.date(*numbers[:3])
        except ValueError:
            return False
        value = self._value_for(QDate(day.year, day.month, day.day), numbers[3:])
        if value is None:
            return False
        return value

    def _finish(self) -> None:
        """Set what was typed if it is a whole date; otherwise show the date as it was."""
        parts, self._typed = self._typed, None
        value = self._complete_value(parts) if parts and not self._refused else None
        self._refused = False
        if isinstance(value, (QDate, QDateTime)):
            self._set_value(value)
        self._set_value(self._value())  # shows the value in the display format
        if self.hasFocus():
            self.lineEdit().selectAll()

    # --- events ---

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        """Between widgets, never between the parts of the date."""
        return QWidget.focusNextPrevChild(self, next)

    @never_raises(None)
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._typed = None
        self.lineEdit().selectAll()
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            QTimer.singleShot(0, self._select_after_click)  # after the click placed the cursor

    def _select_after_click(self) -> None:
        if self.hasFocus() and self._typed is None:
            self.lineEdit().selectAll()

    @never_raises(None)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typed is not None:
            self._finish()
        super().focusOutEvent(event)

    @never_raises(None)
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key in _MODIFIER_KEYS:
            return  # Shift pressed for the ":" of "17:35" (or a "/") does not end the typing
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            self.focusNextPrevChild(forward)  # also from "any": Qt keeps Tab there
            event.accept()
            return
        if plain and text and text.isdigit() and text.isascii():
            if self._typed is None and self._all_selected():
                self._typed, self._refused = [""], False  # typing over the whole date
            if self._typed is not None:
                self._type_digit(text)
                event.accept()
                return
        if self._typed is not None:
            if plain and text and text in SEPARATORS:
                self._type_separator()
                event.accept()
                return
            if key == Qt.Key.Key_Backspace:
                self._backspace()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self._typed = []
                self._finish()
                event.accept()
                return
            self._finish()  # Enter, arrows, anything else: the typing is over
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) \
                and self._all_selected() \
                and self.displayedSections() & QDateTimeEdit.Section.DaySection:
            self.setCurrentSection(QDateTimeEdit.Section.DaySection)  # a day at a time
        super().keyPressEvent(event)

    def _all_selected(self) -> bool:
        edit = self.lineEdit()
        return bool(edit.text()) and edit.selectedText() == edit.text()


class DateEdit(_TypedDate, QDateEdit):
    """A date field: ``DateEdit(parent)``, then the usual QDateEdit methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        QDateEdit.__init__(self, parent)
        self._init_typing()

    def _value(self) -> QDate:
        return self.date()

    def _set_value(self, value: QDate) -> None:
        self.setDate(value)

    def _value_for(self, day: QDate, _time: list[int]) -> QDate | None:
        inside = self.minimumDate() <= day <= self.maximumDate()
        return day if inside else None


class DateTimeEdit(_TypedDate, QDateTimeEdit):
    """A date and time field: the date typed as above, then the hours and minutes
    (``2016-05-20 14:30``); leaving after the date alone keeps the time shown."""

    _parts = (_YEAR, _MONTH, _DAY, _HOUR, _MINUTE)
    _joins = "-- :"

    def __init__(self, parent: QWidget | None = None) -> None:
        QDateTimeEdit.__init__(self, parent)
        self._init_typing()

    def _value(self) -> QDateTime:
        return self.dateTime()

    def _set_value(self, value: QDateTime) -> None:
        self.setDateTime(value)

    def _value_for(self, day: QDate, time: list[int]) -> QDateTime | None:
        shown = self.time()
        hour = time[0] if time else shown.hour()
        minute = time[1] if len(time) > 1 else (0 if time else shown.minute())
        if hour > 23 or minute > 59:
            return None
        value = QDateTime(day, QTime(hour, minute))
        inside = self.minimumDateTime() <= value <= self.maximumDateTime()
        return value if inside else None
