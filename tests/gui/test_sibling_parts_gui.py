"""The editor's "What goes in each child's report…" (issue 17, item 3), used as a carer uses
it: shown once a second child is ticked, a tick per part per child clicked in its dialog,
kept in the saved entry; and Ctrl+L with the dialog open keeps the choice in the draft."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import PASSPHRASE
from person import scroll_into_view
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox
from test_fits_screen import problems_fitting

from carerdesk.app.workspace import Workspace
from carerdesk.domain.filters import EntryFilter
from carerdesk.gui.app import AppController
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.journal.sibling_parts import SiblingPartsDialog
from carerdesk.gui.setup.unlock import UnlockDialog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def two_children(vault_dir, vault_ids):
    """The test vault's child and Maya, for a window started on the vault."""
    with Workspace.unlock(vault_dir, PASSPHRASE) as ws:
        maya = ws.journal.add_child("Maya Jones", dt.date(2015, 2, 3))
    return vault_ids["child"], maya.id


@pytest.fixture
def two_open(workspace, vault_ids):
    """The same, in the workspace a window is given."""
    maya = workspace.journal.add_child("Maya Jones", dt.date(2015, 2, 3))
    return vault_ids["child"], maya.id


def _journal(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # where Ctrl+N goes
    return window


def _click(qtbot, widget) -> None:
    """A click where a person would: on a check box's box, which sits at its left."""
    scroll_into_view(widget)
    at = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else QPoint()
    qtbot.mouseClick(widget, LEFT, pos=at if not at.isNull() else widget.rect().center())


def _write_about_both(qtbot, editor, maya: str) -> None:
    form = editor.form
    qtbot.keyClicks(form.narrative.text, "Baked a cake with Maya Jones.")
    _click(qtbot, form.voice)
    qtbot.keyClicks(form.voice, "I miss my mum")
    assert not form.sibling_parts.isVisibleTo(editor)  # about one child: nothing to choose
    _click(qtbot, form.child_boxes[maya])
    assert form.sibling_parts.isVisibleTo(editor)


def _in_the_dialog(qtbot, act) -> list:
    """``act(dialog)`` once the dialog the next click opens is showing."""
    done = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SiblingPartsDialog):
            QTimer.singleShot(50, run)
            return
        done.append(act(dialog))
    QTimer.singleShot(50, run)
    return done


def test_the_carer_chooses_what_goes_in_each_childs_report(qtbot, workspace, two_open):
    first, maya = two_open
    window = _journal(qtbot, workspace)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    editor = window.editor
    if not editor.form.child_boxes[first].isChecked():
        _click(qtbot, editor.form.child_boxes[first])
    _write_about_both(qtbot, editor, maya)

    def untick_mayas_voice(dialog):
        assert [p for c, p in dialog.boxes if c == maya] == ["text", "voice"]
        assert all(box.isChecked() for box in dialog.boxes.values())  # everything by default
        assert problems_fitting(dialog) == []
        _click(qtbot, dialog.boxes[(maya, "voice")])
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Close
        return True

    done = _in_the_dialog(qtbot, untick_mayas_voice)
    _click(qtbot, editor.form.sibling_parts)
    assert done == [True]
    _click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.isVisible())
    (saved,) = workspace.journal.entries(EntryFilter(child_id=maya))
    assert saved.content.shared == {maya: frozenset({"text"})}
    assert set(saved.content.child_ids) == {first, maya}


def test_opened_again_the_dialog_shows_the_choice_and_a_tick_back_shares_all(
        qtbot, workspace, two_open):
    first, maya = two_open
    window = _journal(qtbot, workspace)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    form = window.editor.form
    if not form.child_boxes[first].isChecked():
        _click(qtbot, form.child_boxes[first])
    _write_about_both(qtbot, window.editor, maya)
    form.sibling_parts.set_value({first: frozenset({"voice"})})  # set-up: a choice made before

    def tick_back(dialog):
        states = {key: box.isChecked() for key, box in dialog.boxes.items()}
        _click(qtbot, dialog.boxes[(first, "text")])
        dialog.reject()
        return states

    done = _in_the_dialog(qtbot, tick_back)
    _click(qtbot, form.sibling_parts)
    assert done[0][(first, "text")] is False and done[0][(first, "voice")] is True
    assert form.content().shared == {}
    window.editor.close_for_lock()


def test_ctrl_l_with_the_dialog_open_keeps_the_choice(qtbot, vault_dir, two_children):
    first, maya = two_children
    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)

    def unlock() -> MainWindow:
        qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                        timeout=15000)
        return controller.window

    window = unlock()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    form = window.editor.form
    if not form.child_boxes[first].isChecked():
        _click(qtbot, form.child_boxes[first])
    _write_about_both(qtbot, window.editor, maya)

    def untick_then_lock(dialog):
        _click(qtbot, dialog.boxes[(maya, "voice")])
        qtbot.keyClick(dialog.boxes[(maya, "text")], Qt.Key.Key_L, CTRL)
        return True

    done = _in_the_dialog(qtbot, untick_then_lock)
    _click(qtbot, form.sibling_parts)
    qtbot.waitUntil(lambda: controller.workspace is None and isinstance(controller.dialog,
                                                                        UnlockDialog)
                    and controller.dialog.isVisible(), timeout=8000)
    assert done == [True]
    again = unlock()
    qtbot.waitUntil(lambda: again.editor is not None, timeout=5000)  # the draft reopens
    assert again.editor.form.narrative.text.toPlainText() == "Baked a cake with Maya Jones."
    assert again.editor.form.content().shared == {maya: frozenset({"text"})}
    again.editor.close_for_lock()
