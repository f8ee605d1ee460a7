"""Draw PDF pages in memory (pdfium): the preview shows exactly what prints, and nothing is
written to disk on the way."""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

# pdfium is not thread-safe: two previews drawing at once, or a page's finaliser run by the
# garbage collector on one thread while another draws, crashed the process. One at a time,
# and every pdfium object closed here, so the collector never has one left to finalise.
_PDFIUM = threading.Lock()


def page_images(pdf: bytes, dpi: float = 96) -> list[QImage]:
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            images = []
            for index in range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / 72)
                pil = bitmap.to_pil().convert("RGB")  # a copy: the bitmap can go
                bitmap.close()
                page.close()
                data = pil.tobytes("raw", "RGB")
                images.append(QImage(data, pil.width, pil.height, 3 * pil.width,
                                     QImage.Format.Format_RGB888).copy())
            return images
        finally:
            document.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page on ``printer`` (or a print preview); returns how many."""
    dpi = min(printer.resolution(), 300)
    images = page_images(pdf, dpi)
    painter = QPainter(printer)
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            size = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return len(images)
