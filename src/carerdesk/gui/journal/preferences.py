"""Preferences: how soon CarerDesk locks itself, and where backups go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from carerdesk.app import appearance, policy, preset, settings
from carerdesk.app.workspace import Workspace
from carerdesk.gui.common.appearance import current as current_appearance
from carerdesk.gui.common.autolock import autolock_minutes
from carerdesk.gui.common.widgets import private_dialog, with_mnemonics


class PreferencesDialog(QDialog):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Preferences"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setValue(autolock_minutes())
        self._minutes_word(self.minutes.value())
        self.minutes.valueChanged.connect(self._minutes_word)
        self.minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.folder = QLineEdit(str(workspace.backup_folder()), self)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.setAccessibleName(self.tr("Choose the backup folder"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(choose)
        hint = self._make_look()  # before the buttons: Tab reads the window top to bottom
        self._make_language()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        with_mnemonics(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._apply_locks(choose)
        form = QFormLayout(self)
        form.addRow(self.tr("&Lock CarerDesk after:"), self.minutes)
        form.addRow(self.tr("&Back up to:"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.folder)
        form.addRow(self.tr("Loo&k:"), self.look)
        form.addRow(hint)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.language_hint)
        form.addRow(buttons)

    def _minutes_word(self, count: int) -> None:
        """"1 minute", "5 minutes": the plural form for the number shown, without the
        number (the spin box shows it before the suffix)."""
        self.minutes.setSuffix(self.tr("%n minutes", "", count).replace(str(count), "", 1))

    def _make_look(self) -> QLabel:
        """Light, dark, high contrast, or the system's; the text size is on Ctrl+= / Ctrl+-."""
        self.look = QComboBox(self)
        self.look.setAccessibleName(self.tr("Look"))
        for key, text in zip(appearance.LOOKS, (self.tr("As the system is set"),
                                                self.tr("Light"), self.tr("Dark"),
                                                self.tr("High contrast")), strict=True):
            self.look.addItem(text, key)
        self.look.setCurrentIndex(appearance.LOOKS.index(appearance.look()))
        hint = QLabel(self.tr("Text size: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 as normal, "
                              "in every window."), self)
        hint.setWordWrap(True)
        return hint

    def _make_language(self) -> None:
        """English or Cymraeg, or the system's; the agency may have decided it."""
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for key, text in ((None, self.tr("As the system is set")), ("en", "English"),
                          ("cy", "Cymraeg")):
            self.language.addItem(text, key)
        chosen = settings.load().get("language")
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        self.language_hint = QLabel(self.tr("A new language is used from the next time "
                                            "CarerDesk starts."), self)
        self.language_hint.setWordWrap(True)
        if preset.is_locked("language"):
            self.language.setEnabled(False)
            self.language.setToolTip(self.tr("Set by your agency"))

    def _apply_locks(self, choose: QPushButton) -> None:
        """What the agency has decided is shown, not editable."""
        current = policy.current()
        if current.agency is None:
            return
        note = self.tr("Set by {agency}").format(agency=current.agency)
        for name, widgets in (("auto_lock_minutes", (self.minutes,)),
                              ("backup_folder", (self.folder, choose))):
            if name in current.locked:
                for widget in widgets:
                    widget.setEnabled(False)
                    widget.setToolTip(note)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.folder.text(),
                                                  options=private_dialog(folders=True))
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        if self.language.isEnabled() and \
                self.language.currentData() != settings.load().get("language"):
            settings.save({"language": self.language.currentData()})
        if self.look.currentData() != appearance.look():
            appearance.choose_look(self.look.currentData())
            if (applied := current_appearance()) is not None:
                applied.apply()
        if self.minutes.isEnabled():  # read again at the next key press
            policy.choose(auto_lock_minutes=self.minutes.value())
        if self.folder.isEnabled() and self.folder.text().strip() and \
                Path(self.folder.text()) != self.workspace.backup_folder():
            self.workspace.set_backup_folder(Path(self.folder.text().strip()))
        super().accept()
