"""A child's life-story book: the pages in order, a preview that matches the printed page,
export to PDF and printing with a print preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from carerdesk.app.files import write_file
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.widgets import (
    error_label,
    private_dialog,
    show_error,
    shown,
    unless_locked,
)
from carerdesk.gui.lifestory.page_dialog import PageDialog
from carerdesk.gui.reports.pdf_view import page_images, print_pdf
from carerdesk.journal import ChildView
from carerdesk.lifestory import PageView
from carerdesk.reports.lifestory_pdf import book_pdf, page_pdf


class LifeStoryWindow(QDialog):
    def __init__(self, workspace: Workspace, child: ChildView, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.child = workspace, child
        self.pages: list[PageView] = []
        self.setWindowTitle(self.tr("{name}'s life story").format(name=shown(child.name)))
        self.resize(1000, 760)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Pages"))
        self.list.setMaximumWidth(300)
        self.error = error_label(self, self.tr("Life story problem"))
        buttons = QVBoxLayout()
        actions = ((self.tr("&New page…"), self.new_page),
                   (self.tr("&Change this page…"), self.change_page),
                   (self.tr("&Remove this page…"), self.remove_page),
                   (self.tr("Move &up"), lambda: self.move_page(-1)),
                   (self.tr("Move &down"), lambda: self.move_page(1)),
                   (self.tr("Export this &page (PDF)…"), self.export_page),
                   (self.tr("Export the &book (PDF)…"), self.export_book),
                   (self.tr("Pr&int the book…"), self.print_book))
        for text, slot in actions:
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        # after the buttons, as on screen: the list and its buttons, then the preview
        self.preview = QLabel(self)
        self.preview.setAccessibleName(self.tr("Page preview"))
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Page preview"))
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(scroll)
        right.addWidget(self.error)
        # a button, not a button box: a box is a group that a screen reader needs named
        self.close_button = QPushButton(self.tr("Cl&ose"), self)  # C is taken
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        close = QHBoxLayout()
        close.addStretch()
        close.addWidget(self.close_button)
        right.addLayout(close)
        layout.addLayout(right, 1)
        self.list.currentRowChanged.connect(self.show_page)
        self.reload()

    def reload(self, select: int = 0) -> None:
        self.pages = self.workspace.lifestory.pages(self.child.id)
        self.list.clear()
        for page in self.pages:
            self.list.addItem(f"{page.position}. {shown(page.content.title)}")
        if self.pages:
            self.list.setCurrentRow(min(select, len(self.pages) - 1))
        else:
            self.preview.setText(self.tr("No pages yet. Choose \u201cNew page\u201d to start "
                                         "{name}'s book.").format(name=shown(self.child.name)))

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            [image] = page_images(page_pdf(self.pages[row]), dpi=90)
            self.preview.setPixmap(QPixmap.fromImage(image))

    def new_page(self) -> None:
        dialog = PageDialog(self.workspace.lifestory, self.child.id, self)
        dialog.saved.connect(lambda _page: self.reload(len(self.pages)))
        dialog.open()

    def change_page(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.pages):
            dialog = PageDialog(self.workspace.lifestory, self.child.id, self,
                                page=self.pages[row])
            dialog.saved.connect(lambda _page: self.reload(row))
            dialog.open()

    @unless_locked
    def remove_page(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.pages):
            return
        answer = QMessageBox.question(
            self, self.tr("Remove this page?"),
            self.tr("Remove \u201c{title}\u201d and its photos from {name}'s book? This "
                    "cannot be undone.").format(title=shown(self.pages[row].content.title),
                                                 name=shown(self.child.name)))
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.lifestory.delete_page(self.pages[row].id)
            self.reload(max(row - 1, 0))

    def move_page(self, offset: int) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.pages):
            self.workspace.lifestory.move(self.pages[row].id, offset)
            self.reload(max(0, min(len(self.pages) - 1, row + offset)))

    def book(self) -> bytes:
        return book_pdf(self.child.name, self.pages)

    def _save(self, data: bytes, suggested: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as PDF"), suggested,
                                              "PDF (*.pdf)", options=private_dialog())
        if not path:
            return
        try:
            write_file(Path(path), data)  # owner-only, whole or not at all
        except CarerDeskError as exc:
            show_error(self.error, exc)

    @unless_locked
    def export_page(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.pages):
            self._save(page_pdf(self.pages[row]), f"{self.pages[row].content.title}.pdf")

    @unless_locked
    def export_book(self) -> None:
        self._save(self.book(), self.tr("{name}'s life story.pdf").format(name=self.child.name))

    def print_book(self) -> None:
        """The system print dialog, after a preview of every page: opened over this window
        (no nested event loop), the printer kept as long as the preview."""
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_preview = QPrintPreviewDialog(self._printer, self)
        self.print_preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        data = self.book()
        self.print_preview.paintRequested.connect(lambda p: print_pdf(data, p))
        self.print_preview.open()
