"""Lock (Ctrl+L) and auto-lock with every dialog, question, file dialog and menu open: each
closes, innermost first, the draft is kept, nothing crashes, and unlocking gives it back."""

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from shiboken6 import isValid

from carerdesk.gui.app import AppController
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.setup.unlock import UnlockDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _unlock(qtbot, controller) -> MainWindow:
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    return controller.window


@pytest.fixture
def app(qtbot, vault_dir):
    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    _unlock(qtbot, controller)
    yield controller
    controller.lock()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    controller.dialog.close()
    QApplication.instance().removeEventFilter(controller)


def _press_lock_inside_the_open_modal(qtbot, after_ms: int = 150) -> list:
    """Ctrl+L, typed into whatever modal is open by then (or the focused widget)."""
    seen = []

    def press() -> None:
        target = (QApplication.activePopupWidget() or QApplication.activeModalWidget()
                  or QApplication.focusWidget())
        seen.append(type(target).__name__ if target is not None else None)
        qtbot.keyClick(target, Qt.Key.Key_L, CTRL)
    QTimer.singleShot(after_ms, press)
    return seen


def _locked(qtbot, app) -> None:
    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog)
                    and app.dialog.isVisible(), timeout=8000)
    assert QApplication.activeModalWidget() is None or isinstance(
        QApplication.activeModalWidget(), UnlockDialog)


OPENERS = {
    "history": lambda qtbot, w: (w.timeline.setCurrentIndex(w.model.index(0)),
                                 qtbot.keyClick(w, Qt.Key.Key_H, CTRL)),
    "add a child": lambda qtbot, w: qtbot.keyClick(w, Qt.Key.Key_N, CTRL | SHIFT),
    "supervision report": lambda qtbot, w: qtbot.keyClick(w, Qt.Key.Key_E, CTRL | SHIFT),
    "keys and recipients": lambda qtbot, w: qtbot.keyClick(w, Qt.Key.Key_K, CTRL),
    "life story": lambda qtbot, w: (w.children_list.setCurrentRow(1),
                                    qtbot.keyClick(w, Qt.Key.Key_L, CTRL | SHIFT)),
    "preferences": lambda qtbot, w: w.prefs_action.trigger(),  # as its menu item does
    "my space": lambda qtbot, w: qtbot.keyClick(w, Qt.Key.Key_M, CTRL | SHIFT),
    "supervision records": lambda qtbot, w: qtbot.keyClick(w, Qt.Key.Key_U, CTRL | SHIFT),
}


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_ctrl_l_from_each_dialog(qtbot, app, name):
    window = app.window
    seen = _press_lock_inside_the_open_modal(qtbot)
    OPENERS[name](qtbot, window)  # returns once the lock has closed the dialog
    _locked(qtbot, app)
    assert seen and seen[0] is not None
    _unlock(qtbot, app)


def test_ctrl_l_from_keep_this_draft_keeps_the_draft(qtbot, app):
    window = app.window
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.keyClicks(window.editor.form.narrative.text, "Words typed late at night")
    seen = _press_lock_inside_the_open_modal(qtbot, after_ms=300)
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)  # "Keep this draft?" opens
    _locked(qtbot, app)
    assert seen == ["QMessageBox"]
    again = _unlock(qtbot, app)
    qtbot.waitUntil(lambda: again.editor is not None, timeout=5000)  # the draft reopens
    assert again.editor.form.narrative.text.toPlainText() == "Words typed late at night"
    again.editor.close_for_lock()


def test_auto_lock_fires_over_keep_this_draft(qtbot, app):
    window = app.window
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.keyClicks(window.editor.form.narrative.text, "Nearly asleep")
    app.idle.setInterval(400)

    def escape() -> None:
        qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    QTimer.singleShot(0, escape)  # the box stays open; nobody answers it
    _locked(qtbot, app)
    again = _unlock(qtbot, app)
    qtbot.waitUntil(lambda: again.editor is not None, timeout=5000)
    assert again.editor.form.narrative.text.toPlainText() == "Nearly asleep"
    again.editor.close_for_lock()


def test_ctrl_l_from_a_file_dialog_over_a_dialog(qtbot, app):
    """Qt's static file dialog lives on the C++ stack as a child of the keys dialog: deleting
    the windows under it while it ran was the double free."""
    window = app.window
    seen = []

    def open_file_dialog() -> None:
        keys = QApplication.activeModalWidget()
        seen.append(type(keys).__name__)
        add = next(b for b in keys.findChildren(QPushButton)
                   if b.text().startswith("&Add from a key file"))
        _press_lock_inside_the_open_modal(qtbot, after_ms=300)
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    QTimer.singleShot(150, open_file_dialog)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    _locked(qtbot, app)
    assert seen == ["KeysDialog"]
    _unlock(qtbot, app)


def test_ctrl_l_with_a_context_menu_open(qtbot, app):
    window = app.window
    seen = _press_lock_inside_the_open_modal(qtbot, after_ms=300)
    rect = window.timeline.visualRect(window.model.index(0))
    centre = rect.center() if rect.isValid() else QPoint(20, 20)
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.RightButton, pos=centre)
    _locked(qtbot, app)
    assert seen and seen[0] is not None


def test_the_lock_key_from_the_main_window_still_works(qtbot, app):
    qtbot.keyClick(app.window, Qt.Key.Key_L, CTRL)
    _locked(qtbot, app)


def test_a_click_still_queued_for_a_dialog_after_the_lock_does_nothing(qtbot, app):
    """The monkey's find: a click reached the report dialog's "Add recipient…" after the
    lock had closed it, and the slot met a locked vault. Locked windows take no input; the
    report dialog (opened with open(), deleted when it closes) is gone before the click."""
    window = app.window
    seen = []

    def click() -> None:
        if not isValid(button):
            seen.append("gone")
            return
        seen.append(button.isEnabled())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.keyClick(window, Qt.Key.Key_E, CTRL | SHIFT)  # the report dialog, window-modal
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    button = dialog.add_button
    seen.append(type(dialog).__name__)
    app.lock()  # as auto-lock would, with the click already on its way
    QTimer.singleShot(0, click)
    _locked(qtbot, app)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[0] == "ExportDialog" and seen[1] in ("gone", False)
    _unlock(qtbot, app)


def test_closing_the_editor_twice_asks_once(qtbot, qtlog, app):
    """The monkey's "QDialog::exec: Recursive call detected": a second close of the editor
    while "Keep this draft?" was open asked again, inside the first question."""
    window = app.window
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    editor = window.editor
    qtbot.keyClicks(editor.form.narrative.text, "Asked once")
    asked = []

    def second_close() -> None:
        asked.append(QApplication.activeModalWidget() is editor.keep_box)
        editor.close()  # the window's X, while the question is open
        QTimer.singleShot(0, lambda: qtbot.mouseClick(editor.keep_button,
                                                      Qt.MouseButton.LeftButton))
    QTimer.singleShot(200, second_close)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # "Keep this draft?" opens
    qtbot.waitUntil(lambda: window.editor is None, timeout=5000)
    assert asked == [True]
    assert not [r for r in qtlog.records if "Recursive call" in r.message]
    assert [d.state["text"] for d in app.workspace.journal.drafts()] == ["Asked once"]
