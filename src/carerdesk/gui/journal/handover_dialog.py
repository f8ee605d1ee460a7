"""Child → Hand over {name}'s record… and Child → Import the handover receipt….

The handover dialog asks who the record goes to (the agency's records key from the preset,
or one of the carer's social workers) and where to save the file, then seals the whole
record off the GUI thread. It is window-modal, so a lock closes it; nothing is written until
the button is pressed; the file is named by the child's initials and the day. Importing the
receipt reads which child it is for, asks once, naming the child and counting what will go,
and only then removes the working copy (app/handover.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.sibling_parts import initials
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import (
    busy_bar,
    error_label,
    private_dialog,
    shown,
    unless_locked,
    with_mnemonics,
)
from carerdesk.gui.common.workers import run_in_background
from carerdesk.gui.journal.chosen_child import chosen_child
from carerdesk.text.i18n import translate
from carerdesk.text.messages import describe


class HandoverDialog(QDialog):
    def __init__(self, workspace: Workspace, child, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.child, self.made = workspace, child, None
        name = shown(child.name)
        self.setWindowTitle(self.tr("Hand over {name}'s record").format(name=name))
        about = QLabel(self.tr(
            "Every entry with every earlier version, significant events, family time, people, "
            "profiles, goals, {name}'s own page, the life-story pages with their photos and the "
            "log of reports sent, signed by you and encrypted for the agency. The record stays "
            "here until their receipt comes back.").format(name=name), self)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        self.recipients = QListWidget(self)
        self.recipients.setAccessibleName(self.tr("Hand over to"))
        self.recipients.setMaximumHeight(120)
        to = QLabel(self.tr("Hand over &to:"), self)
        to.setBuddy(self.recipients)
        self.path = QLineEdit(str(Path.home() / handover_file_name(child.name)), self)
        self.path.setAccessibleName(self.tr("Save the handover as"))
        where = QLabel(self.tr("&Save as:"), self)
        where.setBuddy(self.path)
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setAccessibleName(self.tr("Choose where to save the handover"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.error = error_label(self, self.tr("Problem making the handover"))
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText(self.tr("&Make the handover"))
        with_mnemonics(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(to)
        layout.addWidget(self.recipients)
        layout.addWidget(where)
        layout.addLayout(row)
        for widget in (self.error, self.busy, self.buttons):
            layout.addWidget(widget)
        self.operation = Operation(self, self.busy, (self.recipients, self.path, self.choose,
                                                     self.buttons), self.error)
        self.choose.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        self._fill()
        self.setMinimumWidth(560)

    def _fill(self) -> None:
        """The agency's records key first (the usual place), then the social workers."""
        keys = []
        records = self.workspace.handover.records_key()
        if records is not None:
            keys.append((self.tr("{name} (the agency's records key)").format(
                name=shown(records.name)), records))
        keys += [(shown(r.name), r.key) for r in self.workspace.exchange.recipients()]
        for label, key in keys:
            item = QListWidgetItem(f"{label}  ·  {key.fingerprint}", self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, key)
        if self.recipients.count():
            self.recipients.setCurrentRow(0)

    @unless_locked
    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the handover"),
                                              self.path.text(), self.tr("Handover (*.cdhandover)"),
                                              options=private_dialog())
        if path:
            self.path.setText(path)

    def make(self) -> None:
        if self.operation.running:
            return
        item = self.recipients.currentItem()
        if item is None or not self.path.text().strip():
            from carerdesk.domain.errors import HandoverRefused

            self.operation.refuse(HandoverRefused("no-recipient"))
            return
        key, out = item.data(Qt.ItemDataRole.UserRole), Path(self.path.text().strip())
        child_id = self.child.id
        self.operation.start(
            lambda: self.workspace.handover.make_file(child_id, [key], out.expanduser()),
            self._made)

    def _made(self, made) -> None:
        self.made = made
        self.accept()


@unless_locked
def hand_over(window) -> None:
    child = chosen_child(window)
    if child is None:
        return
    dialog = HandoverDialog(window.workspace, child, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    made = translate("MainWindow", "{name}'s record is handed over: send the file, then import "
                                   "the receipt when it comes back.").format(
        name=shown(child.name))
    dialog.accepted.connect(lambda: window.statusBar().showMessage(made, 15_000))
    window.handover_dialog = dialog
    dialog.open()  # window-modal: a lock closes it


def handover_file_name(name: str, today: dt.date | None = None) -> str:
    """The child's initials and the day, never their name: a file name is read by anyone
    who handles the file (a USB stick, an email), and the desktop may remember it."""
    return translate("HandoverDialog", "{initials} handover {day}.cdhandover").format(
        initials=initials(name), day=(today or dt.date.today()).isoformat())


class ReceiptQuestion(QMessageBox):
    """Asked once the receipt is checked, before anything goes: whose record, and what."""

    def __init__(self, check, parent=None) -> None:
        super().__init__(parent)
        what, name = check.goes, shown(check.goes.name)
        self.check = check
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Remove {name}'s record?").format(name=name))
        self.setText(self.tr("This receipt says the agency has received {name}'s whole "
                             "record. Removing the record here deletes it for good, from this "
                             "journal and from its backups:").format(name=name))
        rows = [(translate("RemoveChildDialog", "Entries about them alone"), what.entries),
                (translate("RemoveChildDialog", "Life-story pages"), what.pages),
                (translate("RemoveChildDialog", "Photos"), what.photos),
                (translate("RemoveChildDialog", "People around them"), what.people),
                (translate("RemoveChildDialog",
                           "Records (family time, goals, reviews, profiles)"), what.records),
                (translate("RemoveChildDialog", "Backups of this journal replaced by one fresh "
                                                "backup without them: {count}").format(
                    count=what.backups), None)]
        lines = [f"• {label}: {count}" if count is not None else f"• {label}"
                 for label, count in rows]
        if what.shared:
            lines.append("• " + translate(
                "RemoveChildDialog", "Entries also about another child stay for that child, "
                                     "without {name}: {count}").format(name=name,
                                                                        count=what.shared))
        self.setInformativeText("\n".join(lines))
        self.remove_button = self.addButton(self.tr("&Remove {name}'s record").format(
            name=name), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)  # Return alone never removes a record
        self.setEscapeButton(self.cancel_button)


@unless_locked
def import_receipt(window) -> None:
    """The receipt chosen, checked (which child, which handover), then one question naming
    the child and what will go; only Remove removes. No child need be chosen first."""
    path, _ = QFileDialog.getOpenFileName(
        window, translate("MainWindow", "Import the handover receipt"), str(Path.home()),
        translate("MainWindow", "Receipt (*.cdreceipt);;All files (*)"), options=private_dialog())
    if not path:
        return
    window.statusBar().showMessage(translate("MainWindow", "Checking the receipt…"))
    run_in_background(window, lambda: window.workspace.handover.check_receipt_file(Path(path)),
                      lambda check: _ask(window, check), lambda exc: _refused(window, exc))


@unless_locked
def _ask(window, check) -> None:
    window.statusBar().clearMessage()
    if check.goes is None:  # imported before, or the record removed already: settle it
        _settle(window, check)
        return
    question = ReceiptQuestion(check, window)
    question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    question.setWindowModality(Qt.WindowModality.WindowModal)  # a lock closes it
    window.receipt_question = question

    def answered(button) -> None:
        if button is question.remove_button:
            _settle(window, check)
        else:
            window.statusBar().showMessage(translate(
                "MainWindow", "Nothing was removed: {name}'s record stays in this journal.")
                .format(name=shown(check.goes.name)), 15_000)

    question.buttonClicked.connect(answered)
    question.finished.connect(lambda _result: setattr(window, "receipt_question", None))
    question.open()


def _settle(window, check) -> None:
    window.statusBar().showMessage(translate("MainWindow", "Removing the record…"))
    run_in_background(window, lambda: window.workspace.handover.settle_receipt(check),
                      lambda settled: _settled(window, settled),
                      lambda exc: _refused(window, exc))


def _settled(window, settled) -> None:
    window.reload_children()
    window.refresh()
    removed = settled.removed
    window.statusBar().showMessage(translate(
        "MainWindow", "Receipt accepted: the record of {initial} is removed; a fresh backup "
                      "without them is {path}.").format(initial=shown(removed.what.name),
                                                        path=removed.backup)
        if removed else translate("MainWindow", "That receipt was imported before."), 15_000)


def _refused(window, exc: BaseException) -> None:
    words = describe(exc) if isinstance(exc, CarerDeskError) else str(exc)
    window.statusBar().showMessage(words, 20_000)


def add_actions(window, menu) -> None:
    """At the end of the Child menu; the handover names the chosen child."""
    window.handover_action = window._action(
        translate("MainWindow", "&Hand over the record…"), QKeySequence(),
        lambda: hand_over(window),
        translate("MainWindow", "Seal the selected child's whole record for the agency, at the "
                                "end of the placement"))
    window.receipt_action = window._action(
        translate("MainWindow", "Import the handover rece&ipt…"), QKeySequence(),
        lambda: import_receipt(window),
        translate("MainWindow", "The agency's receipt for a handover: the working copy of the "
                                "record is then removed"))
    menu.addAction(window.handover_action)
    menu.addAction(window.receipt_action)

    def name_it(_row: int) -> None:
        item = window.children_list.currentItem()
        chosen = window.child_id() is not None and item is not None
        window.handover_action.setText(
            translate("MainWindow", "&Hand over {name}'s record…").format(name=item.text())
            if chosen else translate("MainWindow", "&Hand over the record…"))
        window.handover_action.setEnabled(chosen)
    window.children_list.currentRowChanged.connect(name_it)
    name_it(window.children_list.currentRow())
