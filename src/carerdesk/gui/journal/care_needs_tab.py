"""The Profiles page's care-needs tab: the rows of the new care-needs profile (area of care
need, what is needed from the carer, the domain of the child's profile it links to), started
empty or from the last, changed row by row and kept as a new dated profile."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.needs_profile import CareNeed, CareNeedsProfile
from carerdesk.gui.common.form_draft import FormDraft, fields_of, fill
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    show_error,
    shown,
    shown_html,
    unless_locked,
)
from carerdesk.gui.journal.rated_profile_form import dated_today, day_of


class CareNeedsTab(QWidget):
    saved = Signal()

    def __init__(self, service, child_id: str, domains: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.service, self.child_id, self.domains = service, child_id, domains
        self.rows: list[CareNeed] = []
        self.latest = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.latest_view = QTextBrowser(self)
        self.latest_view.setAccessibleName(self.tr("The latest care-needs profile"))
        self.latest_view.setMaximumHeight(150)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("The rows of the new care-needs profile"))
        self.table.setHorizontalHeaderLabels([self.tr("Area of care need"),
                                              self.tr("What is needed from the carer"),
                                              self.tr("Links to")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(2, 240)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.table.setProperty("no_draft", True)  # its rows are kept by _draft_state
        self._inputs()
        self.error = error_label(self, self.tr("Problem"))
        self.note = QLabel(self)
        self.draft = FormDraft(self, service, "care-needs", child_id, state=self._draft_state,
                               restore=self._draft_restore)  # what is not saved, on a lock
        self._lay_out()
        self.reload()
        self.draft.shown()

    def _draft_state(self) -> dict:
        return {"fields": fields_of(self),
                "rows": [[n.area, n.needed, n.domain] for n in self.rows]}

    def _draft_restore(self, state: dict) -> None:
        fill(self, state.get("fields") or {})
        self.rows = [CareNeed(area, needed, domain)
                     for area, needed, domain in state.get("rows") or ()]
        self._fill()

    def _inputs(self) -> None:
        self.date = dated_today(self)
        self.date.setAccessibleName(self.tr("Date of the new care-needs profile"))
        self.area = QLineEdit(self)
        self.area.setAccessibleName(self.tr("Area of care need"))
        self.needed = QPlainTextEdit(self)
        self.needed.setTabChangesFocus(True)
        self.needed.setFixedHeight(60)
        self.needed.setAccessibleName(self.tr("What is needed from the carer"))
        self.domain = QComboBox(self)
        self.domain.setAccessibleName(self.tr("The domain of the child's profile it links to"))
        self.domain.addItem(self.tr("No link"), None)
        for key, title in self.domains.items():
            self.domain.addItem(title, key)
        self.put_button = QPushButton(self.tr("Add or &replace the row"), self)
        self.remove_button = QPushButton(self.tr("Re&move the chosen row"), self)
        self.from_last = QPushButton(self.tr("New profile from the &last"), self)
        self.save_button = QPushButton(self.tr("&Save as a new profile"), self)
        self.put_button.clicked.connect(self.put_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.from_last.clicked.connect(self.start_from_last)
        self.save_button.clicked.connect(self.save)

    def _lay_out(self) -> None:
        form = QFormLayout()
        for text, field in ((self.tr("Dat&e"), self.date),
                            (self.tr("&Area of care need"), self.area),
                            (self.tr("&What is needed from the carer"), self.needed),
                            (self.tr("Links &to"), self.domain)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.put_button)
        row_buttons.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.from_last)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.latest_view)
        layout.addWidget(QLabel(self.tr("The new profile's rows:"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row_buttons)
        layout.addWidget(self.draft.note)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    @unless_locked
    def reload(self) -> None:
        records = self.service.records(self.child_id)
        self.latest = records[-1] if records else None
        if self.latest is None:
            self.heading.setText(self.tr("No care-needs profile yet: add its rows below."))
        else:
            self.heading.setText(self.tr("The latest is of {day}. \"New profile from the "
                                         "last\" starts from it.").format(
                day=self.latest.value.day.isoformat()))
        self.latest_view.setHtml("".join(
            f"<p><b>{shown_html(n.area)}</b>"
            + (f" ({html.escape(self.domains[n.domain])})" if n.domain else "")
            + f": {shown_html(n.needed)}</p>"
            for n in (self.latest.value.needs if self.latest else ())))

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, need in enumerate(self.rows):
            link = self.domains.get(need.domain, "") if need.domain else ""
            for column, text in enumerate((shown(need.area), shown(need.needed), link)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            need = self.rows[row]
            self.area.setText(need.area)
            self.needed.setPlainText(need.needed)
            self.domain.setCurrentIndex(max(self.domain.findData(need.domain), 0))

    @unless_locked
    def put_row(self) -> None:
        clear_error(self.error)
        try:
            need = CareNeed(self.area.text(), self.needed.toPlainText(),
                            self.domain.currentData()).validated()
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self.rows = list(CareNeedsProfile(dt.date.today(), tuple(self.rows)).with_need(
            need).needs)
        self._fill()
        self.area.clear()
        self.needed.clear()
        self.domain.setCurrentIndex(0)
        self.area.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            del self.rows[row]
            self._fill()

    def start_from_last(self) -> None:
        if self.latest is None:
            self.note.setText(self.tr("There is no profile yet to start from."))
            return
        self.rows = list(self.latest.value.needs)
        self.date.setDate(QDate.currentDate())
        self._fill()
        self.note.setText(self.tr("Started from the profile of {day}.").format(
            day=self.latest.value.day.isoformat()))

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        value = CareNeedsProfile(day_of(self.date.date()), tuple(self.rows))
        try:
            self.service.add(self.child_id, value)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self.draft.saved()
        self.rows = []
        self._fill()
        self.reload()
        self.draft.shown()
        self.note.setText(self.tr("Saved. The one before is kept."))
        self.saved.emit()
