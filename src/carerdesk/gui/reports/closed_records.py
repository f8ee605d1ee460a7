"""The inbox's Closed records page: every child's record handed over at the end of a
placement, one row each (child, carer and whether their key is trusted, placement dates,
entries, when it was received, the receipt's id), sortable by any column; Enter or a double
click opens the record to read (closed_record_view.py), read-only.

The rows are the app layer's ``handover.closed_items()``; an import says which record it
kept (``Imported.record``), and the page redraws and chooses that row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.handover import ClosedItem
from carerdesk.gui.common.widgets import error_label, show_error, shown, unless_locked
from carerdesk.gui.common.workers import run_in_background
from carerdesk.gui.reports.inbox_caseload import carer_label
from carerdesk.text.i18n import translate

ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD, CARER, KEY, PLACED, ENDED, ENTRIES, RECEIVED, RECEIPT = range(8)


class ClosedRecordsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ClosedItem] = []
        self.headers = [self.tr("Child"), self.tr("Carer"), self.tr("Carer's key"),
                        self.tr("Placed"), self.tr("Ended"), self.tr("Entries"),
                        self.tr("Received"), self.tr("Receipt")]

    def set_rows(self, rows: list[ClosedItem]) -> None:
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
        return self.headers[section] if role == Qt.ItemDataRole.DisplayRole else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == SORT_ROLE:
            return self._key(item, column)
        if role == ID_ROLE:
            return item.record.id
        if role == Qt.ItemDataRole.ToolTipRole and column == RECEIPT:
            return item.record.receipt_id
        if role == Qt.ItemDataRole.ToolTipRole and column == CARER:
            return item.record.carer_fingerprint
        return None

    def _text(self, item: ClosedItem, column: int) -> str:
        record = item.record
        if column == CHILD:
            return shown(record.child)
        if column == CARER:  # whether the key is trusted has its own column
            return carer_label(shown(record.carer), record.carer_fingerprint, True)
        if column == KEY:
            return {"confirmed": self.tr("Confirmed"), "vouched": self.tr("Vouched for by "
                                                                          "the agency")
                    }.get(item.trust, self.tr("Not yet confirmed"))
        if column in (PLACED, ENDED):
            day = record.placed if column == PLACED else record.ended
            return day.isoformat() if day else self.tr("not recorded")
        if column == ENTRIES:
            return str(record.entries)
        if column == RECEIVED:
            return f"{record.received_at.astimezone():%Y-%m-%d %H:%M}"
        return record.receipt_id[:8]

    def _key(self, item: ClosedItem, column: int):
        record = item.record
        if column in (PLACED, ENDED):
            day = record.placed if column == PLACED else record.ended
            return day.toordinal() if day else 0
        if column == ENTRIES:
            return record.entries
        if column == RECEIVED:
            return record.received_at.timestamp()
        return self._text(item, column).casefold()


class ClosedRecordsPage(QWidget):
    """The list, and the record chosen opened to read (window-modal, as a lock expects)."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.view: QDialog | None = None  # the record last opened to read
        self._generation = 0  # a list read before the vault locked is dropped
        self.model = ClosedRecordsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Closed records"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CARER, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_record(index.data(ID_ROLE)))
        self.open_button = QPushButton(self.tr("&Read the record…"), self)
        self.open_button.setAccessibleName(self.tr("Read the chosen closed record"))
        self.open_button.clicked.connect(lambda: self.open_record(self.current_id()))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.error = error_label(self, self.tr("Problem"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def refresh(self, chosen: str | None = None) -> None:
        """Read the list again off the GUI thread (each closed record is a whole child's
        record, photos included); ``chosen`` (a record just imported) is then chosen."""
        chosen = chosen or self.current_id()
        self._generation += 1
        generation, handover = self._generation, self.workspace.handover
        run_in_background(self, handover.closed_items,
                          lambda rows: self._show(rows, chosen, generation),
                          lambda exc: self._failed(exc, generation))

    def _show(self, rows: list[ClosedItem], chosen: str | None, generation: int) -> None:
        if generation != self._generation:  # locked, or read again, meanwhile
            return
        self.model.set_rows(rows)
        self.open_button.setEnabled(bool(rows))
        self.status.setText(self.tr(
            "A child's whole record, handed over by their carer at the end of a placement: "
            "kept read-only. Press Enter on a row to read it.") if rows else self.tr(
            "No closed records yet. When a carer hands over a child's record at the end of a "
            "placement, choose Reports → Import a handover…"))
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == chosen:
                self.table.selectRow(row)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            show_error(self.error, exc)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    @unless_locked
    def open_record(self, record_id: str | None) -> None:
        if not record_id:
            return
        from carerdesk.gui.reports.closed_record_view import ClosedRecordView

        item = next((i for i in self.model.rows if i.record.id == record_id), None)
        if item is None:
            return
        if self.view is not None:  # the one read before, closed and emptied: gone now
            self.view.deleteLater()
        self.view = ClosedRecordView(self.workspace, item, self)
        self.view.open()  # window-modal: a lock closes it like any question

    def forget(self) -> None:
        """The vault is locking: nothing of a record stays on screen."""
        self._generation += 1
        if self.view is not None and self.view.isVisible():
            self.view.reject()  # emptied as it closes
        self.model.set_rows([])
        self.status.clear()


def add_closed_records(window, menu) -> None:
    """The inbox's Closed records page (its last tab) and Reports → Closed records."""
    page = ClosedRecordsPage(window.workspace, window.tabs)
    window.closed_page = page
    window.tabs.addTab(page, translate("InboxWindow", "C&losed records"))
    page.refresh()
    window.closed_action = window._action(
        translate("InboxWindow", "&Closed records"), QKeySequence("Ctrl+Shift+H"),
        lambda: show_closed_records(window),
        translate("InboxWindow", "Children's whole records handed over at the end of a "
                                 "placement: read them, or save one as PDF"))
    menu.addAction(window.closed_action)


def show_closed_records(window) -> None:
    window.tabs.setCurrentWidget(window.closed_page)
    window.closed_page.table.setFocus()
