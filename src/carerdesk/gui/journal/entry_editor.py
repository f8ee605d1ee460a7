"""The entry editor: drafts saved as you type, undo and redo, amendments with a reason, and the
"bring to supervision" star (kept with a new entry when it is saved; on a saved entry, at once,
since it is the carer's marker and not the entry's words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.input_errors import EmptyValue
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.widgets import clear_error, error_label, show_error, unless_locked
from carerdesk.gui.journal.entry_form import EntryForm
from carerdesk.gui.journal.goal_evidence import GoalEvidence
from carerdesk.journal import ChildView, EntryView, JournalService
from carerdesk.journal.plan import PlanService
from carerdesk.text.i18n import translate
from carerdesk.text.messages import describe

SNAPSHOT_MS = 600  # a pause in typing this long makes an undo step and a draft save


class _Snapshot(QUndoCommand):
    """Undo between two whole-form states; holds values, never widgets."""

    def __init__(self, editor: EntryEditor, before: dict, after: dict) -> None:
        super().__init__(translate("EntryEditor", "Edit"))
        self.editor, self.before, self.after = editor, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the form already shows ``after``
            self._first = False
            return
        self.editor.apply(self.after)

    def undo(self) -> None:
        self.editor.apply(self.before)


class EntryEditor(QDialog):
    """Writes a new entry, or amends ``entry``. Emits ``saved(Saved)``: the entry and what
    changed."""

    saved = Signal(object)
    star_changed = Signal(object)  # Saved: a saved entry's star set or cleared from here

    def __init__(self, journal: JournalService, children: list[ChildView],
                 entry: EntryView | None = None, child_id: str | None = None,
                 draft_id: str | None = None, draft_state: dict | None = None,
                 parent=None, day=None, plan: PlanService | None = None) -> None:
        super().__init__(parent)
        self.journal, self.entry, self.draft_id = journal, entry, draft_id
        self.plan = plan
        self.setWindowTitle(self.tr("Amend entry") if entry else self.tr("New entry"))
        self.resize(880, 820)
        self.form = EntryForm(children)  # no parent yet: its fields join the Tab chain after
        # the reason (see _build)
        self._draft_star = bool(draft_state.get("starred")) if draft_state else False
        if draft_state is not None:
            self.form.apply_state(draft_state)
        elif entry is not None:
            self.form.set_content(entry.content)
        elif child_id or len(children) == 1:
            box = self.form.child_boxes.get(child_id or children[0].id)
            if box:
                box.setChecked(True)
        if day is not None and entry is None and draft_state is None:
            self.form.date.setDate(QDate(day))  # "New entry for this day" (the month view)
        self.undo_stack = QUndoStack(self)
        self._last = self.form.state()
        self._applying = False
        self._timer = QTimer(self, singleShot=True, interval=SNAPSHOT_MS)
        self._timer.timeout.connect(self.snapshot)
        self.form.changed.connect(self._changed)
        self._build()
        self._last = self._state()  # a new entry's draft may hold its star

    def _build(self) -> None:
        # The reason comes first, on screen and for Tab: an amendment starts with why.
        self.reason_label = QLabel(self.tr("&Reason for the change:"), self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        self.reason.setPlaceholderText(self.tr("Why are you changing this entry? The earlier "
                                               "version is kept, with your reason."))
        self.reason_label.setBuddy(self.reason)
        self.reason.setVisible(self.entry is not None)
        self.reason_label.setVisible(self.entry is not None)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, which scroll
        scroll.setWidget(self.form)  # the form's fields now come after the reason
        self.scroll = scroll
        self.error = error_label(self, self.tr("Save problem"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Draft status"))
        undo, redo = self.undo_stack.createUndoAction(self), self.undo_stack.createRedoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        save = QAction(self.tr("Save"), self, shortcut=QKeySequence.StandardKey.Save)
        for action in (undo, redo, save):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        # made in the order they sit on screen, which is the order Tab takes
        undo_button = QPushButton(self.tr("&Undo"), self)
        redo_button = QPushButton(self.tr("R&edo"), self)
        self.evidence = None if self.plan is None else GoalEvidence(self.plan, self)
        self.star_button = self._star_button()
        close = QPushButton(self.tr("&Close"), self)
        close.setAccessibleName(self.tr("Close the editor"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the entry"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        undo_button.clicked.connect(undo.trigger)
        redo_button.clicked.connect(redo.trigger)
        self.undo_stack.canUndoChanged.connect(undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo_button.setEnabled)
        undo_button.setEnabled(False)
        redo_button.setEnabled(False)
        for button in (undo_button, redo_button, close):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        save.triggered.connect(self.save)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for widget in (undo_button, redo_button, self.status):
            buttons.addWidget(widget)
        if self.evidence is not None:
            buttons.addWidget(self.evidence)
            self._show_goals()
            for box in self.form.child_boxes.values():
                box.toggled.connect(self._show_goals)
        buttons.addStretch()
        buttons.addWidget(self.star_button)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(reason_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.keep_box = self._keep_box()
        self.form.narrative.text.setFocus()

    def _star_button(self) -> QPushButton:
        button = QPushButton(self.tr("★ &Bring to supervision"), self)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setAccessibleName(self.tr("Bring to supervision"))
        button.setToolTip(self.tr("Star this entry to bring it to supervision: the summary shows "
                                  "it first. The star is not part of the entry's words: on a "
                                  "saved entry it is kept at once, with no reason and no new "
                                  "version (Ctrl+T)"))
        button.setChecked(self.entry.starred if self.entry else self._draft_star)
        button.clicked.connect(self._star_clicked)
        star = QAction(self, shortcut=QKeySequence("Ctrl+T"))
        star.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        star.triggered.connect(button.click)
        self.addAction(star)
        return button

    def _show_star(self, on: bool) -> None:
        blocked = self.star_button.blockSignals(True)
        self.star_button.setChecked(on)
        self.star_button.blockSignals(blocked)

    @unless_locked
    def _star_clicked(self) -> None:
        on = self.star_button.isChecked()
        if self.entry is None:  # a new entry: starred when it is saved; the draft keeps it
            self._changed()
            return
        clear_error(self.error)
        try:
            saved = self.journal.star(self.entry.id, on)
        except CarerDeskError as exc:
            self._show_star(not on)
            show_error(self.error, exc)
            return
        self.entry = saved.entry
        self.star_changed.emit(saved)

    def _state(self) -> dict[str, Any]:
        """The form's state, and a new entry's star (a saved entry's is kept at once)."""
        state = self.form.state()
        if self.entry is None and self.star_button.isChecked():
            state["starred"] = True
        return state

    def _keep_box(self) -> QMessageBox:
        """ "Keep this draft?": every answer has its own letter (Alt+K, Alt+D, Alt+C);
        Escape is Cancel, back to the entry."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep this draft?"),
                          self.tr("This entry is not saved yet. Keep it as a draft to finish "
                                  "later?"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("keep-draft")
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.keep_button = box.addButton(self.tr("&Keep draft"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = box.addButton(self.tr("&Discard"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.cancel_button)
        box.buttonClicked.connect(lambda button: setattr(self, "_answer", button))
        return box

    @never_raises(None)
    def showEvent(self, event) -> None:
        """An amendment (or an amendment's draft) starts in the reason, shown at the top."""
        amending = not self.reason.isHidden()
        self.reason_label.setVisible(amending)
        if self.entry is not None:  # an amendment's draft learns its entry after it is made
            self._show_star(self.entry.starred)
        if amending and not event.spontaneous():
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    # --- drafts and undo ---

    def _changed(self) -> None:
        if not self._applying:
            self._timer.start()

    def snapshot(self) -> None:
        """Make an undo step and save the draft now (also called before a lock)."""
        self._timer.stop()
        state = self._state()
        if state == self._last:
            return
        self.undo_stack.push(_Snapshot(self, self._last, state))
        self._last = state
        self._save_draft(state)

    def _save_draft(self, state: dict[str, Any]) -> None:
        try:
            self.draft_id = self.journal.save_draft(
                state, self.draft_id, self.entry.id if self.entry else None)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self.status.setText(self.tr("Draft kept"))

    def apply(self, state: dict[str, Any]) -> None:
        self._applying = True
        try:
            self.form.apply_state(state)
            if self.entry is None:
                self._show_star(bool(state.get("starred")))
        finally:
            self._applying = False
        self._last = state
        self._save_draft(state)

    # --- saving ---

    @unless_locked
    def save(self) -> None:
        """One transaction: the entry saved and its draft (if one was kept) gone. A draft is
        written only if the save is refused, so that nothing typed is lost."""
        self._timer.stop()
        clear_error(self.error)
        try:
            content = self.form.content()
            if self.entry is None:
                saved = self.journal.save_new(content, draft_id=self.draft_id,
                                              starred=self.star_button.isChecked())
            else:
                saved = self.journal.save_amendment(self.entry.id, content, self.reason.text(),
                                                    draft_id=self.draft_id)
        except CarerDeskError as exc:
            self.snapshot()  # nothing lost: the words are kept as a draft in the vault
            show_error(self.error, exc)
            if isinstance(exc, EmptyValue) and exc.field == "reason":
                self.reason.setFocus(Qt.FocusReason.OtherFocusReason)  # type it straight in
            return
        self.draft_id = None
        problem = self._tag(saved.entry.id)
        self.saved.emit(saved)
        self.accept()
        if problem is not None:  # the entry is saved; only the ticks were not
            QMessageBox.warning(self.parentWidget(), self.tr("Evidence not added"),
                                self.tr("The entry is saved, but it could not be added as "
                                        "evidence: {problem}").format(problem=describe(problem)))

    def _show_goals(self) -> None:
        if self.evidence is not None:
            ids = [cid for cid, box in self.form.child_boxes.items() if box.isChecked()]
            self.evidence.show_goals(ids, self.entry.id if self.entry else None)

    def _tag(self, entry_id: str) -> CarerDeskError | None:
        try:
            if self.evidence is not None:
                self.evidence.tag(entry_id)
        except CarerDeskError as exc:
            return exc
        return None

    @unless_locked
    def reject(self) -> None:
        """Closing (Esc, the Close button, the window's X): keep or discard the draft."""
        if self.keep_box.isVisible():
            return  # already asked: a second Escape or close waits for that answer
        self.snapshot()
        if self.draft_id:
            self._answer = None
            self.keep_box.exec()
            answer = self._answer
            if answer is self.discard_button:
                self.journal.discard_draft(self.draft_id)
                self.draft_id = None
            elif answer is not self.keep_button:
                return  # Cancel, Escape, or the box closed by a lock: back to the entry
        super().reject()

    def close_for_lock(self) -> None:
        """The vault is locking: keep the draft and close without asking."""
        self.snapshot()
        super().reject()
