"""Print or save as PDF one entry, or every entry of its day, as the preview pane shows it.

The entry HTML goes into a QTextDocument held in memory and is printed straight to the
printer, or to the PDF file the carer chose: no temp file, nothing else on disk. Qt writes a
page or two in a few milliseconds, so this stays on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from carerdesk.app.files import write_file
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.filters import EntryFilter
from carerdesk.gui.common.render import entry_html
from carerdesk.gui.common.widgets import private_dialog
from carerdesk.journal.views import EntryView
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import Context, translate

DAY_LIMIT = 500  # a day never holds more; the limit only guards the query


# --- what is printed -------------------------------------------------------------------


def attribution(entry: EntryView, written_by: str) -> str:
    """Who wrote it and when, and when it was last amended: a printed record says so."""
    written = strftime(entry.created_at.astimezone(), "%d %B %Y %H:%M")
    line = (translate("EntryPrint", "Written by {who} on {when}.").format(who=written_by,
                                                                         when=written)
            if written_by else
            translate("EntryPrint", "Written on {when}.").format(when=written))
    if entry.version > 1:
        line += " " + translate("EntryPrint", "Last amended on {when} (version {n}); every "
                                              "earlier version is kept.").format(
            when=strftime(entry.updated_at.astimezone(), "%d %B %Y %H:%M"), n=entry.version)
    return f"<p><small>{html.escape(line)}</small></p>"


def entries_document(entries: list[EntryView], child_names: dict[str, str],
                     title: str | None = None, written_by: str = "") -> QTextDocument:
    """The entries as printed: each with who wrote it and when, without the app's nudges
    (they are for the screen, not part of the record)."""
    parts = [f"<h2>{html.escape(title)}</h2>"] if title else []
    parts.append("<hr>".join(entry_html(e.content, child_names, nudges=False)
                             + attribution(e, written_by) for e in entries))
    document = QTextDocument()
    document.setHtml("".join(parts))
    return document


def footer_text(entries: list[EntryView], child_names: dict[str, str]) -> str:
    """As the summary's footer: whose record, which day, confidential."""
    ids = list(dict.fromkeys(c for e in entries for c in e.content.child_ids))
    days = sorted({e.content.date for e in entries})
    day = strftime(days[0], "%d %B %Y") if days else ""
    return translate("EntryPrint", "{child} · {day} · confidential").format(
        child=", ".join(child_names.get(c, "?") for c in ids), day=day)


def household_carers(journal) -> str:
    household = journal.household()
    return (household.carers or household.name or "") if household else ""


def day_entries(journal, day: dt.date, child_id: str | None) -> list[EntryView]:
    """That day's entries, for the child chosen on the left (or all), oldest first."""
    where = EntryFilter(child_id=child_id, since=day, until=day)
    return list(reversed(journal.entries(where, DAY_LIMIT)))


EntryPrint = Context("EntryPrint")  # lupdate marks a plural only through ``.tr``


def day_title(day: dt.date, count: int) -> str:
    return EntryPrint.tr("{day}: %n entries", "", count).format(
        day=strftime(day, "%A %d %B %Y"))


# --- where it goes -----------------------------------------------------------------------


def _printer(mode=QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> None:
    """The document on ``device`` page by page, each page with the footer line and
    "Page n of N" at its foot, as the supervision summary has them."""
    painter = QPainter(device)
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        font = QFont(document.defaultFont())
        font.setPointSizeF(8)
        painter.setFont(font)
        foot = painter.fontMetrics().height() * 2
        body = QSizeF(page.width(), page.height() - foot)
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(body)
        total = document.pageCount()
        for number in range(total):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            document.drawContents(painter, QRectF(QPointF(0, number * body.height()), body))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            line = QRectF(0, page.height() - foot / 2, page.width(), foot / 2)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             footer)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             translate("Summary", "Page {n} of {total}").format(
                                 n=number + 1, total=total))
    finally:
        painter.end()


def pdf_bytes(document: QTextDocument, footer: str = "") -> bytes:
    """The document as an A4 PDF, made in memory by QPdfWriter: no printer is created, so
    nothing asks the print service (CUPS) anything when the carer only saves a file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(18, 18, 18, 14), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setCreator("CarerDesk")
    paint_pages(document, writer, footer)
    del writer  # the PDF is finished when its writer goes
    return bytes(buffer.data())


def save_pdf(document: QTextDocument, path: Path, footer: str = "") -> bool:
    """Write the PDF at ``path`` only, owner-only; True when a file with pages is there."""
    try:
        write_file(path, pdf_bytes(document, footer))
    except CarerDeskError:
        return False
    return path.is_file() and path.stat().st_size > 0


def print_with_dialog(parent, document: QTextDocument, footer: str = "") -> bool:
    """The system's print dialog; True when the carer chose to print. The printer (and so
    the print service) is made only here, when the carer has asked to print."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("EntryPrint", "Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(document, printer, footer)
    return True


def ask_pdf_path(parent, suggested: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, translate("EntryPrint", "Save as PDF"),
                                          str(Path(folder) / suggested),
                                          translate("EntryPrint", "PDF (*.pdf)"),
                                          options=private_dialog())
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


# --- the window's commands ------------------------------------------------------------------


def _chosen(window) -> tuple[list[EntryView], str | None, str] | None:
    """The selected entry, whole; None (said in the status line) when none is selected."""
    entry = window.selected_entry()
    if entry is None:
        window.statusBar().showMessage(
            translate("EntryPrint", "Choose an entry in the timeline first."), 8000)
        return None
    full = window.workspace.journal.entry(entry.id)
    return [full], None, f"carerdesk-entry-{full.content.date.isoformat()}.pdf"


def _day(window, day: dt.date | None = None) -> tuple[list[EntryView], str | None, str] | None:
    """The day given (a right-click in the month view), else the selected entry's day."""
    if day is None:
        chosen = _chosen(window)
        if chosen is None:
            return None
        day = chosen[0][0].content.date
    entries = day_entries(window.workspace.journal, day, window.child_id())
    return entries, day_title(day, len(entries)), f"carerdesk-day-{day.isoformat()}.pdf"


def _print(window, what) -> None:
    if what is None:
        return
    entries, title, _name = what
    names = window.model.child_names
    document = entries_document(entries, names, title, household_carers(window.workspace.journal))
    if print_with_dialog(window, document, footer_text(entries, names)):
        window.statusBar().showMessage(translate("EntryPrint", "Sent to the printer."), 8000)


def _save(window, what) -> None:
    if what is None:
        return
    entries, title, name = what
    path = ask_pdf_path(window, name)
    if path is None:
        return
    names = window.model.child_names
    document = entries_document(entries, names, title, household_carers(window.workspace.journal))
    if save_pdf(document, path, footer_text(entries, names)):
        text = translate("EntryPrint", "Saved as {path}. Anyone who can open that file can "
                                       "read it.")
    else:
        text = translate("EntryPrint", "The PDF could not be written to {path}. Is the folder "
                                       "there, and may you write in it?")
    window.statusBar().showMessage(text.format(path=path), 15_000)


def print_entry(window) -> None:
    _print(window, _chosen(window))


def save_entry_pdf(window) -> None:
    _save(window, _chosen(window))


def print_day(window, day: dt.date | None = None) -> None:
    _print(window, _day(window, day))


def save_day_pdf(window, day: dt.date | None = None) -> None:
    _save(window, _day(window, day))
