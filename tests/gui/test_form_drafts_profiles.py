"""The Profiles page keeps what is typed through a lock: the child's needs (a rating, words,
an entry chosen as evidence), the care-needs rows and the carers' capacity; typed, Ctrl+L, the
passphrase typed, Profiles opened again: there, said in one line; Save and the draft is gone.
The child's record removed from the Child menu: their form drafts go with it."""

from __future__ import annotations

import pytest
from form_draft_steps import (
    CTRL,
    CTRL_SHIFT,
    KEPT,
    LEFT,
    choose_child,
    kept,
    lock_by_key_and_unlock,
    modal_opened,
    unlocked_app,
)
from helpers import CHILD_NAME
from keyboard_checks import press_mnemonic
from person import choose_by_click, choose_by_key, scroll_into_view
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carerdesk.gui.journal.removal_dialogs import RemoveChildDialog


@pytest.fixture
def app(qtbot, vault_dir):
    yield from unlocked_app(qtbot, vault_dir)


def _profiles(qtbot, window, letter: str | None = None):
    choose_child(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = modal_opened(qtbot)
    if letter:
        press_mnemonic(dialog, letter)  # the tab
    return dialog


def _rate(qtbot, box, text):
    scroll_into_view(box)
    qtbot.mouseClick(box.lineEdit(), LEFT)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)


def _type(qtbot, edit, text):
    scroll_into_view(edit)
    qtbot.mouseClick(edit.viewport(), LEFT)
    qtbot.keyClicks(edit, text)


def test_a_needs_profile_not_saved_is_kept_through_a_lock(qtbot, app, vault_ids):
    child = vault_ids["child"]
    tab = _profiles(qtbot, app.window).needs
    health = tab.form.areas["health"]
    _rate(qtbot, health.rating, "-1")
    _type(qtbot, health.texts["difficulties"], "Wakes in the night")
    choose_by_click(qtbot, health.pick, 1)  # the journal's one entry, as evidence
    window = lock_by_key_and_unlock(qtbot, app)
    tab = _profiles(qtbot, window).needs
    health = tab.form.areas["health"]
    assert health.rating.rating() == -1
    assert health.texts["difficulties"].toPlainText() == "Wakes in the night"
    assert health.entries == [vault_ids["entry"]] and "2026-11-01" in health.linked.text()
    assert tab.draft.note.isVisible() and tab.draft.label.text() == KEPT
    qtbot.mouseClick(tab.save_button, LEFT)
    saved = app.workspace.needs_profiles.records(child)[0].value.areas["health"]
    assert (saved.rating, saved.difficulties, saved.entries) == (
        -1, "Wakes in the night", (vault_ids["entry"],))
    assert kept(app, "profile-needs", child) is None and not tab.draft.note.isVisible()


def test_care_needs_rows_not_saved_are_kept_through_a_lock(qtbot, app, vault_ids):
    child = vault_ids["child"]
    tab = _profiles(qtbot, app.window, "d").care_needs
    qtbot.keyClicks(tab.area, "Sleep")
    tab.needed.setFocus()
    qtbot.keyClicks(tab.needed, "A calm bedtime routine")
    qtbot.mouseClick(tab.put_button, LEFT)  # a row, not yet a saved profile
    qtbot.keyClicks(tab.area, "School")  # and the next one begun
    window = lock_by_key_and_unlock(qtbot, app)
    tab = _profiles(qtbot, window, "d").care_needs
    assert [(n.area, n.needed) for n in tab.rows] == [("Sleep", "A calm bedtime routine")]
    assert tab.table.item(0, 0).text() == "Sleep" and tab.area.text() == "School"
    assert tab.draft.note.isVisible()
    tab.area.clear()
    qtbot.mouseClick(tab.save_button, LEFT)
    assert [n.area for n in app.workspace.care_needs.records(child)[0].value.needs] == ["Sleep"]
    assert kept(app, "care-needs", child) is None and not tab.draft.note.isVisible()


def test_a_capacity_profile_not_saved_is_kept_through_a_lock(qtbot, app, vault_ids):
    child = vault_ids["child"]
    tab = _profiles(qtbot, app.window, "p").capacity
    stability = tab.form.areas["stability"]
    _rate(qtbot, stability.rating, "+2")
    choose_by_key(qtbot, stability.view, 3)  # agreed together
    tab.form.social_worker.setFocus()
    qtbot.keyClicks(tab.form.social_worker, "Priya Shah")
    window = lock_by_key_and_unlock(qtbot, app)
    tab = _profiles(qtbot, window, "p").capacity
    stability = tab.form.areas["stability"]
    assert stability.rating.rating() == 2 and stability.view.currentData() == "agreed"
    assert tab.form.social_worker.text() == "Priya Shah" and tab.draft.note.isVisible()
    qtbot.mouseClick(tab.save_button, LEFT)
    assert not tab.error.isVisible(), tab.error.text()
    assert app.workspace.capacity.records(child)[0].value.social_worker == "Priya Shah"
    assert kept(app, "profile-capacity", child) is None


def test_removing_the_child_removes_their_form_drafts(qtbot, app, vault_ids):
    child = vault_ids["child"]
    tab = _profiles(qtbot, app.window, "d").care_needs
    qtbot.keyClicks(tab.area, "Sleep")
    window = lock_by_key_and_unlock(qtbot, app)
    assert kept(app, "care-needs", child) is not None
    choose_child(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the Child menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_V)  # Remove their record…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RemoveChildDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.keyClicks(dialog.typed, CHILD_NAME)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=15000)
    assert window.workspace.journal.children() == []
    assert kept(app, "care-needs", child) is None
