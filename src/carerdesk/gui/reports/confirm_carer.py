"""The question a social worker answers before a carer's key is trusted: the fingerprint in
its six groups, large enough to read aloud over the phone, group by group."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from carerdesk.gui.common.widgets import shown_html


class ConfirmCarerBox(QMessageBox):
    def __init__(self, name: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Confirm the carer's key"))
        groups = "&nbsp;&nbsp;".join(fingerprint.split())
        self.setText(self.tr(
            "<p>Reports from <b>{name}</b> come from a key this vault has not seen before. "
            "Until you confirm it, they stay apart, marked “not yet confirmed”.</p>"
            "<p>Phone the carer (or meet them) and ask them to read the fingerprint their "
            "CarerDesk shows under Keys and recipients. It must be exactly:</p>"
            "<p style='font-family: monospace; font-size: 15pt'>{groups}</p>"
            "<p>Does every group match what the carer read to you?</p>").format(
            name=shown_html(name), groups=groups))
        self.setAccessibleName(self.tr("Confirm the carer's key"))
        self.yes = self.addButton(self.tr("&Yes, it matches"), QMessageBox.ButtonRole.YesRole)
        self.no = self.addButton(self.tr("&Not yet"), QMessageBox.ButtonRole.NoRole)
        self.setDefaultButton(self.no)  # Enter alone never trusts a key

    def agreed(self) -> bool:
        return self.clickedButton() is self.yes
