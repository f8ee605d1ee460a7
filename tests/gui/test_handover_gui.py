"""Child → Hand over {name}'s record…, Reports → Import a handover… and Child → Import the
handover receipt…, used as a carer and a social worker use them: the child chosen with a
click, the menus opened with Alt, the recipient clicked, the file name typed, buttons
clicked; the receipt asks first, naming the child and what goes (Cancel removes nothing,
Remove removes it, with All children chosen); Ctrl+L closes the dialog with nothing made."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import CHILD_NAME, PASSPHRASE
from keyboard_checks import check_mnemonics
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from test_fits_screen import problems_fitting
from test_removal_gui import _choose, _from_child_menu

from carerdesk.app.workspace import Workspace
from carerdesk.domain.roles import Role
from carerdesk.gui.journal.handover_dialog import HandoverDialog
from carerdesk.gui.reports.inbox_window import InboxWindow
from carerdesk.vault.kdf import FLOOR

LEFT = Qt.MouseButton.LeftButton
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _social_worker(tmp_path):
    sw, _ = Workspace.create(tmp_path / "sw", PASSPHRASE, PASSPHRASE, role=Role.SUPERVISOR,
                             params=FLOOR)
    sw.exchange.set_own_name("Sam Okafor")
    return sw


def _click_row(qtbot, view, row: int) -> None:
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=centre)


def _type_path(qtbot, field, path) -> None:
    qtbot.mouseClick(field, LEFT)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, str(path))


def test_hand_over_import_the_receipt_and_the_record_goes(qtbot, window, tmp_path,
                                                          monkeypatch):
    sw = _social_worker(tmp_path)
    try:
        window.workspace.exchange.add_recipient(sw.exchange.public_key(), "Sam Okafor")
        _choose(qtbot, window, CHILD_NAME)
        assert window.handover_action.text() == f"&Hand over {CHILD_NAME}'s record…"
        dialog = _from_child_menu(qtbot, window, Qt.Key.Key_H, HandoverDialog)
        check_mnemonics(dialog)
        assert problems_fitting(dialog) == []
        assert CHILD_NAME in dialog.windowTitle() and dialog.recipients.count() == 1
        _click_row(qtbot, dialog.recipients, 0)
        out = tmp_path / "handover.cdhandover"
        _type_path(qtbot, dialog.path, out)
        qtbot.mouseClick(dialog.make_button, LEFT)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=15000)
        assert out.exists() and "handed over" in window.statusBar().currentMessage()

        inbox = InboxWindow(sw)
        qtbot.addWidget(inbox)
        inbox.show()
        receipt = tmp_path / "receipt.cdreceipt"
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))
        inbox.activateWindow()
        qtbot.waitUntil(inbox.isActiveWindow)
        qtbot.keyClick(inbox, Qt.Key.Key_R, ALT)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_H)
        qtbot.waitUntil(receipt.exists, timeout=15000)
        assert "closed record" in inbox.statusBar().currentMessage()
        assert [r.child for r in sw.handover.closed_records()] == [CHILD_NAME]
        inbox.close()

        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
        question = _receipt_question(qtbot, window)  # Cancel: nothing goes
        qtbot.mouseClick(question.cancel_button, LEFT)
        qtbot.waitUntil(lambda: "Nothing was removed" in window.statusBar().currentMessage())
        [kept] = [c for c in window.workspace.journal.children() if c.name == CHILD_NAME]
        assert window.workspace.removal.what_goes(kept.id).entries > 0

        _choose(qtbot, window, "All children")  # the receipt names the child itself
        question = _receipt_question(qtbot, window)
        qtbot.mouseClick(question.remove_button, LEFT)
        qtbot.waitUntil(lambda: "Receipt accepted" in window.statusBar().currentMessage(),
                        timeout=20000)
        assert CHILD_NAME not in [c.name for c in window.workspace.journal.children()]
    finally:
        sw.lock()


def _receipt_question(qtbot, window):
    """Child → Import the handover receipt…, by keys; the question it asks, checked."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_I)
    qtbot.waitUntil(lambda: getattr(window, "receipt_question", None) is not None
                    and window.receipt_question.isVisible(), timeout=20000)
    question = window.receipt_question
    words = " ".join((question.windowTitle() + " " + question.text() + " "
                      + question.informativeText()).split())
    assert f"Remove {CHILD_NAME}'s record?" in words and CHILD_NAME in question.text()
    assert "Entries about them alone: " in words and "Photos: " in words
    assert "Backups of this journal replaced" in words
    assert question.defaultButton() is question.cancel_button  # Return alone removes nothing
    assert CHILD_NAME in question.remove_button.text()
    return question


def test_the_handover_file_is_named_by_initials_and_the_day(qtbot, window):
    _choose(qtbot, window, CHILD_NAME)
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_H, HandoverDialog)
    initials = "".join(f"{w[0]}." for w in CHILD_NAME.split())
    assert Path(dialog.path.text()).name == (
        f"{initials} handover {dt.date.today().isoformat()}.cdhandover")
    assert CHILD_NAME.split()[0] not in dialog.path.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_a_wrong_receipt_is_refused_in_plain_words(qtbot, window, tmp_path, monkeypatch):
    wrong = tmp_path / "not-a-receipt.cdreceipt"
    wrong.write_bytes(b"hello")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(wrong), ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_I)
    qtbot.waitUntil(lambda: "Nothing was imported" in window.statusBar().currentMessage(),
                    timeout=10000)
    assert CHILD_NAME in [c.name for c in window.workspace.journal.children()]


def test_without_a_recipient_nothing_is_made(qtbot, window, tmp_path):
    _choose(qtbot, window, CHILD_NAME)
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_H, HandoverDialog)
    _type_path(qtbot, dialog.path, tmp_path / "x.cdhandover")
    qtbot.mouseClick(dialog.make_button, LEFT)
    assert dialog.isVisible() and "Choose who the record goes to" in dialog.error.text()
    assert not (tmp_path / "x.cdhandover").exists()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_ctrl_l_closes_the_handover_dialog_with_nothing_made(qtbot, vault_dir, tmp_path):
    from carerdesk.gui.app import AppController
    from carerdesk.gui.setup.unlock import UnlockDialog

    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    window = controller.window
    _choose(qtbot, window, CHILD_NAME)
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_H, HandoverDialog)
    _type_path(qtbot, dialog.path, tmp_path / "half.cdhandover")
    qtbot.keyClick(dialog.path, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: controller.workspace is None
                    and isinstance(controller.dialog, UnlockDialog), timeout=8000)
    assert not (tmp_path / "half.cdhandover").exists()
    with Workspace.unlock(vault_dir, PASSPHRASE) as workspace:
        assert CHILD_NAME in [c.name for c in workspace.journal.children()]


def test_ctrl_l_over_the_receipt_question_removes_nothing(qtbot, vault_dir, tmp_path,
                                                          monkeypatch):
    from carerdesk.gui.app import AppController
    from carerdesk.gui.setup.unlock import UnlockDialog

    sw = _social_worker(tmp_path)
    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    window = controller.window
    try:
        child = next(c for c in window.workspace.journal.children() if c.name == CHILD_NAME)
        out, receipt = tmp_path / "h.cdhandover", tmp_path / "h.cdreceipt"
        window.workspace.handover.make_file(child.id, [sw.exchange.public_key()], out)
        receipt.write_bytes(sw.handover.import_file(out).receipt)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
        question = _receipt_question(qtbot, window)
        qtbot.keyClick(question, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: controller.workspace is None
                        and isinstance(controller.dialog, UnlockDialog), timeout=8000)
    finally:
        sw.lock()
    with Workspace.unlock(vault_dir, PASSPHRASE) as workspace:
        assert CHILD_NAME in [c.name for c in workspace.journal.children()]
