"""Writing for the child who may read it one day: the entry editor says so once, calls the mood
the carer's view of the child by name, and a caring-language hint never stops a save."""

from helpers import CHILD_NAME
from PySide6.QtCore import Qt


def _editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.waitUntil(window.editor.isActiveWindow)
    return window.editor


def test_the_editor_names_the_child_and_says_they_may_read_it(qtbot, window, vault_ids):
    form = _editor(qtbot, window).form
    assert form.mood_label.isVisible()
    assert form.mood_label.text().replace("&", "") == f"How {CHILD_NAME} seemed to me:"
    assert form.mood.accessibleName() == f"How {CHILD_NAME} seemed to me"
    assert form.mood_label.buddy() is form.mood
    assert form.for_the_child.isVisible()
    assert form.for_the_child.text() == (
        f"{CHILD_NAME} may read this one day. Say what went well, too.")
    # Untick the only child, as a person does: the form no longer knows one name.
    box = form.child_boxes[vault_ids["child"]]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert form.mood_label.text().replace("&", "") == "How the child seemed to me:"
    assert form.for_the_child.text().startswith("The child may read this one day.")
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert CHILD_NAME in form.mood_label.text()


def test_a_hint_is_shown_and_never_blocks_saving(qtbot, window):
    editor = _editor(qtbot, window)
    form = editor.form
    qtbot.keyClicks(form.narrative.text, "He kicked off at teatime. I will contact school.")
    tips = form.narrative.suggestions.text()
    assert "kicked off" in tips and "became very upset" in tips
    assert "contact" not in tips  # the verb is not family time
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].entry.content.text.startswith("He kicked off")
