"""Steps for the form-draft tests: the real app unlocked by typing, Ctrl+L by key, a question
answered by a click, the kept draft read from the vault."""

from __future__ import annotations

from person import unlock_by_typing
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from carerdesk.gui.app import AppController
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.journal.form_drafts import FormDrafts

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
KEPT = "Kept from before the lock: not saved yet."


def unlocked_app(qtbot, vault_dir):
    """For a test module's ``app`` fixture: the real app started and unlocked by typing; at
    the end, locked and shut."""
    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    unlock_by_typing(qtbot, controller)
    yield controller
    controller.lock()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    controller.dialog.close()
    QApplication.instance().removeEventFilter(controller)


def choose_child(qtbot, window, row: int = 1) -> None:
    centre = window.children_list.visualRect(window.children_list.model().index(row, 0)).center()
    qtbot.mouseClick(window.children_list.viewport(), LEFT, pos=centre)


def modal_opened(qtbot, before=None):
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, before))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def lock_by_key_and_unlock(qtbot, app):
    """Ctrl+L where the person is typing; the passphrase typed; the journal window again."""
    target = (QApplication.focusWidget() or QApplication.activeModalWidget()
              or QApplication.activeWindow())
    qtbot.keyClick(target, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog)
                    and app.dialog.isVisible(), timeout=8000)
    modal = QApplication.activeModalWidget()
    assert modal is None or isinstance(modal, UnlockDialog)
    return unlock_by_typing(qtbot, app)


def unlock_after_auto_lock(qtbot, app):
    """Nobody touches anything until auto-lock fires; then the passphrase typed."""
    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog)
                    and app.dialog.isVisible(), timeout=8000)
    return unlock_by_typing(qtbot, app)


def kept(app, form: str, child_id: str, record_id: str | None = None):
    return FormDrafts.of(app.workspace.journal).kept(form, child_id, record_id)


def answer_soon(qtbot, name: str, text: str) -> list:
    """Once the question ``name`` shows (its exec() runs inside the click that opens it),
    click its button ``text``, as a person does; the list gets the question's words."""
    seen: list = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.objectName() == name):
            QTimer.singleShot(50, look)
            return
        seen.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
        qtbot.mouseClick(button, LEFT)
    QTimer.singleShot(50, look)
    return seen
