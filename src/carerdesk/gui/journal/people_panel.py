"""The people around the child: a list, and a form to add someone or change what is recorded
about them (each change keeps the earlier version)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.profile import Living, PersonDetails, PersonRole
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.widgets import clear_error, error_label, show_error, shown, unless_locked
from carerdesk.journal.people import PersonView
from carerdesk.text.i18n import translate


def role_title(role: PersonRole) -> str:
    return translate("Profile", role.title)


class PeoplePanel(QWidget):
    """``changed`` is emitted after a person is added or saved."""

    changed = Signal()

    def __init__(self, people_service, child_id: str, parent=None) -> None:
        super().__init__(parent)
        self.service, self.child_id = people_service, child_id
        self.people: list = []
        self.editing: PersonView | None = None  # shown in the form; None for someone new
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("People around the child"))
        self.list.setMinimumWidth(300)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._form()
        self.draft = FormDraft(self, people_service, "person", child_id)  # kept on a lock
        self.right.insertWidget(1, self.draft.note)
        self.list.currentRowChanged.connect(self._chosen)
        self.reload()

    def _form(self) -> None:
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Their name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for role in PersonRole:
            self.role.addItem(role_title(role), role.value)  # Qt keeps plain str
        self.family_name = QLineEdit(self)
        self.family_name.setAccessibleName(self.tr("The child's name for them"))
        self.living = QComboBox(self)
        self.living.setAccessibleName(self.tr("Lives with the child, or apart"))
        self.living.addItem(self.tr("Not said"), "")
        self.living.addItem(self.tr("Lives with the child"), Living.TOGETHER.value)
        self.living.addItem(self.tr("Lives apart"), Living.APART.value)
        self.relation = QLineEdit(self)
        self.relation.setAccessibleName(self.tr("How the child relates to them"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(80)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = error_label(self, self.tr("Problem"))
        self.new_button = QPushButton(self.tr("Add a ne&w person"), self)
        self.save_button = QPushButton(self.tr("Save this &person"), self)
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name), (self.tr("&Role:"), self.role),
                             (self.tr("The child's name for &them:"), self.family_name),
                             (self.tr("&Lives:"), self.living),
                             (self.tr("How the child relates to t&hem:"), self.relation),
                             (self.tr("Not&es:"), self.notes)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.hint)
        form.addRow(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        self.right = right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self._role_changed()

    def reload(self, select: str | None = None) -> None:
        self.people = self.service.people(self.child_id)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for person in self.people:
            d = person.details
            text = f"{shown(d.name)} — {role_title(d.role)}"
            if d.family_name:
                text += " " + self.tr("(“{name}”)").format(name=shown(d.family_name))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.list.blockSignals(blocked)
        rows = [i for i, p in enumerate(self.people) if p.id == select]
        if rows:
            self.list.setCurrentRow(rows[0])
        else:
            self.start_new()

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.people):
            return
        self.editing = editing = self.people[row]
        d = editing.details
        self.name.setText(d.name)
        self.role.setCurrentIndex(self.role.findData(d.role.value))
        self.family_name.setText(d.family_name or "")
        self.living.setCurrentIndex(self.living.findData(d.living.value if d.living else ""))
        self.relation.setText(d.relation or "")
        self.notes.setPlainText(d.notes or "")
        clear_error(self.error)
        self.draft.shown(editing.id)

    def start_new(self) -> None:
        """An empty form for someone new (the list's choice is cleared)."""
        self.editing = None
        self.list.setCurrentRow(-1)
        for edit in (self.name, self.family_name, self.relation):
            edit.clear()
        self.notes.clear()
        self.role.setCurrentIndex(0)
        self.living.setCurrentIndex(0)
        clear_error(self.error)
        self.draft.shown()
        self.name.setFocus()

    def _role_changed(self, _index: int = 0) -> None:
        role = self.chosen_role()
        sibling = role is PersonRole.SIBLING
        self.living.setEnabled(sibling)
        if not sibling:
            self.living.setCurrentIndex(0)
        self.hint.setText(self.tr("Another fostered child is written by initials only "
                                  "(for example J.S.).") if role is PersonRole.FOSTERED_CHILD
                          else "")
        self.hint.setVisible(role is PersonRole.FOSTERED_CHILD)

    def details(self) -> PersonDetails:
        living = self.living.currentData()
        return PersonDetails(self.name.text(), self.chosen_role(), self.family_name.text(),
                             Living(living) if living else None, self.relation.text(),
                             self.notes.toPlainText())

    def chosen_role(self) -> PersonRole:
        return PersonRole(self.role.currentData())

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        try:
            if self.editing is None:
                person = self.service.add(self.child_id, self.details())
            else:
                person = self.service.update(self.editing.id, self.details())
        except CarerDeskError as exc:
            show_error(self.error, exc)  # what was typed stays
            return
        self.draft.saved()
        self.reload(select=person.id)
        self.changed.emit()
