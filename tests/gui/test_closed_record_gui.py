"""The supervisor's view of a child's closed record (issue 19, item 2), used as a social worker
uses it: a handover made from a demo child imported from the Reports menu, Closed records
opened with its shortcut, the row opened with Enter, the sections read (an entry and its
earlier version, the child's own statement, a life-story photo), a find typed, the whole
record saved as PDF with a click; nothing in the view takes typing; Ctrl+L from the view and
from its save dialog locks cleanly; a damaged handover file says so and adds no row."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from keyboard_checks import check_mnemonics, check_tab_order
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)
from shiboken6 import isValid
from test_fits_screen import problems_fitting

from carerdesk.app.workspace import Workspace
from carerdesk.demo import DemoPlan, generate
from carerdesk.domain.child_voice import Ask, Statement
from carerdesk.domain.lifestory import NewPhoto, PageContent
from carerdesk.domain.roles import Role
from carerdesk.gui.reports.closed_record_view import ClosedRecordView
from carerdesk.gui.reports.inbox_window import InboxWindow
from carerdesk.vault import atomic
from carerdesk.vault.kdf import FLOOR

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
STATEMENT = "It was not me who broke the greenhouse window"
AMENDED = "Later he said sorry to his sister at bedtime."
REASON = "added what happened at bedtime"
CAPTION = "You and the big wave"


@pytest.fixture(scope="module")
def handed(tmp_path_factory) -> dict:
    """A demo carer's first child, with a statement, a photo and an amended entry, handed
    over to a social worker's vault (locked, copied for each test)."""
    base = tmp_path_factory.mktemp("closed")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(base / "config"))
        patch.setenv("XDG_CONFIG_DIRS", str(base / "system-config"))
        carer, _ = Workspace.create(base / "carer", PASSPHRASE, PASSPHRASE, params=FLOOR)
        sw, _ = Workspace.create(base / "sw", PASSPHRASE, PASSPHRASE, role=Role.SUPERVISOR,
                                 params=FLOOR)
        try:
            generate(carer, DemoPlan(years=1, children=2))
            sw.exchange.set_own_name("Sam Okafor")
            child = carer.journal.children()[0]
            carer.child_voice.add(child.id, Statement(dt.date.today() - dt.timedelta(days=3),
                                                      STATEMENT, Ask.CHANGE))
            photo = base / "beach.jpg"
            Image.new("RGB", (800, 550), (135, 195, 235)).save(photo)
            carer.lifestory.add_page(PageContent(child.id, "Our day at the beach",
                                                 "You ran into the waves."),
                                     [NewPhoto(str(photo), CAPTION)])
            entry = next(e for e in carer.journal.entries() if child.id in e.content.child_ids)
            carer.journal.amend_text(entry.id, f"{entry.content.text} {AMENDED}", REASON)
            carer.removal.end_placement(child.id, dt.date.today(), "his aunt's")
            out = base / "leo.cdhandover"
            carer.handover.make_file(child.id, [sw.exchange.public_key()], out)
            first_words = entry.content.text.split(".")[0]
        finally:
            carer.lock()
            sw.lock()
    return {"sw": base / "sw", "file": out, "child": child.name, "entry": first_words}


@pytest.fixture
def social_worker(handed, tmp_path):
    folder = tmp_path / "sw"
    shutil.copytree(handed["sw"], folder)
    return folder


def _import_from_the_menu(qtbot, inbox, path: Path, tmp_path, monkeypatch) -> Path:
    receipt = tmp_path / "receipt.cdreceipt"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(receipt), ""))
    inbox.activateWindow()
    qtbot.waitUntil(inbox.isActiveWindow)
    qtbot.keyClick(inbox, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_H)
    return receipt


def _open_the_record(qtbot, inbox) -> ClosedRecordView:
    inbox.activateWindow()
    qtbot.waitUntil(inbox.isActiveWindow)
    qtbot.keyClick(inbox, Qt.Key.Key_H, CTRL | SHIFT)
    page = inbox.closed_page
    assert inbox.tabs.currentWidget() is page and page.table.hasFocus()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)  # read off the GUI thread
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ClosedRecordView))
    view = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: len(view.browsers) == 9, timeout=15000)
    return view


def _read(qtbot, view, key: str) -> str:
    """The section's tab clicked; its text."""
    titles = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    index = next(i for i, title in enumerate(titles) if title.startswith(key))
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentIndex() == index
    return view.browsers[index].toPlainText()


def test_import_then_read_every_section_and_save_the_pdf(qtbot, handed, social_worker,
                                                         tmp_path, monkeypatch):
    sw = Workspace.unlock(social_worker, PASSPHRASE)
    inbox = InboxWindow(sw)
    qtbot.addWidget(inbox)
    inbox.show()
    try:
        assert inbox.closed_page.model.rowCount() == 0
        receipt = _import_from_the_menu(qtbot, inbox, handed["file"], tmp_path, monkeypatch)
        qtbot.waitUntil(receipt.exists, timeout=15000)
        page = inbox.closed_page  # the import said which record it kept: its row is there
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        row = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
        assert row[0] == handed["child"] and row[2] == "Not yet confirmed"
        assert int(row[5]) > 300 and row[7] == page.model.rows[0].record.receipt_id[:8]

        view = _open_the_record(qtbot, inbox)
        assert problems_fitting(view) == []
        check_mnemonics(view)
        view.tabs.tabBar().setFocus()
        check_tab_order(view)
        entries = _read(qtbot, view, "Entries")
        assert handed["entry"] in entries and AMENDED in entries and REASON in entries
        assert "Earlier versions" in entries
        voice = _read(qtbot, view, "Child's own page")
        assert STATEMENT in voice and "Asked for something to be changed" in voice
        profiles = _read(qtbot, view, "Profiles")
        assert "Name and dates: every version" in profiles and "his aunt's" in profiles
        story = _read(qtbot, view, "Life story")
        assert CAPTION in story
        document = view.browsers[view.tabs.currentIndex()].document()
        image = document.resource(QTextDocument.ResourceType.ImageResource, "photo:0")
        assert image is not None and image.width() == 800  # the photo's own pixels

        qtbot.mouseClick(view.find_field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(view.find_field, "greenhouse")
        qtbot.keyClick(view.find_field, Qt.Key.Key_Return)
        current = view.browsers[view.tabs.currentIndex()]
        assert current.textCursor().selectedText() == "greenhouse"

        editable = [w for kind in (QTextEdit, QPlainTextEdit) for w in view.findChildren(kind)
                    if not w.isReadOnly()]
        fields = [w for kind in (QLineEdit, QComboBox, QAbstractSpinBox)
                  for w in view.findChildren(kind) if w is not view.find_field]
        assert editable == [] and fields == []
        before = current.toPlainText()
        qtbot.keyClicks(current, "typed over the record")
        assert current.toPlainText() == before

        pdf = tmp_path / "closed record.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.saved_to is not None, timeout=30000)
        assert "Saved" in view.found.text()
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        text = " ".join(text.split())  # lines wrapped as the page needs
        assert AMENDED in text and STATEMENT in text and handed["entry"] in text

        qtbot.keyClick(view, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        assert view.browsers == []  # closed, nothing of the record kept on screen
    finally:
        inbox.close()
        sw.lock()


def _unwritable(monkeypatch) -> None:
    """A folder the social worker may not write to (as root here, refused by hand)."""
    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)


def _full(monkeypatch) -> None:
    """A disk that fills up as the PDF is written."""
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(atomic.os, "fsync", full)


@pytest.mark.parametrize(("disk", "words"), [(_unwritable, "cannot write to"),
                                             (_full, "is full")])
def test_a_full_disk_or_an_unwritable_folder_is_said_plainly(qtbot, handed, social_worker,
                                                             tmp_path, monkeypatch, disk,
                                                             words):
    sw = Workspace.unlock(social_worker, PASSPHRASE)
    sw.handover.import_file(handed["file"])
    inbox = InboxWindow(sw)
    qtbot.addWidget(inbox)
    inbox.show()
    try:
        view = _open_the_record(qtbot, inbox)
        target = tmp_path / "out" / "record.pdf"
        target.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        with monkeypatch.context() as failing:
            disk(failing)
            qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not view.error.isHidden(), timeout=30000)
        assert words in view.error.text() and "record.pdf" in view.error.text()
        assert list(target.parent.iterdir()) == [] and view.save_button.isEnabled()
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    finally:
        inbox.close()
        sw.lock()


def test_a_damaged_handover_is_refused_plainly_and_adds_no_row(qtbot, handed, social_worker,
                                                               tmp_path, monkeypatch):
    damaged = tmp_path / "damaged.cdhandover"
    data = bytearray(handed["file"].read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    sw = Workspace.unlock(social_worker, PASSPHRASE)
    inbox = InboxWindow(sw)
    qtbot.addWidget(inbox)
    inbox.show()
    try:
        receipt = _import_from_the_menu(qtbot, inbox, damaged, tmp_path, monkeypatch)
        qtbot.waitUntil(lambda: "Nothing was imported" in inbox.statusBar().currentMessage(),
                        timeout=10000)
        box = inbox.handover_refused  # a message box, as a damaged report gets: not missed
        qtbot.waitUntil(box.isVisible)
        assert "Nothing was imported" in box.text() and box.windowTitle() == "Import a handover"
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        assert not receipt.exists() and inbox.closed_page.model.rowCount() == 0
        assert sw.handover.closed_records() == []
    finally:
        inbox.close()
        sw.lock()


def _started(qtbot, folder):
    from carerdesk.gui.app import AppController

    controller = AppController(folder)
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, InboxWindow)
                    and controller.window.isVisible(), timeout=15000)
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow)
    return controller


def _locked(qtbot, controller) -> None:
    from carerdesk.gui.setup.unlock import UnlockDialog

    qtbot.waitUntil(lambda: controller.workspace is None
                    and isinstance(controller.dialog, UnlockDialog), timeout=8000)
    assert QApplication.activeModalWidget() in (None, controller.dialog)


def test_ctrl_l_from_the_list_locks_and_forgets_it(qtbot, handed, social_worker):
    with Workspace.unlock(social_worker, PASSPHRASE) as sw:
        sw.handover.import_file(handed["file"])
    controller = _started(qtbot, social_worker)
    inbox = controller.window
    qtbot.keyClick(inbox, Qt.Key.Key_H, CTRL | SHIFT)
    page = inbox.closed_page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    qtbot.keyClick(page.table, Qt.Key.Key_L, CTRL)
    _locked(qtbot, controller)
    assert not isValid(page) or page.model.rows == []


@pytest.mark.parametrize("where", ["view", "save dialog"])
def test_ctrl_l_from_the_view_and_its_save_dialog_locks(qtbot, handed, social_worker, where):
    with Workspace.unlock(social_worker, PASSPHRASE) as sw:
        sw.handover.import_file(handed["file"])
    controller = _started(qtbot, social_worker)
    view = _open_the_record(qtbot, controller.window)
    if where == "view":
        qtbot.keyClick(view.browsers[0], Qt.Key.Key_L, CTRL)
    else:
        seen = []

        def press() -> None:
            modal = QApplication.activeModalWidget()
            seen.append(type(modal).__name__)
            qtbot.keyClick(QApplication.focusWidget() or modal, Qt.Key.Key_L, CTRL)

        QTimer.singleShot(300, press)
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)  # the real dialog
        assert seen == ["QFileDialog"]
    _locked(qtbot, controller)
    assert not isValid(view) or view.browsers == []  # nothing of the record left on screen
