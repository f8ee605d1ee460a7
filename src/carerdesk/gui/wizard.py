"""First run: create the vault, keep the recovery key safe, then the household and a child
(or, for a social worker, their name)."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.passphrase import check_new_passphrase
from carerdesk.domain.roles import Role
from carerdesk.gui.child_fields import ChildFields
from carerdesk.gui.common import clear_error, error_label, show_error
from carerdesk.gui.unlock import busy_bar
from carerdesk.gui.wizard_roles import (
    SupervisorPage,
    WelcomePage,
    blank_name_hint,
    steady,
    only_spaces,
    wrapped,
)
from carerdesk.gui.workers import run_in_background
from carerdesk.workspace import SetUpProgress, Workspace


def sheet_document(recovery_key: str) -> QTextDocument:
    """The recovery sheet for the printer, with the same words as the PDF."""
    groups = recovery_key.split("-")
    rows = "".join(
        "<tr>" + "".join(f"<td><small>{i + 1}</small><br><b style='font-size:20pt'>{g}</b></td>"
                         for i, g in list(enumerate(groups))[r:r + 4]) + "</tr>"
        for r in range(0, len(groups), 4))
    doc = QTextDocument()
    doc.setHtml(
        "<h1>" + QCoreApplication.translate("RecoverySheet", "CarerDesk recovery sheet") + "</h1>"
        f"<table cellpadding='8'>{rows}</table><p>"
        + QCoreApplication.translate(
            "RecoverySheet", "If you ever forget your passphrase, open CarerDesk, choose "
                             "\"Forgotten passphrase\" and type this key. You can then choose a "
                             "new passphrase; nothing in your journal is lost.") + "</p><p>"
        + QCoreApplication.translate(
            "RecoverySheet", "Anyone who has this sheet and your computer could read your "
                             "records. Keep it somewhere safe and private, away from the "
                             "computer: with your important papers, or in a locked drawer.")
        + "</p>")
    return doc


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Choose your passphrase"))
        self.setSubTitle(self.tr("It opens your journal. Nobody else, not even your agency, "
                                 "can open it without this passphrase or your recovery key."))
        from carerdesk.gui.strength import StrengthMeter

        self.first, self.second = QLineEdit(self), QLineEdit(self)
        for field, name in ((self.first, self.tr("Passphrase")),
                            (self.second, self.tr("Passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.meter = StrengthMeter(self)
        self.error = error_label(self, self.tr("Passphrase problem"))
        self.busy = busy_bar(self)
        steady(self.first, self.second)
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow(self.error)
        form.addRow(self.busy)
        self.first.textChanged.connect(lambda text: self.meter.show_for(text, wizard.minimum))
        self.first.textChanged.connect(self.completeChanged)
        self.second.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.first.text() and self.second.text()) and not self.busy.isVisible()

    def validatePage(self) -> bool:
        if self.owner.workspace is not None:
            return True
        clear_error(self.error)
        try:
            check_new_passphrase(self.first.text(), self.second.text(), self.owner.minimum)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return False
        self.busy.show()
        self.completeChanged.emit()
        run_in_background(self, self.owner.create_vault(self.first.text(), self.second.text()),
                          self._created, self._failed)
        return False  # the page moves on when the vault exists

    def _created(self, result) -> None:
        self.busy.hide()
        if not self.owner.isVisible():  # cancelled while the vault was being made
            result[0].lock()
            return
        self.owner.workspace, self.owner.recovery_key = result
        self.owner.welcome.fix_role()
        self.first.clear()
        self.second.clear()
        self.owner.next()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.completeChanged.emit()
        show_error(self.error, exc)


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("If you forget your passphrase, this key is the only way back "
                                 "into your journal. Write it down or print it now: it is shown "
                                 "only this once."))
        self.key = QLabel(self)  # every group in view, numbered as on the sheet
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("&Save recovery sheet (PDF)…"), self)
        self.save_button.setAccessibleName(self.tr("Save recovery sheet"))
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"), self)
        self.print_button.setAccessibleName(self.tr("Print recovery sheet"))
        self.saved = wrapped("", self)
        self.renewed = wrapped(self.tr(
            "Setting up stopped last time before your recovery key was checked, and a key is "
            "never shown twice. So here is a new one: write this one down. The key shown last "
            "time no longer opens your journal."), self)
        self.renewed.hide()
        self.error = error_label(self, self.tr("Recovery key problem"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.renewed)
        layout.addWidget(self.error)
        layout.addWidget(self.key)
        layout.addWidget(wrapped(self.tr("Keep the sheet somewhere safe and private, away from "
                                        "the computer. Anyone with the key and your computer "
                                        "could read your records."), self))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.saved)
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button.clicked.connect(self.print_sheet)

    def isComplete(self) -> bool:
        return self.owner.recovery_key is not None

    def initializePage(self) -> None:
        if self.owner.recovery_key is None and self.owner.workspace is not None:
            self._renew()  # resumed: the first key was never checked and cannot be shown again
        groups = (self.owner.recovery_key or "").split("-")
        cells = "".join(
            ("<tr>" if i % 4 == 0 else "")
            + f"<td style='padding:6px 14px 6px 0'><small style='color:#607d8b'>{i + 1}</small>"
              f"<br><span style='font-size:17pt; font-weight:bold; font-family:monospace'>"
              f"{group}</span></td>" + ("</tr>" if i % 4 == 3 else "")
            for i, group in enumerate(groups))
        closing = "</tr>" if len(groups) % 4 else ""
        self.key.setText(f"<table>{cells}{closing}</table>")
        self.key.setAccessibleDescription(" ".join(groups))
        self.key.setVisible(self.owner.recovery_key is not None)

    def _renew(self) -> None:
        try:
            self.owner.recovery_key = self.owner.workspace.new_recovery_key()
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        clear_error(self.error)
        self.renewed.show()

    def print_sheet(self) -> None:
        """Straight to the printer: the key never passes through a file."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            sheet_document(self.owner.recovery_key or "").print_(printer)
            self.saved.setText(self.tr("Sent to the printer. Keep the paper somewhere safe."))

    def save_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save recovery sheet"),
                                              "CarerDesk recovery sheet.pdf", "PDF (*.pdf)")
        if path:
            self.owner.save_sheet(Path(path), self.saved)


class ConfirmKeyPage(QWizardPage):
    """The carer types two groups back, so we know the key was really kept."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check your recovery key"))
        self.groups = (0, 0)
        self.intro = wrapped("", self)
        self.first, self.second = QLineEdit(self), QLineEdit(self)
        for field in (self.first, self.second):
            field.setAccessibleName(self.tr("A group of the recovery key"))
        steady(self.first, self.second)
        self.error = error_label(self, self.tr("Recovery key check"))
        form = QFormLayout(self)
        form.addRow(self.intro)
        self.first_label, self.second_label = QLabel(self), QLabel(self)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        form.addRow(self.error)

    def initializePage(self) -> None:
        first, second = sorted(secrets.SystemRandom().sample(range(1, 14), 2))
        self.groups = (first, second)
        self.intro.setText(self.tr("Type two groups of your recovery key from your paper, "
                                   "to check it was written down right."))
        for label, field, group in ((self.first_label, self.first, self.groups[0]),
                                    (self.second_label, self.second, self.groups[1])):
            label.setText(self.tr("Group {n}:").format(n=group))
            field.setAccessibleName(self.tr("Group {n} of the recovery key").format(n=group))
            field.clear()

    def validatePage(self) -> bool:
        groups = (self.owner.recovery_key or "").split("-")
        typed = (self.first.text(), self.second.text())
        wanted = [groups[g - 1] for g in self.groups]
        norm = [t.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
                for t in typed]
        if norm == wanted:
            try:
                self.owner.workspace.recovery_key_checked()
            except CarerDeskError as exc:
                show_error(self.error, exc)
                return False
            clear_error(self.error)
            return True
        self.error.setText(self.tr("That does not match the key. Go back one page to see it "
                                   "again, and check your paper."))
        self.error.show()
        return False


class HouseholdPage(QWizardPage):
    """The household's name (needed) and the carers' names (optional), saved on Next."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Your household"))
        self.setSubTitle(self.tr("How your household appears on reports you choose to send."))
        self.name, self.carers = QLineEdit(self), QLineEdit(self)
        self.name.setAccessibleName(self.tr("Household name"))
        self.carers.setAccessibleName(self.tr("Carers' names"))
        self.name.setPlaceholderText(self.tr("for example: The Brown family"))
        steady(self.name, self.carers)
        self.hint = blank_name_hint(self)
        self.error = error_label(self, self.tr("Household problem"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Household name:"), self.name)  # Alt+N is the wizard's Next
        form.addRow(self.tr("&Carers' names:"), self.carers)
        form.addRow(self.hint)
        form.addRow(self.error)
        self.registerField("household", self.name)
        for field in (self.name, self.carers):
            field.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if only_spaces(self.name.text()):
            self.hint.setText(self.tr("A household name cannot be only spaces. Please type "
                                      "the name, for example: The Brown family."))
        elif only_spaces(self.carers.text()):
            self.hint.setText(self.tr("The carers' names cannot be only spaces. Type the "
                                      "names, or leave the box empty."))
        self.hint.setVisible(only_spaces(self.name.text()) or only_spaces(self.carers.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip()) and not only_spaces(self.carers.text())

    def validatePage(self) -> bool:
        try:
            self.owner.workspace.journal.save_household(self.name.text(),
                                                        self.carers.text() or None)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return False
        clear_error(self.error)
        return True


class ChildPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("The first child in your care"))
        self.setSubTitle(self.tr("You can add brothers and sisters, and other children, later."))
        form = QFormLayout(self)
        self.fields = ChildFields(form, self)
        # Mnemonics of their own: Alt+N is the wizard's Next and Alt+B its Back.
        form.labelForField(self.fields.name).setText(self.tr("Child's na&me:"))
        self.fields.knows_born.setText(self.tr("I &know the date of birth"))
        steady(self.fields.name, self.fields.born, self.fields.placed)
        self.hint = blank_name_hint(self)
        self.error = error_label(self, self.tr("Child problem"))
        form.addRow(self.hint)
        form.addRow(self.error)
        self.registerField("child", self.fields.name)
        self.fields.name.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        blank = only_spaces(text)
        self.hint.setText(self.tr("A child's name cannot be only spaces. Please type the "
                                  "name the child goes by.") if blank else "")
        self.hint.setVisible(blank)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.fields.name.text().strip())

    def validatePage(self) -> bool:
        name, born, placed = self.fields.values()
        try:
            self.owner.add_first_child(name, born, placed)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return False
        clear_error(self.error)
        return True


class SetupWizard(QWizard):
    """Emits ``ready(workspace)`` once the vault, the household and a child exist.

    Given ``resume`` (a vault unlocked at start whose set-up was left unfinished), it shows
    only the pages still to do: a new recovery key and its check if the first key was never
    checked, then the household and the first child (or a social worker's name).
    """

    ready = Signal(object)

    def __init__(self, folder: Path, minimum: int | None = None, kdf_params=None,
                 parent=None, resume: Workspace | None = None) -> None:
        super().__init__(parent)
        from carerdesk import preset

        self.agency = preset.active()
        self.folder, self.kdf_params = folder, kdf_params
        self.minimum = minimum or preset.min_passphrase()
        self.workspace: Workspace | None = resume
        self.progress: SetUpProgress | None = resume.set_up_progress() if resume else None
        self.recovery_key: str | None = None
        self.leave_box: QMessageBox | None = None
        self._role: Role | None = None
        self.setWindowTitle(self.tr("Finish setting up CarerDesk") if resume
                            else self.tr("Set up CarerDesk"))
        self.setMinimumSize(640, 560)
        self.welcome = WelcomePage(self)
        self.household_page = HouseholdPage(self)
        self.pages = {}
        for page in (self.welcome, PassphrasePage(self), RecoveryKeyPage(self),
                     ConfirmKeyPage(self), self.household_page, ChildPage(self),
                     SupervisorPage(self)):
            self.pages[type(page)] = self.addPage(page)
            # Every page takes the wizard's whole height: left at its size hint (which knows
            # nothing of wrapped lines) a page squeezed its text when an error appeared.
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        if resume is not None:
            self._resume()
        self.rejected.connect(self._abandoned)

    def _resume(self) -> None:
        self.welcome.supervisor.setChecked(self.role() is Role.SUPERVISOR)
        self.welcome.fix_role()
        first = self._sequence()[0]
        self.setStartId(first)
        note = wrapped(self.tr("Setting up was not finished last time. Your journal and your "
                               "passphrase are kept; these are the steps left."), self)
        note.setStyleSheet("font-weight: bold;")
        self.resume_note = note
        layout = self.page(first).layout()
        if isinstance(layout, QFormLayout):
            layout.insertRow(0, note)
        else:
            layout.insertWidget(0, note)

    def role(self) -> Role:
        if self.workspace is None:
            return self.welcome.role()
        if self._role is None:  # asked on every button update: read from the vault once
            self._role = self.workspace.role
        return self._role

    def _sequence(self) -> list[int]:
        """The pages to go through, in order: all of them at first, what is left on resume."""
        progress, supervisor = self.progress, self.role() is Role.SUPERVISOR
        if progress is None:
            kinds: list[type] = [WelcomePage, PassphrasePage, RecoveryKeyPage, ConfirmKeyPage]
            kinds += [SupervisorPage] if supervisor else [HouseholdPage, ChildPage]
        else:
            kinds = [RecoveryKeyPage, ConfirmKeyPage] if progress.recovery_pending else []
            if supervisor:
                kinds += [SupervisorPage] if progress.needs_name else []
            else:
                kinds += [HouseholdPage] if progress.needs_household else []
                kinds += [ChildPage] if progress.needs_child else []
        return [self.pages[kind] for kind in kinds] or [
            self.pages[SupervisorPage if supervisor else ChildPage]]

    def nextId(self) -> int:
        """A carer goes on to the household and child; a social worker only gives a name."""
        sequence, current = self._sequence(), self.currentId()
        if current not in sequence:
            return -1
        at = sequence.index(current)
        return sequence[at + 1] if at + 1 < len(sequence) else -1

    def create_vault(self, passphrase: str, confirmation: str):
        folder, params = self.folder, self.kdf_params
        role = self.welcome.role()
        return lambda: Workspace.create(folder, passphrase, confirmation, role=role,
                                        params=params, check_recovery=True)

    def save_sheet(self, path: Path, status: QLabel) -> None:
        from carerdesk.reports.recovery_sheet import recovery_sheet

        try:
            path.write_bytes(recovery_sheet(self.recovery_key or ""))
        except OSError as exc:
            status.setText(self.tr("Could not save the sheet: {reason}").format(
                reason=exc.strerror or exc))
            return
        status.setText(self.tr("Saved to {path}. Print it, then keep the paper safe and "
                               "delete the file.").format(path=path))

    def add_first_child(self, child: str, born, placed) -> None:
        assert self.workspace is not None
        journal = self.workspace.journal
        if not journal.children():  # Finish pressed twice adds one child, not two
            journal.add_child(child, born, placed)

    def accept(self) -> None:
        super().accept()
        self.ready.emit(self.workspace)

    # --- leaving before the end ---

    def reject(self) -> None:
        """Cancel, Escape or the window's close button. Before the vault exists nothing is
        kept; after, leaving is asked first, and set-up carries on at the next start."""
        if self.workspace is None:
            super().reject()
            return
        if self.leave_box is not None and self.leave_box.isVisible():
            return
        self.leave_box = self._leave_question()
        self.leave_box.open()

    def _leave_question(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Finish setting up later?"),
                          self.tr("Your journal is made and locked with your passphrase, but "
                                  "setting up is not finished. Next time you open CarerDesk "
                                  "and type your passphrase, it carries on from here."), parent=self)
        if self.workspace is not None and self.workspace.set_up_progress().recovery_pending:
            box.setInformativeText(self.tr(
                "Your recovery key has not been checked yet, so next time CarerDesk will "
                "make a new one for you to write down, and this one will stop working."))
        self.finish_later_button = box.addButton(self.tr("&Finish later"),
                                                 QMessageBox.ButtonRole.DestructiveRole)
        self.keep_going_button = box.addButton(self.tr("&Keep setting up"),
                                               QMessageBox.ButtonRole.RejectRole)
        for button, name in ((self.finish_later_button, self.tr("Finish later")),
                             (self.keep_going_button, self.tr("Keep setting up"))):
            button.setAccessibleName(name)
        box.setDefaultButton(self.keep_going_button)
        box.setEscapeButton(self.keep_going_button)
        box.buttonClicked.connect(self._left)
        return box

    def _left(self, button) -> None:
        if button is self.finish_later_button:
            self.abandon()

    def abandon(self) -> None:
        """Leave without asking (the answer was "Finish later", or the app is closing)."""
        QWizard.reject(self)

    def _abandoned(self) -> None:
        if self.workspace is not None:  # the vault exists; set-up resumes after unlocking
            self.workspace.lock()
            self.workspace = None
