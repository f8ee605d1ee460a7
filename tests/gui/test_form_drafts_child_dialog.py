"""Add a child and Edit child keep what is typed through a lock: a name and dates typed, Ctrl+L,
the passphrase typed, the dialog opened again: the words are back, said in one line; Add or
Save and the draft is gone. Adding keeps a draft for no child yet; a child's correction is
kept by the child, and goes with the child's record when it is removed."""

from __future__ import annotations

import datetime as dt

import pytest
from form_draft_steps import (
    CTRL,
    CTRL_SHIFT,
    KEPT,
    LEFT,
    answer_soon,
    kept,
    lock_by_key_and_unlock,
    modal_opened,
    unlocked_app,
)
from helpers import CHILD_NAME
from person import unlock_by_typing
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.journal.form_drafts import FormDrafts


@pytest.fixture
def app(qtbot, vault_dir):
    yield from unlocked_app(qtbot, vault_dir)


def _active(qtbot, window) -> None:
    """The journal window active again once a dialog over it has closed, as the window
    manager makes it (the offscreen platform has none)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _add_child(qtbot, window):
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    return modal_opened(qtbot)


def _edit_child(qtbot, window, act, row: int = 1) -> list:
    """Double-click the child: Edit child opens (its exec() runs inside the double-click), and
    ``act`` is done in it as a person would; the list gets the dialog once acted on."""
    from carerdesk.gui.journal.child_dialog import ChildDialog

    seen: list = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, ChildDialog) and dialog.isActiveWindow()):
            QTimer.singleShot(50, look)
            return
        seen.append(dialog)
        act(dialog)
    _active(qtbot, window)
    children = window.children_list
    centre = children.visualRect(children.model().index(row, 0)).center()
    qtbot.mouseClick(children.viewport(), LEFT, pos=centre)
    QTimer.singleShot(50, look)
    qtbot.mouseDClick(children.viewport(), LEFT, pos=centre)
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def _type_date(qtbot, edit, day: str) -> None:
    """Tab into the date (which selects it all), type it, Tab on."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, day)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_a_child_being_added_is_kept_through_a_lock(qtbot, app):
    dialog = _add_child(qtbot, app.window)
    assert not dialog.draft.note.isVisible()
    qtbot.keyClicks(dialog.name, "Robin Ashdown")
    qtbot.mouseClick(dialog.fields.knows_born, LEFT)
    _type_date(qtbot, dialog.fields.born, "2015-06-30")
    window = lock_by_key_and_unlock(qtbot, app)
    assert kept(app, "child-add", "") is not None  # kept for no child yet
    dialog = _add_child(qtbot, window)
    assert dialog.name.text() == "Robin Ashdown"
    assert dialog.fields.knows_born.isChecked() and dialog.fields.born.isEnabled()
    assert dialog.fields.born.date() == QDate(2015, 6, 30)
    assert dialog.draft.note.isVisible() and dialog.draft.label.text() == KEPT
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = [c for c in app.workspace.journal.children() if c.name == "Robin Ashdown"]
    assert [c.born for c in added] == [dt.date(2015, 6, 30)]
    assert kept(app, "child-add", "") is None  # the draft went with Add
    dialog = _add_child(qtbot, app.window)  # the next child starts empty
    assert dialog.name.text() == "" and not dialog.draft.note.isVisible()


def test_a_kept_child_cancelled_is_discarded_when_confirmed(qtbot, app):
    dialog = _add_child(qtbot, app.window)
    qtbot.keyClicks(dialog.name, "Robin Ashdown")
    window = lock_by_key_and_unlock(qtbot, app)
    dialog = _add_child(qtbot, window)
    asked = answer_soon(qtbot, "keep-kept", "&Go back")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.name.text() == "Robin Ashdown"
    asked = answer_soon(qtbot, "keep-kept", "&Discard")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked and kept(app, "child-add", "") is None
    assert [c.name for c in app.workspace.journal.children()] == [CHILD_NAME]


def test_a_kept_child_discarded_by_its_button_is_empty_and_no_taller(qtbot, app):
    dialog = _add_child(qtbot, app.window)
    plain = dialog.sizeHint().height()
    qtbot.keyClicks(dialog.name, "Robin Ashdown")
    window = lock_by_key_and_unlock(qtbot, app)
    dialog = _add_child(qtbot, window)
    asked = answer_soon(qtbot, "discard-kept", "&Discard")
    qtbot.mouseClick(dialog.draft.discard_button, LEFT)
    assert asked and dialog.name.text() == "" and not dialog.draft.note.isVisible()
    assert dialog.height() <= max(plain, dialog.minimumSizeHint().height())  # no gap left
    assert kept(app, "child-add", "") is None


def test_a_childs_correction_is_kept_by_the_child(qtbot, app, vault_ids):
    child = vault_ids["child"]
    before: dict = {}

    def type_then_lock(dialog) -> None:
        before["name"], before["note"] = dialog.name.text(), dialog.draft.note.isVisible()
        qtbot.mouseClick(dialog.name, LEFT)
        qtbot.keyClick(dialog.name, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.name, "Mia Rivers")
        qtbot.mouseClick(dialog.reason, LEFT)
        qtbot.keyClicks(dialog.reason, "The name she chose")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_L, CTRL)
    _edit_child(qtbot, app.window, type_then_lock)
    assert before == {"name": CHILD_NAME, "note": False}
    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog)
                    and app.dialog.isVisible(), timeout=8000)
    window = unlock_by_typing(qtbot, app)
    assert kept(app, "child-edit", child) is not None
    assert kept(app, "child-add", "") is None  # adding a child is a form of its own
    back: dict = {}

    def look_then_save(dialog) -> None:
        back["fields"] = (dialog.name.text(), dialog.reason.text())
        back["note"] = dialog.draft.note.isVisible() and dialog.draft.label.text()
        qtbot.mouseClick(dialog.ok_button, LEFT)
    _edit_child(qtbot, window, look_then_save)
    assert back == {"fields": ("Mia Rivers", "The name she chose"), "note": KEPT}
    assert app.workspace.journal.child(child).name == "Mia Rivers"
    assert kept(app, "child-edit", child) is None  # the draft went with Save
    again: dict = {}

    def look_then_cancel(dialog) -> None:  # the saved name, nothing kept
        again["fields"] = (dialog.name.text(), dialog.draft.note.isVisible())
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    _edit_child(qtbot, app.window, look_then_cancel)
    assert again == {"fields": ("Mia Rivers", False)}


def test_a_child_being_added_stays_when_another_childs_record_is_removed(workspace, vault_ids):
    drafts, child = FormDrafts.of(workspace.journal), vault_ids["child"]
    drafts.keep("child-add", "", None, {"state": {"QLineEdit0": ["line", "Robin Ashdown"]}})
    drafts.keep("child-edit", child, None, {"state": {"QLineEdit0": ["line", "Mia Rivers"]}})
    assert workspace.removal.what_goes(child).drafts == 1  # their correction, not the new child
    workspace.removal.remove(child)
    assert drafts.kept("child-edit", child, None) is None
    assert drafts.kept("child-add", "", None) is not None
