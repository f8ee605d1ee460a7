"""The profile page's family time: a list (newest first, filtered by person), the form to add
one or change it (each change keeps the earlier version), and the chosen one's kept versions.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.family_time import FamilyTime
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    show_error,
    shown,
    shown_html,
    unless_locked,
)
from carerdesk.gui.journal.family_time_form import FamilyTimeForm
from carerdesk.journal.records import RecordVersionView, RecordView
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import translate

EVERYONE = ""  # the filter's first choice: every family time


class FamilyTimePanel(QWidget):
    """``changed`` is emitted after a family time is added or amended."""

    changed = Signal()

    def __init__(self, service, people_service, child_id: str, parent=None) -> None:
        super().__init__(parent)
        self.service, self.people_service, self.child_id = service, people_service, child_id
        self.records: list[RecordView[FamilyTime]] = []  # as listed: newest first, filtered
        self.names: dict[str, str] = {}
        self.editing: RecordView[FamilyTime] | None = None  # in the form; None for a new one
        self._left()  # made first: Tab goes down the list's side, then the form
        self.form = FamilyTimeForm(self)
        self.draft = FormDraft(self.form, service, "family-time", child_id)  # kept on a lock
        self.error = error_label(self, self.tr("Problem"))
        self.new_button = QPushButton(self.tr("New fami&ly time"), self)
        self.save_button = QPushButton(self.tr("&Save this family time"), self)
        self.save_button.setToolTip(self.tr("A change is saved as a new version; the earlier "
                                            "one is kept"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.form, 1)
        right.addWidget(self.draft.note)
        right.addWidget(self.error)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(self.left_column, 2)
        layout.addLayout(right, 3)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.currentRowChanged.connect(self._chosen)
        self.reload_people()

    def _left(self) -> None:
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show the family time with"))
        label = QLabel(self.tr("Show those wit&h:"), self)
        label.setBuddy(self.filter)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Family time, newest first"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.versions = QTextBrowser(self)
        self.versions.setAccessibleName(self.tr("Earlier versions of this family time"))
        self.left_column = QVBoxLayout()
        self.left_column.addLayout(row)
        self.left_column.addWidget(self.list, 3)
        self.left_column.addWidget(self.empty)
        self.left_column.addWidget(QLabel(self.tr("Earlier versions of the one chosen:"), self))
        self.left_column.addWidget(self.versions, 2)

    # --- people and the list ---

    @unless_locked
    def reload_people(self) -> None:
        """After a person is added or renamed on the People tab."""
        people = self.people_service.people(self.child_id)
        self.names = {p.id: p.details.name for p in people}
        self.form.set_people(people)
        chosen = self.filter.currentData() or EVERYONE
        blocked = self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Everyone"), EVERYONE)
        for person in people:
            self.filter.addItem(shown(person.details.name), person.id)
        self.filter.setCurrentIndex(max(self.filter.findData(chosen), 0))
        self.filter.blockSignals(blocked)
        self.reload(select=self.editing.id if self.editing else None)

    def reload(self, select: str | None = None) -> None:
        person = self.filter.currentData() or EVERYONE
        every = self.service.records(self.child_id)
        self.records = [r for r in reversed(every) if not person or person in r.value.people]
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for record in self.records:
            item = QListWidgetItem(self.line(record.value))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
        self.list.blockSignals(blocked)
        self.empty.setText(self.tr("No family time with them yet.") if person and not
                           self.records else self.tr("No family time yet.") if not every
                           else "")
        self.empty.setVisible(not self.records)
        rows = [i for i, r in enumerate(self.records) if r.id == select]
        if rows:
            self.list.setCurrentRow(rows[0])
            self._chosen(rows[0])
        else:
            self.start_new()

    def line(self, value: FamilyTime) -> str:
        text = f"{value.date.isoformat()} · {translate('FamilyTime', value.status.title)}"
        who = [shown(self.names[p]) for p in value.people if p in self.names]
        return text + (" · " + ", ".join(who) if who else "")

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            return
        self.editing = chosen = self.records[row]
        self.form.show_value(chosen.value)
        self.draft.shown(chosen.id)
        clear_error(self.error)
        self._show_versions()

    def _show_versions(self) -> None:
        versions: list[RecordVersionView[FamilyTime]] = (
            self.service.history(self.editing.id) if self.editing else [])
        parts = []
        for v in reversed(versions[:-1]):  # the one in the form is the newest
            when = strftime(v.saved_at.astimezone(), "%d %b %Y %H:%M")
            head = self.tr("Version {n}, saved {when}").format(n=v.version, when=when)
            reason = f" — {shown_html(v.reason)}" if v.reason else ""
            words = [f"<i>{html.escape(self.line(v.value))}</i>"]
            words += [shown_html(t).replace("\n", "<br>") for t in v.value.texts().values() if t]
            parts.append(f"<p><b>{html.escape(head)}</b>{reason}<br>{'<br>'.join(words)}</p>")
        self.versions.setHtml("".join(parts) or html.escape(
            self.tr("None: when this family time is changed, the version before is kept here.")
            if self.editing else self.tr("Choose a family time in the list to see its earlier "
                                         "versions.")))

    def start_new(self) -> None:
        self.editing = None
        self.list.setCurrentRow(-1)
        self.form.clear()
        self.draft.shown()
        clear_error(self.error)
        self._show_versions()

    # --- saving ---

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        try:
            if self.editing is None:
                saved = self.service.add(self.child_id, self.form.value())
            else:
                saved = self.service.amend(self.editing.id, self.form.value())
        except CarerDeskError as exc:
            show_error(self.error, exc)  # what was typed stays
            return
        self.draft.saved()
        if self.filter.currentData() and self.filter.currentData() not in saved.value.people:
            self.filter.setCurrentIndex(0)  # shown, even if not with the person filtered on
        self.reload(select=saved.id)
        self.changed.emit()
