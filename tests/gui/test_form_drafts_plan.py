"""The Plan's forms keep what is typed through a lock: a goal (F7: "Maya swims a width") and a
Secure Base review; typed, Ctrl+L, the passphrase typed, the Plan opened again: there, said;
Save and the draft is gone."""

from __future__ import annotations

import pytest
from form_draft_steps import (
    CTRL_SHIFT,
    KEPT,
    LEFT,
    choose_child,
    kept,
    lock_by_key_and_unlock,
    modal_opened,
    unlock_after_auto_lock,
    unlocked_app,
)
from PySide6.QtCore import Qt


@pytest.fixture
def app(qtbot, vault_dir):
    yield from unlocked_app(qtbot, vault_dir)


def _plan(qtbot, window, review: bool = False):
    choose_child(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    dialog = modal_opened(qtbot)
    if review:  # the Secure Base review's tab, clicked
        bar = dialog.tabs.tabBar()
        qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(dialog.review)).center())
    return dialog


def test_a_goal_not_saved_is_kept_through_a_lock(qtbot, app, vault_ids):
    child = vault_ids["child"]
    dialog = _plan(qtbot, app.window)
    qtbot.keyClicks(dialog.goals.form.what, "Maya swims a width")
    qtbot.keyClicks(dialog.goals.form.how, "She tells us, proud")
    window = lock_by_key_and_unlock(qtbot, app)
    dialog = _plan(qtbot, window)
    goals = dialog.goals
    assert goals.form.what.text() == "Maya swims a width"
    assert goals.form.how.toPlainText() == "She tells us, proud"
    assert goals.draft.note.isVisible() and goals.draft.label.text() == KEPT
    qtbot.mouseClick(goals.save_button, LEFT)
    assert [s.goal.value.what for s in app.workspace.plan.plan(child)] == ["Maya swims a width"]
    assert kept(app, "plan-goal", child) is None and not goals.draft.note.isVisible()
    assert not goals.draft.is_dirty()  # the form shows what is saved: nothing left to keep


def test_a_secure_base_review_not_saved_is_kept_through_a_lock(qtbot, app, vault_ids):
    child = vault_ids["child"]
    dialog = _plan(qtbot, app.window, review=True)
    row = dialog.review.rows["availability"]
    row.score.setFocus()
    for _ in range(8):
        qtbot.keyClick(row.score, Qt.Key.Key_Up)  # not rated -> 0 .. 7
    assert row.score.value() == 7
    qtbot.keyClicks(row.words, "Comes to us when upset")
    window = lock_by_key_and_unlock(qtbot, app)
    dialog = _plan(qtbot, window, review=True)
    review = dialog.review
    row = review.rows["availability"]
    assert row.score.value() == 7 and row.words.text() == "Comes to us when upset"
    assert review.draft.note.isVisible()
    qtbot.mouseClick(review.save_button, LEFT)
    records = app.workspace.sb_reviews.records(child)
    assert [r.value.ratings["availability"].score for r in records] == [7]
    assert kept(app, "secure-base-review", child) is None and not review.draft.note.isVisible()


def test_auto_lock_keeps_a_goal_being_written(qtbot, app, vault_ids):
    dialog = _plan(qtbot, app.window)
    qtbot.keyClicks(dialog.goals.form.what, "Ride a bike to school")
    app.idle.setInterval(400)  # the carer walks away; auto-lock fires
    window = unlock_after_auto_lock(qtbot, app)
    goals = _plan(qtbot, window).goals
    assert goals.form.what.text() == "Ride a bike to school" and goals.draft.note.isVisible()
    assert kept(app, "plan-goal", vault_ids["child"]) is not None
