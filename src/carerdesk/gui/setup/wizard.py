"""First run: create the vault, keep the recovery key safe, then the household and a child
(or, for a social worker, their name)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QWizard,
    QWizardPage,
)

from carerdesk.app.files import write_file
from carerdesk.app.workspace import SetUpProgress, Workspace
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.roles import Role
from carerdesk.gui.common.widgets import clear_error, error_label, show_error
from carerdesk.gui.journal.child_fields import ChildFields
from carerdesk.gui.setup.wizard_keys import (
    ConfirmKeyPage,
    KeysWizard,
    PassphrasePage,
    RecoveryKeyPage,
)
from carerdesk.gui.setup.wizard_roles import (
    SupervisorPage,
    WelcomePage,
    blank_name_hint,
    only_spaces,
    steady,
    wrapped,
)
from carerdesk.text.messages import describe


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
        workspace = self.owner.workspace
        assert workspace is not None  # the passphrase page made it
        try:
            workspace.journal.save_household(self.name.text(), self.carers.text() or None)
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
        label = form.labelForField(self.fields.name)
        if isinstance(label, QLabel):
            label.setText(self.tr("Child's na&me:"))
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
        try:
            name, born, placed = self.fields.values()
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
        from carerdesk.app import policy, preset

        self.agency = preset.active()
        self.folder, self.kdf_params = folder, kdf_params
        self.minimum = minimum or policy.current().min_passphrase
        self.workspace: Workspace | None = resume
        self.progress: SetUpProgress | None = resume.set_up_progress() if resume else None
        self.recovery_key: str | None = None
        self.leave_box: QMessageBox | None = None
        self._role: Role | None = None
        self.setWindowTitle(self.tr("Finish setting up CarerDesk") if resume
                            else self.tr("Set up CarerDesk"))
        self.setMinimumSize(640, 560)
        self._button_texts()
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

    def _button_texts(self) -> None:
        """A letter on every button (Qt's own "Cancel" has none on Linux)."""
        b = QWizard.WizardButton
        for button, text in ((b.BackButton, self.tr("< &Back")), (b.NextButton, self.tr("&Next >")),
                             (b.FinishButton, self.tr("&Finish")),
                             (b.CancelButton, self.tr("Cance&l"))):
            self.setButtonText(button, text)

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
        elif isinstance(layout, QBoxLayout):
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

    def create_vault(self, passphrase: str,
                     confirmation: str) -> Callable[[], tuple[Workspace, str]]:
        folder, params = self.folder, self.kdf_params
        role = self.welcome.role()
        return lambda: Workspace.create(folder, passphrase, confirmation, role=role,
                                        params=params, check_recovery=True)

    def save_sheet(self, path: Path, status: QLabel) -> None:
        from carerdesk.reports.recovery_sheet import recovery_sheet

        try:
            write_file(path, recovery_sheet(self.recovery_key or ""))  # owner-only
        except CarerDeskError as exc:
            status.setText(self.tr("Could not save the sheet: {reason}").format(
                reason=describe(exc)))
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
                                  "and type your passphrase, it carries on from here."),
                          parent=self)
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


if TYPE_CHECKING:
    def _keys_wizard(wizard: SetupWizard) -> KeysWizard:
        return wizard  # mypy checks that the set-up wizard has all its pages use
