"""The carer's export dialog and the social worker's inbox, driven as people use them."""

import datetime as dt

import pytest
from conftest import CHILD, START

from carerdesk.app import supervision_export, supervision_inbox
from carerdesk.domain.roles import Role


@pytest.fixture
def trusted(carer, supervisor):
    carer.exchange.add_recipient(supervisor.exchange.public_key(), default=True)
    return supervisor


def _dialog(qtbot, carer):
    from PySide6.QtCore import QDate

    from carerdesk.gui.reports.export_dialog import ExportDialog

    dialog = ExportDialog(carer)
    qtbot.addWidget(dialog)
    dialog.since.setDate(QDate(2026, 9, 1))
    dialog.until.setDate(QDate(2026, 9, 30))
    return dialog


def test_the_carer_previews_then_saves_a_report(qtbot, carer, trusted, tmp_path):
    dialog = _dialog(qtbot, carer)
    assert dialog.child.currentText() == CHILD
    assert len(dialog.chosen_recipients()) == 1  # the default recipient is ticked
    dialog.questions.setPlainText("Can we talk about respite?")
    qtbot.mouseClick(dialog.preview_button, qtbot_button())
    qtbot.waitUntil(lambda: len(dialog.preview.pages) >= 5, timeout=20_000)
    assert "31 entries" in dialog.status.text()
    dialog.with_pdf.setChecked(True)
    dialog.save(str(tmp_path / "sept.cdreport"))
    qtbot.waitUntil(lambda: dialog.last_saved is not None, timeout=20_000)
    assert (tmp_path / "sept.pdf").read_bytes().startswith(b"%PDF")
    assert "encrypted for" in dialog.status.text()
    imported = supervision_inbox.import_file(trusted, tmp_path / "sept.cdreport")
    assert imported.item.entries == 31
    opened = trusted.exchange.open_report(imported.item.package_id)
    assert opened.report.notes.questions == "Can we talk about respite?"


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def test_a_report_without_a_recipient_is_not_saved(qtbot, carer, tmp_path):
    dialog = _dialog(qtbot, carer)
    dialog.save(str(tmp_path / "x.cdreport"))
    assert "Tick who the report is for" in dialog.status.text()
    assert not (tmp_path / "x.cdreport").exists()


def test_a_period_in_the_wrong_order_is_explained(qtbot, carer, trusted, tmp_path):
    from PySide6.QtCore import QDate

    dialog = _dialog(qtbot, carer)
    dialog.since.setDate(QDate(2026, 9, 30))
    dialog.until.setDate(QDate(2026, 9, 1))
    dialog.save(str(tmp_path / "x.cdreport"))
    qtbot.waitUntil(lambda: not dialog.operation.running and not dialog.error.isHidden(),
                    timeout=10_000)
    assert "start date is after" in dialog.error.text()
    assert not (tmp_path / "x.cdreport").exists()


@pytest.fixture
def package_file(carer, trusted, tmp_path):
    made = supervision_export.export(carer, CHILD, START, START + dt.timedelta(days=29),
                              [trusted.exchange.public_key()])
    path = tmp_path / "sept.cdreport"
    path.write_bytes(made.package)
    return path


def test_the_inbox_imports_shows_and_keeps_notes(qtbot, trusted, package_file, tmp_path):
    from carerdesk.gui.reports.inbox_window import InboxWindow

    bad = tmp_path / "bad.cdreport"
    bad.write_bytes(package_file.read_bytes()[:-10])
    window = InboxWindow(trusted)
    qtbot.addWidget(window)
    assert window._rows() == []
    window.import_files([str(package_file), str(bad)], quiet=True)
    qtbot.waitUntil(lambda: len(window._rows()) == 1, timeout=20_000)
    assert "1 of 2" in window.statusBar().currentMessage()
    assert any("cut short" in text for ok, text, _ in window.last_import if not ok)
    row = window._rows()[0]
    assert row.font(0).bold()  # new
    assert window.tree.currentItem() is row
    qtbot.waitUntil(lambda: len(window.preview.pages) >= 5, timeout=20_000)
    assert CHILD in window.heading.text()
    window.reviewed.setChecked(True)
    assert trusted.exchange.reports()[0].reviewed_at is not None
    assert not window._rows()[0].font(0).bold()
    window.note.setPlainText("Ask about school transport")
    qtbot.mouseClick(window.add_note_button, qtbot_button())
    assert window.notes.count() == 1 and "school transport" in window.notes.item(0).text()
    window.note.setPlainText("   ")
    qtbot.mouseClick(window.add_note_button, qtbot_button())
    assert not window.error.isHidden() and window.notes.count() == 1


def test_the_app_opens_the_inbox_for_a_social_worker(qtbot, sw_dir, trusted):
    from carerdesk.gui.app import AppController
    from carerdesk.gui.reports.inbox_window import InboxWindow

    assert trusted.role is Role.SUPERVISOR
    controller = AppController(sw_dir)
    controller.opened(trusted)
    try:
        assert isinstance(controller.window, InboxWindow)
    finally:
        controller.window.detach()
        controller.window.hide()
        controller.window.deleteLater()
        controller.idle.stop()


def test_keys_dialog_saves_the_key_and_adds_a_recipient_after_confirmation(
        qtbot, carer, supervisor, tmp_path):
    from carerdesk.gui.reports.keys_dialog import KeysDialog

    theirs = KeysDialog(supervisor)
    qtbot.addWidget(theirs)
    key_file = theirs.save_public_key(str(tmp_path / "sam.key"))
    assert theirs.fingerprint.text() in key_file.read_text()
    answers = []
    mine = KeysDialog(carer, confirm=lambda parent, key: answers.append(key) or False)
    qtbot.addWidget(mine)
    mine.show()  # errors are said in the dialog itself when it is open
    assert not mine.add_from_file(str(key_file))
    assert carer.exchange.recipients() == []
    mine.confirm = lambda parent, key: True
    assert mine.add_from_file(str(key_file))
    assert mine.recipients.count() == 1 and answers[0].fingerprint in mine.recipients.item(0).text()
    (tmp_path / "junk.key").write_text("not a key")
    assert not mine.add_from_file(str(tmp_path / "junk.key"))
    assert "not a CarerDesk public key" in mine.error.text()


def test_the_next_report_starts_where_the_last_one_ended(qtbot, carer, trusted):
    from carerdesk.gui.reports.export_dialog import ExportDialog

    supervision_export.export(carer, CHILD, START, START + dt.timedelta(days=9),
                       [trusted.exchange.public_key()])
    dialog = ExportDialog(carer)
    qtbot.addWidget(dialog)
    assert dialog.since.date().toPython() == START + dt.timedelta(days=10)


def test_a_carers_key_added_from_the_report_dialog_is_refused_aloud(qtbot, carer, other_carer,
                                                                   tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from carerdesk.gui.reports.keys_dialog import KeysDialog

    theirs = KeysDialog(other_carer)
    qtbot.addWidget(theirs)
    key_file = theirs.save_public_key(str(tmp_path / "carer.key"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_file), ""))
    asked, warned = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    dialog = _dialog(qtbot, carer)
    dialog._add_recipient()
    assert asked == []  # refused before the fingerprint question
    assert warned and "foster carer's key" in warned[0]
    assert carer.exchange.recipients() == [] and dialog.recipients.count() == 0


def test_a_social_worker_renames_their_key(qtbot, supervisor, tmp_path):
    from carerdesk.gui.reports.keys_dialog import KeysDialog

    dialog = KeysDialog(supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtCore import Qt

    assert not dialog.recipients.isVisible()  # nothing to send, nothing floating over the text
    dialog.own_name.clear()
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.error.text()
    qtbot.keyClicks(dialog.own_name, "Priya Shah, Fostering Team")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.status.text() and not dialog.error.isVisible()
    saved = dialog.save_public_key(str(tmp_path / "priya.key"))
    assert "name: Priya Shah, Fostering Team" in saved.read_text()


def test_the_suggested_report_name_carries_no_childs_name(qtbot, carer, trusted):
    """Anyone who handles the file reads its name, and the desktop may remember it."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    dialog = _dialog(qtbot, carer)
    dialog.show()
    seen = {}

    def look():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog) or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        seen["name"] = box.selectedFiles()[0]
        seen["qt's own"] = box.testOption(QFileDialog.Option.DontUseNativeDialog)
        box.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "name" in seen)
    name = seen["name"].rsplit("/", 1)[-1]
    assert CHILD.split()[0] not in name and name.startswith("carerdesk-report-2026-09-01-to-")
    assert name.endswith(".cdreport") and seen["qt's own"]
    assert dialog.last_saved is None  # cancelled: nothing written


def test_a_name_from_another_persons_file_is_shown_as_it_is(qtbot, carer, trusted, tmp_path):
    """A carer's name with markup and a right-to-left override: never markup, never turned
    round ("gnp.exe" read as "exe.png"), in the list, the heading and the import line."""
    from carerdesk.gui.reports.inbox_window import InboxWindow

    carer.journal.save_household("Sam <b>Bold</b> \u202egnp.exe")
    made = supervision_export.export(carer, CHILD, START, START + dt.timedelta(days=29),
                              [trusted.exchange.public_key()])
    path = tmp_path / "odd.cdreport"
    path.write_bytes(made.package)
    window = InboxWindow(trusted)
    qtbot.addWidget(window)
    window.import_files([str(path)], quiet=True)
    qtbot.waitUntil(lambda: len(window._rows()) == 1, timeout=20_000)
    carer_row = window.tree.topLevelItem(0).text(0)
    assert "\u202e" not in carer_row and "\ufffdgnp.exe" in carer_row
    assert "&lt;b&gt;Bold&lt;/b&gt;" in window.heading.text()  # shown, not obeyed
    assert "\u202e" not in window.heading.text()
    assert all("\u202e" not in text for _ok, text, _id in window.last_import)
