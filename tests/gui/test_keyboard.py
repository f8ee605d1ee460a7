"""The whole app from the keyboard, as a person uses it: dates typed as typed, Tab through
every window in the order on screen and never trapped, one mnemonic per letter, a mnemonic on
every button, the amend reason first, and "Keep this draft?" answered by key."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT
from keyboard_checks import check_mnemonics, check_tab_order, press_mnemonic
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from carerdesk.app.workspace import Workspace
from carerdesk.domain.roles import Role
from carerdesk.vault.kdf import FLOOR

Tab, Backtab = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
ALT = Qt.KeyboardModifier.AltModifier


def _shown(qtbot, dialog, size=None):
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _new_entry(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.waitUntil(window.editor.isActiveWindow)
    return window.editor


def _amend(qtbot, window):
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1)
    window.timeline.setCurrentIndex(window.model.index(0))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.waitUntil(window.editor.isActiveWindow)
    return window.editor


def _tab_to(qtbot, widget, limit=200):
    """Tab from wherever focus is until ``widget`` has it, as a person would."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


# --- (a) dates typed as typed ---


def test_a_date_typed_in_the_entry_is_the_date_saved(qtbot, window, vault_ids):
    editor = _new_entry(qtbot, window)
    date = editor.form.date
    qtbot.keyClicks(editor.form.narrative.text, "Sports day")
    qtbot.keyClick(QApplication.focusWidget(), Backtab)  # from the words up to the date
    _tab_to(qtbot, date)
    assert date.lineEdit().selectedText() == date.lineEdit().text()  # typing replaces it
    qtbot.keyClicks(date, "2016-05-20")
    qtbot.keyClick(date, Tab)
    assert date.date() == QDate(2016, 5, 20)
    assert not date.hasFocus() and QApplication.focusWidget() is not date
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].entry.content.date == dt.date(2016, 5, 20), editor.error.text()


@pytest.mark.parametrize("typed, expected", [
    ("2016-05-20", QDate(2016, 5, 20)),
    ("20160520", QDate(2016, 5, 20)),
    ("2016-5-20", QDate(2016, 5, 20)),
    ("2016/05/02", QDate(2016, 5, 2)),
    ("2016-05", None),        # not a whole date: put back as it was
    ("2016-02-30", None),     # no such day: refused, never another day
    ("2099-01-01", None),     # after today: refused, never changed to today
])
def test_a_date_field_takes_the_date_as_typed_or_leaves_it(qtbot, typed, expected):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from carerdesk.gui.common.date_edit import DateEdit

    page = QWidget()
    qtbot.addWidget(page)
    before, date, after = QLineEdit(page), DateEdit(page), QLineEdit(page)
    date.setDisplayFormat("ddd d MMM yyyy")
    date.setMaximumDate(QDate.currentDate())
    date.setDate(QDate(2025, 12, 3))
    layout = QVBoxLayout(page)
    for widget in (before, date, after):
        layout.addWidget(widget)
    _shown(qtbot, page)
    before.setFocus()
    qtbot.keyClick(before, Tab)
    assert QApplication.focusWidget() is date
    qtbot.keyClicks(date, typed)
    qtbot.keyClick(date, Tab)
    assert QApplication.focusWidget() is after
    assert date.date() == (expected or QDate(2025, 12, 3))
    qtbot.keyClick(after, Backtab)
    qtbot.keyClick(date, Backtab)  # Shift+Tab leaves it backwards, too
    assert QApplication.focusWidget() is before


def test_the_time_it_happened_takes_a_date_and_time_as_typed(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = editor.form.significant
    event.setChecked(True)
    assert event.happened.text() == "not set"  # never "now" by default
    _tab_to(qtbot, event.happened)
    qtbot.keyClicks(event.happened, "2026-11-01 14:30")
    qtbot.keyClick(event.happened, Tab)
    assert event.happened.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-01 14:30"
    assert QApplication.focusWidget() is event.where


# --- (b) and (c): every window, Tab in screen order, mnemonics ---


def test_the_entry_editor_from_the_keyboard(qtbot, window):
    editor = _new_entry(qtbot, window)
    editor.form.significant.setChecked(True)  # its fields are in the chain too
    # The tick is an edit: once its undo step is made, Undo joins the chain. Wait for it, or
    # on a busy machine it joins halfway through the walk (a flake seen under load).
    qtbot.waitUntil(editor.undo_stack.canUndo, timeout=10_000)
    check_tab_order(editor)
    check_mnemonics(editor)
    for i in range(editor.form.tabs.count()):  # each dimension's page
        editor.form.tabs.setCurrentIndex(i)
        check_mnemonics(editor)
    check_tab_order(editor, start=editor.form.tabs.tabBar())


def test_the_amend_editor_from_the_keyboard(qtbot, window):
    editor = _amend(qtbot, window)
    check_tab_order(editor)
    check_mnemonics(editor)


def test_the_life_story_page_dialog_from_the_keyboard(qtbot, workspace, vault_ids):
    from carerdesk.gui.lifestory.page_dialog import PageDialog

    dialog = PageDialog(workspace.lifestory, vault_ids["child"])
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    dialog.title.setFocus()
    reached = check_tab_order(dialog)
    names = [w.accessibleName() for w in reached]
    assert names[:6] == ["Title", "When", "Where", "Story", "In your words", "Who was there"]
    check_mnemonics(dialog)


def test_the_life_story_window_from_the_keyboard(qtbot, workspace, vault_ids):
    from carerdesk.gui.lifestory.lifestory_window import LifeStoryWindow

    [child] = workspace.journal.children()
    dialog = LifeStoryWindow(workspace, child)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog, (1200, 700))
    dialog.list.setFocus()
    check_tab_order(dialog)
    check_mnemonics(dialog)


def test_the_report_dialog_from_the_keyboard(qtbot, workspace):
    from carerdesk.gui.reports.export_dialog import ExportDialog

    dialog = ExportDialog(workspace)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog, (1300, 700))
    dialog.child.setFocus()
    check_tab_order(dialog)
    check_mnemonics(dialog)
    _tab_to(qtbot, dialog.since)
    qtbot.keyClicks(dialog.since, "2026-10-01")
    qtbot.keyClick(dialog.since, Tab)
    assert dialog.since.date() == QDate(2026, 10, 1)
    assert QApplication.focusWidget() is dialog.until


def test_the_keys_dialog_from_the_keyboard(qtbot, workspace):
    from carerdesk.gui.reports.keys_dialog import KeysDialog

    dialog = KeysDialog(workspace)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    check_tab_order(dialog)
    check_mnemonics(dialog)


def test_the_preferences_from_the_keyboard(qtbot, workspace):
    from carerdesk.gui.journal.preferences import PreferencesDialog

    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    check_tab_order(dialog)
    check_mnemonics(dialog)


def test_the_history_from_the_keyboard(qtbot, workspace, vault_ids):
    from carerdesk.gui.journal.history import HistoryDialog

    versions = workspace.journal.history(vault_ids["entry"])
    dialog = HistoryDialog(versions, {vault_ids["child"]: CHILD_NAME})
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    check_tab_order(dialog)
    check_mnemonics(dialog)


def test_unlock_and_recover_from_the_keyboard(qtbot, vault_dir):
    from carerdesk.gui.setup.recover import RecoverDialog
    from carerdesk.gui.setup.unlock import UnlockDialog

    unlock = UnlockDialog(vault_dir)
    qtbot.addWidget(unlock)
    _shown(qtbot, unlock)
    assert unlock.passphrase.hasFocus()
    check_tab_order(unlock)
    check_mnemonics(unlock)
    unlock.restore_button.show()  # as after a damaged journal with a backup
    check_tab_order(unlock)
    check_mnemonics(unlock)
    recover = RecoverDialog(vault_dir, unlock)
    _shown(qtbot, recover)
    assert recover.key.hasFocus()
    check_tab_order(recover)
    check_mnemonics(recover)


@pytest.fixture(scope="module")
def supervisor_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keyboard-sw") / "vault"
    ws, _ = Workspace.create(folder, PASSPHRASE, PASSPHRASE, role=Role.SUPERVISOR,
                             household="Sam Okafor", params=FLOOR)
    ws.lock()
    return folder


@pytest.fixture
def supervisor(supervisor_template, tmp_path):
    import shutil

    target = tmp_path / "sw"
    shutil.copytree(supervisor_template, target)
    ws = Workspace.unlock(target, PASSPHRASE)
    yield ws
    ws.lock()


def test_the_inbox_and_its_keys_from_the_keyboard(qtbot, workspace, vault_ids, supervisor,
                                                  tmp_path):
    from carerdesk.app import supervision_export, supervision_inbox
    from carerdesk.gui.reports.inbox_window import InboxWindow
    from carerdesk.gui.reports.keys_dialog import KeysDialog

    made = supervision_export.export(workspace, vault_ids["child"], dt.date(2026, 10, 1),
                              dt.date(2026, 11, 30), [supervisor.exchange.public_key()])
    (tmp_path / "r.cdreport").write_bytes(made.package)
    supervision_inbox.import_file(supervisor, tmp_path / "r.cdreport")
    inbox = InboxWindow(supervisor)
    qtbot.addWidget(inbox)
    _shown(qtbot, inbox, (1300, 700))
    inbox.select(inbox._rows()[0].data(0, Qt.ItemDataRole.UserRole))
    assert inbox.reviewed.isEnabled()
    assert "1 entry from" in inbox.heading.text()  # a plural through %n
    inbox.tree.setFocus()
    check_tab_order(inbox)
    check_mnemonics(inbox)
    keys = KeysDialog(supervisor, inbox)
    _shown(qtbot, keys)
    check_tab_order(keys)
    check_mnemonics(keys)


# --- (d) amend: the reason first, and in sight ---


def test_an_amendment_starts_in_the_reason_which_is_in_sight(qtbot, window, vault_ids):
    editor = _amend(qtbot, window)
    editor.resize(1366, 740)  # a laptop's screen, less the panel
    qtbot.waitUntil(lambda: editor.height() <= 740)
    assert QApplication.focusWidget() is editor.reason
    qtbot.keyClicks(QApplication.focusWidget(), "Wrong day")  # no click: straight from the keys
    assert editor.reason.text() == "Wrong day"
    assert editor.form.narrative.text.toPlainText() == SECRET_TEXT
    top_left = editor.reason.mapTo(editor, editor.reason.rect().topLeft())
    bottom_right = editor.reason.mapTo(editor, editor.reason.rect().bottomRight())
    assert editor.rect().contains(top_left) and editor.rect().contains(bottom_right)
    assert editor.reason.visibleRegion().boundingRect() == editor.reason.rect()  # not covered
    assert editor.reason_label.isVisible() and editor.reason_label.buddy() is editor.reason


def test_an_amendment_without_a_reason_says_so_and_waits_in_the_reason(qtbot, window,
                                                                       vault_ids):
    editor = _amend(qtbot, window)
    words = editor.form.narrative.text
    words.setFocus()  # the carer went to the words first, with the mouse
    qtbot.mouseClick(words.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(words, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(words, " and toast")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.error.isVisible() and "reason" in editor.error.text().lower()
    assert QApplication.focusWidget() is editor.reason
    qtbot.keyClicks(editor.reason, "Forgot the toast")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor.reason, Qt.Key.Key_Return)
    versions = window.workspace.journal.history(vault_ids["entry"])
    assert versions[-1].reason == "Forgot the toast"
    assert versions[-1].content.text == SECRET_TEXT + " and toast"


def test_alt_r_goes_to_the_reason(qtbot, window):
    editor = _amend(qtbot, window)
    editor.form.narrative.text.setFocus()
    press_mnemonic(editor.form.narrative.text, "r")
    assert QApplication.focusWidget() is editor.reason


# --- (e) "Keep this draft?" by key ---


def _when_asked(editor, then, tries=250):
    """Run ``then(box)`` once "Keep this draft?" is up and active (it blocks until answered);
    a question nobody could answer is closed after five seconds, so no test hangs."""
    box = editor.keep_box

    def look(left=tries):
        if box.isVisible() and QApplication.activeWindow() is box:
            then(box)
        elif left == 0:
            box.reject()
        else:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(0, look)


def _answer_when_asked(qtbot, editor, key, modifier=Qt.KeyboardModifier.NoModifier):
    asked = []

    def answer(box):
        asked.append(box.text())
        qtbot.keyClick(QApplication.focusWidget() or box, key, modifier)

    _when_asked(editor, answer)
    return asked


def _editor_with_draft(qtbot, window):
    editor = _new_entry(qtbot, window)
    qtbot.keyClicks(editor.form.narrative.text, "Half a thought")
    editor.snapshot()  # the pause in typing that keeps a draft
    assert editor.draft_id is not None
    return editor


@pytest.mark.parametrize("key, modifier, closed, kept", [
    (Qt.Key.Key_K, ALT, True, True),                               # Alt+K: keep draft
    (Qt.Key.Key_D, ALT, True, False),                              # Alt+D: discard
    (Qt.Key.Key_C, ALT, False, True),                              # Alt+C: cancel, stay
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, False, True),  # Escape: stay
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, True, True),   # Enter: keep (default)
])
def test_keep_this_draft_answered_by_key(qtbot, window, key, modifier, closed, kept):
    editor = _editor_with_draft(qtbot, window)
    asked = _answer_when_asked(qtbot, editor, key, modifier)
    qtbot.keyClick(editor.form.narrative.text, Qt.Key.Key_Escape)  # close the editor
    qtbot.waitUntil(lambda: not editor.keep_box.isVisible())
    assert asked == ["This entry is not saved yet. Keep it as a draft to finish later?"]
    assert editor.isVisible() is not closed
    assert bool(window.workspace.journal.drafts()) is kept
    if closed:  # the status line's count follows: a kept draft is counted, a discarded one not
        assert ("unsaved draft" in window.statusBar().currentMessage()) is kept
    if not closed:
        assert editor.form.narrative.text.toPlainText() == "Half a thought"
        assert editor.focusWidget() is editor.form.narrative.text  # back where it was


def test_keep_this_draft_has_a_letter_for_every_answer(qtbot, window):
    editor = _editor_with_draft(qtbot, window)
    box = editor.keep_box
    assert box.isModal()
    assert [b.text() for b in box.buttons()] and all("&" in b.text() for b in box.buttons())
    seen = []

    def look(box):
        try:
            check_mnemonics(box)
            seen.append(True)
        finally:
            qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Escape)

    _when_asked(editor, look)
    close = next(b for b in editor.findChildren(QPushButton)
                 if b.accessibleName() == "Close the editor")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert seen == [True]
    assert isinstance(box, QMessageBox) and editor.isVisible()  # Escape: back to the entry


def test_tab_leaves_the_photos_table_and_the_pages_of_a_book(qtbot, workspace, vault_ids,
                                                           tmp_path):
    from PySide6.QtGui import QImage

    from carerdesk.domain.lifestory import PageContent
    from carerdesk.gui.lifestory.lifestory_window import LifeStoryWindow
    from carerdesk.gui.lifestory.page_dialog import PageDialog

    photo = tmp_path / "den.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    image.save(str(photo))
    dialog = PageDialog(workspace.lifestory, vault_ids["child"])
    qtbot.addWidget(dialog)
    dialog.add_photo(str(photo), "Our den", "Zephyrine")  # as chosen in the file dialog
    dialog.add_photo(str(photo), "Again", "Zephyrine")
    _shown(qtbot, dialog)
    dialog.photos.setFocus()
    qtbot.keyClick(dialog.photos, Tab)  # with photos in it, Tab still leaves the table
    assert QApplication.focusWidget() is not dialog.photos
    check_tab_order(dialog)
    for title in ("The den", "The beach"):
        workspace.lifestory.add_page(PageContent(vault_ids["child"], title, "You built it."))
    [child] = workspace.journal.children()
    book = LifeStoryWindow(workspace, child)
    qtbot.addWidget(book)
    _shown(qtbot, book, (1200, 700))
    book.list.setFocus()
    check_tab_order(book)
    check_mnemonics(book)
    change = PageDialog(workspace.lifestory, vault_ids["child"], book, page=book.pages[0])
    _shown(qtbot, change)
    change.title.setFocus()
    check_tab_order(change)  # the photos are shown, not changed here: out of the chain
    check_mnemonics(change)
    change.reject()


def test_tab_leaves_the_date_filters(qtbot, window):
    """It was trapped in "From" (at "any")."""
    since, until = window.filters.since, window.filters.until
    since.setFocus()
    qtbot.keyClick(since, Tab)
    assert QApplication.focusWidget() is until
    qtbot.keyClicks(until, "2026-11-01")
    qtbot.keyClick(until, Backtab)
    assert until.date() == QDate(2026, 11, 1)
    assert QApplication.focusWidget() is since


def test_the_journal_window_from_the_keyboard(qtbot, window):
    """Children, filters (Show all after the dates), timeline, month and the entry, in the
    order on screen; every menu with one letter per item."""
    _shown(qtbot, window)
    window.children_list.setFocus()
    check_tab_order(window)
    check_mnemonics(window)


def test_every_page_of_the_wizard_has_a_letter_for_each_button(qtbot, tmp_path):
    """Cancel had none; "Household &name" and "&Next" once shared N."""
    from carerdesk.gui.setup.wizard import SetupWizard

    wizard = _shown(qtbot, SetupWizard(tmp_path / "vault", kdf_params=FLOOR))
    qtbot.addWidget(wizard)

    def next_page():
        check_mnemonics(wizard)
        qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    next_page()  # welcome
    page = wizard.currentPage()
    qtbot.keyClicks(page.first, PASSPHRASE)
    qtbot.keyClicks(page.second, PASSPHRASE)
    next_page()
    qtbot.waitUntil(lambda: wizard.workspace is not None, timeout=15000)
    next_page()  # the recovery key
    confirm, groups = wizard.currentPage(), wizard.recovery_key.split("-")
    qtbot.keyClicks(confirm.first, groups[confirm.groups[0] - 1])
    qtbot.keyClicks(confirm.second, groups[confirm.groups[1] - 1])
    next_page()
    qtbot.keyClicks(wizard.currentPage().name, "The Brown family")
    next_page()  # the household
    check_mnemonics(wizard)  # the first child
    wizard.abandon()


def test_a_time_typed_with_shift_for_the_colon_keeps_its_minutes(qtbot, window):
    """A real keyboard sends Shift's own press before ":" (QTest.keyClicks does not): that
    press once ended the typing, and "17:35" was saved as 17:00 (found by trying it on X)."""
    editor = _new_entry(qtbot, window)
    event = editor.form.significant
    event.setChecked(True)
    _tab_to(qtbot, event.happened)
    field = event.happened
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClicks(field, "2026-11-01 17")
    qtbot.keyPress(field, Qt.Key.Key_Shift, shift)
    qtbot.keyClick(field, Qt.Key.Key_Colon, shift)
    qtbot.keyRelease(field, Qt.Key.Key_Shift)
    qtbot.keyClicks(field, "35")
    qtbot.keyClick(field, Tab)
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-01 17:35"
