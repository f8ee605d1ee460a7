"""Nothing typed in a form is lost on a lock: the form's draft, kept in the vault.

A form (a life-story page, the profile, a person, family time, a goal, a review...) makes one
``FormDraft`` with the service it already has, its name and the child, and puts ``note`` (one
calm line, with a Discard button) in its layout. It calls ``shown(record_id)`` each time it
fills itself with a saved record (or empties itself for a new one), and ``saved()`` once a
Save has gone through. Before the key is dropped, the app's ``lock()`` calls ``keep_all()``:
every form with words not saved yet keeps them as a draft, encrypted in the vault, never on
the disk. The same form opened again for the same child and record opens filled from its
draft and says so; the draft goes on Save, or on Discard once the person has confirmed it.

What a form holds is read from its fields (``fields_of``): line and text boxes, drop-downs,
ticks, dates, numbers, sliders and ticked lists, in the order they were made; a form with
something else (the page's photos) gives its own ``state`` and ``restore`` for it as well.
"""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDial,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from carerdesk.domain.errors import CarerDeskError
from carerdesk.journal.form_drafts import FormDrafts
from carerdesk.text.i18n import translate

log = logging.getLogger(__name__)
_live: weakref.WeakSet[FormDraft] = weakref.WeakSet()
USER_ROLE = Qt.ItemDataRole.UserRole


# --- what a form holds ---

def _inside_another(widget: QWidget, root: QWidget) -> bool:
    """A part of another field (a date's or a drop-down's own line box) is not a field."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or parent.property("no_draft"):
            return True
        parent = parent.parentWidget()
    return False


def _read(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return ["line", widget.text()]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else ["text", widget.toPlainText()]
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return ["choice", widget.currentIndex(),
                data if isinstance(data, (str, int)) and not isinstance(data, bool) else None]
    if isinstance(widget, QAbstractButton):
        return ["tick", widget.isChecked()] if widget.isCheckable() else None
    if isinstance(widget, QDateTimeEdit):
        return ["when", widget.dateTime().toString("yyyy-MM-ddTHH:mm")]
    if isinstance(widget, (QSpinBox, QDoubleSpinBox, QSlider, QDial)):
        return ["number", widget.value()]
    if isinstance(widget, QListWidget) and widget.property("draft_ticks"):  # boxes to tick
        items = [widget.item(i) for i in range(widget.count())]
        return ["ticked", [str(item.data(USER_ROLE)) for item in items
                           if item.checkState() == Qt.CheckState.Checked]]
    return None


def _path(widget: QWidget, root: QWidget) -> str:
    """Where the field is in the form: the same for the same form whatever it holds (a list
    of people with or without anyone in it), so each value goes back to its own field."""
    parts = []
    here: QWidget | None = widget
    while here is not None and here is not root:
        parent = here.parentWidget()
        alike = [c for c in (parent.children() if parent is not None else [here])
                 if type(c) is type(here)]
        parts.append(f"{type(here).__name__}{alike.index(here)}")
        here = parent
    return "/".join(reversed(parts))


def _fields(root: QWidget) -> list[tuple[Any, Any]]:
    found: list[tuple[Any, Any]] = []
    for widget in root.findChildren(QWidget):
        if widget.property("no_draft") or _inside_another(widget, root):
            continue
        value = _read(widget)
        if value is not None:
            found.append((widget, value))
    return found


def fields_of(root: QWidget) -> dict[str, Any]:
    """Every field of the form, by where it is: what it holds, with what kind of field."""
    return {_path(widget, root): value for widget, value in _fields(root)}


def fill(root: QWidget, values: Any) -> None:
    """Put back what ``fields_of`` read; a field of another kind than was kept is left."""
    values = values if isinstance(values, dict) else {}
    later = []
    for widget, now in _fields(root):
        kept = values.get(_path(widget, root))
        if not isinstance(kept, list) or not kept or kept[0] != now[0]:
            continue
        kind, value = kept[0], kept[1]
        if kind == "line":
            widget.setText(str(value))
        elif kind == "text":
            widget.setPlainText(str(value))
        elif kind == "choice":
            found = widget.findData(kept[2]) if kept[2] is not None else -1
            widget.setCurrentIndex(found if found >= 0 else int(value))
        elif kind == "tick":
            if value:
                later.append(widget)  # after every untick: one of a group of choices stays
            else:
                widget.setChecked(False)
        elif kind == "when":
            widget.setDateTime(QDateTime.fromString(str(value), "yyyy-MM-ddTHH:mm"))
        elif kind == "number":
            widget.setValue(value)
        elif kind == "ticked":
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked if str(item.data(USER_ROLE)) in value
                                   else Qt.CheckState.Unchecked)
    for widget in later:
        widget.setChecked(True)


# --- one form's draft ---

class FormDraft:
    """``form`` names the form (and so its draft); ``state`` and ``restore`` default to the
    fields of ``root``."""

    def __init__(self, root: QWidget, service: Any, form: str, child_id: str, *,
                 state: Callable[[], Any] | None = None,
                 restore: Callable[[Any], None] | None = None) -> None:
        self.root, self.form, self.child_id = root, form, child_id
        self.drafts = FormDrafts.of(service)
        self.state = state or (lambda: fields_of(root))
        self.restore = restore or (lambda kept: fill(root, kept))
        self.record_id: str | None = None
        self.baseline: Any = None  # what the form held when it was filled from the vault
        self.restored = False  # filled from a draft that is still kept
        self.closing = False  # kept for a lock: the window is going, ask nothing
        self.note = QWidget(root)
        self.note.setProperty("no_draft", True)
        self.label = QLabel(self.note)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(translate("FormDraft", "Kept from before the lock"))
        self.discard_button = QPushButton(translate("FormDraft", "Discard the draft…"),
                                          self.note)
        self.discard_button.setAutoDefault(False)  # Return in a field still saves
        self.discard_button.clicked.connect(self.discard_asked)
        row = QHBoxLayout(self.note)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.discard_button)
        self.note.hide()
        _live.add(self)

    def shown(self, record_id: str | None = None, extra: str = "") -> bool:
        """The form now shows a saved record (or is empty for a new one): its draft, if one
        was kept, is put back and said. True if it was."""
        self.record_id, self.baseline = record_id, self.state()
        self.restored = False
        try:
            kept = self.drafts.kept(self.form, self.child_id, record_id)
        except CarerDeskError:
            kept = None
        if kept is not None and "state" in kept:
            self.restore(kept["state"])
            self.restored = True
        self.say(extra)
        return self.restored

    def say(self, extra: str = "") -> None:
        text = translate("FormDraft", "Kept from before the lock: not saved yet.")
        self.label.setText(f"{text} {extra}".strip())
        self.note.setVisible(self.restored)

    def is_dirty(self) -> bool:
        return self.state() != self.baseline

    def keep(self) -> None:
        """Before the key is dropped: words not saved are kept; a draft put back and then
        undone by hand (the form as saved again) goes."""
        if self.closing:
            return
        if self.is_dirty():
            self.drafts.keep(self.form, self.child_id, self.record_id, {"state": self.state()})
        elif self.restored:
            self.drafts.discard(self.form, self.child_id, self.record_id)

    def saved(self) -> None:
        """A Save went through: the draft of what was shown is gone."""
        # the record is saved; a draft left over would be offered again, never lost
        with contextlib.suppress(CarerDeskError):
            self.drafts.discard(self.form, self.child_id, self.record_id)
        self.restored = False
        self.note.hide()

    def discard(self) -> None:
        self.drafts.discard(self.form, self.child_id, self.record_id)
        self.restored = False
        self.note.hide()

    def discard_asked(self) -> None:
        """The note's Discard button: once confirmed, the form shows what is saved."""
        if self.confirm_discard():
            self.discard()
            self.restore(self.baseline)
            self.baseline = self.state()
            first = next((w for w, _v in _fields(self.root) if w.isEnabled()), None)
            if first is not None:  # the button is gone: the form's first field, not nowhere,
                # once the window is active again after the question
                QTimer.singleShot(0, lambda: isValid(first) and first.setFocus(
                    Qt.FocusReason.OtherFocusReason))

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("FormDraft", "Discard this draft?"),
                          translate("FormDraft", "What was typed here before the lock will "
                                    "be gone; what is saved stays as it is."),
                          QMessageBox.StandardButton.NoButton, self.root.window())
        box.setObjectName("discard-kept")
        discard = box.addButton(translate("FormDraft", "&Discard"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("FormDraft", "&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard and not self.closing

    def ask_on_close(self) -> bool:
        """Cancel on a form filled from its draft: discard it (confirmed) or keep it for
        later; True to close. Never asked while a lock closes the window."""
        if self.closing or not self.restored:
            return True
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("FormDraft", "Keep this draft?"),
                          translate("FormDraft", "This is not saved yet. Keep it to finish "
                                    "later, or discard it?"),
                          QMessageBox.StandardButton.NoButton, self.root.window())
        box.setObjectName("keep-kept")
        keep = box.addButton(translate("FormDraft", "&Keep for later"),
                             QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("FormDraft", "&Discard"),
                                QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(translate("FormDraft", "&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(back)
        box.exec()
        answer = box.clickedButton()
        if self.closing:
            return True  # a lock came while asking: kept already
        if answer is keep:
            self.keep()
            return True
        if answer is discard:
            self.discard()
            return True
        return False


def keep_all() -> None:
    """The vault is about to lock: every open form keeps what is not saved. Called by the
    app's ``lock()`` before any window is closed and before the key is dropped."""
    for draft in list(_live):
        if not isValid(draft.root) or not isValid(draft.note):
            _live.discard(draft)
            continue
        if not draft.root.window().isVisible():
            continue  # a form closed already (Cancel): what it held was let go on purpose
        try:
            draft.keep()
        except CarerDeskError as exc:
            log.warning("a form's draft was not kept: %s", type(exc).__name__)
        draft.closing = True
        _live.discard(draft)
