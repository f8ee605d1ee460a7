"""Search every entry of every imported report, and read one in full.

The search runs on a worker over the words the caseload has read (app/caseload.py); a result
opens the entry in a reader with its marks, dimensions, the child's words and any event.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.caseload import Found
from carerdesk.domain.report import PeriodReport, ReportEntry
from carerdesk.gui.common.html_delegate import HtmlDelegate
from carerdesk.gui.common.render import entry_html
from carerdesk.gui.common.widgets import shown, shown_html, with_mnemonics

ROOT = QModelIndex()  # the default parent: the list has no children
FOUND_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the row drawn, the words found highlighted
MARK = '<b style="background:#fff59d; color:#000000">'  # as the carer's own search marks them


def found_html(f: Found) -> str:
    """The row as HTML: every character escaped, the words found marked."""
    line, out, at = f.line, [], 0
    for start, end in f.hits:
        if start < at:
            continue  # two words found in the same place: marked once
        out += [html.escape(shown(line[at:start])), MARK, html.escape(shown(line[start:end])),
                "</b>"]
        at = end
    out.append(html.escape(shown(line[at:])))
    head = html.escape(f"{f.day.isoformat()} · {shown(f.child)} · {shown(f.carer)}")
    return f"{head}<br>{''.join(out)}"


class FoundModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.found: list[Found] = []

    def set_found(self, found: list[Found]) -> None:
        self.beginResetModel()
        self.found = list(found)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.found)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.found):
            return None
        f = self.found[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{f.day.isoformat()} · {shown(f.child)} · {shown(f.carer)}\n{shown(f.line)}"
        if role == FOUND_ROLE:
            return f
        if role == HTML_ROLE:
            return found_html(f)
        return None


class SearchPage(QWidget):
    searched = Signal(str)  # the words to look for (the window runs the search)
    chosen = Signal(object)  # a Found to open

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words = QLineEdit(self)
        self.words.setAccessibleName(self.tr("Words to find in every report's entries"))
        self.words.setPlaceholderText(self.tr("Words in any entry of any report"))
        self.words.returnPressed.connect(self._search)
        label = QLabel(self.tr("Fi&nd in entries:"), self)
        label.setBuddy(self.words)
        self.button = QPushButton(self.tr("&Search"), self)
        self.button.clicked.connect(self._search)
        self.model = FoundModel(self)
        self.results = QListView(self)
        self.results.setAccessibleName(self.tr("Entries found"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(HTML_ROLE, self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._activated)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (label, self.words, self.button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

    def _search(self) -> None:
        self.button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))
        self.searched.emit(self.words.text())

    def show_found(self, found: list[Found], complete: bool) -> None:
        self.button.setEnabled(True)
        self.model.set_found(found)
        text = self.tr("%n entries found. Press Enter on one to read it.", "", len(found))
        if not complete:
            text += " " + self.tr("Some reports are still being read: search again soon.")
        self.status.setText(text)
        if found:
            self.results.setCurrentIndex(self.model.index(0))

    def failed(self, text: str) -> None:
        self.button.setEnabled(True)
        self.status.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        found = index.data(FOUND_ROLE)
        if found is not None:
            self.chosen.emit(found)

    def clear(self) -> None:
        self.words.clear()
        self.model.set_found([])
        self.status.clear()


def child_names(report: PeriodReport, entry: ReportEntry, other: str) -> dict[str, str]:
    """The report's child by name; anyone else an entry names, in the words ``other``."""
    ids = entry.content.child_ids
    if len(ids) == 1:
        return {ids[0]: report.child}
    return {child_id: other for child_id in ids}


class EntryReader(QDialog):
    """One entry of an imported report, read only."""

    def __init__(self, report: PeriodReport, entry: ReportEntry, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("An entry from {carer}'s report").format(
            carer=shown(report.carer)))
        self.resize(720, 600)
        heading = QLabel(self.tr("<b>{child}</b>, in the report for {since} to {until}").format(
            child=shown_html(report.child), since=report.since, until=report.until), self)
        heading.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("The entry"))
        body = entry_html(entry.content, child_names(report, entry,
                                                     self.tr("a child in the household")))
        if entry.version > 1:
            body += "<p><small>" + self.tr("Amended by the carer (version {n}).").format(
                n=entry.version) + "</small></p>"
        self.text.setHtml(body)
        buttons = with_mnemonics(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setShortcut(QKeySequence.StandardKey.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
