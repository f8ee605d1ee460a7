"""Search and filters above the timeline: words, dimension, category, significant, starred
for supervision, dates.

Combo boxes carry the enum's plain value (Qt hands a ``str`` enum back as a bare string), and
``entry_filter`` turns it back into the enum the service expects.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.limits import limit_for
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.text.i18n import translate

NO_DATE = QDate(1900, 1, 1)


def _date_edit(parent: QWidget, name: str) -> DateEdit:
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate.currentDate())
    edit.setSpecialValueText(translate("FilterBar", "any"))  # shown at the minimum: no limit
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    return edit


def _combo(parent: QWidget, name: str, everything: str, items) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    # On Linux Qt gives a combo box its current value as its name ("All dimensions"): a
    # screen reader says what it is from its label, here one unseen (the value says enough).
    label = QLabel(name, parent)
    label.setBuddy(box)
    label.hide()
    box.addItem(everything, None)
    for title, value in items:
        box.addItem(title, value)
    # Never wider than a few words need: at the largest text size (or in Welsh) the longest
    # category held the journal window wider than a laptop's screen. The list opens whole.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    box.view().setMinimumWidth(box.view().sizeHintForColumn(0))
    return box


class FilterBar(QWidget):
    changed = Signal()
    clearing = Signal()  # Show all, before the filters are cleared: the owner clears its own

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your journal (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(limit_for("query"))  # as the CLI: a pasted page took seconds
        self.search.setAccessibleName(self.tr("Search"))
        self.dimension = _combo(self, self.tr("Filter by dimension"), self.tr("All dimensions"),
                                ((QCoreApplication.translate("Dimension", d.info.title), d.value)
                                 for d in Dimension))
        self.category = _combo(self, self.tr("Filter by category"), self.tr("All categories"),
                               ((QCoreApplication.translate("Category", c.title), c.value)
                                for c in Category))
        self.significant = QCheckBox(self.tr("Si&gnificant only"), self)
        self.significant.setAccessibleName(self.tr("Only significant events"))
        self.starred = QCheckBox(self.tr("★ Sta&rred only"), self)
        self.starred.setAccessibleName(self.tr("Only entries starred for supervision"))
        self.starred.setToolTip(self.tr("Only the entries you starred to bring to supervision "
                                        "(Ctrl+T stars the selected entry)"))
        self.since = _date_edit(self, self.tr("From date"))
        self.until = _date_edit(self, self.tr("To date"))
        self.show_all = QPushButton(self.tr("Sho&w all"), self)
        self.show_all.setAccessibleName(self.tr("Show all entries: clear every filter"))
        self.show_all.setAutoDefault(False)
        self.show_all.clicked.connect(self.clear)
        self._layout()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._changed)
        self.search.textChanged.connect(self._debounce.start)
        for signal in (self.dimension.currentIndexChanged, self.category.currentIndexChanged,
                       self.significant.toggled, self.starred.toggled, self.since.dateChanged,
                       self.until.dateChanged):
            signal.connect(self._changed)

    def _layout(self) -> None:
        since_label = QLabel(self.tr("&From"), self)
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("&To"), self)
        until_label.setBuddy(self.until)
        for label in (since_label, until_label):  # room for a last glyph that overhangs its
            label.setMinimumWidth(  # advance: "To" was drawn as "Tc" under X
                label.sizeHint().width() + label.fontMetrics().averageCharWidth())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 6)
        grid.addWidget(self.dimension, 1, 0, 1, 3)
        grid.addWidget(self.category, 1, 3, 1, 3)
        ticks = QHBoxLayout()  # a row of their own: beside the lists they held the window
        for box in (self.significant, self.starred):  # wider than a laptop at large text
            ticks.addWidget(box)
        ticks.addStretch(1)
        grid.addLayout(ticks, 2, 0, 1, 6)
        dates = QHBoxLayout()  # a row of its own: a shared grid column clipped "To" to "Tc"
        for widget, stretch in ((since_label, 0), (self.since, 1), (until_label, 0),
                                (self.until, 1), (self.show_all, 0)):
            dates.addWidget(widget, stretch)  # Show all last, after the dates, by Tab too
        grid.addLayout(dates, 3, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    # --- what is chosen ---

    def entry_filter(self, child_id: str | None) -> EntryFilter:
        dimension, category = self.dimension.currentData(), self.category.currentData()
        return EntryFilter(child_id=child_id, since=self._day(self.since),
                           until=self._day(self.until),
                           dimension=Dimension(dimension) if dimension else None,
                           category=Category(category) if category else None,
                           significant_only=self.significant.isChecked(),
                           starred_only=self.starred.isChecked())

    @staticmethod
    def _day(edit: DateEdit):
        return None if edit.date() == NO_DATE else edit.date().toPython()

    def active(self) -> list[str]:
        """Each filter in force, in words, for the 'no entries' message."""
        found = []
        if self.search.text().strip():
            found.append(self.tr("the words “{words}”").format(words=self.search.text().strip()))
        for box in (self.dimension, self.category):
            if box.currentIndex() > 0:
                found.append(box.currentText())
        if self.significant.isChecked():
            found.append(self.tr("significant events only"))
        if self.starred.isChecked():
            found.append(self.tr("starred for supervision only"))
        since, until = self._day(self.since), self._day(self.until)
        if since and since == until:
            found.append(self.tr("the day {day}").format(day=since.isoformat()))
        else:
            if since:
                found.append(self.tr("from {day}").format(day=since.isoformat()))
            if until:
                found.append(self.tr("until {day}").format(day=until.isoformat()))
        return found

    # --- changing it ---

    def show_day(self, day: QDate) -> None:
        """A day chosen in the month view: that day only, until Show all."""
        for edit in (self.since, self.until):
            blocked = edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(blocked)
        self._changed()

    def clear(self) -> None:
        self.clearing.emit()
        widgets = (self.search, self.dimension, self.category, self.significant, self.starred,
                   self.since, self.until)
        blocked = [w.blockSignals(True) for w in widgets]
        self.search.clear()
        self.dimension.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.significant.setChecked(False)
        self.starred.setChecked(False)
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self._debounce.stop()
        self._changed()

    def _changed(self) -> None:
        self.changed.emit()
