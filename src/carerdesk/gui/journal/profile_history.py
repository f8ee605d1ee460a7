"""Every kept version of the child's profile, with when and why: an edit never erases."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from carerdesk.domain.profile import PROFILE_FIELDS
from carerdesk.gui.common.widgets import shown, shown_html
from carerdesk.journal.profile import ProfileVersionView
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import translate


class ProfileVersions(QWidget):
    def __init__(self, profiles, child_id: str, parent=None) -> None:
        super().__init__(parent)
        self.profiles, self.child_id = profiles, child_id
        self.versions: list[ProfileVersionView] = []
        self.empty = QLabel(self.tr("No earlier versions yet: each time the profile is saved, "
                                    "the version before is kept here."), self)
        self.empty.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Kept versions"))
        self.list.setMaximumWidth(320)
        self.list.setWordWrap(True)  # a long reason wraps instead of hiding
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("The version's words"))
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(row, 1)
        self.list.currentRowChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        self.versions = self.profiles.history(self.child_id)
        self.empty.setVisible(not self.versions)
        self.list.clear()
        for v in self.versions:
            when = strftime(v.saved_at.astimezone(), "%d %b %Y %H:%M")
            reason = v.reason or (self.tr("as it was before the first edit") if v.version == 1
                                  else "")
            text = self.tr("Version {n}, {when}").format(n=v.version, when=when)
            self.list.addItem(f"{text}\n{shown(reason)}" if reason else text)
        self.list.setCurrentRow(len(self.versions) - 1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            self.view.clear()
            return
        v = self.versions[row]

        def day(d):
            return d.isoformat() if d else "–"

        parts = [f"<h3>{shown_html(v.name)}</h3>",
                 "<p>" + html.escape(self.tr("Born {born} · came to live with us {placed} · "
                                             "placement ended {ended}").format(
                     born=day(v.born), placed=day(v.placed), ended=day(v.ended))) + "</p>"]
        for key, text in v.parts.items():
            if text:
                title = html.escape(translate("Profile", PROFILE_FIELDS[key]))
                words = shown_html(text).replace("\n", "<br>")
                parts.append(f"<p><b>{title}</b><br>{words}</p>")
        self.view.setHtml("".join(parts))
