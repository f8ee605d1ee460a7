"""A name is shown as it is written: a right-to-left override inside it is made visible, so
"Ruby<RLO>gnp.exe" can never read as "Rubyexe.png", while the stored name keeps every letter."""

from PySide6.QtCore import Qt

TRICK = "Ruby \u202egnp.exe"


def test_a_childs_name_with_a_direction_control_in_the_list_and_the_editor(qtbot, window):
    child = window.workspace.journal.add_child(TRICK)
    window.reload_children()
    shown = [window.children_list.item(i).text() for i in range(window.children_list.count())]
    assert "Ruby \ufffdgnp.exe" in shown and not any("\u202e" in s for s in shown)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    box = window.editor.form.child_boxes[child.id]
    assert "\u202e" not in box.text() and "\u202e" not in box.accessibleName()
    window.editor.close_for_lock()
    assert window.workspace.journal.child(child.id).name == TRICK  # stored as written
