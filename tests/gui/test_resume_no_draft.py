"""Ctrl+D (Resume a draft) with no draft kept says so, instead of doing nothing at all."""

from PySide6.QtCore import Qt


def test_resume_with_no_draft_says_there_is_none(qtbot, window):
    assert window.workspace.journal.drafts() == []  # set-up: a fresh vault keeps none
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "nothing to resume" in window.statusBar().currentMessage()
    assert window.editor is None
