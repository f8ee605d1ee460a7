""" "Who was told": one row per person (name, role, how, when), added and removed by the carer.

Real widgets in a grid rather than a table's cell editors: each field is reached by Tab and
typed into like any other, and a screen reader names it by its row.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.events import ROLE_TITLES, TellRole, Told
from carerdesk.gui.common.date_edit import DateTimeEdit
from carerdesk.gui.common.render import t
from carerdesk.text.i18n import translate

MOMENT_WIDTH = 150
UNSET = QDateTime(QDate(1900, 1, 1), QTime(0, 0))  # shown as "not set": no time is assumed


def moment_edit(parent: QWidget, name: str) -> DateTimeEdit:
    """A date and time that starts empty ("not set"), never at "now"."""
    edit = DateTimeEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setMinimumDateTime(UNSET)
    edit.setSpecialValueText(translate("ToldTable", "not set"))
    edit.setDateTime(UNSET)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(MOMENT_WIDTH)
    return edit


def moment_of(edit: DateTimeEdit) -> dt.datetime | None:
    if edit.dateTime() <= UNSET:
        return None
    moment = edit.dateTime().toPython()
    assert isinstance(moment, dt.datetime)
    return moment.astimezone()  # local time, with its zone


def show_moment(edit: DateTimeEdit, moment: dt.datetime | None) -> None:
    if moment is None:
        edit.setDateTime(UNSET)
        return
    local = moment.astimezone()
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


class _Row:
    def __init__(self, table: ToldTable) -> None:
        self.name = QLineEdit(table)
        self.role = QComboBox(table)
        for role in TellRole:
            self.role.addItem(t("Events", ROLE_TITLES[role]), role.value)
        # "Someone else" until the carer chooses: a default never silences a warning
        self.role.setCurrentIndex(self.role.findData(TellRole.OTHER.value))
        self.how = QLineEdit(table)
        self.how.setPlaceholderText(translate("ToldTable", "phone, email, in person"))
        self.when = moment_edit(table, "")
        self.remove = QToolButton(table)
        self.remove.setText(translate("ToldTable", "Remove"))
        self.widgets = (self.name, self.role, self.how, self.when, self.remove)

    def number(self, n: int, table: ToldTable) -> None:
        """Accessible names say which row: "Name of person told 2"."""
        for widget, name in zip(
            self.widgets,
            (
                translate("ToldTable", "Name of person told {n}"),
                translate("ToldTable", "Role of person told {n}"),
                translate("ToldTable", "How person {n} was told"),
                translate("ToldTable", "When person {n} was told"),
                translate("ToldTable", "Remove person told {n}"),
            ),
            strict=True,
        ):
            widget.setAccessibleName(name.format(n=n))

    def value(self) -> Told:
        return Told(
            self.name.text(),
            TellRole(self.role.currentData()),
            moment_of(self.when),
            self.how.text().strip() or None,
        )

    def show(self, row: Told) -> None:
        self.name.setText(row.name)
        self.role.setCurrentIndex(max(self.role.findData(row.role.value), 0))
        self.how.setText(row.how or "")
        show_moment(self.when, row.when)


class ToldTable(QWidget):
    """Emits ``changed`` on every edit, and ``rows_changed`` when a row comes or goes (the
    editor puts the Tab order right then)."""

    changed = Signal()
    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)
        for column, title in enumerate(
            (self.tr("Name"), self.tr("Role"), self.tr("How"), self.tr("When"))
        ):
            self.grid.addWidget(QLabel(f"<i>{title}</i>", self), 0, column)
        # Each column as wide as its inputs will be, before any row is added: the headings
        # stand over their fields ("Role" and "How" no longer run together)
        roles = QComboBox()  # unparented, only measured: never a child anyone can find
        roles.setFont(self.font())
        for role in TellRole:
            roles.addItem(t("Events", ROLE_TITLES[role]))
        self.grid.setColumnMinimumWidth(1, roles.sizeHint().width())
        self.grid.setColumnMinimumWidth(2, 120)
        self.grid.setColumnMinimumWidth(3, MOMENT_WIDTH)
        self.none = QLabel(self.tr("Nobody yet."), self)
        self.add = QPushButton(self.tr("Add a person &told"), self)
        self.add.setAccessibleName(self.tr("Add a person who was told"))
        self.add.setAutoDefault(False)
        self.add.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.none)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)

    def focus_chain(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.widgets] + [self.add]

    def value(self) -> tuple[Told, ...]:
        return tuple(row.value() for row in self.rows)

    def set_value(self, rows: tuple[Told, ...]) -> None:
        while self.rows:
            self._drop(self.rows[-1])
        for told in rows:
            self._new_row().show(told)
        self._relayout()

    def _add_clicked(self) -> None:
        row = self._new_row()
        self._relayout()
        row.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _new_row(self) -> _Row:
        row = _Row(self)
        row.name.textChanged.connect(self.changed)
        row.how.textChanged.connect(self.changed)
        row.role.currentIndexChanged.connect(self.changed)
        row.when.dateTimeChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove_clicked(row))
        self.rows.append(row)
        return row

    def _remove_clicked(self, row: _Row) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._relayout()
        after = self.rows[min(index, len(self.rows) - 1)].name if self.rows else self.add
        after.setFocus(Qt.FocusReason.OtherFocusReason)  # never lost to the window
        self.changed.emit()

    def _drop(self, row: _Row) -> None:
        self.rows.remove(row)
        for widget in row.widgets:
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _relayout(self) -> None:
        for n, row in enumerate(self.rows, 1):
            row.number(n, self)
            for column, widget in enumerate(row.widgets):
                self.grid.addWidget(widget, n, column)
                widget.show()
        self.none.setVisible(not self.rows)
        self.rows_changed.emit()
