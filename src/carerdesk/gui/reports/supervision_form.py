"""The social worker's supervision record for one imported report: when it was held, who was
there, what was discussed, the actions agreed (what, who, by when), their reflections for the
carer; saved with every version, and sent back to the carer as a signed package."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.files import write_file
from carerdesk.domain.errors import CarerDeskError, NotFound
from carerdesk.domain.supervision import AgreedAction, SupervisionContent
from carerdesk.domain.values import required_text
from carerdesk.exchange.views import ReportItem
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.gui.common.form_draft import FormDraft, fields_of, fill
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    private_dialog,
    show_error,
    shown,
    unless_locked,
)


def _date(parent: QWidget, name: str, latest: QDate) -> DateEdit:
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(latest)
    edit.setDate(QDate.currentDate())
    edit.setAccessibleName(name)
    return edit


def _day(edit: DateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


def _text(parent: QWidget, name: str, hint: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class SupervisionRecordDialog(QDialog):
    def __init__(self, workspace, item: ReportItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.package_id = item.package_id
        self.record_id: str | None = None
        self.agreed: list[AgreedAction] = []
        self.last_sent: Path | None = None
        self.setWindowTitle(self.tr("Supervision record: {child}, {since} to {until}").format(
            child=shown(item.child), since=item.since, until=item.until))
        self.resize(860, 660)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.held = _date(self, self.tr("Supervision held on"), QDate.currentDate())
        self.present = QLineEdit(self)
        self.present.setAccessibleName(self.tr("Who was there"))
        self.discussed = _text(self, self.tr("What was discussed"),
                               self.tr("What you talked about"), 110)
        actions = self._actions_part()  # made in the order Tab goes
        self.reflections = _text(self, self.tr("Your reflections for the carer"),
                                 self.tr("What you noticed and want the carer to hear"), 90)
        form.addRow(self.tr("&Held on:"), self.held)
        form.addRow(self.tr("&Who was there:"), self.present)
        form.addRow(self.tr("What was &discussed:"), self.discussed)
        actions_label = QLabel(self.tr("Agreed &actions:"), self)
        actions_label.setBuddy(self.action_list)
        form.addRow(actions_label, actions)
        form.addRow(self.tr("Your &reflections:"), self.reflections)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height below the form, never between its rows
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = error_label(self, self.tr("Problem"))
        # a lock keeps what is typed here, for this report (the social worker's vault has no
        # child of its own): the fields and the agreed actions; Save or Send lets it go
        self.draft = FormDraft(self, workspace.journal, "supervision-record", self.package_id,
                               state=self._draft_state, restore=self._draft_restore)
        layout.addWidget(self.status)
        layout.addWidget(self.draft.note)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        self._load()
        if self.draft.shown() and self.record_id is None:
            self.status.clear()  # the note says it: kept, not saved yet
        self.draft.discard_button.clicked.connect(self._after_discard)  # after its question

    def _actions_part(self) -> QWidget:
        part = QWidget(self)
        part.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 0, 0, 0)
        self.action_list = QListWidget(part)
        self.action_list.setAccessibleName(self.tr("Agreed actions"))
        self.action_list.setFixedHeight(96)
        row = QHBoxLayout()
        self.action_what = QLineEdit(part)
        self.action_what.setAccessibleName(self.tr("Action: what is to be done"))
        self.action_what.setPlaceholderText(self.tr("What is to be done"))
        self.action_owner = QLineEdit(part)
        self.action_owner.setAccessibleName(self.tr("Action: who will do it"))
        self.action_owner.setPlaceholderText(self.tr("Who"))
        self.action_due = _date(part, self.tr("Action: due by"), QDate(2199, 12, 31))
        self.add_action_button = QPushButton(self.tr("Add ac&tion"), part)
        self.add_action_button.clicked.connect(self.add_action)
        self.remove_action_button = QPushButton(self.tr("Re&move"), part)
        self.remove_action_button.clicked.connect(self.remove_action)
        row.addWidget(self.action_what, 3)
        row.addWidget(self.action_owner, 1)
        row.addWidget(QLabel(self.tr("due"), part))
        row.addWidget(self.action_due)
        row.addWidget(self.add_action_button)
        row.addWidget(self.remove_action_button)
        column.addWidget(self.action_list)
        column.addLayout(row)
        return part

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.send_button = QPushButton(self.tr("Se&nd to the carer…"), self)
        self.send_button.setToolTip(self.tr("Save, then write a signed package encrypted to "
                                            "the carer's key, saying their report was "
                                            "received and reviewed"))
        self.send_button.clicked.connect(self.send)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        for button in (self.save_button, self.send_button, self.close_button):
            row.addWidget(button)
        return row

    # --- the draft kept over a lock ---

    def _draft_state(self) -> dict:
        return {"fields": fields_of(self),
                "actions": [[a.what, a.owner, a.due.isoformat()] for a in self.agreed]}

    def _draft_restore(self, state: dict) -> None:
        fill(self, state.get("fields") or {})
        agreed = []
        for kept in state.get("actions") or ():
            try:
                what, owner, due = kept
                agreed.append(AgreedAction(str(what), str(owner), dt.date.fromisoformat(due)))
            except (TypeError, ValueError):
                continue  # a kept action not whole is left out, never a crash
        self.agreed = agreed
        self._show_actions()

    def _after_discard(self) -> None:
        if not self.draft.restored and self.record_id is None:
            self.status.setText(self.tr("Not saved yet."))

    @unless_locked
    def reject(self) -> None:
        """Close on a record filled from its draft: keep it for later or discard it."""
        if self.draft.ask_on_close():
            super().reject()

    # --- the record ---

    def _load(self) -> None:
        try:
            record = self.workspace.loop.record(self.package_id)
        except NotFound:
            self.status.setText(self.tr("Not saved yet."))
            return
        self.record_id = record.id
        content = record.content
        self.held.setDate(QDate(content.held.year, content.held.month, content.held.day))
        self.present.setText(content.present or "")
        self.discussed.setPlainText(content.discussed or "")
        self.reflections.setPlainText(content.reflections or "")
        self.agreed = list(content.actions)
        self._show_actions()
        self._say(record)

    def _say(self, record) -> None:
        sent = (self.tr("sent {when}").format(when=f"{record.sent_at.astimezone():%Y-%m-%d}")
                if record.sent_at else self.tr("not sent yet"))
        self.status.setText(self.tr("Version {version}, {sent}.").format(
            version=record.version, sent=sent))

    def _show_actions(self) -> None:
        self.action_list.clear()
        for action in self.agreed:
            self.action_list.addItem(self.tr("{what} — {who}, due {due}").format(
                what=shown(action.what), who=shown(action.owner), due=action.due))

    def content(self) -> SupervisionContent:
        return SupervisionContent(_day(self.held), self.present.text(),
                                  self.discussed.toPlainText(), tuple(self.agreed),
                                  self.reflections.toPlainText())

    @unless_locked
    def add_action(self) -> None:
        try:
            action = AgreedAction(required_text(self.action_what.text(), "sv.action"),
                                  required_text(self.action_owner.text(), "sv.owner"),
                                  _day(self.action_due))
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        clear_error(self.error)
        self.agreed.append(action)
        self._show_actions()
        self.action_what.clear()
        self.action_owner.clear()
        self.action_what.setFocus()

    def remove_action(self) -> None:
        row = self.action_list.currentRow()
        if 0 <= row < len(self.agreed):
            del self.agreed[row]
            self._show_actions()

    @unless_locked
    def save(self) -> bool:
        try:
            record = self.workspace.loop.write(self.package_id, self.content())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return False
        clear_error(self.error)
        self.record_id = record.id
        self.draft.saved()
        self.draft.shown()  # what is saved now is what a later lock compares with
        self._say(record)
        return True

    @unless_locked
    def send(self) -> None:
        if not self.save() or self.record_id is None:
            return
        held = _day(self.held)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Send the supervision record"),
            f"carerdesk-supervision-{held.isoformat()}.cdsupervision",
            self.tr("CarerDesk supervision records (*.cdsupervision)"), options=private_dialog())
        if not path:
            return
        try:
            write_file(Path(path), self.workspace.loop.seal_record(self.record_id))
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self.last_sent = Path(path)
        self._say(self.workspace.loop.record(self.record_id))
        self.status.setText(self.status.text() + " " + self.tr(
            "Give {file} to the carer (it is encrypted to their key).").format(
            file=shown(Path(path).name)))
