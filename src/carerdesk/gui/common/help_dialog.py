"""Help (the README, shipped with the package, read offline) and About.

Nothing here opens a link: an in-page anchor scrolls, anything else (a web address, another
file) is named in the status line and left alone. CarerDesk never uses the network.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

import carerdesk
from carerdesk.app import preset

README = Path(__file__).resolve().parents[2] / "resources" / "help" / "README.md"
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)\n?")


def help_markdown() -> str:
    """The README as shipped, without its screenshots (they live only in the source tree)."""
    return _IMAGE.sub("", README.read_text(encoding="utf-8"))


class HelpDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CarerDesk help"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # we decide what a click does: only anchors move
        self.browser.anchorClicked.connect(self._link)
        self.browser.setMarkdown(help_markdown())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About the link"))
        self.note.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(860, 620)  # within a 1366×768 screen, title bar and panel included

    def _link(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
            self.note.hide()
            return
        self.note.setText(self.tr("CarerDesk does not open links: it never uses the network. "
                                  "The link was: {link}").format(link=url.toString()))
        self.note.show()


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CarerDesk"))
        title = self.tr("CarerDesk {version}").format(version=carerdesk.__version__)
        paragraphs = [
            self.tr("An offline, encrypted journal for foster carers, shaped by the Secure "
                    "Base model."),
            self.tr("CarerDesk never connects to the network. Your journal is encrypted on "
                    "this computer and leaves it only when you export it on purpose."),
            self.tr("Free software under the GNU General Public Licence, version 3 or later. "
                    "The bundled Noto Sans fonts are under the SIL Open Font Licence."),
            self.tr("The Welsh translation is new: corrections from Welsh speakers are very "
                    "welcome."),
            *self._agency(),
        ]
        self.text = QLabel(f"<h2>{html.escape(title)}</h2>"
                           + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs), self)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("About CarerDesk"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _agency(self) -> list[str]:
        """The agency whose preset is in force, and where from: as ``carerdesk status``."""
        state = preset.in_force()
        if state.preset is None:
            return [self.tr("No agency preset is in force.")]
        said = [self.tr("Set up by {agency} (the agency's preset, {where}).").format(
            agency=state.preset.agency, where=state.where())]
        if state.problem is not None:
            said.append(self.tr("The agency's settings file has a mistake, so CarerDesk keeps "
                                "the settings it had. Please tell your agency: {problem}")
                        .format(problem=state.problem.message))
        return said
