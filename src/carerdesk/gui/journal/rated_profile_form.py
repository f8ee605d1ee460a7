"""The form for a new -3..+3 profile (the child's needs, or the carers' capacity): for each
area a rating, whose view it is (capacity only), strengths, difficulties, the evidence in
words and journal entries chosen as evidence. It starts empty, or from the last profile."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.needs_profile import CAPACITY, CapacityProfile, NeedsProfile
from carerdesk.domain.profile_scale import SCALE_MAX, SCALE_MIN, AreaRating, View, signed
from carerdesk.gui.common.action_combo import ActionCombo
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.gui.common.form_draft import fields_of, fill

NOT_RATED = SCALE_MIN - 1  # the spin box's lowest step, shown as "Not rated"
TEXT_HEIGHT = 46  # about two lines each: three boxes per area, eight areas, in a scroll


def dated_today(parent: QWidget) -> DateEdit:
    """A profile's date: today at most (a profile is of what has been seen)."""
    date = DateEdit(parent)
    date.setCalendarPopup(True)
    date.setDisplayFormat("ddd d MMM yyyy")
    date.setMinimumDate(QDate(1900, 1, 1))
    date.setMaximumDate(QDate.currentDate())
    date.setDate(QDate.currentDate())
    date.setMaximumWidth(220)
    return date


def day_of(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class RatingBox(QSpinBox):
    """-3..+3 with a "+" on the strengths, and "Not rated" below -3. Like every spin box, it
    turns with the wheel only once it has the focus (gui/common/window_policy)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRange(NOT_RATED, SCALE_MAX)
        self.setSpecialValueText(self.tr("Not rated"))
        self.setValue(NOT_RATED)

    def textFromValue(self, value: int) -> str:
        return signed(value)

    def valueFromText(self, text: str) -> int:
        try:
            return int(text.strip())
        except ValueError:
            return NOT_RATED

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        cleaned = text.strip()
        if cleaned in ("", "+", "-", self.specialValueText()):
            return QValidator.State.Intermediate, text, pos
        try:
            ok = SCALE_MIN <= int(cleaned) <= SCALE_MAX
        except ValueError:
            ok = False
        return (QValidator.State.Acceptable if ok else QValidator.State.Invalid), text, pos

    def rating(self) -> int | None:
        return None if self.value() == NOT_RATED else self.value()

    def show_rating(self, value: int | None) -> None:
        self.setValue(NOT_RATED if value is None else value)


class AreaBox(QGroupBox):
    """One area's inputs; ``entries`` are the full ids chosen as evidence."""

    def __init__(self, title: str, with_view: bool, journal: list[tuple[str, str]],
                 parent=None) -> None:
        super().__init__(title, parent)
        self.entries: list[str] = []
        self.labels = dict(journal)
        form = QFormLayout(self)
        self.rating = RatingBox(self)
        self.rating.setAccessibleName(self.tr("Rating of {area}").format(area=title))
        row = QHBoxLayout()
        row.addWidget(self.rating)
        self.view: QComboBox | None = None
        if with_view:
            self.view = QComboBox(self)
            self.view.setAccessibleName(self.tr("Whose view the rating of {area} is").format(
                area=title))
            self.view.addItem(self.tr("Whose view?"), None)
            for view, text in ((View.CARER, self.tr("The carer's view")),
                               (View.SOCIAL_WORKER, self.tr("The social worker's view")),
                               (View.AGREED, self.tr("Agreed together"))):
                self.view.addItem(text, view.value)
            row.addWidget(self.view, 1)
        form.addRow(self.tr("Rating"), row)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label in (("strengths", self.tr("Strengths")),
                           ("difficulties", self.tr("Difficulties")),
                           ("evidence", self.tr("Evidence for this child"))):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(TEXT_HEIGHT)
            edit.setAccessibleName(f"{label}: {title}")
            form.addRow(label, edit)
            self.texts[key] = edit
        self.pick = ActionCombo(self)
        self.pick.setAccessibleName(self.tr("Add a journal entry as evidence for {area}").format(
            area=title))
        self.pick.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick.setMinimumContentsLength(24)  # long entries are cut, not the form widened
        self.pick.addItem(self.tr("Add an entry as evidence…"), None)
        for entry_id, text in journal:
            self.pick.addItem(text, entry_id)
        self.pick.activated.connect(self._picked)
        self.linked = QLabel(self)
        self.linked.setWordWrap(True)
        self.linked.setAccessibleName(self.tr("Entries given as evidence for {area}").format(
            area=title))
        form.addRow(self.tr("From the journal"), self.pick)
        form.addRow("", self.linked)

    def _picked(self, index: int) -> None:
        entry_id = self.pick.itemData(index)
        if entry_id and entry_id not in self.entries:
            self.entries.append(entry_id)
            self._show_linked()
        self.pick.setCurrentIndex(0)

    def _show_linked(self) -> None:
        names = [self.labels.get(e, e[:8]) for e in self.entries]
        self.linked.setText("\n".join(names) if names else self.tr("No entries yet."))

    def show_area(self, area: AreaRating | None) -> None:
        area = area or AreaRating()
        self.rating.show_rating(area.rating)
        if self.view is not None:
            found = self.view.findData(area.view.value if area.view else None)
            self.view.setCurrentIndex(max(found, 0))
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(area, key) or "")
        self.entries = list(area.entries)
        self._show_linked()

    def area(self) -> AreaRating:
        view = self.view.currentData() if self.view is not None else None
        words = {k: e.toPlainText() for k, e in self.texts.items()}
        return AreaRating(self.rating.rating(), words["strengths"], words["difficulties"],
                          words["evidence"], tuple(self.entries), View(view) if view else None)


class RatedProfileForm(QScrollArea):
    """The new profile being written; ``value()`` is what to save."""

    def __init__(self, kind: str, areas: dict[str, str], journal: list[tuple[str, str]],
                 parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("The new profile"))
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        top = QFormLayout()
        self.date = dated_today(inner)
        self.date.setAccessibleName(self.tr("Date of the new profile"))
        date_label = QLabel(self.tr("Dat&e"), inner)
        date_label.setBuddy(self.date)
        top.addRow(date_label, self.date)
        self.social_worker: QLineEdit | None = None
        if kind == CAPACITY:
            self.social_worker = QLineEdit(inner)
            self.social_worker.setAccessibleName(self.tr("The social worker it is made with"))
            label = QLabel(self.tr("Made &with the social worker"), inner)
            label.setBuddy(self.social_worker)
            top.addRow(label, self.social_worker)
        layout.addLayout(top)
        self.areas: dict[str, AreaBox] = {}
        for key, title in areas.items():
            box = AreaBox(title, kind == CAPACITY, journal, inner)
            layout.addWidget(box)
            self.areas[key] = box
        layout.addStretch(1)
        self.setWidget(inner)
        self.start(None)

    def start(self, profile: NeedsProfile | CapacityProfile | None,
              day: dt.date | None = None) -> None:
        """Empty, or everything from ``profile``, dated ``day`` (today by default)."""
        day = day or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        for key, box in self.areas.items():
            box.show_area(profile.areas.get(key) if profile else None)
        if self.social_worker is not None:
            who = profile.social_worker if isinstance(profile, CapacityProfile) else ""
            self.social_worker.setText(who)

    def draft_state(self) -> dict:
        """What a lock keeps: the fields, and the entries chosen as evidence for each area."""
        return {"fields": fields_of(self),
                "entries": {key: list(box.entries) for key, box in self.areas.items()}}

    def draft_restore(self, state: dict) -> None:
        fill(self, state.get("fields") or {})
        for key, entries in (state.get("entries") or {}).items():
            if key in self.areas:
                self.areas[key].entries = [str(e) for e in entries]
                self.areas[key]._show_linked()

    def value(self) -> NeedsProfile | CapacityProfile:
        day = day_of(self.date.date())
        areas = {k: box.area() for k, box in self.areas.items() if not box.area().is_empty()}
        if self.social_worker is not None:
            return CapacityProfile(day, self.social_worker.text(), areas)
        return NeedsProfile(day, areas)
