"""From the entry editor, the carer ticks the goal this entry shows progress on, and saves:
the goal cites the entry (a new version of the goal; the earlier one kept)."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from carerdesk.domain.goals import Goal

CTRL = Qt.KeyboardModifier.ControlModifier


def _editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.waitUntil(window.editor.isActiveWindow)
    return window.editor


def _goal(workspace, child, what):
    return workspace.plan.add_goal(child, Goal(area="cooperation", what=what,
                                               set_on=dt.date(2026, 10, 1)))


def _tick_first_goal(qtbot, editor):
    """Open the button's menu with the keyboard and tick the first goal."""
    editor.evidence.setFocus()
    qtbot.keyClick(editor.evidence, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_tick_a_goal_in_the_editor_and_the_goal_cites_the_entry(qtbot, window, workspace,
                                                               vault_ids):
    goal = _goal(workspace, vault_ids["child"], "Choose her own clothes each morning")
    editor = _editor(qtbot, window)
    qtbot.keyClicks(editor.form.narrative.text, "Picked the blue jumper herself today")
    _tick_first_goal(qtbot, editor)
    assert editor.evidence.chosen() == [goal.id]
    assert "1 goal" in editor.evidence.text()
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    entry_id = saved.args[0].entry.id
    cited = workspace.plan.goal(goal.id)
    assert cited.value.evidence == (entry_id,) and cited.version == 2
    assert workspace.plan.goals.history(goal.id)[0].value.evidence == ()  # the earlier kept


def test_no_goal_ticked_adds_no_evidence(qtbot, window, workspace, vault_ids):
    goal = _goal(workspace, vault_ids["child"], "Sleep in her own bed")
    editor = _editor(qtbot, window)
    qtbot.keyClicks(editor.form.narrative.text, "A quiet evening")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert workspace.plan.goal(goal.id).value.evidence == ()


def test_without_goals_the_menu_says_so(qtbot, window, workspace):
    editor = _editor(qtbot, window)
    actions = editor.evidence.menu().actions()
    assert [a.text() for a in actions] == ["No open goals in the plan yet"]
    assert not actions[0].isEnabled()
