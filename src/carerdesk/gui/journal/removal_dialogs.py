"""Child → End the placement… and Child → Remove {name}'s record….

Ending asks for the day and, if the carer knows, where the child went; the profile keeps the
earlier version. Removing names the child, counts what will go (and what stays with a
brother or sister), offers to save the life-story book first, and removes only once the
child's name is typed; the work (delete, compact, a fresh backup) runs off the GUI thread.
Both are window-modal, so a lock closes them; nothing is written until the button is pressed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from carerdesk.app.removal import initial_of
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import (
    busy_bar,
    clear_error,
    error_label,
    private_dialog,
    show_error,
    shown,
    unless_locked,
    with_mnemonics,
)
from carerdesk.gui.journal.chosen_child import chosen_child
from carerdesk.text.i18n import translate


def _wrapped(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class EndPlacementDialog(QDialog):
    def __init__(self, workspace: Workspace, child, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.child = workspace, child
        self.setWindowTitle(self.tr("End {name}'s placement").format(name=shown(child.name)))
        self.ended = DateEdit(self)
        self.ended.setCalendarPopup(True)
        self.ended.setDisplayFormat("yyyy-MM-dd")
        self.ended.setMaximumDate(QDate.currentDate())
        self.ended.setDate(QDate.currentDate())
        self.ended.setAccessibleName(self.tr("The day the placement ended"))
        self.went_to = QLineEdit(self)
        self.went_to.setAccessibleName(self.tr("Where the child went"))
        self.went_to.setPlaceholderText(self.tr("If you know: a family's name, a town"))
        self.error = error_label(self, self.tr("Problem ending the placement"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&End the placement"))
        with_mnemonics(self.buttons)
        form = QFormLayout()
        form.addRow(self.tr("The placement en&ded on:"), self.ended)
        form.addRow(self.tr("&Went to:"), self.went_to)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "The profile keeps its earlier version. The record stays in your journal until "
            "you remove it (Child → Remove the record…)."), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        try:
            day = self.ended.date()
            self.workspace.removal.end_placement(
                self.child.id, dt.date(day.year(), day.month(), day.day()), self.went_to.text())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self.accept()


class RemoveChildDialog(QDialog):
    def __init__(self, workspace: Workspace, what, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.what = workspace, what
        self.removed = None
        name = shown(what.name)
        self.setWindowTitle(self.tr("Remove {name}'s record").format(name=name))
        self.facts = _wrapped(self._facts(), self)
        self.facts.setAccessibleName(self.tr("What will be removed"))
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.book_button = QPushButton(self.tr("Save the life-story &book first…"), self)
        self.book_button.setEnabled(what.pages > 0)
        self.book_saved = QLabel(self)
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(self.tr("Type the child's name to confirm"))
        prompt = QLabel(self.tr("&Type {name} to remove the record:").format(name=name), self)
        prompt.setBuddy(self.typed)
        self.error = error_label(self, self.tr("Problem removing the record"))
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.remove_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.remove_button.setText(self.tr("&Remove for good"))
        self.remove_button.setEnabled(False)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setDefault(False)
        with_mnemonics(self.buttons)
        layout = QVBoxLayout(self)
        for widget in (self.facts, self.book_button, self.book_saved, prompt, self.typed,
                       self.error, self.busy, self.buttons):
            layout.addWidget(widget)
        self.operation = Operation(self, self.busy, (self.typed, self.book_button,
                                                     self.buttons), self.error)
        self.typed.textChanged.connect(self._check_name)
        self.book_button.clicked.connect(self.save_book)
        self.buttons.accepted.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)

    def _facts(self) -> str:
        w = self.what
        lines = [self.tr("This deletes {name}'s record for good, from this journal and from "
                         "its backups:").format(name=shown(w.name))]
        for label, count in ((self.tr("Entries about them alone"), w.entries),
                             (self.tr("Life-story pages"), w.pages), (self.tr("Photos"), w.photos),
                             (self.tr("People around them"), w.people),
                             (self.tr("Records (family time, goals, reviews, profiles)"),
                              w.records),
                             (self.tr("Unsaved drafts that mention them"), w.drafts)):
            lines.append(f"  • {label}: {count}")
        lines.append("  • " + self.tr("Their profile, with every earlier version"))
        if w.shared:
            lines.append(self.tr("Entries also about another child stay for that child, "
                                 "without {name}: {count}").format(name=shown(w.name),
                                                                   count=w.shared))
        lines.append(self.tr("Backups of this journal replaced by one fresh backup without "
                             "them: {count}").format(count=w.backups))
        lines.append(self.tr("What stays is one line: a placement for child \u201c{initial}\u201d,"
                             " removed today.").format(initial=shown(initial_of(w.name))))
        return "\n".join(lines)

    def _check_name(self, text: str) -> None:
        wanted = " ".join(self.what.name.split()).casefold()
        self.remove_button.setEnabled(" ".join(text.split()).casefold() == wanted)

    @unless_locked
    def save_book(self) -> None:
        suggested = self.tr("{name}'s life story.pdf").format(name=self.what.name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the life-story book"),
                                              suggested, "PDF (*.pdf)", options=private_dialog())
        if not path:
            return
        try:
            self.workspace.removal.save_book(self.what.child_id, Path(path))
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self.book_saved.setText(self.tr("The book is saved: {path}").format(path=path))

    def remove(self) -> None:
        if not self.remove_button.isEnabled() or self.operation.running:
            return
        child_id = self.what.child_id
        self.operation.start(lambda: self.workspace.removal.remove(child_id, expected=child_id),
                             self._removed)

    def _removed(self, removed) -> None:
        self.removed = removed
        self.accept()


@unless_locked
def end_placement(window) -> None:
    child = chosen_child(window)
    if child is None:
        return
    dialog = EndPlacementDialog(window.workspace, child, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    ended = translate("MainWindow", "{name}'s placement has ended.").format(name=shown(child.name))
    dialog.accepted.connect(lambda: window.statusBar().showMessage(ended, 8000))
    dialog.open()  # window-modal: a lock closes it


@unless_locked
def remove_child(window) -> None:
    child = chosen_child(window)
    if child is None:
        return
    dialog = RemoveChildDialog(window.workspace, window.workspace.removal.what_goes(child.id),
                               window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _after_removal(window, dialog.removed))
    dialog.open()


def _after_removal(window, removed) -> None:
    window.reload_children()
    window.refresh()
    if removed is not None:
        window.statusBar().showMessage(translate(
            "MainWindow", "The record of {initial} is removed; a fresh backup without them is "
                          "{path}.").format(initial=removed.initial, path=removed.backup), 15_000)


def add_actions(window, menu) -> None:
    """The two actions, at the end of the Child menu; the removal names the chosen child."""
    window.end_placement_action = window._action(
        translate("MainWindow", "E&nd the placement…"), QKeySequence(),
        lambda: end_placement(window),
        translate("MainWindow", "The day the selected child's placement ended, and where they "
                                "went"))
    window.remove_child_action = window._action(
        translate("MainWindow", "Remo&ve the record…"), QKeySequence(),
        lambda: remove_child(window),
        translate("MainWindow", "Remove the selected child's whole record from this journal "
                                "and its backups"))
    menu.addSeparator()
    menu.addAction(window.end_placement_action)
    menu.addAction(window.remove_child_action)

    def name_it(_row: int) -> None:
        item = window.children_list.currentItem()
        chosen = window.child_id() is not None and item is not None
        window.remove_child_action.setText(
            translate("MainWindow", "Remo&ve {name}'s record…").format(name=item.text())
            if chosen else translate("MainWindow", "Remo&ve the record…"))
        for action in (window.end_placement_action, window.remove_child_action):
            action.setEnabled(chosen)
    window.children_list.currentRowChanged.connect(name_it)
    name_it(window.children_list.currentRow())
