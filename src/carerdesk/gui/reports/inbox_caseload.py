"""The inbox's first page: one row per carer and child across the whole caseload, sortable
by any column and filtered by the words of a carer's or a child's name.

The rows come from the report list at once; the two columns that need each report's data
(open safeguarding events, goals due) fill in as the reports are read off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.caseload import CaseloadRow
from carerdesk.gui.common.widgets import shown
from carerdesk.text.i18n import translate

ROOT = QModelIndex()  # the default parent: the table has no children
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the last report's id
SAFEGUARDING = QColor("#a4262c")  # red is kept for safeguarding alone
CARER, CHILD, LAST, RECEIVED, REPORTS, UNREVIEWED, OVERDUE, EVENTS, GOALS = range(9)


def carer_label(name: str, fingerprint: str, trusted: bool) -> str:
    """A carer as the inbox lists them: a key not yet confirmed is said first, never merged
    with a trusted carer of the same name."""
    label = f"{name}  ({fingerprint[:11]}…)"
    return label if trusted else translate("InboxWindow", "Not yet confirmed: {carer}").format(
        carer=label)


class CaseloadModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []
        self.headers = [self.tr("Carer"), self.tr("Child"), self.tr("Last report"),
                        self.tr("Received"), self.tr("Reports"), self.tr("Not reviewed"),
                        self.tr("Overdue"), self.tr("Open safeguarding"), self.tr("Goals due")]

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole and section not in (CARER, CHILD):
            return Qt.SortOrder.DescendingOrder.value  # a first click puts the most first
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._key(row, column)
        if role == ID_ROLE:
            return row.last.package_id
        if role == Qt.ItemDataRole.ForegroundRole and column == EVENTS and row.open_events:
            return QBrush(SAFEGUARDING)
        if role == Qt.ItemDataRole.FontRole and (
                (column == OVERDUE and row.overdue) or (column == EVENTS and row.open_events)
                or (column == UNREVIEWED and row.unreviewed)):
            font = QFont()
            font.setBold(True)  # what needs the social worker reads as bold, as unread mail
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == OVERDUE:
            return self.tr("The next report was due on {due}").format(due=row.due.isoformat())
        return None

    def _text(self, row: CaseloadRow, column: int) -> str:
        last = row.last
        if column == CARER:
            return carer_label(shown(row.carer), row.carer_fingerprint, row.trusted)
        if column == CHILD:
            return shown(row.child)
        if column == LAST:
            return self.tr("{since} to {until}").format(since=last.since, until=last.until)
        if column == RECEIVED:
            return f"{last.imported_at.astimezone():%Y-%m-%d}"
        if column == REPORTS:
            return str(row.reports)
        if column == UNREVIEWED:
            return str(row.unreviewed)
        if column == OVERDUE:
            return self.tr("%n days", "", row.overdue) if row.overdue else self.tr("no")
        counted = row.open_events if column == EVENTS else row.goals_due
        return "…" if counted is None else str(counted)

    def _key(self, row: CaseloadRow, column: int):
        if column == CARER:
            return shown(row.carer).casefold()
        if column == CHILD:
            return shown(row.child).casefold()
        if column == LAST:
            return row.last.until.toordinal()
        if column == RECEIVED:
            return row.last.imported_at.timestamp()
        if column == OVERDUE:  # past the due date counts up; before it, the sooner first
            return row.overdue or row.due.toordinal() * -1e-6
        value = {REPORTS: row.reports, UNREVIEWED: row.unreviewed, EVENTS: row.open_events,
                 GOALS: row.goals_due}[column]
        return -1 if value is None else value


class CaseloadFilter(QSortFilterProxyModel):
    """Rows whose carer and child hold every word typed, in any case."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not self.words or not isinstance(model, CaseloadModel):
            return True
        row = model.rows[source_row]
        names = f"{shown(row.carer)} {shown(row.child)}".casefold()
        return all(word in names for word in self.words)


class CaseloadPage(QWidget):
    chosen = Signal(str)  # the last report of the row opened

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Find a carer or child"))
        self.filter.setPlaceholderText(self.tr("Words of a carer's or a child's name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_words)
        label = QLabel(self.tr("&Find carer or child:"), self)
        label.setBuddy(self.filter)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Caseload: carers and children"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OVERDUE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CARER, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading the reports"))
        self.progress.setMaximumHeight(14)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setText(self.tr(
            "Overdue: no report for longer than the agreed interval after the end of the last "
            "one. Open safeguarding: significant events without both the supervising social "
            "worker and the fostering service told. Press Enter on a row to read its reports."))
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.model.set_rows(rows)

    def reading(self, done: int, total: int) -> None:
        """How far the reports' data has been read; hidden when all is read."""
        self.progress.setVisible(done < total)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Reading reports: {done} of {total}").format(
            done=done, total=total))

    def _activated(self, index: QModelIndex) -> None:
        package_id = index.data(ID_ROLE)
        if package_id:
            self.chosen.emit(package_id)

    def clear(self) -> None:
        self.model.set_rows([])
        self.progress.hide()
