"""Forgotten passphrase: the recovery key, then a new passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from carerdesk.app.workspace import Workspace
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import (
    busy_bar,
    error_label,
    with_mnemonics,
)


class RecoverDialog(QDialog):
    recovered = Signal(object)

    def __init__(self, folder: Path, parent=None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Forgotten passphrase"))
        intro = QLabel(self.tr("Type the recovery key from your recovery sheet, then choose a "
                               "new passphrase. Nothing in your journal is lost."), self)
        intro.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.new = QLineEdit(self)
        self.confirm = QLineEdit(self)
        for field, name in ((self.new, self.tr("New passphrase")),
                            (self.confirm, self.tr("New passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.error = error_label(self, self.tr("Recovery problem"))
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Set new passphrase"))
        with_mnemonics(self.buttons)
        form = QFormLayout()
        form.addRow(self.tr("&Recovery key:"), self.key)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Again:"), self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_recover)
        self.buttons.rejected.connect(self.reject)
        self.operation = Operation(self, self.busy, (self.buttons,), self.error)

    def try_recover(self) -> None:
        key, new, confirm = self.key.text(), self.new.text(), self.confirm.text()
        folder = self.folder

        def work() -> Workspace:
            workspace = Workspace.unlock_with_recovery_key(folder, key)
            try:
                workspace.change_passphrase(new, confirm, why="passphrase.recover")
            except BaseException:
                workspace.lock()
                raise
            return workspace

        self.operation.start(work, self._done)

    def _done(self, workspace: Workspace) -> None:
        self.recovered.emit(workspace)
        self.accept()
