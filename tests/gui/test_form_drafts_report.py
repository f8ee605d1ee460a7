"""The supervision report's own words (the period in a sentence, the questions, the carer's
wellbeing) are kept through a lock, as every form's are: typed, Ctrl+L, the passphrase typed,
the report dialog opened again: there, and said (found by trying it: they were lost)."""

from __future__ import annotations

import pytest
from form_draft_steps import (
    CTRL_SHIFT,
    KEPT,
    choose_child,
    kept,
    lock_by_key_and_unlock,
    unlocked_app,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@pytest.fixture
def app(qtbot, vault_dir):
    yield from unlocked_app(qtbot, vault_dir)


def _report_dialog(qtbot, window):
    choose_child(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: getattr(window, "report_dialog", None) is not None
                    and window.report_dialog.isVisible())
    dialog = window.report_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_report_s_words_are_kept_through_a_lock(qtbot, app, vault_ids):
    dialog = _report_dialog(qtbot, app.window)
    qtbot.mouseClick(dialog.headline, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.headline, "A settled month")
    qtbot.mouseClick(dialog.questions.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.questions, "Respite over Christmas?")
    window = lock_by_key_and_unlock(qtbot, app)
    dialog = _report_dialog(qtbot, window)
    assert dialog.headline.text() == "A settled month"
    assert dialog.questions.toPlainText() == "Respite over Christmas?"
    assert dialog.draft.note.isVisible() and dialog.draft.label.text() == KEPT
    assert kept(app, "report-notes", vault_ids["child"]) is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
