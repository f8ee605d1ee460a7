"""The carer's view of what came back from supervision: each report sent, with the
supervision record that answers it beside it; the agreed actions with who and by when, each
ticked when done (the next report carries where each stands)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.package_files import read_package
from carerdesk.domain.errors import CarerDeskError, ReportRefused
from carerdesk.domain.supervision import STATUS_WORDS, ActionStatus
from carerdesk.exchange.loop import ReturnedView
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    private_dialog,
    show_error,
    shown,
    shown_html,
    unless_locked,
)
from carerdesk.text.i18n import translate

EXPORT_ROLE = Qt.ItemDataRole.UserRole


class SupervisionBackDialog(QDialog):
    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.shown_record: ReturnedView | None = None
        self.setWindowTitle(self.tr("Reports and supervision"))
        self.resize(1000, 620)
        self.reports = QListWidget(self)
        self.reports.setAccessibleName(self.tr("Reports you sent"))
        self.reports.setWordWrap(True)
        self.reports.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.action_rows = QTreeWidget(self)
        self.action_rows.setAccessibleName(self.tr("Agreed actions"))
        self.action_rows.setRootIsDecorated(False)
        self.action_rows.setHeaderLabels([self.tr("Done"), self.tr("Action"), self.tr("Who"),
                                      self.tr("Due"), self.tr("Status")])
        header = self.action_rows.header()
        header.setStretchLastSection(False)
        for column in range(5):  # the action's words take the room; the rest fit their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.action_rows.setWordWrap(True)
        self.action_rows.itemChanged.connect(self._ticked)
        self.import_button = QPushButton(self.tr("&Import supervision record…"), self)
        self.import_button.clicked.connect(lambda: self.import_file())
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.reject)
        self.error = error_label(self, self.tr("Problem"))
        self._lay_out(close)
        self.refresh()

    def _lay_out(self, close: QPushButton) -> None:
        right = QVBoxLayout()
        actions_label = QLabel(self.tr("Agreed &actions (tick one when it is done):"), self)
        actions_label.setBuddy(self.action_rows)
        for widget in (self.heading, self.words, actions_label, self.action_rows):
            right.addWidget(widget)
        body = QHBoxLayout()
        reports_label = QLabel(self.tr("&Reports you sent:"), self)
        reports_label.setBuddy(self.reports)
        left = QVBoxLayout()
        left.addWidget(reports_label)
        left.addWidget(self.reports)
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # --- the list of reports, each with its answer ---

    def refresh(self, select: str | None = None) -> None:
        names = {c.id: c.name for c in self.workspace.journal.children()}
        returned = self.workspace.loop.returned()
        self.reports.clear()
        for export in self.workspace.exchange.exports():
            answers = [r for r in returned if r.answers == export.package_id]
            line = self.tr("{child}, {since} to {until}").format(
                child=shown(names.get(export.child_id, "?")), since=export.since,
                until=export.until)
            if answers:
                last = answers[0]
                line += "\n" + self.tr("Supervision of {held} from {who}: %n actions", "",
                                       len(last.actions)).format(
                    held=last.content.held, who=shown(last.social_worker))
            else:
                line += "\n" + self.tr("No supervision record back yet")
            item = QListWidgetItem(line, self.reports)
            item.setData(EXPORT_ROLE, export.package_id)
            if select in (export.package_id, *(r.id for r in answers)):
                self.reports.setCurrentItem(item)
        if self.reports.count() and self.reports.currentItem() is None:
            self.reports.setCurrentRow(0)
        if not self.reports.count():
            self._show(None)
            self.heading.setText(self.tr("No reports sent yet. When your social worker sends "
                                         "a supervision record back, import it here."))

    @unless_locked
    def _chosen(self, item: QListWidgetItem | None) -> None:
        export_id = item.data(EXPORT_ROLE) if item is not None else None
        found = self.workspace.loop.returned_for(export_id) if export_id else []
        self._show(found[0] if found else None)

    def _show(self, record: ReturnedView | None) -> None:
        self.shown_record = record
        self.action_rows.blockSignals(True)
        self.action_rows.clear()
        if record is None:
            self.heading.setText(self.tr("No supervision record for this report yet."))
            self.words.clear()
            self.action_rows.blockSignals(False)
            return
        c = record.content
        ack = (self.tr("Your report was received and reviewed on {day}.").format(
            day=f"{record.reviewed_at.astimezone():%Y-%m-%d}") if record.reviewed_at else "")
        self.heading.setText(self.tr("<b>Supervision of {held}</b> with {who}<br>{present}"
                                     "<br>{ack}").format(
            held=c.held, who=shown_html(record.social_worker),
            present=shown_html(c.present or ""), ack=ack))
        parts = [(self.tr("What was discussed"), c.discussed),
                 (self.tr("From your social worker"), c.reflections)]
        self.words.setText("<br>".join(f"<b>{title}:</b> {shown_html(text)}"
                                       for title, text in parts if text))
        for state in record.actions:
            row = QTreeWidgetItem(self.action_rows, ["", shown(state.action.what),
                                                 shown(state.action.owner),
                                                 state.action.due.isoformat(),
                                                 translate("Supervision",
                                                           STATUS_WORDS[state.status])])
            row.setToolTip(1, shown(state.action.what))  # the whole of a long action
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = state.status is ActionStatus.DONE
            row.setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.action_rows.blockSignals(False)

    @unless_locked
    def _ticked(self, row: QTreeWidgetItem, column: int) -> None:
        if column != 0 or self.shown_record is None:
            return
        number = self.action_rows.indexOfTopLevelItem(row) + 1
        done = row.checkState(0) == Qt.CheckState.Checked
        updated = self.workspace.loop.mark_done(self.shown_record.id, number, done)
        # The row in place, never the tree rebuilt: this runs inside the view's own click on
        # that row, and clearing the tree then freed the item Qt was still handling (a
        # segfault in the click, found by tests/gui/test_screen_kept.py's rerun).
        self.shown_record = updated
        status = updated.actions[number - 1].status
        blocked = self.action_rows.blockSignals(True)
        row.setText(4, translate("Supervision", STATUS_WORDS[status]))
        self.action_rows.blockSignals(blocked)

    # --- import ---

    @unless_locked
    def import_file(self, path: str | None = None) -> ReturnedView | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a supervision record"), "",
                self.tr("CarerDesk supervision records (*.cdsupervision);;All files (*)"),
                options=private_dialog())
        if not path:
            return None
        try:
            record, _already = self.workspace.loop.import_record(read_package(Path(path)))
        except CarerDeskError as exc:
            if isinstance(exc, ReportRefused) and not exc.path:
                exc.path = str(path)
            show_error(self.error, exc)
            return None
        clear_error(self.error)
        self.refresh(select=record.id)
        return record
