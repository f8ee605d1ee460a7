"""Issue 18 in the windows, by clicks and keys: the inbox keeps a new key apart and asks to
confirm it; the supervision record is written and sent from the inbox; the carer imports it
and ticks its actions."""

import datetime as dt

import pytest
from conftest import CHILD, START
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from carerdesk.app import supervision_export

LEFT = Qt.MouseButton.LeftButton
UNTIL = START + dt.timedelta(days=29)
SOON = dt.date.today() + dt.timedelta(days=20)


@pytest.fixture
def imported(carer, supervisor, tmp_path):
    carer.exchange.add_recipient(supervisor.exchange.public_key(), "Sam Okafor", default=True)
    made = supervision_export.export(carer, CHILD, START, UNTIL, [supervisor.exchange.public_key()])
    path = tmp_path / "sept.cdreport"
    path.write_bytes(made.package)
    return path


def _inbox(qtbot, supervisor, path):
    from carerdesk.gui.reports.inbox_window import InboxWindow

    window = InboxWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    window.import_files([str(path)], quiet=True)
    qtbot.waitUntil(lambda: len(window._rows()) == 1, timeout=20_000)
    return window


def _answer(qtbot, kind, act) -> dict:
    """When a modal of ``kind`` opens, look at it and ``act`` on it (as a person would)."""
    seen: dict = {}

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind) or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        seen["box"] = box
        seen["text"] = getattr(box, "text", lambda: "")()
        act(box)
    QTimer.singleShot(0, look)
    return seen


def test_a_new_key_is_kept_apart_and_confirmed_by_the_question(qtbot, carer, supervisor,
                                                               imported):
    from carerdesk.gui.reports.confirm_carer import ConfirmCarerBox

    window = _inbox(qtbot, supervisor, imported)
    assert "not yet confirmed" in window.last_import[0][1]
    assert window.tree.topLevelItem(0).text(0).startswith("Not yet confirmed:")
    trust = window.trust
    assert trust.confirm_button.isVisible() and "Not yet confirmed" in trust.trust.text()
    fingerprint = carer.exchange.public_key().fingerprint

    seen = _answer(qtbot, ConfirmCarerBox, lambda box: qtbot.mouseClick(box.no, LEFT))
    qtbot.mouseClick(trust.confirm_button, LEFT)
    qtbot.waitUntil(lambda: "box" in seen)
    assert "&nbsp;&nbsp;".join(fingerprint.split()) in seen["text"]
    assert not supervisor.exchange.reports()[0].trusted  # "not yet" trusts nothing

    seen = _answer(qtbot, ConfirmCarerBox, lambda box: qtbot.mouseClick(box.yes, LEFT))
    qtbot.mouseClick(trust.confirm_button, LEFT)
    qtbot.waitUntil(lambda: supervisor.exchange.reports()[0].trusted)
    assert not window.tree.topLevelItem(0).text(0).startswith("Not yet confirmed")
    assert not trust.confirm_button.isVisible() and "confirmed" in trust.trust.text()


def test_the_record_button_opens_the_form(qtbot, supervisor, imported):
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    window = _inbox(qtbot, supervisor, imported)
    seen = _answer(qtbot, SupervisionRecordDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(window.trust.record_button, LEFT)
    qtbot.waitUntil(lambda: "box" in seen)
    assert CHILD in seen["box"].windowTitle()


def _active(qtbot, dialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _type_date(qtbot, edit, day: dt.date) -> None:
    """Tab into the date (which selects it all), type it, Tab on."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, day.isoformat())
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_the_record_is_written_sent_and_read_by_the_carer(qtbot, carer, supervisor, imported,
                                                          tmp_path, monkeypatch):
    from carerdesk.gui.reports.returned_dialog import SupervisionBackDialog
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    item = supervisor.exchange.import_package(imported.read_bytes()).item
    dialog = SupervisionRecordDialog(supervisor, item)
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    assert "Not saved yet" in dialog.status.text()
    qtbot.keyClicks(dialog.present, "Sam, Alex and Jo")
    qtbot.keyClicks(dialog.discussed, "School mornings")
    qtbot.mouseClick(dialog.add_action_button, LEFT)  # nothing typed: said, not added
    assert dialog.error.isVisible() and dialog.action_list.count() == 0
    qtbot.keyClicks(dialog.action_what, "Ask school about a quiet start")
    qtbot.mouseClick(dialog.action_owner, LEFT)
    qtbot.keyClicks(dialog.action_owner, "Alex")
    _type_date(qtbot, dialog.action_due, SOON)
    qtbot.mouseClick(dialog.add_action_button, LEFT)
    assert dialog.action_list.count() == 1 and "Alex" in dialog.action_list.item(0).text()
    qtbot.keyClicks(dialog.reflections, "A steady month.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "Version 1, not sent yet" in dialog.status.text()

    out = tmp_path / "back.cdsupervision"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.send_button, LEFT)  # the key is not confirmed yet
    assert "Confirm this carer's key first" in dialog.error.text() and not out.exists()
    supervisor.exchange.confirm_carer(item.carer_fingerprint)
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert out.exists() and "sent" in dialog.status.text()

    back = SupervisionBackDialog(carer)
    qtbot.addWidget(back)
    back.show()
    assert "No supervision record back yet" in back.reports.item(0).text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(back.import_button, LEFT)
    assert "Supervision of" in back.reports.item(0).text()
    assert "received and reviewed" in back.heading.text()
    assert "A steady month." in back.words.text()
    row = back.action_rows.topLevelItem(0)
    assert (row.text(1), row.text(3), row.text(4)) == ("Ask school about a quiet start",
                                                        SOON.isoformat(), "open")
    cell = back.action_rows.visualRect(back.action_rows.indexFromItem(row, 0))
    qtbot.mouseClick(back.action_rows.viewport(), LEFT,  # on the Done box at the row's start
                     pos=cell.topLeft() + QPoint(10, cell.height() // 2))
    qtbot.waitUntil(lambda: back.action_rows.topLevelItem(0).text(4) == "done")
    assert carer.loop.returned()[0].actions[0].status.value == "done"

    imported_again = tmp_path / "junk.cdsupervision"
    imported_again.write_bytes(b"junk")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(imported_again), ""))
    qtbot.mouseClick(back.import_button, LEFT)
    assert "is not a CarerDesk report" in back.error.text()


def test_a_due_date_typed_in_the_form_cannot_be_turned_by_the_wheel(qtbot, supervisor,
                                                                     imported):
    from gui.person import value_of, wheel

    from carerdesk.gui.common import window_policy
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    window_policy.install(QApplication.instance())
    item = supervisor.exchange.import_package(imported.read_bytes()).item
    dialog = SupervisionRecordDialog(supervisor, item)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.action_due.setDate(QDate(2026, 12, 20))
    qtbot.mouseClick(dialog.present, LEFT)  # the focus is in a text box, not a date
    for edit in (dialog.held, dialog.action_due):
        before = value_of(edit)
        wheel(edit, -3)
        assert value_of(edit) == before


def test_the_record_form_and_the_question_fit_a_laptop(qtbot, carer, supervisor, imported):
    from gui.test_fits_screen import problems_fitting

    from carerdesk.gui.reports.confirm_carer import ConfirmCarerBox
    from carerdesk.gui.reports.returned_dialog import SupervisionBackDialog
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    item = supervisor.exchange.import_package(imported.read_bytes()).item
    for dialog in (SupervisionRecordDialog(supervisor, item), SupervisionBackDialog(carer),
                   ConfirmCarerBox("The Riverside family", item.carer_fingerprint)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert problems_fitting(dialog) == []


def test_ctrl_l_in_the_record_form_locks_the_inbox(qtbot, sw_dir, supervisor, imported):
    from PySide6.QtWidgets import QDialog

    from carerdesk.gui.app import AppController
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog
    from carerdesk.gui.setup.unlock import UnlockDialog

    supervisor.exchange.import_package(imported.read_bytes())
    controller = AppController(sw_dir)
    controller.opened(supervisor)
    try:
        window = controller.window
        window.select(window._rows()[0].data(0, Qt.ItemDataRole.UserRole))

        def type_then_lock(dialog: QDialog) -> None:
            qtbot.keyClicks(dialog.present, "not saved")
            qtbot.keyClick(dialog.present, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        seen = _answer(qtbot, SupervisionRecordDialog, type_then_lock)
        qtbot.mouseClick(window.trust.record_button, LEFT)
        qtbot.waitUntil(lambda: controller.workspace is None
                        and isinstance(controller.dialog, UnlockDialog), timeout=8000)
        assert "box" in seen
        modal = QApplication.activeModalWidget()
        assert modal is None or isinstance(modal, UnlockDialog)
    finally:
        if controller.workspace is not None:
            controller.lock()
        controller.idle.stop()
        if controller.dialog is not None:
            controller.dialog.close()
        QApplication.instance().removeEventFilter(controller)


def test_the_new_dialogs_from_the_keyboard(qtbot, carer, supervisor, imported):
    from keyboard_checks import check_mnemonics, check_tab_order

    from carerdesk.gui.reports.returned_dialog import SupervisionBackDialog
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    item = supervisor.exchange.import_package(imported.read_bytes()).item
    for dialog in (SupervisionRecordDialog(supervisor, item), SupervisionBackDialog(carer)):
        qtbot.addWidget(dialog)
        _active(qtbot, dialog)
        check_tab_order(dialog)
        check_mnemonics(dialog)
