"""Print, or save as PDF, what the social worker has open: the report's summary, its entry
list, or their own notes on it. The PDF is made off the GUI thread; the file is written
whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.files import write_file
from carerdesk.domain.errors import CarerDeskError
from carerdesk.exchange import OpenedReport
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import busy_bar, private_dialog, unless_locked
from carerdesk.gui.reports.pdf_view import print_pdf
from carerdesk.reports.inbox_pdf import entry_list_pdf, notes_pdf

SUMMARY, ENTRIES, NOTES = range(3)


def make_pdf(opened: OpenedReport, what: int) -> bytes:
    if what == SUMMARY:
        return opened.pdf  # drawn from the report's data when it was opened
    if what == ENTRIES:
        return entry_list_pdf(opened.report)
    return notes_pdf(opened.report, [(n.written_at, n.text) for n in opened.notes],
                     opened.item.reviewed_at)


class OutputBox(QWidget):
    saved = Signal(str)  # the path written
    problem = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.opened: OpenedReport | None = None
        self.last_saved: Path | None = None
        self.what = QComboBox(self)
        self.what.addItems([self.tr("The summary"), self.tr("The entry list"),
                            self.tr("Your notes")])
        self.what.setAccessibleName(self.tr("What to print or save"))
        label = QLabel(self.tr("Wha&t to print or save:"), self)
        label.setBuddy(self.what)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_it)
        self.save_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.save_button.clicked.connect(self.save_it)
        self.busy = busy_bar(self)
        self.operation = Operation(self, self.busy, (self.print_button, self.save_button))
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.what)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        self.show_report(None)

    def show_report(self, opened: OpenedReport | None) -> None:
        self.opened = opened
        for widget in (self.what, self.print_button, self.save_button):
            widget.setEnabled(opened is not None and not self.operation.running)

    def _names(self) -> list[str]:
        return [self.tr("Summary {child} {period}.pdf"), self.tr("Entries {child} {period}.pdf"),
                self.tr("Notes {child} {period}.pdf")]  # each formatted below

    def _start(self, then) -> None:
        opened, what = self.opened, self.what.currentIndex()
        if opened is None:
            return
        self.operation.start(lambda: make_pdf(opened, what), lambda pdf: then(opened, what, pdf),
                             self.problem.emit)

    @unless_locked
    def save_it(self) -> None:
        self._start(self._save)

    def print_it(self) -> None:
        self._start(self._print)

    def _save(self, opened: OpenedReport, what: int, pdf: bytes) -> None:
        if self.opened is None:  # locked while it was made
            return
        name = self._names()[what].format(child=opened.item.child,
                                                period=f"{opened.item.since}_{opened.item.until}")
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self.window(), self.tr("Save as PDF"),
                                              str(Path(folder) / name), self.tr("PDF (*.pdf)"),
                                              options=private_dialog())
        if not path or self.opened is None:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_file(target, pdf)
        except CarerDeskError as exc:
            self.problem.emit(exc)
            return
        self.last_saved = target
        self.saved.emit(str(target))

    def _print(self, opened: OpenedReport, what: int, pdf: bytes) -> None:
        if self.opened is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self.window())
        preview.paintRequested.connect(lambda p: print_pdf(pdf, p))
        preview.exec()
