"""Change the recovery key: the journal re-encrypted under a new key, a new recovery key
shown once.

The passphrase is asked first (it seals the new key, and proves it is the carer), then the
work (Argon2 twice and a copy of the whole journal) goes to the thread pool with a busy bar.
The new key is shown on the dialog's second step, which closes only once the carer says
they have written it down: it is never shown again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import WrongPassphrase
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import error_label, with_mnemonics
from carerdesk.gui.setup.unlock import busy_bar


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class RekeyDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.recovery_key: str | None = None
        self.setWindowTitle(self.tr("Change the recovery key"))
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._ask_page())
        self.steps.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self.setMinimumWidth(520)

    def _ask_page(self) -> QWidget:
        page = QWidget(self)
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        prompt = QLabel(self.tr("Your &passphrase:"), page)
        prompt.setBuddy(self.passphrase)
        self.error = error_label(page, self.tr("Recovery key problem"))
        self.busy = busy_bar(page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=page)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Make a new recovery key"))
        with_mnemonics(self.buttons)
        layout = QVBoxLayout(page)
        layout.addWidget(_wrapped(self.tr(
            "CarerDesk will make a new recovery key and re-encrypt your journal under a new "
            "key. After that, your old recovery key and copies of the key file from before "
            "no longer open this journal. Your passphrase stays the same. Backups made before "
            "now still open with the key of their day: keep them as safe as before."), page))
        layout.addWidget(prompt)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.operation = Operation(self, self.busy, (self.passphrase, self.buttons), self.error)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        return page

    def _key_page(self) -> QWidget:
        page = QWidget(self)
        self.key = QLabel(page)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key.setAccessibleName(self.tr("New recovery key"))
        self.key.setStyleSheet("font-family: monospace; font-size: 15pt; font-weight: bold;")
        self.written = QCheckBox(self.tr("I have &written the new recovery key down"), page)
        self.done_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, parent=page)
        self.done_button = self.done_box.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setEnabled(False)
        layout = QVBoxLayout(page)
        layout.addWidget(_wrapped(self.tr(
            "Your new recovery key is below. Write it on paper now and keep it somewhere safe, "
            "away from the computer: it is shown only this once."), page))
        layout.addWidget(self.key)
        layout.addWidget(self.written)
        layout.addWidget(self.done_box)
        self.written.toggled.connect(self.done_button.setEnabled)
        self.done_box.accepted.connect(self.accept)
        return page

    def _start(self) -> None:
        typed = self.passphrase.text()
        if self.operation.running:
            return
        if not typed:
            self.operation.refuse(WrongPassphrase(), self._retype)
            return
        self.operation.start(lambda: self.workspace.rekey(typed, typed, current=typed),
                             self._made, self._retype)

    def _made(self, recovery_key: str) -> None:
        self.passphrase.clear()
        self.recovery_key = recovery_key
        groups = recovery_key.split("-")
        self.key.setText("\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))
        self.key.setAccessibleDescription(" ".join(groups))
        self.steps.setCurrentIndex(1)
        self.written.setFocus()

    def _retype(self, _exc: BaseException) -> None:
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def reject(self) -> None:
        """Not while the journal is being re-encrypted, nor before the new key is written
        down (it cannot be shown again)."""
        if self.operation.running:
            return
        if self.recovery_key is not None and not self.written.isChecked():
            return
        super().reject()
