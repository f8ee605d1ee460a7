"""This vault's key (fingerprint to read aloud, public key file to give) and, for a carer,
the social workers their reports can go to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
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

from carerdesk.app.files import write_file
from carerdesk.app.package_files import read_key_file
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.roles import Role
from carerdesk.exchange import PublicKey
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    private_dialog,
    show_error,
    shown,
    unless_locked,
    with_mnemonics,
)
from carerdesk.text.i18n import translate
from carerdesk.text.messages import key_name


def confirm_fingerprint(parent, key: PublicKey) -> bool:
    """The carer compares the fingerprint with what the social worker reads to them."""
    answer = QMessageBox.question(
        parent, translate("KeysDialog", "Check the fingerprint"),
        translate("KeysDialog", "{name}\n\nFingerprint:\n{fp}\n\nIs this the fingerprint {name} "
                                "read to you (by phone or in person)? Only trust it if every "
                                "digit matches.").format(
            name=shown(key.name) if key.name else translate("KeysDialog", "This key"),
            fp=key.fingerprint))
    return answer == QMessageBox.StandardButton.Yes


class KeysDialog(QDialog):
    def __init__(self, workspace, parent=None, confirm=confirm_fingerprint) -> None:
        super().__init__(parent)
        self.workspace, self.confirm = workspace, confirm
        self.setWindowTitle(self.tr("Keys and recipients"))
        self.resize(620, 440)
        own = workspace.exchange.public_key()
        self.fingerprint = QLabel(own.fingerprint, self)
        font = QFont(self.fingerprint.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setFamily("monospace")
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        save = QPushButton(self.tr("&Save my public key…"), self)
        save.clicked.connect(lambda: self.save_public_key())
        self.error = error_label(self, self.tr("Problem"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your fingerprint. Read it aloud when someone adds "
                                         "your key, so they know it is really yours:"), self))
        layout.addWidget(self.fingerprint)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        self.recipients = QListWidget(self)
        self.recipients.setAccessibleName(self.tr("Recipients"))
        if workspace.role is Role.CARER:
            self._recipient_part(layout)
        else:
            self.recipients.hide()  # a social worker sends nothing; it must not float unlaid
            self._name_part(layout, own.name)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        buttons = with_mnemonics(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _recipient_part(self, layout) -> None:
        layout.addWidget(QLabel(self.tr("Reports can go to:"), self))
        layout.addWidget(self.recipients)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Add from a key file…"), self)
        add.clicked.connect(lambda: self.add_from_file())
        default = QPushButton(self.tr("Make &default"), self)
        default.clicked.connect(self.make_default)
        remove = QPushButton(self.tr("&Remove"), self)
        remove.clicked.connect(self.remove)
        for button in (add, default, remove):
            row.addWidget(button)
        layout.addLayout(row)
        self.reload()

    def _name_part(self, layout, name: str) -> None:
        """A social worker's name, as carers see it on the key they add."""
        row = QHBoxLayout()
        self.own_name = QLineEdit(name, self)
        self.own_name.setAccessibleName(self.tr("Your name on your key"))
        self.rename_button = rename = QPushButton(self.tr("Save &name"), self)
        rename.clicked.connect(lambda: self.rename(self.own_name.text()))
        row.addWidget(QLabel(self.tr("Your name on your key:"), self))
        row.addWidget(self.own_name, 1)
        row.addWidget(rename)
        layout.addLayout(row)
        layout.addStretch()

    def rename(self, name: str) -> bool:
        try:
            self.workspace.exchange.set_own_name(name)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return False
        clear_error(self.error)
        self.status.setText(self.tr("Saved. Key files you save from now on carry this name."))
        return True

    def reload(self) -> None:
        self.recipients.clear()
        for r in self.workspace.exchange.recipients():
            text = f"{shown(r.name)}  ·  {r.fingerprint}"
            if r.is_default:
                text += "  ·  " + self.tr("default")
            if r.from_preset:
                text += "  ·  " + self.tr("set by your agency")
            item = QListWidgetItem(text, self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, r)

    def _chosen(self):
        item = self.recipients.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def save_public_key(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my public key"),
                                                  "carerdesk.key",
                                                  self.tr("CarerDesk keys (*.key)"),
                                                  options=private_dialog())
        if not path:
            return None
        try:
            write_file(Path(path), self.workspace.exchange.public_key().to_text()
                                   .encode("utf-8"))
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return None
        clear_error(self.error)
        self.status.setText(self.tr("Saved {path}. It holds no secrets: give it to your "
                                    "social worker or carers.").format(path=path))
        return Path(path)

    @unless_locked
    def add_from_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("A social worker's key"), "",
                                                  self.tr("CarerDesk keys (*.key);;All files "
                                                          "(*)"), options=private_dialog())
        if not path:
            return False
        try:
            key = read_key_file(Path(path))
            self.workspace.exchange.check_recipients([key])  # refused before any question
            if not self.confirm(self, key):
                self.status.setText(self.tr("Not added."))
                return False
            added = self.workspace.exchange.add_recipient(key, key_name(key))
        except CarerDeskError as exc:
            show_error(self.error, exc)
            if not self.isVisible():  # called from the report dialog: say it there
                QMessageBox.warning(self.parentWidget(), self.tr("Key not added"),
                                    self.error.text())
            return False
        clear_error(self.error)
        self.status.setText(self.tr("Added {name}.").format(name=shown(added.name)))
        self.reload()
        return True

    def make_default(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.workspace.exchange.add_recipient(chosen.key, chosen.name, default=True)
            self.reload()

    def remove(self) -> None:
        chosen = self._chosen()
        yes = QMessageBox.StandardButton.Yes
        if chosen is not None and QMessageBox.question(
                self, self.tr("Remove a recipient"),
                self.tr("Stop sending reports to {name}? You can add their key again "
                        "later.").format(name=shown(chosen.name))) == yes:
            self.workspace.exchange.remove_recipient(chosen.fingerprint)
            self.reload()
