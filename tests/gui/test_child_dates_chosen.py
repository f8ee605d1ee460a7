"""A date of birth ticked as known but never chosen is refused, not saved: the field shows a
date only as a start for typing (today less eight years), and the wizard once saved it as the
child's birthday (found by trying the wizard with a refused future date)."""

from __future__ import annotations

from helpers import CHILD_NAME
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _add_child(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _names(window) -> list[str]:
    model = window.children_list.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_ticked_date_of_birth_nobody_chose_is_refused(qtbot, window):
    dialog = _add_child(qtbot, window)
    fields = dialog.fields
    qtbot.keyClicks(fields.name, "Sam Test")
    qtbot.mouseClick(fields.knows_born, LEFT)
    assert fields.knows_born.isChecked() and fields.born.isEnabled()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible(), "nothing was added"
    assert "Type the date of birth" in dialog.error.text()
    assert "Sam Test" not in " ".join(_names(window))
    qtbot.mouseClick(fields.born.lineEdit(), LEFT)
    fields.born.lineEdit().selectAll()
    qtbot.keyClicks(fields.born, "2016-05-20")
    qtbot.keyClick(fields.born, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    added = [c for c in window.workspace.journal.children() if c.name == "Sam Test"]
    assert [str(c.born) for c in added] == ["2016-05-20"]


def test_editing_a_child_keeps_their_own_date_of_birth(qtbot, window, workspace, vault_ids):
    import datetime as dt

    from carerdesk.gui.journal.child_dialog import ChildDialog

    born = dt.date.today().replace(year=dt.date.today().year - 8)  # the very date shown
    child = workspace.journal.child(vault_ids["child"])
    workspace.journal.update_child(child.id, CHILD_NAME, born, child.placed)  # set-up

    dialog = ChildDialog(workspace.journal, window, editing=workspace.journal.child(child.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields.all_values()[1] == born
    dialog.reject()
