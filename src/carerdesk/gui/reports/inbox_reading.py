"""The inbox's caseload and search behind their pages: the rows shown at once from the report
list, each report's data then read off the GUI thread in small batches (progress moves, and a
lock never waits long for a worker), and searches run on a worker too."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from carerdesk.app.caseload import Caseload, Found, ReportRead
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.widgets import unless_locked
from carerdesk.gui.common.workers import run_in_background
from carerdesk.gui.reports.inbox_caseload import CaseloadPage
from carerdesk.gui.reports.inbox_search import EntryReader, SearchPage
from carerdesk.text.messages import describe

BATCH = 25  # reports read per task


class CaseloadReader(QObject):
    problem = Signal(object)

    def __init__(self, workspace: Workspace, page: CaseloadPage, search: SearchPage,
                 window: QWidget) -> None:
        super().__init__(window)
        self.workspace, self.page, self.search_page, self.window = workspace, page, search, window
        self.caseload: Caseload | None = Caseload(workspace)
        self.reader: EntryReader | None = None
        self._reading = False
        search.searched.connect(self.search)
        search.chosen.connect(self.open_entry)

    def refresh(self) -> None:
        """The rows at once from the list; each report's data read after, in batches."""
        if self.caseload is not None:
            self.page.set_rows(self.caseload.load())
            self._read_next()

    def _read_next(self) -> None:
        caseload = self.caseload
        if caseload is None or self._reading:
            return
        todo, total = caseload.unread(), caseload.count()
        self.page.reading(total - len(todo), total)
        if not todo:
            return
        self._reading, batch = True, todo[:BATCH]
        run_in_background(self, lambda: caseload.read(batch), self._kept, self._failed)

    def _kept(self, reads: dict[str, ReportRead]) -> None:
        self._reading = False
        if self.caseload is None:  # locked meanwhile
            return
        self.caseload.keep(reads)
        if not self.caseload.unread():  # the flags once all is read, not at every batch
            self.page.set_rows(self.caseload.rows())
        self._read_next()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        if self.caseload is not None:
            self.page.progress.hide()
            self.problem.emit(exc)

    def search(self, text: str) -> None:
        caseload = self.caseload
        if caseload is None:
            return
        complete = not caseload.unread()
        run_in_background(self, caseload.searcher(text),
                          lambda found: self.search_page.show_found(found, complete),
                          self._search_failed)

    def _search_failed(self, exc: BaseException) -> None:
        self.search_page.failed(describe(exc) if isinstance(exc, CarerDeskError)
                                else self.tr("The search failed."))

    @unless_locked
    def open_entry(self, found: Found | None) -> None:
        """One entry in full, in a window of its own over the inbox."""
        if found is None or self.caseload is None:
            return
        report = self.workspace.exchange.open_report(found.package_id).report
        entry = next((e for e in report.entries if e.id == found.entry_id), None)
        if entry is not None:
            self.reader = EntryReader(report, entry, self.window)
            self.reader.open()

    def forget(self) -> None:
        """The vault is locking: nothing read is kept, no entry stays open."""
        self.caseload = None
        self.page.clear()
        self.search_page.clear()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
