"""The error line under a form, as a person meets it: every line of it readable (none cut off
by the buttons), the buttons still under the pointer when it appears, and gone once the
person corrects the field."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from test_housekeeping import type_date

from carerdesk.gui.common.window_policy import screen_of
from carerdesk.gui.journal.child_dialog import ChildDialog
from carerdesk.gui.setup.unlock import UnlockDialog

LEFT = Qt.MouseButton.LeftButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _where(button: QWidget) -> QPoint:
    return button.mapToGlobal(button.rect().center())


def _shown_in_the_middle(qtbot, dialog: QWidget) -> None:
    """Shown where a window manager puts a dialog: the middle of the screen."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    room = screen_of(dialog).availableGeometry()
    dialog.move(room.center() - dialog.rect().center())


def _lines_needed(label: QLabel) -> int:
    """How many lines the words take at the label's width, counted word by word."""
    metrics, width = label.fontMetrics(), label.contentsRect().width()
    lines, line = 1, ""
    for word in label.text().split():
        longer = f"{line} {word}".strip()
        if line and metrics.horizontalAdvance(longer) > width:
            lines, line = lines + 1, word
        else:
            line = longer
    return lines


def _all_readable(label: QLabel, buttons: QWidget) -> None:
    lines = _lines_needed(label)
    assert lines >= 2  # the case the tester found: a second line
    assert label.height() >= lines * label.fontMetrics().lineSpacing()
    bottom = label.mapToGlobal(QPoint(0, label.height())).y()
    assert bottom <= buttons.mapToGlobal(QPoint(0, 0)).y()  # the buttons cover none of it
    window = label.window()
    assert window.height() >= window.minimumSizeHint().height()


def test_a_date_of_birth_in_the_future_is_said_in_full_and_goes_once_corrected(qtbot,
                                                                               window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)  # Add a child…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ChildDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.move(screen_of(dialog).availableGeometry().center() - dialog.rect().center())
    qtbot.keyClicks(dialog.fields.name, "Maya Example")
    type_date(qtbot, dialog.fields.knows_born, dialog.fields.born, "2027-01-01")
    add_was = _where(dialog.ok_button)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "2027-01-01 is in the future" in dialog.error.text()
    _all_readable(dialog.error, dialog.ok_button)
    assert _where(dialog.ok_button) == add_was  # Add is still under the pointer
    qtbot.wait(10)
    dialog.fields.born.setFocus()
    qtbot.keyClicks(dialog.fields.born, "2019-05-04")
    qtbot.keyClick(dialog.fields.born, Qt.Key.Key_Tab)
    assert dialog.error.isHidden()  # the stale error went with the correction
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert dialog.child is not None and str(dialog.child.born) == "2019-05-04"


def test_the_same_error_again_stays_until_the_person_edits(qtbot, workspace):
    dialog = ChildDialog(workspace.journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)  # no name
    assert dialog.error.isVisible()
    qtbot.wait(10)
    qtbot.mouseClick(dialog.ok_button, LEFT)  # pressed again: said again, not cleared
    assert dialog.error.isVisible() and dialog.error.text()
    qtbot.wait(10)
    qtbot.keyClicks(dialog.fields.name, "M")
    assert dialog.error.isHidden()


def test_a_wrong_passphrase_is_said_in_full_and_goes_when_typing_again(qtbot, vault_dir):
    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    _shown_in_the_middle(qtbot, dialog)
    unlock_was = _where(dialog.unlock_button)
    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "passphrase is not right" in dialog.error.text()
    _all_readable(dialog.error, dialog.unlock_button)
    assert _where(dialog.unlock_button) == unlock_was
    qtbot.wait(10)
    qtbot.keyClicks(dialog.passphrase, "x")
    assert dialog.error.isHidden()
