"""Add a child to the household, or correct one: name, date of birth, placement dates.
A correction is kept as a new version with its reason; History… shows every earlier one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.widgets import clear_error, error_label, show_error, unless_locked
from carerdesk.gui.journal.child_fields import ChildFields
from carerdesk.journal import JournalService
from carerdesk.journal.views import ChildView


class ChildDialog(QDialog):
    """Without ``editing`` it adds a child; with a ``ChildView`` it changes that child.
    A bad value is refused in plain words under the fields, and nothing typed is lost."""

    def __init__(self, journal: JournalService, parent: QWidget | None = None,
                 editing: ChildView | None = None) -> None:
        super().__init__(parent)
        self.journal, self.editing = journal, editing
        self.child: ChildView | None = None
        self.setWindowTitle(self.tr("Edit a child") if editing else self.tr("Add a child"))
        form = QFormLayout(self)
        # The fields first, then the buttons: Tab (and the first focus) follow the screen.
        self.fields = ChildFields(form, self, cap_at_today=False, editing=editing is not None)
        self.name = self.fields.name
        self.reason: QLineEdit | None = None
        if editing is not None:
            self.reason = QLineEdit(self)
            self.reason.setAccessibleName(self.tr("Why it changed"))
            self.reason.setPlaceholderText(self.tr("For example: the name she chose"))
            self.reason.setToolTip(self.tr("Kept with the new version; the earlier version "
                                           "is kept too."))
            form.addRow(self.tr("&Why it changed:"), self.reason)
        self.error = error_label(self, self.tr("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button = ok
        self.ok_button.setText(self.tr("&Save") if editing else self.tr("&Add"))
        self.history_button = None
        if editing is not None:
            self.fields.show_child(editing)
            self.history_button = buttons.addButton(self.tr("&History…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
            self.history_button.setToolTip(self.tr("Every earlier version of the name and "
                                                   "dates, with when and why they changed"))
            self.history_button.clicked.connect(self.show_history)
        # a lock keeps what is typed here: for a correction, by the child; a child being
        # added has no id yet, so their form's draft is for no child (one at a time)
        self.draft = FormDraft(self, journal, "child-edit" if editing else "child-add",
                               editing.id if editing else "")
        form.addRow(self.draft.note)
        self.draft.discard_button.clicked.connect(self.adjustSize)  # no gap where it was
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)
        self.draft.shown()

    def show_history(self) -> None:
        from carerdesk.gui.journal.child_history import ChildHistoryDialog

        assert self.editing is not None
        clear_error(self.error)
        try:
            versions = self.journal.child_history(self.editing.id)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        ChildHistoryDialog(versions, self).exec()

    @never_raises(None)
    def accept(self) -> None:
        clear_error(self.error)
        try:
            if self.editing is None:
                self.child = self.journal.add_child(*self.fields.values())
            else:
                assert self.reason is not None
                self.child = self.journal.update_child(
                    self.editing.id, *self.fields.all_values(),
                    reason=self.reason.text() or None)
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        self.draft.saved()
        super().accept()

    @unless_locked
    def reject(self) -> None:
        """Cancel on a form filled from its draft: keep it for later or discard it."""
        if self.draft.ask_on_close():
            super().reject()
