"""The wizard's first pages: the passphrase, the recovery key shown (printed or saved) and
the key checked by typing two of its groups back."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.passphrase import check_new_passphrase
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import (
    busy_bar,
    clear_error,
    error_label,
    private_dialog,
    show_error,
)
from carerdesk.gui.setup.wizard_roles import steady, wrapped


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


class _Welcome(Protocol):
    def fix_role(self) -> None: ...


class KeysWizard(Protocol):
    """What these pages use of the set-up wizard (gui/setup/wizard.py's SetupWizard)."""

    minimum: int
    workspace: Workspace | None
    recovery_key: str | None

    @property
    def welcome(self) -> _Welcome: ...

    def create_vault(self, passphrase: str,
                     confirmation: str) -> Callable[[], tuple[Workspace, str]]: ...

    def save_sheet(self, path: Path, status: QLabel) -> None: ...

    def isVisible(self) -> bool: ...

    def next(self) -> None: ...


def keys_wizard(wizard: QWizard) -> KeysWizard:
    """The wizard as these pages know it: the set-up wizard, which has all of KeysWizard."""
    return cast(KeysWizard, wizard)


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.owner = keys_wizard(wizard)
        self.setTitle(self.tr("Choose your passphrase"))
        self.setSubTitle(self.tr("It opens your journal. Nobody else, not even your agency, "
                                 "can open it without this passphrase or your recovery key."))
        from carerdesk.gui.setup.strength import StrengthMeter

        self.first, self.second = QLineEdit(self), QLineEdit(self)
        for field, name in ((self.first, self.tr("Passphrase")),
                            (self.second, self.tr("Passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.meter = StrengthMeter(self)
        self.error = error_label(self, self.tr("Passphrase problem"))
        self.busy = busy_bar(self)
        self.operation = Operation(self, self.busy, error=self.error)
        steady(self.first, self.second)
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow(self.error)
        form.addRow(self.busy)
        self.first.textChanged.connect(lambda text: self.meter.show_for(text, self.owner.minimum))
        self.first.textChanged.connect(self.completeChanged)
        self.second.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.first.text() and self.second.text()) and not self.operation.running

    def validatePage(self) -> bool:
        if self.owner.workspace is not None:
            return True
        try:
            check_new_passphrase(self.first.text(), self.second.text(), self.owner.minimum)
        except CarerDeskError as exc:
            self.operation.refuse(exc)
            return False
        self.operation.start(self.owner.create_vault(self.first.text(), self.second.text()),
                             self._created, lambda _exc: self.completeChanged.emit())
        self.completeChanged.emit()  # no Next or Finish while the vault is being made
        return False  # the page moves on when the vault exists

    def _created(self, result) -> None:
        if not self.owner.isVisible():  # cancelled while the vault was being made
            result[0].lock()
            return
        self.owner.workspace, self.owner.recovery_key = result
        self.owner.welcome.fix_role()
        self.first.clear()
        self.second.clear()
        self.owner.next()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.owner = keys_wizard(wizard)
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
        workspace = self.owner.workspace
        assert workspace is not None  # made on the passphrase page, before this one
        try:
            self.owner.recovery_key = workspace.new_recovery_key()
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
                                              "CarerDesk recovery sheet.pdf", "PDF (*.pdf)",
                                              options=private_dialog())
        if path:
            self.owner.save_sheet(Path(path), self.saved)


class ConfirmKeyPage(QWizardPage):
    """The carer types two groups back, so we know the key was really kept."""

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.owner = keys_wizard(wizard)
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
            workspace = self.owner.workspace
            assert workspace is not None  # made on the passphrase page
            try:
                workspace.recovery_key_checked()
            except CarerDeskError as exc:
                show_error(self.error, exc)
                return False
            clear_error(self.error)
            return True
        self.error.setText(self.tr("That does not match the key. Go back one page to see it "
                                   "again, and check your paper."))
        self.error.show()
        return False
