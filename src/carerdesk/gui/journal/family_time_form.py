"""The form of one family time: the day, how it went (planned, happened, cancelled), who was
there (ticked from the people around the child), and the words, in a scroll area so that it
fits a laptop's screen. It holds no rule: the record's own rules refuse in plain words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from carerdesk.domain.dates import EARLIEST, LATEST
from carerdesk.domain.family_time import CANCELLATION, FamilyTime, FamilyTimeStatus
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.gui.common.widgets import shown
from carerdesk.gui.journal.people_panel import role_title
from carerdesk.text.i18n import translate

WORDS_HEIGHT = 56  # about two lines each: five boxes and the rest fit a laptop with a scroll
PEOPLE_HEIGHT = 90


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FamilyTimeForm(QScrollArea):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("The family time"))
        inner = QWidget(self)
        self.layout_ = QFormLayout(inner)
        self.date = DateEdit(inner)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(_qdate(EARLIEST), _qdate(LATEST))  # a planned one lies ahead
        self.status = QComboBox(inner)
        for status in FamilyTimeStatus:
            self.status.addItem(translate("FamilyTime", status.title), status.value)
        self.people = QListWidget(inner)
        self.people.setFixedHeight(PEOPLE_HEIGHT)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setProperty("draft_ticks", True)  # its ticks are kept through a lock
        self.lines = {key: QLineEdit(inner) for key in ("where", "supervised_by",
                                                        "cancelled_by", "why")}
        self.words: dict[str, QPlainTextEdit] = {}
        for key in ("before", "during", "after", "words", "noticed"):
            box = QPlainTextEdit(inner)
            box.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
            box.setFixedHeight(WORDS_HEIGHT)
            self.words[key] = box
        self._rows(inner)
        self.setWidget(inner)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.clear()

    def _rows(self, inner: QWidget) -> None:
        """Labels with letters of their own (the dialog's tabs take a, o, v, m; Close c)."""
        rows = [
            (self.tr("&Date:"), self.date, self.tr("Date")),
            (self.tr("S&tatus:"), self.status, self.tr("Status")),
            (self.tr("&People there:"), self.people, self.tr("People there")),
            (self.tr("&Where:"), self.lines["where"], self.tr("Where")),
            (self.tr("S&upervised by:"), self.lines["supervised_by"], self.tr("Supervised by")),
            (self.tr("Ca&ncelled by:"), self.lines["cancelled_by"], self.tr("Cancelled by")),
            (self.tr("Wh&y it was cancelled:"), self.lines["why"],
             self.tr("Why it was cancelled")),
            (self.tr("How they seemed &before:"), self.words["before"],
             self.tr("How they seemed before")),
            (self.tr("How they seemed du&ring:"), self.words["during"],
             self.tr("How they seemed during")),
            (self.tr("How they seemed a&fter:"), self.words["after"],
             self.tr("How they seemed after")),
            (self.tr("What they sa&id, word for word:"), self.words["words"],
             self.tr("What they said, word for word")),
            (self.tr("What I notic&ed:"), self.words["noticed"], self.tr("What I noticed")),
        ]
        for text, widget, name in rows:
            widget.setAccessibleName(name)
            label = QLabel(text, inner)
            label.setBuddy(widget)
            label.setWordWrap(True)
            self.layout_.addRow(label, widget)

    def set_people(self, people) -> None:
        """The people around the child, as boxes to tick; ticks already made are kept."""
        ticked = set(self.chosen_people())
        self.people.clear()
        for person in people:
            d = person.details
            item = QListWidgetItem(f"{shown(d.name)} — {role_title(d.role)}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in ticked
                               else Qt.CheckState.Unchecked)
            self.people.addItem(item)

    def chosen_people(self) -> list[str]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]

    def chosen_status(self) -> FamilyTimeStatus:
        return FamilyTimeStatus(self.status.currentData())

    def clear(self) -> None:
        """Today, happened (most are written after the visit), no one ticked, no words."""
        self.date.setDate(QDate.currentDate())
        self.status.setCurrentIndex(self.status.findData(FamilyTimeStatus.HAPPENED.value))
        for i in range(self.people.count()):
            self.people.item(i).setCheckState(Qt.CheckState.Unchecked)
        for edit in self.lines.values():
            edit.clear()
        for box in self.words.values():
            box.clear()
        self._status_changed()

    def show_value(self, value: FamilyTime) -> None:
        self.date.setDate(_qdate(value.date))
        self.status.setCurrentIndex(self.status.findData(value.status.value))
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in value.people
                               else Qt.CheckState.Unchecked)
        texts = value.texts()
        for key, edit in self.lines.items():
            edit.setText(texts[key] or "")
        for key, box in self.words.items():
            box.setPlainText(texts[key] or "")

    def value(self) -> FamilyTime:
        """What the form says; who cancelled and why go with a cancelled one only (their
        words stay in the boxes, greyed, in case it is marked cancelled again)."""
        status = self.chosen_status()
        texts = {key: edit.text() for key, edit in self.lines.items()
                 if key not in CANCELLATION or status is FamilyTimeStatus.CANCELLED}
        texts.update({key: box.toPlainText() for key, box in self.words.items()})
        day = self.date.date()
        return FamilyTime(dt.date(day.year(), day.month(), day.day()), status,
                          tuple(self.chosen_people()), **texts)

    def _status_changed(self, _index: int = 0) -> None:
        cancelled = self.chosen_status() is FamilyTimeStatus.CANCELLED
        for key in CANCELLATION:
            self.lines[key].setEnabled(cancelled)
