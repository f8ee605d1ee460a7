"""Renaming a child in the Edit child dialog, as a carer does it: the reason typed, Save
clicked, and History… shows the earlier name beside the new one; a refused change keeps no
version."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from carerdesk.gui.journal.child_dialog import ChildDialog
from carerdesk.gui.journal.child_history import ChildHistoryDialog

LEFT = Qt.MouseButton.LeftButton


def _dialog(qtbot, workspace, child_id):
    dialog = ChildDialog(workspace.journal, editing=workspace.journal.child(child_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)  # keys go where a person's would: the active window
    return dialog


def _retype(qtbot, field, text):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _on_next_modal(steps):
    """``steps(dialog)`` on the history window once it is open; it is closed afterwards."""
    seen = {}

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChildHistoryDialog) or not dialog.isVisible():
            QTimer.singleShot(20, act)
            return
        try:
            steps(dialog, seen)
        except BaseException as exc:  # noqa: BLE001 - raised after exec() returns
            seen["error"] = exc
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def test_rename_with_a_reason_then_see_the_history(qtbot, workspace, vault_ids):
    child = vault_ids["child"]
    dialog = _dialog(qtbot, workspace, child)
    _retype(qtbot, dialog.fields.name, "Robin Quartermaine")
    qtbot.keyClicks(dialog.reason, "She asked to be called Robin")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible() and dialog.child.name == "Robin Quartermaine"
    versions = workspace.journal.child_history(child)
    assert [(v.name, v.reason) for v in versions] == [
        ("Zephyrine Quartermaine", None), ("Robin Quartermaine", "She asked to be called Robin")]

    again = _dialog(qtbot, workspace, child)
    assert again.fields.name.text() == "Robin Quartermaine" and again.reason.text() == ""

    def look(history, seen):
        seen["rows"] = [history.list.item(i).text() for i in range(history.list.count())]
        seen["latest"] = history.view.toPlainText()
        qtbot.mouseClick(history.list.viewport(), LEFT,
                         pos=history.list.visualItemRect(history.list.item(0)).center())
        seen["first"] = history.view.toPlainText()
        close = history.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close, LEFT)
        seen["closed"] = not history.isVisible()

    seen = _on_next_modal(look)
    qtbot.mouseClick(again.history_button, LEFT)
    assert "error" not in seen, seen.get("error")
    assert len(seen["rows"]) == 2
    assert seen["rows"][0].startswith("Version 1") and "as first recorded" in seen["rows"][0]
    assert "She asked to be called Robin" in seen["rows"][1]
    assert "(was Zephyrine Quartermaine)" in seen["latest"]
    assert "Why: She asked to be called Robin" in seen["latest"]
    assert "Zephyrine Quartermaine" in seen["first"] and "(was" not in seen["first"]
    assert seen["closed"]


def test_save_with_nothing_changed_keeps_no_new_version(qtbot, workspace, vault_ids):
    dialog = _dialog(qtbot, workspace, vault_ids["child"])
    qtbot.keyClicks(dialog.reason, "Just looking")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert [v.version for v in workspace.journal.child_history(vault_ids["child"])] == [1]


def test_an_empty_name_is_refused_and_no_version_kept(qtbot, workspace, vault_ids):
    dialog = _dialog(qtbot, workspace, vault_ids["child"])
    _retype(qtbot, dialog.fields.name, "   ")
    qtbot.keyClicks(dialog.reason, "Oops")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and "name is empty" in dialog.error.text()
    assert dialog.reason.text() == "Oops"  # nothing typed is lost
    assert [v.version for v in workspace.journal.child_history(vault_ids["child"])] == [1]


def test_a_placement_ended_before_it_began_is_refused(qtbot, workspace, vault_ids):
    dialog = _dialog(qtbot, workspace, vault_ids["child"])
    qtbot.mouseClick(dialog.fields.has_ended, LEFT)
    qtbot.mouseClick(dialog.fields.ended, LEFT)
    qtbot.keyClick(dialog.fields.ended, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.fields.ended, "2020-01-01")  # it began 2024-01-08
    assert str(dialog.fields.ended.date().toPython()) == "2020-01-01"
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and "cannot end before it began" in dialog.error.text()
    assert [v.version for v in workspace.journal.child_history(vault_ids["child"])] == [1]
