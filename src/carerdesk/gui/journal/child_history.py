"""Every kept version of a child's name and dates, with when and why each changed: a
correction never erases (the look of the entry's history)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.gui.common.widgets import shown, shown_html
from carerdesk.journal.views import ChildVersionView
from carerdesk.text.dates import strftime


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "–"


class ChildHistoryDialog(QDialog):
    def __init__(self, versions: list[ChildVersionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The child's name and dates: every version"))
        self.resize(760, 420)
        self.versions = versions
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setMaximumWidth(300)
        self.list.setWordWrap(True)  # a long reason wraps instead of hiding
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for v in versions:
            when = strftime(v.saved_at.astimezone(), "%d %b %Y %H:%M")
            reason = v.reason or (self.tr("as first recorded") if v.version == 1
                                  else self.tr("no reason given"))
            self.list.addItem(self.tr("Version {n}, {when}").format(n=v.version, when=when)
                              + "\n" + shown(reason))
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("The version's name and dates"))
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.view, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(len(versions) - 1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            self.view.clear()
            return
        v = self.versions[row]
        before = self.versions[row - 1] if row > 0 else None
        rows = [(self.tr("Name"), shown(v.name), before and shown(before.name)),
                (self.tr("Date of birth"), _day(v.born), before and _day(before.born)),
                (self.tr("Came to live with us"), _day(v.placed), before and _day(before.placed)),
                (self.tr("Placement ended"), _day(v.ended), before and _day(before.ended))]
        parts = [f"<h3>{shown_html(v.name)}</h3><table cellpadding='3'>"]
        for label, now, was in rows:
            cell = html.escape(now)
            if was is not None and was != now:  # what this version changed, and from what
                cell = (f"<b>{cell}</b> <i>" + html.escape(
                    self.tr("(was {before})").format(before=was)) + "</i>")
            parts.append(f"<tr><td>{html.escape(label)}</td><td>{cell}</td></tr>")
        parts.append("</table>")
        if v.reason:
            parts.append("<p>" + html.escape(self.tr("Why: {reason}").format(
                reason=shown(v.reason))) + "</p>")
        self.view.setHtml("".join(parts))
