"""A tab of the Profiles page for a -3..+3 profile (the child's needs, or the carers'
capacity): on the left the latest and the one before side by side, the change marked up or
down, a chart of it and what the latest says; on the right a new profile to write, empty or
started from the last."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.needs_profile import CAPACITY
from carerdesk.domain.profile_scale import AreaChange, change, new_from, signed
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    show_error,
    shown_html,
    unless_locked,
)
from carerdesk.gui.journal.profile_chart import ProfileChart, colour_of
from carerdesk.gui.journal.rated_profile_form import RatedProfileForm
from carerdesk.text.i18n import translate


class RatedProfileTab(QWidget):
    """``saved`` after a new profile is kept."""

    saved = Signal()

    def __init__(self, service, child_id: str, kind: str, areas: dict[str, str],
                 journal: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.service, self.child_id, self.kind, self.areas = service, child_id, kind, areas
        self.records: list = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(areas), 5 if kind == CAPACITY else 4, self)
        self.table.setAccessibleName(self.tr("The latest profile and the one before"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = ProfileChart(self)
        self.words = QTextBrowser(self)
        self.words.setAccessibleName(self.tr("What the latest profile says"))
        self.form = RatedProfileForm(kind, areas, journal, self)
        self.draft = FormDraft(self.form, service, f"profile-{kind}", child_id,
                               state=self.form.draft_state, restore=self.form.draft_restore)
        self.from_last = QPushButton(self.tr("New profile from the &last"), self)
        self.from_last.setToolTip(self.tr("Start the new profile from the latest one, dated "
                                          "today: change only what has changed"))
        self.save_button = QPushButton(self.tr("&Save as a new profile"), self)
        self.save_button.setToolTip(self.tr("Keep this as a new dated profile; the earlier "
                                            "ones stay as they were"))
        self.error = error_label(self, self.tr("Problem"))
        self.note = QLabel(self)
        self.note.setAccessibleName(self.tr("Saved"))
        self._lay_out()
        self.from_last.clicked.connect(self.start_from_last)
        self.save_button.clicked.connect(self.save)
        self.reload()
        self.draft.shown()  # a profile begun before a lock comes back

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.table, 2)
        left.addWidget(self.chart)
        left.addWidget(self.words, 1)
        right = QVBoxLayout()
        right.addWidget(self.form, 1)
        right.addWidget(self.draft.note)
        right.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.from_last)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    @property
    def latest(self):
        return self.records[-1] if self.records else None

    @property
    def previous(self):
        return self.records[-2] if len(self.records) > 1 else None

    @unless_locked
    def reload(self) -> None:
        self.records = self.service.records(self.child_id)
        latest, previous = self.latest, self.previous
        if latest is None:
            self.heading.setText(self.tr("No profile yet: write the first one on the right."))
        elif previous is None:
            self.heading.setText(self.tr("Latest: {day}. There is no earlier one to compare "
                                         "with yet.").format(day=latest.value.day.isoformat()))
        else:
            self.heading.setText(self.tr("Latest: {day}, beside the one before: {before}.")
                                 .format(day=latest.value.day.isoformat(),
                                         before=previous.value.day.isoformat()))
        moved = change(previous.value if previous else None,
                       latest.value if latest else _Nothing(), self.areas)
        self._fill_table(moved)
        self.chart.show_change([(self._title(k), c) for k, c in moved.items()])
        self.words.setHtml(self._words_html())

    def _title(self, key: str) -> str:
        return self.areas[key]

    def _fill_table(self, moved: dict[str, AreaChange]) -> None:
        headers = [self.tr("Area"), self.tr("Before"), self.tr("Now"), self.tr("Change")]
        if self.kind == CAPACITY:
            headers.append(self.tr("Whose view now"))
        self.table.setHorizontalHeaderLabels(headers)
        latest = self.latest.value if self.latest else None
        for row, (key, moving) in enumerate(moved.items()):
            cells = [self._title(key), signed(moving.before), signed(moving.after),
                     self._how(moving)]
            if self.kind == CAPACITY:
                area = latest.areas.get(key) if latest else None
                cells.append(translate("Profiles", area.view.title) if area and area.view
                             else "–")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and moving.difference:
                    item.setForeground(QBrush(colour_of(moving)))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _how(self, moving: AreaChange) -> str:
        n = abs(moving.difference or 0)
        return {"up": self.tr("▲ up {n}"), "down": self.tr("▼ down {n}"),
                "same": self.tr("= the same"), "unknown": "–"}[moving.direction].format(n=n)

    def _words_html(self) -> str:
        latest = self.latest.value if self.latest else None
        if latest is None:
            return ""
        parts = []
        if self.kind == CAPACITY:
            parts.append("<p>" + self.tr("Made with the social worker {name}.").format(
                name=shown_html(latest.social_worker)) + "</p>")
        for key in self.areas:
            area = latest.areas.get(key)
            if area is None:
                continue
            lines = [f"<b>{html.escape(self._title(key))}</b>"]
            for label, text in ((self.tr("Strengths"), area.strengths),
                                (self.tr("Difficulties"), area.difficulties),
                                (self.tr("Evidence"), area.evidence)):
                if text:
                    lines.append(f"{html.escape(label)}: {shown_html(text)}")
            if area.entries:
                lines.append(self.tr("Journal entries as evidence: {n}").format(
                    n=len(area.entries)))  # no plural: the English .ts is not mine to rebuild
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        return "".join(parts)

    @unless_locked
    def start_from_last(self) -> None:
        clear_error(self.error)
        if self.latest is None:
            self.note.setText(self.tr("There is no profile yet to start from."))
            return
        self.form.start(new_from(self.latest.value))
        self.note.setText(self.tr("Started from the profile of {day}.").format(
            day=self.latest.value.day.isoformat()))

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        try:
            self.service.add(self.child_id, self.form.value())
        except CarerDeskError as exc:
            show_error(self.error, exc)  # what was typed stays, to put right
            return
        self.draft.saved()
        self.form.start(None)
        self.reload()
        self.draft.shown()
        self.note.setText(self.tr("Saved. The one before is kept beside it."))
        self.saved.emit()


class _Nothing:
    """No profile yet: nothing rated, so the table shows each area empty."""

    areas: dict = {}
