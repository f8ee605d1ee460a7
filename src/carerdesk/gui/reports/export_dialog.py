"""Make a supervision report: choose the child, the period and who it is for; see the summary
before it goes; save the signed, encrypted package (and, if wanted, the PDF)."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app import supervision_export
from carerdesk.domain.report import Notes
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import (
    error_label,
    private_dialog,
    shown,
    unless_locked,
)
from carerdesk.gui.reports.pdf_preview import PdfPreview
from carerdesk.gui.reports.share_checkin import ShareCheckIn

DEFAULT_DAYS = 28  # supervision is usually monthly


def _date_edit(parent: QWidget, day: dt.date, name: str) -> DateEdit:
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    edit.setDate(QDate(day.year, day.month, day.day))
    edit.setAccessibleName(name)
    return edit


def _text(parent: QWidget, name: str, hint: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(hint)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(80)
    return edit


class ExportDialog(QDialog):
    progress_changed = Signal(int, str)  # emitted from the worker, shown on the GUI thread

    def __init__(self, workspace, child_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.last_saved: Path | None = None
        self.setWindowTitle(self.tr("Supervision report"))
        self.resize(1100, 760)
        self.preview = PdfPreview(self)
        self.preview.show_message(self.tr("Choose the period, then “Preview” to see the "
                                          "summary exactly as your social worker will."))
        splitter = QSplitter(self)
        splitter.addWidget(self._form(child_id))
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 680])
        # a button, not a button box: a box is a group that a screen reader needs named
        self.close_button = QPushButton(self.tr("Cl&ose"), self)  # C is taken
        self.close_button.setAutoDefault(False)  # Enter still saves the report
        self.close_button.clicked.connect(self.reject)
        close = QHBoxLayout()
        close.addStretch()
        close.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(close)
        QWidget.setTabOrder(self.preview, self.close_button)  # last, as on screen
        self.progress_changed.connect(self._progress)

    def _form(self, child_id: str | None) -> QWidget:
        panel = QWidget(self)
        form = QFormLayout(panel)
        self.child = QComboBox(panel)
        self.child.setAccessibleName(self.tr("Child"))
        for child in self.workspace.journal.children():
            self.child.addItem(shown(child.name), child.id)
        if child_id is not None and self.child.findData(child_id) >= 0:
            self.child.setCurrentIndex(self.child.findData(child_id))
        today = dt.date.today()
        self.since = _date_edit(panel, self._default_since(today), self.tr("From"))
        self.until = _date_edit(panel, today, self.tr("To"))
        self.child.currentIndexChanged.connect(
            lambda _i: self.since.setDate(self._default_since(dt.date.today())))
        self.recipients = QListWidget(panel)
        self.recipients.setAccessibleName(self.tr("Send to"))
        self.recipients.setMaximumHeight(90)
        self.headline = QLineEdit(panel)
        self.headline.setAccessibleName(self.tr("The period in a sentence"))
        self.headline.setPlaceholderText(self.tr("A settled month; first sleepover at a "
                                                 "friend's"))
        self.questions = _text(panel, self.tr("To bring to supervision"),
                               self.tr("Questions you want to talk about"))
        self.wellbeing = _text(panel, self.tr("Your wellbeing"),
                               self.tr("How you are, and any support you would like"))
        self.with_pdf = QCheckBox(self.tr("Also save the summary as a P&DF (not encrypted)"),
                                  panel)
        for label, widget in ((self.tr("&Child:"), self.child), (self.tr("&From:"), self.since),
                              (self.tr("&To:"), self.until), (self.tr("Se&nd to:"),
                                                              self.recipients),
                              (self.tr("In a s&entence:"), self.headline),
                              (self.tr("&Questions:"), self.questions),
                              (self.tr("&Wellbeing:"), self.wellbeing)):
            form.addRow(label, widget)
        self.share_checkin = ShareCheckIn(self.workspace.carer_space, self.wellbeing, panel)
        form.addRow(self.share_checkin)  # only if ticked does the carer's own space go
        form.addRow(self.with_pdf)  # above Save, which it changes; Tab takes it first too
        form.addRow(self._buttons(panel))
        self.bar = QProgressBar(panel)
        self.bar.hide()
        self.status = QLabel(panel)
        self.status.setWordWrap(True)
        self.error = error_label(panel, self.tr("Problem"))
        self.draft = FormDraft(panel, self.workspace.journal, "report-notes",
                               self.child.currentData() or "", state=self._notes_typed,
                               restore=self._notes_back)  # the words kept over a lock
        for widget in (self.draft.note, self.bar, self.status, self.error):
            form.addRow(widget)
        self.draft.shown()
        self.child.currentIndexChanged.connect(self._child_changed)
        self.operation = Operation(self, self.bar, (self.preview_button, self.save_button,
                                                    self.add_button), self.error)
        self.reload_recipients()
        return panel

    def _notes_typed(self) -> dict:
        return {"headline": self.headline.text(), "questions": self.questions.toPlainText(),
                "wellbeing": self.wellbeing.toPlainText()}

    def _notes_back(self, kept: dict) -> None:
        self.headline.setText(kept.get("headline", ""))
        self.questions.setPlainText(kept.get("questions", ""))
        self.wellbeing.setPlainText(kept.get("wellbeing", ""))

    def _child_changed(self, _index: int) -> None:
        if self.draft.state() == self.draft.baseline:  # nothing typed: the other child's
            self.draft.child_id = self.child.currentData() or ""
            self.draft.shown()

    def _default_since(self, today: dt.date) -> dt.date:
        """The day after the last report for this child, so periods follow on; else four
        weeks back."""
        child_id = self.child.currentData()
        last = self.workspace.exchange.last_reported(child_id) if child_id else None
        if last is not None and last < today:
            return last + dt.timedelta(days=1)
        return today - dt.timedelta(days=DEFAULT_DAYS)

    def _buttons(self, panel: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview"), panel)
        self.preview_button.clicked.connect(self.make_preview)
        self.add_button = QPushButton(self.tr("&Add recipient…"), panel)
        self.add_button.clicked.connect(self._add_recipient)
        self.save_button = QPushButton(self.tr("&Save report…"), panel)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        for button in (self.preview_button, self.add_button, self.save_button):
            row.addWidget(button)
        return row

    def reload_recipients(self) -> None:
        self.recipients.clear()
        for r in self.workspace.exchange.recipients():
            item = QListWidgetItem(f"{shown(r.name)}  ·  {r.fingerprint}", self.recipients)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.is_default
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, r.key)
        if self.recipients.count() == 1:
            self.recipients.item(0).setCheckState(Qt.CheckState.Checked)

    @unless_locked
    def _add_recipient(self) -> None:
        from carerdesk.gui.reports.keys_dialog import KeysDialog

        if KeysDialog(self.workspace, self).add_from_file():
            self.reload_recipients()

    def chosen_recipients(self) -> list:
        return [self.recipients.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.recipients.count())
                if self.recipients.item(i).checkState() == Qt.CheckState.Checked]

    def _request(self) -> dict:
        def text(edit) -> str | None:
            return (edit.toPlainText() if isinstance(edit, QPlainTextEdit)
                    else edit.text()).strip() or None

        return {"child": self.child.currentData(), "since": self.since.date().toPython(),
                "until": self.until.date().toPython(),
                "notes": Notes(text(self.headline), text(self.questions),
                               text(self.wellbeing))}

    def _start(self, work, done) -> None:
        self.bar.setValue(0)
        self.operation.start(work, done, lambda _exc: self.status.clear())

    def _progress(self, percent: int, step: str) -> None:
        self.bar.setValue(percent)
        self.status.setText(step)


    def make_preview(self) -> None:
        if self.child.currentData() is None:
            self.status.setText(self.tr("Add a child first."))
            return
        request, emit = self._request(), self.progress_changed.emit
        self._start(lambda: supervision_export.export(self.workspace, recipients=[], progress=emit,
                                               **request),
                    lambda made: (self.preview.set_pdf(made.pdf), self.status.setText(
                        self.tr("%n entries in this period.", "", len(made.report.entries)))))

    @unless_locked
    def save(self, path: str | None = None, pdf_path: str | None = None) -> None:
        recipients = self.chosen_recipients()
        if not recipients:
            self.status.setText(self.tr("Tick who the report is for, or add your social "
                                        "worker's key with “Add recipient…”."))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), self._suggested_name(),
                self.tr("CarerDesk reports (*.cdreport)"), options=private_dialog())
        if not path:
            return
        if self.with_pdf.isChecked() and pdf_path is None:
            pdf_path = str(Path(path).with_suffix(".pdf"))
        request, emit = self._request(), self.progress_changed.emit

        def work():  # listed as sent only once the files are written (app layer)
            return supervision_export.export(
                self.workspace, recipients=recipients, progress=emit, save_to=Path(path),
                pdf_to=Path(pdf_path) if pdf_path else None, **request)

        self._start(work, lambda made: self._saved(made, Path(path), pdf_path))

    def _saved(self, made, path: Path, pdf_path: str | None) -> None:
        self.last_saved = path
        self.draft.saved()  # the words went with the report
        self.draft.shown()  # what it holds now is what was sent
        self.preview.set_pdf(made.pdf)
        text = self.tr("Saved {path}: %n entries, signed by you and encrypted for {who}. "
                       "Send this file to them.", "", len(made.report.entries)).format(
            path=path, who=", ".join(shown(k.name) for k in self.chosen_recipients()))
        if pdf_path:
            text += " " + self.tr("The PDF {path} is not encrypted: keep it safe.").format(
                path=pdf_path)
        self.status.setText(text)

    def _suggested_name(self) -> str:
        """Dates and a short id, never the child's name: the file name is read by anyone
        who handles the file, and the desktop may remember it."""
        r = self._request()
        short = secrets.token_hex(3)
        return f"carerdesk-report-{r['since']}-to-{r['until']}-{short}.cdreport"

    def reject(self) -> None:
        if not self.operation.running:  # a report being written finishes first
            super().reject()
