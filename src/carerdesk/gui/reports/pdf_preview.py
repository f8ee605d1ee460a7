"""A scrolling preview of every page of a PDF held in memory, drawn off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from carerdesk.gui.common.workers import run_in_background
from carerdesk.gui.reports.pdf_view import page_images


class PdfPreview(QScrollArea):
    def __init__(self, parent=None, dpi: float = 72) -> None:
        super().__init__(parent)
        self.dpi = dpi
        self.pages: list[QLabel] = []
        self._generation = 0
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Preview of the summary"))
        holder = QWidget(self)
        self.column = QVBoxLayout(holder)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.column.addWidget(self.message)
        self.setWidget(holder)

    def show_message(self, text: str) -> None:
        self.clear()
        self.message.setText(text)
        self.message.show()

    def clear(self) -> None:
        self._generation += 1  # pages still being drawn for an older PDF are dropped
        for label in self.pages:
            label.deleteLater()
        self.pages = []
        self.message.hide()

    def set_pdf(self, pdf: bytes) -> None:
        self.show_message(self.tr("Drawing the pages…"))
        generation = self._generation
        run_in_background(self, lambda: page_images(pdf, self.dpi),
                          lambda images: self._show(images, generation),
                          lambda exc: self.show_message(self.tr("The preview could not be "
                                                                "drawn.")))

    def _show(self, images, generation: int) -> None:
        if generation != self._generation:
            return
        self.message.hide()
        for number, image in enumerate(images, 1):
            label = QLabel(self)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {n}").format(n=number))
            label.setStyleSheet("border: 1px solid #b0bec5; background: white;")
            self.column.addWidget(label)
            self.pages.append(label)
