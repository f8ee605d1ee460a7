"""Reading one closed record, read-only: a tab per section (closed_record_html.py) in
read-only browsers, a find over the whole record, and "Save the whole record as PDF…" (the
app layer draws it from the data the carer signed and writes it whole or not at all, off the
GUI thread, with progress).

The record is decoded and drawn on a worker; the photos become in-memory images of the
browsers' documents. Locking rejects the dialog like any question, and closing it, however
it closes, empties every browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.handover import ClosedItem
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import (
    busy_bar,
    error_label,
    private_dialog,
    shown,
    shown_html,
    unless_locked,
)
from carerdesk.gui.reports.closed_record_html import PHOTO_URL, Drawn, draw
from carerdesk.reports.record_words import day
from carerdesk.text.dates import strftime


def _drawn(workspace, record_id: str) -> tuple[Drawn, list[QImage]]:
    """On the worker: the record decoded, drawn, and its photos read as images."""
    drawn = draw(workspace.handover.closed_content(record_id))
    return drawn, [QImage.fromData(jpeg) for jpeg in drawn.photos]


class ClosedRecordView(QDialog):

    def __init__(self, workspace, item: ClosedItem, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.item = workspace, item
        self.saved_to: Path | None = None
        self._closed = False
        record = item.record
        self.setWindowTitle(self.tr("Closed record: {child}").format(child=shown(record.child)))
        self.resize(1200, 720)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setText(self._heading())
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sections of the record"))
        self.browsers: list[QTextBrowser] = []
        self.find_field = QLineEdit(self)
        self.find_field.setAccessibleName(self.tr("Find in this record"))
        self.find_field.setPlaceholderText(self.tr("Words to find in every section"))
        self.find_field.returnPressed.connect(self.find_next)
        find_label = QLabel(self.tr("F&ind in this record:"), self)
        find_label.setBuddy(self.find_field)
        self.find_button = QPushButton(self.tr("Find ne&xt"), self)
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_field.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        self.found = QLabel(self)
        self.save_button = QPushButton(self.tr("Save the &whole record as PDF…"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.busy = busy_bar(self)
        self.error = error_label(self, self.tr("Problem"))
        self.saving = Operation(self, self.busy, (self.save_button,), self.error)
        finding = QHBoxLayout()
        finding.addWidget(find_label)
        finding.addWidget(self.find_field, 1)
        finding.addWidget(self.find_button)
        self.find_field.textChanged.connect(lambda _text: self.found.clear())
        bottom = QHBoxLayout()
        bottom.addWidget(self.found, 1)
        bottom.addWidget(self.busy, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(finding)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._loading = Operation(self, self.busy, (self.save_button, self.find_button),
                                  self.error)
        self._loading.start(lambda: _drawn(workspace, record.id), self._show)

    def _heading(self) -> str:
        record, unknown = self.item.record, self.tr("not recorded")
        trust = {"confirmed": self.tr("their key confirmed"),
                 "vouched": self.tr("their key vouched for by the agency")}.get(
            self.item.trust, self.tr("their key not yet confirmed"))
        return self.tr(
            "<b>{child}</b>, placed {placed}, placement ended {ended}. Handed over by {carer} "
            "({trust}); received {received}, receipt {receipt}. Read-only: the record as the "
            "carer signed it.").format(
            child=shown_html(record.child), placed=day(record.placed) or unknown,
            ended=day(record.ended) or unknown, carer=shown_html(record.carer), trust=trust,
            received=strftime(record.received_at.astimezone(), "%d %b %Y %H:%M"),
            receipt=record.receipt_id[:8])  # as the list shows it (the whole one is in it)

    def _show(self, result: tuple[Drawn, list[QImage]]) -> None:
        if self._closed:  # closed (or locked) while it was drawn
            return
        drawn, images = result
        for section in drawn.sections:
            browser = QTextBrowser(self.tabs)
            browser.setReadOnly(True)
            browser.setOpenLinks(False)
            browser.setAccessibleName(section.title.replace("&", ""))
            document = browser.document()
            for number, image in enumerate(images):
                document.addResource(QTextDocument.ResourceType.ImageResource,
                                     QUrl(PHOTO_URL.format(n=number)), image)
            browser.setHtml(section.html)
            title = self.tr("{section} ({n})").format(section=section.title, n=section.count)
            self.tabs.addTab(browser, title)
            self.browsers.append(browser)
        chain = [self.find_field, self.find_button, self.tabs, *self.browsers, self.save_button,
                 self.close_button]  # as on screen: the pages came last
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    @unless_locked
    def find_next(self) -> None:
        """From the current tab on, through every section, round to the start."""
        words = self.find_field.text().strip()
        if not words or not self.browsers:
            return
        start = self.tabs.currentIndex()
        for step in range(len(self.browsers) + 1):
            index = (start + step) % len(self.browsers)
            browser = self.browsers[index]
            if step:
                browser.moveCursor(QTextCursor.MoveOperation.Start)
            if browser.find(words):
                self.tabs.setCurrentIndex(index)
                self.found.setText("")
                return
        self.found.setText(self.tr("Not found"))

    @unless_locked
    def save_pdf(self) -> None:
        record = self.item.record
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("{child} closed record.pdf").format(child=record.child)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the whole record as PDF"),
                                              str(Path(folder) / name), self.tr("PDF (*.pdf)"),
                                              options=private_dialog())
        if not path or self.workspace.is_locked:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        handover = self.workspace.handover
        self.found.setText(self.tr("Drawing and saving the whole record…"))
        self.saving.start(lambda: handover.save_pdf(record.id, target), self._saved,
                          lambda exc: self.found.setText(""))

    def _saved(self, target: Path) -> None:
        self.saved_to = target
        self.found.setText(self.tr("Saved {path}").format(path=shown(target)))

    @never_raises(None)
    def done(self, code: int) -> None:
        """However it closes (Close, Escape, a lock): nothing of the record stays."""
        self._closed = True
        for browser in self.browsers:
            browser.clear()
        self.browsers = []
        self.tabs.clear()
        super().done(code)
