"""The unlock window, with a way through the recovery key for a forgotten passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app import preset
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import DatabaseDamaged
from carerdesk.domain.text import shown_safely as shown
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import busy_bar, error_label


class UnlockDialog(QDialog):
    """Asks for the passphrase; emits ``unlocked(workspace)``."""

    unlocked = Signal(object)

    def __init__(self, folder: Path, agency: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Unlock CarerDesk"))
        self.setMinimumWidth(420)
        title = QLabel(self.tr("<h2>Welcome back</h2>"), self)
        intro = QLabel(self.tr("Your journal is locked. Type your passphrase to open it."), self)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = error_label(self, self.tr("Unlock problem"))
        self.busy = busy_bar(self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.forgot_button = QPushButton(self.tr("&Forgotten passphrase?"), self)
        self.forgot_button.setAccessibleName(self.tr("Forgotten passphrase"))
        self.forgot_button.setAutoDefault(False)
        self.restore_button = QPushButton(self.tr("&Restore the newest backup"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the newest backup"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.hide()
        self.damaged_backup = None
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        if agency is None:  # the agency whose preset is in force (the last good one kept)
            found = preset.active()
            agency = found.agency if found is not None else None
        self.agency = QLabel(self.tr("Set up by {agency}").format(agency=shown(agency or "")),
                             self)
        self.agency.setTextFormat(Qt.TextFormat.PlainText)  # the agency's words, not markup
        self.agency.setAccessibleName(self.tr("Your agency"))
        self.agency.setVisible(bool(agency))
        layout.addWidget(self.agency)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.forgot_button.clicked.connect(self.recover)
        self.restore_button.clicked.connect(self.restore_backup)
        # Tab as on screen: the passphrase, the restore button when shown, then the buttons
        # left to right
        for first, second in ((self.passphrase, self.restore_button),
                              (self.restore_button, self.forgot_button),
                              (self.forgot_button, self.unlock_button)):
            QWidget.setTabOrder(first, second)
        self.operation = Operation(self, self.busy, (self.unlock_button, self.forgot_button,
                                                     self.passphrase), self.error)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.operation.start(lambda: Workspace.unlock(self.folder, passphrase),
                             self._opened, self._failed)

    def _opened(self, workspace: Workspace) -> None:
        self.passphrase.clear()
        self.unlocked.emit(workspace)
        self.accept()

    def show_damage(self, exc: BaseException) -> None:
        """Found after unlocking: say so here, with the restore button when there is a backup."""
        self.operation.refuse(exc, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.damaged_backup = getattr(exc, "backup", None) if isinstance(
            exc, DatabaseDamaged) else None
        self.restore_button.setVisible(self.damaged_backup is not None)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def restore_backup(self) -> None:
        """The journal is damaged: put the newest backup in place (the damaged copy is kept)."""
        backup, folder, passphrase = self.damaged_backup, self.folder, self.passphrase.text()
        if backup is None or self.operation.running:
            return

        def work() -> Workspace:
            Workspace.restore_newest_good(folder, passphrase)
            return Workspace.unlock(folder, passphrase)

        self.restore_button.hide()
        self.operation.start(work, self._opened, self._failed)

    def recover(self) -> None:
        from carerdesk.gui.setup.recover import RecoverDialog

        dialog = RecoverDialog(self.folder, self)
        dialog.recovered.connect(self._opened)
        dialog.open()
