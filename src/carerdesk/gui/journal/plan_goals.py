"""The Plan page's goals: the list (area, what, status, review date, due), one goal's form,
its evidence (entries picked from the child's journal) and its reviews."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.goals import GoalReview, GoalStatus, area_source
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    show_error,
    shown,
    unless_locked,
    with_mnemonics,
)
from carerdesk.gui.journal.plan_goal_form import GoalForm, date_field, day_of
from carerdesk.text.i18n import translate

PICKABLE = 1000  # the newest entries offered as evidence


def first_words(entry) -> str:
    c = entry.content
    words = (c.text or c.voice or c.reflection or "").strip().split("\n")[0]
    return f"{c.date.isoformat()} — {shown(words[:70])}"


class EvidencePicker(QDialog):
    """The child's entries, newest first; the one chosen becomes evidence."""

    def __init__(self, entries, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add evidence"))
        self.setObjectName("plan-evidence-picker")
        self.resize(620, 480)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("The child's entries"))
        for entry in entries:
            item = QListWidgetItem(first_words(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = with_mnemonics(QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which entry shows how this goal is going?"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class GoalsPage(QWidget):
    changed = Signal()  # a goal or a review saved: the reminder may differ

    def __init__(self, workspace, child_id: str, parent=None) -> None:
        super().__init__(parent)
        self.plan, self.journal, self.child_id = workspace.plan, workspace.journal, child_id
        self.current: str | None = None  # the goal shown in the form, once saved
        self.summaries: list = []
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Area"), self.tr("Goal"), self.tr("Status"),
                                   self.tr("Review"), self.tr("Due")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Goals"))
        for column, width in enumerate((110, 170, 80, 85)):
            self.list.setColumnWidth(column, width)
        self.new_button = QPushButton(self.tr("&New goal"), self)
        self.form = GoalForm(self)
        self.draft = FormDraft(self.form, workspace.journal, "plan-goal", child_id)  # on a lock
        self.error = error_label(self, self.tr("Problem"))
        self.save_button = QPushButton(self.tr("S&ave goal"), self)
        self.evidence = QListWidget(self)
        self.evidence.setAccessibleName(self.tr("Evidence for this goal"))
        self.evidence_button = QPushButton(self.tr("Add &evidence…"), self)
        self.reviews = QListWidget(self)
        self.reviews.setAccessibleName(self.tr("Reviews of this goal"))
        self.status = QComboBox(self)
        for status in GoalStatus:
            self.status.addItem(translate("Goals", status.title), status.value)
        self.review_date = date_field(self, self.tr("Date of the review"), up_to_today=True)
        self.review_words = QLineEdit(self)
        self.review_button = QPushButton(self.tr("&Keep this review"), self)
        self.review_error = error_label(self, self.tr("Problem with the review"))
        self._layout()
        self.list.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.new_button.clicked.connect(self.new_goal)
        self.save_button.clicked.connect(self.save)
        self.evidence_button.clicked.connect(self.add_evidence)
        self.review_button.clicked.connect(self.add_review)
        self.reload()
        self.new_goal()

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.addWidget(self.form)
        column.addWidget(self.draft.note)
        column.addWidget(self.error)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        evidence = QGroupBox(self.tr("Evidence: entries that show how it is going"), inner)
        ev_layout = QVBoxLayout(evidence)
        self.evidence.setMinimumHeight(70)
        ev_layout.addWidget(self.evidence)
        ev_layout.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignRight)
        reviews = QGroupBox(self.tr("Reviews of this goal"), inner)
        rv_layout = QVBoxLayout(reviews)
        self.reviews.setMinimumHeight(70)
        rv_layout.addWidget(self.reviews)
        fields = QFormLayout()
        for text, widget in ((self.tr("Stat&us:"), self.status),
                             (self.tr("&Date:"), self.review_date),
                             (self.tr("Words o&f the review:"), self.review_words)):
            label = QLabel(text, reviews)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            fields.addRow(label, widget)
        rv_layout.addLayout(fields)
        rv_layout.addWidget(self.review_error)
        rv_layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(evidence)
        column.addWidget(reviews)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setAccessibleName(self.tr("The goal"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.scroll_area)
        splitter.setSizes([470, 620])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- the list ---

    @unless_locked
    def reload(self) -> None:
        self.summaries = self.plan.plan(self.child_id)
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for summary in self.summaries:
            g = summary.goal.value
            item = QTreeWidgetItem([
                translate(*area_source(g.area)), shown(g.what),
                translate("Goals", summary.status.title),
                g.review_date.isoformat() if g.review_date else "",
                self.tr("due") if summary.due else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, summary.goal.id)
            self.list.addTopLevelItem(item)
            if summary.goal.id == self.current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(blocked)

    def _summary(self):
        return next((s for s in self.summaries if s.goal.id == self.current), None)

    def _chosen(self, item) -> None:
        if item is None:
            return
        self.current = item.data(0, Qt.ItemDataRole.UserRole)
        summary = self._summary()
        self.form.show_goal(summary.goal.value if summary else None)
        self.draft.shown(self.current)
        clear_error(self.error)
        self._show_parts()

    def new_goal(self) -> None:
        self.current = None
        self.list.clearSelection()
        self.form.show_goal(None)
        self.draft.shown()
        clear_error(self.error)
        clear_error(self.review_error)
        self._show_parts()
        self.form.what.setFocus()

    @unless_locked
    def _show_parts(self) -> None:
        """The evidence and reviews of the goal shown; none for a goal not saved yet."""
        summary = self._summary()
        self.evidence.clear()
        self.reviews.clear()
        for part in (self.evidence_button, self.review_button, self.status, self.review_date,
                     self.review_words):
            part.setEnabled(summary is not None)
        if summary is None:
            return
        for entry_id in summary.goal.value.evidence:
            self.evidence.addItem(first_words(self.journal.entry(entry_id)))
        for review in summary.reviews:
            r = review.value
            words = f": {shown(r.words)}" if r.words else ""
            self.reviews.addItem(f"{r.date.isoformat()} {translate('Goals', r.status.title)}"
                                 f"{words}")

    # --- what a person does ---

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        summary = self._summary()
        try:
            if summary is None:
                saved = self.plan.add_goal(self.child_id, self.form.goal())
            else:
                saved = self.plan.amend_goal(summary.goal.id,
                                             self.form.goal(summary.goal.value.evidence))
        except CarerDeskError as exc:
            show_error(self.error, exc)  # nothing typed is lost
            return
        self.draft.saved()
        self.current = saved.id
        self.draft.shown(saved.id)  # the form shows what is saved now
        self._refreshed()

    @unless_locked
    def add_evidence(self) -> None:
        summary = self._summary()
        if summary is None:
            return
        cited = set(summary.goal.value.evidence)
        entries = [e for e in self.journal.entries(EntryFilter(child_id=self.child_id),
                                                   limit=PICKABLE) if e.id not in cited]
        picker = EvidencePicker(entries, self)
        if not picker.exec() or picker.chosen() is None:
            return
        try:
            self.plan.add_evidence(summary.goal.id, picker.chosen())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self._refreshed()

    @unless_locked
    def add_review(self) -> None:
        summary = self._summary()
        if summary is None:
            return
        clear_error(self.review_error)
        day = day_of(self.review_date)
        review = GoalReview("", day, GoalStatus(self.status.currentData()),
                            self.review_words.text())
        try:
            self.plan.review(summary.goal.id, review, child=self.child_id)
        except CarerDeskError as exc:
            show_error(self.review_error, exc)
            return
        self.review_words.clear()
        self._refreshed()

    def _refreshed(self) -> None:
        self.reload()
        self._show_parts()
        self.changed.emit()
