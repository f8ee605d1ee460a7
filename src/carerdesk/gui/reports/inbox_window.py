"""The supervising social worker's window: the caseload across carers and children first;
then reports by carer and child, each period's summary (drawn again here from the report's
data, off the GUI thread), its entries, a "reviewed" mark and the social worker's own notes;
and a search over every entry of every report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app import supervision_inbox
from carerdesk.app.caseload import entries_of
from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.actions import MakesActions
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.widgets import (
    busy_bar,
    clear_error,
    error_label,
    private_dialog,
    show_error,
    shown,
    shown_html,
    unless_locked,
)
from carerdesk.gui.common.workers import run_in_background
from carerdesk.gui.reports.inbox_caseload import CaseloadPage, carer_label
from carerdesk.gui.reports.inbox_output import OutputBox
from carerdesk.gui.reports.inbox_reading import CaseloadReader
from carerdesk.gui.reports.inbox_search import FOUND_ROLE, FoundModel, SearchPage
from carerdesk.gui.reports.inbox_trust import ReportTrust
from carerdesk.gui.reports.pdf_preview import PdfPreview
from carerdesk.text.messages import describe

ID_ROLE = Qt.ItemDataRole.UserRole


class InboxWindow(MakesActions, QMainWindow):
    lock_requested = Signal()
    closed = Signal()
    problem = Signal(object)

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.current: str | None = None
        self.opened = None  # the chosen report, once its summary is drawn
        self._drawn = None  # the last one drawn: a redrawn list (reviewed, trusted) keeps it
        self.items: dict = {}
        self._generation = 0  # a summary drawn for a report no longer chosen is dropped
        self.setWindowTitle(self.tr("CarerDesk: supervision inbox"))
        self.resize(1280, 820)
        self.tabs = QTabWidget(self)
        self.caseload_page = CaseloadPage(self.tabs)
        self.caseload_page.chosen.connect(self.select)
        self.search_page = SearchPage(self.tabs)
        self.reading = CaseloadReader(workspace, self.caseload_page, self.search_page, self)
        self.reading.problem.connect(lambda exc: show_error(self.error, exc))
        self.tabs.addTab(self.caseload_page, self.tr("&Caseload"))
        self.tabs.addTab(self._reports_page(), self.tr("Report&s"))
        self.tabs.addTab(self.search_page, self.tr("Searc&h entries"))
        self.setCentralWidget(self.tabs)
        self.statusBar()  # there from the start: its first message no longer moves the page
        self._actions()
        self.refresh()

    def _reports_page(self) -> QWidget:
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Carer, child and period"), self.tr("Entries")])
        self.tree.setAccessibleName(self.tr("Reports by carer and child"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.views = QTabWidget(self)  # made first: its tabs come before the pages in Tab
        self.preview = PdfPreview(self, dpi=80)
        self.entries_model = FoundModel(self)
        self.entries = QListView(self)
        self.entries.setAccessibleName(self.tr("Every entry of the report"))
        self.entries.setModel(self.entries_model)
        self.entries.setWordWrap(True)
        self.entries.activated.connect(
            lambda index: self.reading.open_entry(index.data(FOUND_ROLE)))
        self.views.addTab(self.preview, self.tr("Su&mmary"))
        self.views.addTab(self.entries, self.tr("&Entries"))
        self.summary_busy = busy_bar(self)
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.views, 1)
        column.addWidget(self.summary_busy)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(middle)
        splitter.addWidget(self._side_panel())
        splitter.setSizes([330, 650, 300])
        return splitter

    def _side_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.heading = QLabel(panel)
        self.heading.setWordWrap(True)
        self.trust = ReportTrust(self.workspace, panel)  # the carer's key; the record back
        self.trust.confirmed.connect(self._trust_changed)
        self.trust.problem.connect(lambda exc: show_error(self.error, exc))
        self.reviewed = QCheckBox(self.tr("Re&viewed"), panel)  # Alt+R is the Reports menu
        self.reviewed.setAccessibleName(self.tr("Reviewed"))
        self.reviewed.toggled.connect(self._set_reviewed)
        self.notes = QListWidget(panel)
        self.notes.setAccessibleName(self.tr("Your supervision notes"))
        self.notes.setWordWrap(True)
        self.note = QPlainTextEdit(panel)
        self.note.setAccessibleName(self.tr("New note"))
        self.note.setPlaceholderText(self.tr("Your note for this supervision (kept only in "
                                             "your vault; notes are added, never changed)"))
        self.note.setTabChangesFocus(True)
        self.add_note_button = QPushButton(self.tr("&Add note"), panel)
        self.add_note_button.clicked.connect(self.add_note)
        self.output = OutputBox(panel)
        self.output.saved.connect(lambda path: self.statusBar().showMessage(
            self.tr("Saved {path}").format(path=shown(path)), 15_000))
        self.output.problem.connect(lambda exc: show_error(self.error, exc))
        self.error = error_label(panel, self.tr("Problem"))
        notes_label = QLabel(self.tr("&Notes:"), panel)
        notes_label.setBuddy(self.notes)
        for widget in (self.heading, self.trust, self.reviewed, notes_label,
                       self.notes, self.note, self.add_note_button, self.output, self.error):
            layout.addWidget(widget)
        self._enable_side(False)
        return panel

    def _actions(self) -> None:
        self.import_action = self._action(self.tr("&Import reports…"), QKeySequence("Ctrl+I"),
                                          lambda: self.import_files(),
                                          self.tr("Verify and add reports carers sent you"))
        self.keys_action = self._action(self.tr("My &key…"), QKeySequence("Ctrl+K"),
                                        self.show_keys,
                                        self.tr("Your fingerprint and public key file"))
        self.lock_action = self._action(self.tr("&Lock"), QKeySequence("Ctrl+L"),
                                        self.lock_requested.emit, self.tr("Lock CarerDesk now"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                        self.close, self.tr("Lock and quit"))
        menu = self.menuBar().addMenu(self.tr("&Reports"))
        toolbar = self.addToolBar(self.tr("Reports"))
        toolbar.setObjectName("inbox-toolbar")
        for action in (self.import_action, self.keys_action, self.lock_action):
            menu.addAction(action)
            toolbar.addAction(action)
        from carerdesk.gui.reports.inbox_handover import add_handover_action

        add_handover_action(self, menu)  # a handover in, its receipt out
        from carerdesk.gui.reports.closed_records import add_closed_records

        add_closed_records(self, menu)  # the Closed records tab, and its menu item
        menu.addAction(self.quit_action)

    # --- the list ---

    def refresh(self) -> None:
        items = self.workspace.exchange.reports()
        self.items = {item.package_id: item for item in items}
        self.tree.clear()
        carers: dict[str, QTreeWidgetItem] = {}
        children: dict[tuple[str, str], QTreeWidgetItem] = {}
        for item in items:
            fp = item.carer_fingerprint
            if fp not in carers:  # by key, never by name: a new key is its own group
                carers[fp] = QTreeWidgetItem(self.tree, [
                    carer_label(shown(item.carer), fp, item.trusted)])
            key = (fp, item.child)
            if key not in children:
                children[key] = QTreeWidgetItem(carers[fp], [shown(item.child)])
            row = QTreeWidgetItem(children[key], [
                self.tr("{since} to {until}").format(since=item.since, until=item.until),
                str(item.entries)])
            row.setData(0, ID_ROLE, item.package_id)
            row.setToolTip(0, self.tr("Imported {when}").format(
                when=f"{item.imported_at.astimezone():%Y-%m-%d %H:%M}"))
            if item.reviewed_at is None:  # new: bold, like unread mail
                font = QFont(row.font(0))
                font.setBold(True)
                row.setFont(0, font)
        self.tree.expandAll()
        self.reading.refresh()
        if not items:
            self.preview.show_message(self.tr(
                "No reports yet.\n\nGive carers your public key (My key…) and read them your "
                "fingerprint. When a carer sends you a .cdreport file, choose Import reports…"))

    def select(self, package_id: str) -> None:
        """Show a report: the Reports page, with its row chosen."""
        self.tabs.setCurrentIndex(1)
        for item in self._rows():
            if item.data(0, ID_ROLE) == package_id:
                self.tree.setCurrentItem(item)

    def _rows(self) -> list[QTreeWidgetItem]:
        rows, stack = [], [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, ID_ROLE):
                rows.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return rows

    @unless_locked
    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        package_id = item.data(0, ID_ROLE) if item is not None else None
        self.current, self.opened = package_id, None
        self._generation += 1
        self.output.show_report(None)
        self.entries_model.set_found([])
        self._enable_side(package_id is not None)
        info = self.items.get(package_id) if package_id is not None else None
        if info is None:
            return
        self.heading.setText(self.tr("<b>{child}</b><br>{since} to {until}<br>%n entries from "
                                     "{carer}<br>Carer's key: {fp}", "", info.entries).format(
            child=shown_html(info.child), since=info.since, until=info.until,
            carer=shown_html(info.carer), fp=info.carer_fingerprint))
        self.reviewed.blockSignals(True)
        self.reviewed.setChecked(info.reviewed_at is not None)
        self.reviewed.blockSignals(False)
        self.trust.show_item(info)
        if self._drawn is not None and self._drawn.item.package_id == package_id:
            self._opened(replace(self._drawn, item=info), self._generation)
            return
        self.notes.clear()
        self.preview.show_message(self.tr("Drawing the summary from the report's data…"))
        self.summary_busy.show()
        generation, workspace = self._generation, self.workspace
        run_in_background(self, lambda: supervision_inbox.open_report(workspace, package_id),
                          lambda opened: self._opened(opened, generation),
                          lambda exc: self._open_failed(exc, generation))

    def _opened(self, opened, generation: int) -> None:
        if generation != self._generation or self.current != opened.item.package_id:
            return  # another report was chosen meanwhile, or the vault locked
        self.summary_busy.hide()
        self.opened = self._drawn = opened
        self._show_notes(opened.notes)
        self.entries_model.set_found(entries_of(opened.item, opened.report))
        self.output.show_report(opened)
        self.preview.set_pdf(opened.pdf)

    def _open_failed(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            self.summary_busy.hide()
            self.preview.show_message(self.tr("The summary could not be drawn."))
            show_error(self.error, exc)

    def _enable_side(self, enabled: bool) -> None:
        for widget in (self.reviewed, self.note, self.add_note_button):
            widget.setEnabled(enabled)
        if not enabled:
            self.heading.clear()
            self.notes.clear()
            self.trust.show_item(None)

    def _show_notes(self, notes) -> None:
        self.notes.clear()
        for note in notes:
            self.notes.addItem(f"{note.written_at.astimezone():%Y-%m-%d %H:%M}  {note.text}")

    def _trust_changed(self) -> None:
        current = self.current
        self.refresh()
        if current is not None:
            self.select(current)

    # --- review and notes ---

    def _set_reviewed(self, checked: bool) -> None:
        if self.current is not None:
            self.workspace.exchange.set_reviewed(self.current, checked)
            current = self.current
            self.refresh()
            self.select(current)

    @unless_locked
    def add_note(self) -> None:
        if self.current is None:
            return
        try:
            self.workspace.exchange.add_note(self.current, self.note.toPlainText())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        clear_error(self.error)
        self.note.clear()
        notes = self.workspace.exchange.open_report(self.current).notes
        self._show_notes(notes)
        if self.opened is not None:  # the notes' PDF holds the new one too
            self.opened = self._drawn = replace(self.opened, notes=notes)
            self.output.show_report(self.opened)

    # --- import ---

    @unless_locked
    def import_files(self, paths: list[str] | None = None, quiet: bool = False) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import reports"), "",
                self.tr("CarerDesk reports (*.cdreport);;All files (*)"), options=private_dialog())
        if not paths:
            return
        self.import_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Checking and importing %n files…", "",
                                             len(paths)))
        run_in_background(self, lambda: self._import_all(paths),
                          lambda lines: self._imported(lines, quiet), self._import_failed)

    def _import_all(self, paths: list[str]) -> list[tuple[bool, str, str | None]]:
        """Each file all or nothing; one bad file does not stop the others."""
        results: list[tuple[bool, str, str | None]] = []
        for path in paths:
            try:
                done = supervision_inbox.import_file(self.workspace, Path(path))
            except CarerDeskError as exc:
                results.append((False, describe(exc), None))
                continue
            item = done.item
            text = (self.tr("{child}, {since} to {until}: already in your inbox.")
                    if done.already else
                    self.tr("{child}, {since} to {until}: %n entries from {carer}, "
                            "signature checked.", "", item.entries))
            text = text.format(child=shown(item.child), since=item.since, until=item.until,
                               carer=shown(item.carer))
            if not item.trusted:  # the signature holds, but whose key is it?
                text += " " + self.tr("Their key is not yet confirmed: read its fingerprint "
                                      "with them before you rely on it.")
            results.append((True, text, item.package_id))
        return results

    def _imported(self, results, quiet: bool) -> None:
        self.import_action.setEnabled(True)
        self.last_import = results
        self.refresh()
        good = [r for r in results if r[0]]
        if good:
            self.select(good[-1][2])
        self.statusBar().showMessage(self.tr("{ok} of %n files imported.", "", len(results))
                                     .format(ok=len(good)), 15_000)
        if not quiet:
            box = QMessageBox.information if len(good) == len(results) else QMessageBox.warning
            box(self, self.tr("Import"), "\n\n".join(text for _, text, _ in results))

    def _import_failed(self, exc: BaseException) -> None:
        self.import_action.setEnabled(True)
        show_error(self.error, exc)

    def show_keys(self) -> None:
        from carerdesk.gui.reports.keys_dialog import KeysDialog

        KeysDialog(self.workspace, self).exec()

    def detach(self) -> None:
        """Forget everything on screen: the vault is locking."""
        self.current, self.opened, self._drawn = None, None, None
        self._generation += 1
        self.items = {}
        self.tree.clear()
        self.preview.clear()
        self.entries_model.set_found([])
        self.output.show_report(None)
        self.reading.forget()
        self._enable_side(False)
        self.closed_page.forget()

    @never_raises(None)

    def closeEvent(self, event) -> None:
        self.detach()
        self.closed.emit()
        super().closeEvent(event)
