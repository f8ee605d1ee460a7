"""Search and filters above the timeline: words, dimension, category, significant, dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.journal.service import EntryFilter

NO_DATE = QDate(1900, 1, 1)


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate.currentDate())
    edit.setSpecialValueText(parent.tr("any"))  # shown at the minimum: no limit
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    return edit


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your journal (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(220)
        self.dimension = QComboBox(self)
        self.dimension.setAccessibleName(self.tr("Filter by dimension"))
        self.dimension.addItem(self.tr("All dimensions"), None)
        for dim in Dimension:
            self.dimension.addItem(QCoreApplication.translate("Dimension", dim.info.title), dim)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.category.addItem(self.tr("All categories"), None)
        for cat in Category:
            self.category.addItem(QCoreApplication.translate("Category", cat.title), cat)
        self.significant = QCheckBox(self.tr("Significant only"), self)
        self.significant.setAccessibleName(self.tr("Only significant events"))
        self.since = _date_edit(self, self.tr("From date"))
        self.until = _date_edit(self, self.tr("To date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for widget in (self.dimension, self.category, self.significant, self.since, self.until):
            layout.addWidget(widget)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        for signal in (self.dimension.currentIndexChanged, self.category.currentIndexChanged,
                       self.significant.toggled, self.since.dateChanged, self.until.dateChanged):
            signal.connect(self.changed)

    def entry_filter(self, child_id: str | None) -> EntryFilter:
        since = None if self.since.date() == NO_DATE else self.since.date().toPython()
        until = None if self.until.date() == NO_DATE else self.until.date().toPython()
        return EntryFilter(child_id=child_id, since=since, until=until,
                           dimension=self.dimension.currentData(),
                           category=self.category.currentData(),
                           significant_only=self.significant.isChecked())

    def show_day(self, day: QDate) -> None:
        for edit in (self.since, self.until):
            blocked = edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(blocked)
        self.changed.emit()
