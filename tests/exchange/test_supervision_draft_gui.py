"""F7b: the social worker's supervision record keeps what is typed through a lock. Reports tab,
the report, Supervision record…: who was there, what was discussed, an agreed action and
reflections typed, Ctrl+L, the passphrase typed, the record opened again: all of it back, said
in one line, kept for that report; Save (or Send) and the draft is gone."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CHILD, SW_PASSPHRASE
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from carerdesk.app import supervision_export
from carerdesk.journal.form_drafts import FormDrafts

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
KEPT = "Kept from before the lock: not saved yet."
START = dt.date(2026, 9, 1)


@pytest.fixture
def report(carer, supervisor):
    """Maya's report (here Zephyrine's), imported into the social worker's vault."""
    carer.exchange.add_recipient(supervisor.exchange.public_key(), "Sam Okafor", default=True)
    made = supervision_export.export(carer, CHILD, START, START + dt.timedelta(days=29),
                                     [supervisor.exchange.public_key()])
    return supervisor.exchange.import_package(made.package).item


@pytest.fixture
def app(qtbot, sw_dir, supervisor, report):
    from carerdesk.gui.app import AppController

    supervisor.exchange.set_own_name("Sam Okafor")  # set-up done: the inbox after unlocking
    controller = AppController(sw_dir)
    controller.opened(supervisor)
    yield controller
    if controller.workspace is not None:
        controller.lock()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    controller.idle.stop()
    if controller.dialog is not None:
        controller.dialog.close()
    QApplication.instance().removeEventFilter(controller)


def _open_record(qtbot, window, act) -> list:
    """Reports tab, the report's row, Supervision record…: its exec() runs inside the click,
    so ``act`` is done in the form as a person would; the list gets the form."""
    from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

    window.activateWindow()  # as the window manager does (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    row = window._rows()[0]
    window.tree.scrollToItem(row)
    qtbot.mouseClick(window.tree.viewport(), LEFT,
                     pos=window.tree.visualItemRect(row).center())
    qtbot.waitUntil(window.trust.record_button.isVisible)
    seen: list = []

    def look() -> None:
        form = QApplication.activeModalWidget()
        if not (isinstance(form, SupervisionRecordDialog) and form.isActiveWindow()):
            QTimer.singleShot(50, look)
            return
        seen.append(form)
        act(form)
    QTimer.singleShot(50, look)
    qtbot.mouseClick(window.trust.record_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def _locked_and_unlocked(qtbot, app):
    from carerdesk.gui.setup.unlock import UnlockDialog

    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog)
                    and app.dialog.isVisible(), timeout=8000)
    qtbot.keyClicks(app.dialog.passphrase, SW_PASSPHRASE)
    qtbot.keyClick(app.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=15000)
    return app.window


def _kept(app, package_id: str):
    return FormDrafts.of(app.workspace.journal).kept("supervision-record", package_id, None)


def _type_it_all(qtbot, form) -> None:
    qtbot.mouseClick(form.present, LEFT)
    qtbot.keyClicks(form.present, "Sam, Alex, Jo")
    qtbot.mouseClick(form.discussed.viewport(), LEFT)
    qtbot.keyClicks(form.discussed, "Sleep and school.")
    qtbot.mouseClick(form.action_what, LEFT)
    qtbot.keyClicks(form.action_what, "Ask school about lunch")
    qtbot.mouseClick(form.action_owner, LEFT)
    qtbot.keyClicks(form.action_owner, "Sam")
    qtbot.mouseClick(form.add_action_button, LEFT)
    qtbot.mouseClick(form.reflections.viewport(), LEFT)
    qtbot.keyClicks(form.reflections, "You are doing well.")


def _what_it_holds(form) -> dict:
    return {"present": form.present.text(), "discussed": form.discussed.toPlainText(),
            "actions": [form.action_list.item(i).text() for i in range(form.action_list.count())],
            "reflections": form.reflections.toPlainText(),
            "note": form.draft.note.isVisible() and form.draft.label.text()}


def test_the_supervision_record_is_kept_through_a_lock(qtbot, app, report):
    before: dict = {}

    def type_then_lock(form) -> None:
        before.update(_what_it_holds(form))
        _type_it_all(qtbot, form)
        qtbot.keyClick(form.reflections, Qt.Key.Key_L, CTRL)
    _open_record(qtbot, app.window, type_then_lock)
    assert before["present"] == "" and before["note"] is False
    window = _locked_and_unlocked(qtbot, app)
    assert _kept(app, report.package_id) is not None  # kept by the report it is for
    back: dict = {}

    def look_then_save(form) -> None:
        back.update(_what_it_holds(form))
        back["status before"] = form.status.text()  # "Not saved yet." once, in the note
        qtbot.mouseClick(form.save_button, LEFT)
        back["status"] = form.status.text()
        back["note after"] = form.draft.note.isVisible()
        qtbot.mouseClick(form.close_button, LEFT)  # saved: closes without a question
    _open_record(qtbot, window, look_then_save)
    due = dt.date.today().isoformat()
    assert back["present"] == "Sam, Alex, Jo"
    assert back["discussed"] == "Sleep and school."
    assert back["actions"] == [f"Ask school about lunch — Sam, due {due}"]
    assert back["reflections"] == "You are doing well."
    assert back["note"] == KEPT and back["status before"] == ""
    assert back["status"].startswith("Version 1") and back["note after"] is False
    record = app.workspace.loop.record(report.package_id).content
    assert (record.present, record.discussed, record.reflections) == (
        "Sam, Alex, Jo", "Sleep and school.", "You are doing well.")
    assert [a.what for a in record.actions] == ["Ask school about lunch"]
    assert _kept(app, report.package_id) is None  # the draft went with Save


def test_send_lets_the_kept_record_go(qtbot, app, report, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    def type_then_lock(form) -> None:
        _type_it_all(qtbot, form)
        qtbot.keyClick(form.reflections, Qt.Key.Key_L, CTRL)
    _open_record(qtbot, app.window, type_then_lock)
    window = _locked_and_unlocked(qtbot, app)
    app.workspace.exchange.confirm_carer(report.carer_fingerprint)  # as the inbox asks first
    out = tmp_path / "back.cdsupervision"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    back: dict = {}

    def send_then_close(form) -> None:
        back.update(_what_it_holds(form))
        qtbot.mouseClick(form.send_button, LEFT)  # the file chosen in the dialog
        back["note after"] = form.draft.note.isVisible()
        qtbot.mouseClick(form.close_button, LEFT)
    _open_record(qtbot, window, send_then_close)
    assert back["present"] == "Sam, Alex, Jo" and back["note"] == KEPT
    assert out.is_file() and back["note after"] is False
    assert app.workspace.loop.record(report.package_id).sent_at is not None
    assert _kept(app, report.package_id) is None  # the draft went with Send


def test_a_saved_record_typed_on_is_kept_and_a_saved_one_is_not(qtbot, app, report):
    def save_then_lock(form) -> None:
        _type_it_all(qtbot, form)
        qtbot.mouseClick(form.save_button, LEFT)
        qtbot.keyClick(form.reflections, Qt.Key.Key_L, CTRL)  # nothing new since Save
    _open_record(qtbot, app.window, save_then_lock)
    window = _locked_and_unlocked(qtbot, app)
    assert _kept(app, report.package_id) is None  # saved: nothing to keep

    def amend_then_lock(form) -> None:
        qtbot.mouseClick(form.reflections.viewport(), LEFT)
        qtbot.keyClick(form.reflections, Qt.Key.Key_End, CTRL)
        qtbot.keyClicks(form.reflections, " Keep going.")
        qtbot.keyClick(form.reflections, Qt.Key.Key_L, CTRL)
    _open_record(qtbot, window, amend_then_lock)
    window = _locked_and_unlocked(qtbot, app)
    back: dict = {}

    def look_then_close(form) -> None:
        back.update(_what_it_holds(form))
        back["status"] = form.status.text()
        qtbot.keyClick(form.reflections, Qt.Key.Key_Escape)  # "Keep this draft?"
    _answer_keep = _answer_soon(qtbot, "keep-kept", "&Keep for later")
    _open_record(qtbot, window, look_then_close)
    assert back["reflections"] == "You are doing well. Keep going."
    assert back["note"] == KEPT and back["status"].startswith("Version 1")
    assert _answer_keep == ["This is not saved yet. Keep it to finish later, or discard it?"]
    assert _kept(app, report.package_id) is not None
    assert app.workspace.loop.record(report.package_id).content.reflections == (
        "You are doing well.")  # nothing saved without a click


def test_a_kept_record_discarded_is_empty_and_not_saved(qtbot, app, report):
    def type_then_lock(form) -> None:
        _type_it_all(qtbot, form)
        qtbot.keyClick(form.reflections, Qt.Key.Key_L, CTRL)
    _open_record(qtbot, app.window, type_then_lock)
    window = _locked_and_unlocked(qtbot, app)
    back: dict = {}

    def discard_then_close(form) -> None:
        asked = _answer_soon(qtbot, "discard-kept", "&Discard")
        qtbot.mouseClick(form.draft.discard_button, LEFT)
        back.update(_what_it_holds(form))
        back["asked"], back["status"] = asked, form.status.text()
        qtbot.mouseClick(form.close_button, LEFT)
    _open_record(qtbot, window, discard_then_close)
    assert back["asked"] and back["status"] == "Not saved yet."
    assert (back["present"], back["actions"], back["note"]) == ("", [], False)
    assert _kept(app, report.package_id) is None


def _answer_soon(qtbot, name: str, text: str) -> list:
    from PySide6.QtWidgets import QMessageBox, QPushButton

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
