"""Every version of an entry, with when and why it changed: amending never erases."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from carerdesk.gui.common.render import entry_html
from carerdesk.journal import VersionView
from carerdesk.text.dates import strftime


class HistoryDialog(QDialog):
    def __init__(self, versions: list[VersionView], child_names: dict[str, str],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Entry history"))
        self.resize(820, 560)
        self.versions, self.child_names = versions, child_names
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setMaximumWidth(280)
        for v in versions:
            when = strftime(v.saved_at.astimezone(), "%d %b %Y %H:%M")
            reason = v.reason or self.tr("first written")
            self.list.addItem(self.tr("Version {n}, {when}: {reason}").format(
                n=v.version, when=when, reason=reason))
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("The version's text"))
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.view, 1)
        buttons = QDialogButtonBox(parent=self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAutoDefault(False)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(len(versions) - 1)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.view.setHtml(entry_html(self.versions[row].content, self.child_names))
