"""The life story, the report dialog and the journal's other long-lived windows open over the
journal without a nested event loop (the shortcut returns while the window is open, so a
screen reader's press gets its answer), one of each at a time, gone when closed, and what
they change shown in the journal."""

from __future__ import annotations

import pytest
from helpers import CHILD_NAME
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from carerdesk.gui.journal.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.detach()


def _opened(qtbot, window, key, modifiers, kind: str):
    """The shortcut, typed as a person types it: it returns with the window open."""
    window.activateWindow()  # as the window manager does when a window over it closes
    qtbot.waitUntil(window.isActiveWindow)
    returned, waited = [], []

    def still_inside() -> None:  # the shortcut ran the window's own event loop (exec())
        if not returned:
            waited.append(True)
            QApplication.activeModalWidget().reject()
    QTimer.singleShot(2000, still_inside)
    qtbot.keyClick(window, key, modifiers)
    returned.append(True)
    assert not waited, "the shortcut waited for the window to close"
    dialog = QApplication.activeModalWidget()
    assert type(dialog).__name__ == kind
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.parent() is window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    return dialog


def _gone(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not isValid(dialog))  # deleted, not kept hidden


def test_the_life_story_opens_once_and_closes_with_its_button(qtbot, window):
    book = _opened(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT, "LifeStoryWindow")
    assert book.windowTitle() == f"{CHILD_NAME}'s life story"
    window.story_action.trigger()  # as a screen reader's Press on the toolbar button does
    assert QApplication.activeModalWidget() is book and window.life_story_window is book
    assert len([w for w in window.children() if type(w).__name__ == "LifeStoryWindow"]) == 1
    qtbot.mouseClick(book.close_button, LEFT)
    _gone(qtbot, book)
    assert window.life_story_window is None
    again = _opened(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT, "LifeStoryWindow")
    assert again is not book
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    _gone(qtbot, again)


def test_the_book_s_print_preview_opens_over_it_and_closes(qtbot, window, workspace,
                                                          vault_ids):
    from carerdesk.domain.lifestory import PageContent

    workspace.lifestory.add_page(PageContent(vault_ids["child"], "The den", "You built it."))
    book = _opened(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT, "LifeStoryWindow")
    qtbot.keyClick(book, Qt.Key.Key_I, ALT)  # Pr&int the book…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintPreviewDialog))
    preview = QApplication.activeModalWidget()
    assert preview.parent() is book and book.isVisible()
    preview.reject()  # its own Close
    _gone(qtbot, preview)
    assert QApplication.activeModalWidget() is book
    book.activateWindow()  # as the window manager does
    qtbot.waitUntil(book.isActiveWindow)
    qtbot.keyClick(book, Qt.Key.Key_O, ALT)  # Cl&ose
    _gone(qtbot, book)


def test_the_report_dialog_opens_once_and_closes_by_its_mnemonic(qtbot, window):
    dialog = _opened(qtbot, window, Qt.Key.Key_E, CTRL | SHIFT, "ExportDialog")
    window.report_action.trigger()
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog, Qt.Key.Key_O, ALT)
    _gone(qtbot, dialog)
    assert window.report_dialog is None and QApplication.activeModalWidget() is None


def test_a_child_added_shows_in_the_journal_s_list(qtbot, window):
    dialog = _opened(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT, "ChildDialog")
    qtbot.keyClicks(dialog.fields.name, "Robin Newcomer")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    _gone(qtbot, dialog)
    names = [window.children_list.item(i).text() for i in range(window.children_list.count())]
    assert "Robin Newcomer" in names and CHILD_NAME in names


@pytest.mark.parametrize(("key", "modifiers", "kind"), [
    (Qt.Key.Key_K, CTRL, "KeysDialog"),
    (Qt.Key.Key_U, CTRL | SHIFT, "SupervisionBackDialog"),
    (Qt.Key.Key_H, CTRL, "HistoryDialog"),
])
def test_the_other_windows_open_without_waiting_and_close(qtbot, window, key, modifiers, kind):
    window.timeline.setCurrentIndex(window.model.index(0))  # History needs an entry chosen
    dialog = _opened(qtbot, window, key, modifiers, kind)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _gone(qtbot, dialog)


@pytest.mark.parametrize(("key", "kind"), [(Qt.Key.Key_L, "LifeStoryWindow"),
                                           (Qt.Key.Key_E, "ExportDialog")])
def test_auto_lock_closes_them_and_they_open_again_after_unlocking(qtbot, vault_dir, key,
                                                                   kind):
    from person import unlock_by_typing

    from carerdesk.gui.app import AppController
    from carerdesk.gui.setup.unlock import UnlockDialog

    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    window = unlock_by_typing(qtbot, controller)
    dialog = _opened(qtbot, window, key, CTRL | SHIFT, kind)
    controller.idle.setInterval(300)  # nobody touches anything: auto-lock fires
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.workspace is None
                    and isinstance(controller.dialog, UnlockDialog), timeout=8000)
    _gone(qtbot, dialog)
    assert QApplication.activeModalWidget() in (None, controller.dialog)
    assert controller.dialog.isVisible()
    again = unlock_by_typing(qtbot, controller)
    controller.idle.setInterval(600_000)
    assert type(_opened(qtbot, again, key, CTRL | SHIFT, kind)).__name__ == kind
