"""The inbox's caseload, search and printing, driven as a social worker would: clicks on
column headers, words typed in the filter and the search, Enter on a row, a PDF saved."""

import datetime as dt
import subprocess

import pytest
from caseload_data import TODAY, Carer, event, goal, report, tiny_pdf
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog

from carerdesk.domain.events import TellRole
from carerdesk.gui.common.window_policy import screen_of
from carerdesk.gui.reports.inbox_caseload import CHILD, EVENTS, GOALS, OVERDUE

LEFT = Qt.MouseButton.LeftButton
SSW = TellRole.SUPERVISING_SOCIAL_WORKER


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test(qapp):
    yield
    QThreadPool.globalInstance().waitForDone(10_000)


def _days(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def fill(worker) -> None:
    riverside, hilltop, pdf = Carer("The Riverside family"), Carer("The Hilltop family"), tiny_pdf()
    worker.exchange.set_reviewed(riverside.send(worker, report(
        "The Riverside family", "Zephyrine Quartermaine", _days(40)), pdf))
    riverside.send(worker, report("The Riverside family", "Zephyrine Quartermaine", _days(5),
                                  significant=event(_days(6), (SSW,))),
                   pdf)
    hilltop.send(worker, report("The Hilltop family", "Bartholomew Ashdown", _days(40),
                                records=(goal(_days(60), _days(10)),)), pdf)
    hilltop.send(worker, report("The Hilltop family", "Clementine Ashdown", _days(90),
                                words="feeding the ducks at the pond"), pdf)
    worker.exchange.confirm_carer(riverside.key.fingerprint)


@pytest.fixture
def inbox(qtbot, supervisor):
    from carerdesk.gui.reports.inbox_window import InboxWindow

    fill(supervisor)
    window = InboxWindow(supervisor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.caseload_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.rows[0].goals_due
                    is not None and page.progress.isHidden(), timeout=20_000)
    return window


def _children(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, CHILD).data() for r in range(proxy.rowCount())]


def _click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_the_caseload_is_the_first_page_with_its_flags(qtbot, qtmodeltester, inbox):
    page = inbox.caseload_page
    assert inbox.tabs.currentWidget() is page
    qtmodeltester.check(page.model)
    rows = {page.proxy.index(r, CHILD).data(): r for r in range(page.proxy.rowCount())}
    zephyrine = rows["Zephyrine Quartermaine"]
    assert page.proxy.index(zephyrine, EVENTS).data() == "1"  # the SSW told, not the service
    assert page.proxy.index(zephyrine, OVERDUE).data() == "no"
    assert page.proxy.index(rows["Bartholomew Ashdown"], GOALS).data() == "1"
    assert page.proxy.index(rows["Clementine Ashdown"], OVERDUE).data() == "62 days"
    assert page.proxy.index(zephyrine, EVENTS).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_sorting_by_overdue_with_a_click_on_its_header(qtbot, inbox):
    page = inbox.caseload_page
    _click_header(qtbot, page.table, CHILD)
    assert _children(page) == ["Bartholomew Ashdown", "Clementine Ashdown",
                               "Zephyrine Quartermaine"]
    _click_header(qtbot, page.table, OVERDUE)  # the most overdue first, at the first click
    assert _children(page) == ["Clementine Ashdown", "Bartholomew Ashdown",
                               "Zephyrine Quartermaine"]
    _click_header(qtbot, page.table, OVERDUE)
    assert _children(page) == ["Zephyrine Quartermaine", "Bartholomew Ashdown",
                               "Clementine Ashdown"]


def test_the_filter_finds_a_child_or_a_carer_by_their_words(qtbot, inbox):
    page = inbox.caseload_page
    qtbot.mouseClick(page.filter, LEFT)
    qtbot.keyClicks(page.filter, "zephy")
    assert _children(page) == ["Zephyrine Quartermaine"]
    page.filter.selectAll()
    qtbot.keyClicks(page.filter, "HILLTOP clem")
    assert _children(page) == ["Clementine Ashdown"]
    page.filter.selectAll()
    qtbot.keyClicks(page.filter, "nobody-of-that-name")
    assert _children(page) == []
    page.filter.selectAll()
    qtbot.keyClick(page.filter, Qt.Key.Key_Backspace)
    assert len(_children(page)) == 3


def test_enter_on_a_row_opens_its_latest_report(qtbot, inbox):
    page = inbox.caseload_page
    qtbot.keyClicks(page.filter, "zephyrine")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert inbox.tabs.currentIndex() == 1
    assert "Zephyrine" in inbox.heading.text()
    assert inbox.items[inbox.current].until == _days(5)
    qtbot.waitUntil(lambda: inbox.opened is not None and bool(inbox.preview.pages), timeout=20_000)
    assert inbox.entries_model.rowCount() == 11  # every entry of the report, to read


def _search(qtbot, inbox, words: str) -> None:
    tabs = inbox.tabs.tabBar()
    qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(2).center())
    page = inbox.search_page
    assert inbox.tabs.currentWidget() is page
    page.words.selectAll()
    qtbot.keyClicks(page.words, words)
    qtbot.keyClick(page.words, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.button.isEnabled(), timeout=10_000)


def test_the_search_finds_an_entry_and_opens_it(qtbot, qtmodeltester, inbox):
    from carerdesk.gui.reports.inbox_search import HTML_ROLE, MARK, EntryReader

    _search(qtbot, inbox, "DUCKS pond")
    page = inbox.search_page
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 10 and "10 entries found" in page.status.text()
    assert "Clementine Ashdown" in page.model.index(0).data()
    drawn = page.model.index(0).data(HTML_ROLE)  # the words found marked, as the carer's are
    assert f"{MARK}ducks</b>" in drawn and f"{MARK}pond</b>" in drawn
    page.results.setFocus()
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntryReader))
    reader = QApplication.activeModalWidget()
    assert "feeding the ducks at the pond" in reader.text.toPlainText()
    assert "Clementine Ashdown" in reader.findChildren(type(page.status))[0].text()
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_a_search_that_finds_nothing_says_so(qtbot, inbox):
    _search(qtbot, inbox, "giraffe")
    assert inbox.search_page.model.rowCount() == 0
    assert "0 entries found" in inbox.search_page.status.text()
    _search(qtbot, inbox, "   ")
    assert inbox.search_page.model.rowCount() == 0


def _saved(qtbot, monkeypatch, inbox, path, what: int) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    output = inbox.output
    qtbot.waitUntil(output.save_button.isEnabled, timeout=20_000)
    output.what.setFocus()
    while output.what.currentIndex() != what:  # chosen by key, as a person would
        qtbot.keyClick(output.what, Qt.Key.Key_Down)
    qtbot.mouseClick(output.save_button, LEFT)
    qtbot.waitUntil(lambda: output.last_saved is not None and output.last_saved.exists(),
                    timeout=20_000)
    return subprocess.run(["pdftotext", str(output.last_saved), "-"], check=True,
                          capture_output=True, text=True).stdout


def _open_clementine(qtbot, inbox) -> None:
    qtbot.keyClicks(inbox.caseload_page.filter, "clementine")
    table = inbox.caseload_page.table
    at = table.visualRect(inbox.caseload_page.proxy.index(0, CHILD)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=at)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=at)
    qtbot.waitUntil(lambda: inbox.opened is not None, timeout=20_000)


def test_save_the_summary_the_entry_list_and_the_notes_as_pdf(qtbot, monkeypatch, inbox,
                                                              tmp_path):
    _open_clementine(qtbot, inbox)
    text = _saved(qtbot, monkeypatch, inbox, tmp_path / "summary", 0)
    assert (tmp_path / "summary.pdf").exists()  # .pdf added
    assert "Supervision summary" in text and "Clementine Ashdown" in text
    assert "carer's own copy" not in text  # drawn again from the data, never the carer's PDF
    inbox.output.last_saved = None
    text = _saved(qtbot, monkeypatch, inbox, tmp_path / "entries.pdf", 1)
    assert "Entries: Clementine Ashdown" in text and text.count("feeding the ducks") == 10
    qtbot.keyClicks(inbox.note, "Ask about the pond visits")
    qtbot.mouseClick(inbox.add_note_button, LEFT)
    inbox.output.last_saved = None
    text = _saved(qtbot, monkeypatch, inbox, tmp_path / "notes.pdf", 2)
    assert "Supervision notes" in text and "Ask about the pond visits" in text


def test_a_file_that_cannot_be_written_is_said_plainly(qtbot, monkeypatch, inbox, tmp_path):
    _open_clementine(qtbot, inbox)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "no-such-folder" / "s.pdf"), ""))
    qtbot.waitUntil(inbox.output.save_button.isEnabled, timeout=20_000)
    qtbot.mouseClick(inbox.output.save_button, LEFT)
    qtbot.waitUntil(lambda: not inbox.error.isHidden(), timeout=20_000)
    assert inbox.output.last_saved is None
    assert "\n" not in inbox.error.text().strip()


def test_the_inbox_fits_a_laptop_screen_on_every_page(qtbot, inbox):
    from carerdesk.gui.common.window_policy import fit_to_screen

    # What the app's window policy does as a window shows (not installed in this folder:
    # with it, test_gui_trust.py crashes in Qt, in QWidget::screen(), with or without us).
    fit_to_screen(inbox)
    QApplication.processEvents()
    room = screen_of(inbox).availableGeometry()
    assert room.contains(inbox.frameGeometry()), (room, inbox.frameGeometry())
    for index in range(inbox.tabs.count()):
        inbox.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = inbox.tabs.currentWidget()
        for widget in page.findChildren(type(page)) + [page]:
            if widget.isVisible():
                corner = widget.mapTo(inbox, widget.rect().bottomRight())
                assert inbox.rect().contains(corner), type(widget).__name__
    table = inbox.caseload_page.table
    inbox.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    last = table.horizontalHeader().sectionViewportPosition(GOALS)
    assert 0 <= last < table.viewport().width()  # every column in sight, none off the side


def test_ctrl_l_closes_the_inbox_and_an_open_entry_without_a_crash(qtbot, sw_dir, supervisor):
    from carerdesk.gui.app import AppController
    from carerdesk.gui.reports.inbox_search import EntryReader
    from carerdesk.gui.reports.inbox_window import InboxWindow
    from carerdesk.gui.setup.unlock import UnlockDialog

    fill(supervisor)
    controller = AppController(sw_dir)
    controller.opened(supervisor)  # as after the passphrase
    assert isinstance(controller.window, InboxWindow)
    qtbot.waitUntil(controller.window.isVisible)
    inbox = controller.window
    try:
        qtbot.waitUntil(lambda: inbox.caseload_page.progress.isHidden(), timeout=20_000)
        _search(qtbot, inbox, "ducks")
        inbox.search_page.results.setFocus()
        qtbot.keyClick(inbox.search_page.results, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EntryReader))
        qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: controller.workspace is None
                        and isinstance(controller.dialog, UnlockDialog)
                        and controller.dialog.isVisible(), timeout=8000)
        assert not any(isinstance(w, EntryReader) and w.isVisible()
                       for w in QApplication.topLevelWidgets())
        assert inbox.caseload_page.model.rowCount() == 0  # nothing of a record kept
        assert inbox.search_page.model.rowCount() == 0
    finally:
        controller.idle.stop()
        if controller.workspace is not None:
            controller.lock()
        if controller.dialog is not None:
            controller.dialog.close()
        QApplication.instance().removeEventFilter(controller)


def test_marking_reviewed_counts_down_the_caseload_and_keeps_the_summary(qtbot, inbox):
    from carerdesk.gui.reports.inbox_caseload import UNREVIEWED

    _open_clementine(qtbot, inbox)
    drawn = inbox.opened
    qtbot.mouseClick(inbox.reviewed, LEFT, pos=QPoint(8, inbox.reviewed.height() // 2))
    assert inbox.items[inbox.current].reviewed_at is not None
    assert inbox.opened is not None and inbox.opened.pdf is drawn.pdf  # not drawn again
    page = inbox.caseload_page
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, CHILD).data() == "Clementine Ashdown")
    assert page.model.index(row, UNREVIEWED).data() == "0"


def test_nothing_moves_under_the_pointer_when_a_message_first_shows(qtbot, inbox):
    """The status bar is there from the start: a first message (an import, a save) once made
    it appear and lifted every button above it by its height, so a click aimed a moment
    before landed on another control."""
    tabs = inbox.tabs.tabBar()
    qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(1).center())
    before = inbox.tabs.geometry()
    inbox.statusBar().showMessage("Backup written")
    QApplication.processEvents()
    assert inbox.tabs.geometry() == before
