"""Change the passphrase: the current one, the new one twice, with the strength meter.

Only the passphrase slot is rewritten (the database is never re-keyed). Argon2 runs twice
(checking the current passphrase, sealing the new one), about a second in all, so the work
goes to the thread pool with a busy bar; a problem keeps everything typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from carerdesk.app import policy
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import CarerDeskError, WrongPassphrase
from carerdesk.domain.passphrase import check_new_passphrase
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import busy_bar, error_label
from carerdesk.gui.setup.strength import StrengthMeter


class PassphraseDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.minimum = policy.current().min_passphrase
        self.setWindowTitle(self.tr("Change your passphrase"))
        self.current, self.new, self.again = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for field, name in ((self.current, self.tr("Current passphrase")),
                            (self.new, self.tr("New passphrase")),
                            (self.again, self.tr("New passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.meter = StrengthMeter(self)
        intro = QLabel(self.tr("Your recovery key stays the same. Choose a new passphrase of "
                               "at least {n} characters.").format(n=self.minimum), self)
        intro.setWordWrap(True)
        self.error = error_label(self, self.tr("Passphrase problem"))
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&hange passphrase"))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("C&urrent passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("New passphrase &again:"), self.again)
        form.addRow(self.error)
        form.addRow(self.busy)
        form.addRow(self.buttons)
        self.operation = Operation(self, self.busy, (self.current, self.new, self.again,
                                                     self.buttons), self.error)
        self.new.textChanged.connect(lambda text: self.meter.show_for(text, self.minimum))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        if self.operation.running:
            return
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        try:  # the quick rules first, before a second of Argon2
            if not current:
                raise WrongPassphrase()
            check_new_passphrase(new, again, self.minimum)
        except CarerDeskError as exc:
            self.operation.refuse(exc, self._retype)
            return
        self.operation.start(lambda: self.workspace.change_passphrase(new, again,
                                                                      current=current),
                             lambda _result: super(PassphraseDialog, self).accept(),
                             self._retype)

    def _retype(self, exc: BaseException) -> None:
        field = self.current if isinstance(exc, WrongPassphrase) else self.new
        field.setFocus()
        field.selectAll()

    def reject(self) -> None:
        if not self.operation.running:  # the slot file is being written: let it finish
            super().reject()
