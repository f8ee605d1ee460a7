"""The carer's housekeeping, done as a carer does it: edit a child, change the passphrase,
Help and About, the timeline's right-click menu, an entry or a day saved as PDF."""

import subprocess
import unicodedata
from pathlib import Path

import pytest
from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
)

from carerdesk import __version__
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import WrongPassphrase

NEW_PASSPHRASE = "otter lantern quietly 42"
LEFT = Qt.MouseButton.LeftButton


def when_modal(steps, seen=None):
    """Run ``steps(dialog)`` on the next modal window once it is open; close it afterwards
    whatever happened, so a failed step fails the test instead of hanging it."""
    seen = {} if seen is None else seen

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or not dialog.isActiveWindow():
            QTimer.singleShot(20, act)  # keys go where a person's would: the active window
            return
        try:
            steps(dialog, seen)
        except BaseException as exc:  # reported after exec() returns
            seen["error"] = exc
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def finished(seen):
    if "error" in seen:
        raise seen["error"]
    return seen


def click_row(qtbot, view, row, button=LEFT, double=False):
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), button, pos=centre)
    if double:  # a person's double click: a click, then the second press (Qt's DblClick)
        qtbot.mouseDClick(view.viewport(), button, pos=centre)


def right_click_row(qtbot, view, row):
    """A right click as the windowing system delivers it: the button, then the context-menu
    event at the same place (QTest's click alone does not make one)."""
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=centre)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                              view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)


def retype(qtbot, field, text):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def type_date(qtbot, box, edit, text):
    """Tab from the tick box beside a date field into it, type the date, Tab on."""
    if not box.isChecked():
        qtbot.mouseClick(box, LEFT)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def names_in(list_widget):
    return [list_widget.item(i).text() for i in range(list_widget.count())]


# --- edit a child ----------------------------------------------------------------------------


def test_double_click_a_child_and_rename_them(qtbot, window, vault_ids):
    assert window.children_list.item(1).text() == CHILD_NAME

    def rename(dialog, seen):
        seen["title"] = dialog.windowTitle()
        seen["born"] = dialog.fields.born.date().toPython()
        seen["focus"] = QApplication.focusWidget() is dialog.fields.name
        order, widget = [], dialog.fields.name
        for _ in range(8):
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            order.append(widget)
        f = dialog.fields
        seen["order"] = [getattr(w, "text", lambda: "")() or w.accessibleName() for w in order]
        seen["tab_order"] = order == [f.knows_born, f.born, f.knows_placed, f.placed,
                                      f.has_ended, dialog.reason, dialog.ok_button,
                                      dialog.history_button]
        retype(qtbot, dialog.fields.name, "Robin Quartermaine")
        type_date(qtbot, dialog.fields.has_ended, dialog.fields.ended, "2026-06-30")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    seen = when_modal(rename)
    click_row(qtbot, window.children_list, 1, double=True)
    finished(seen)
    assert seen["title"] == "Edit a child" and str(seen["born"]) == "2016-04-02"
    assert seen["focus"] and seen["tab_order"], seen["order"]  # the name, then down the form
    assert "Robin Quartermaine" in names_in(window.children_list)
    assert CHILD_NAME not in names_in(window.children_list)
    assert window.children_list.currentItem().text() == "Robin Quartermaine"  # still chosen
    child = window.workspace.journal.child(vault_ids["child"])
    assert (child.name, str(child.ended)) == ("Robin Quartermaine", "2026-06-30")


def _refused(qtbot, window, fill):
    """Open Journal → Edit child… on the selected child, fill it badly, press Save."""
    def steps(dialog, seen):
        fill(dialog)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen["shown"] = dialog.error.isVisible()
        seen["text"] = dialog.error.text()
        seen["still_open"] = dialog.isVisible()

    click_row(qtbot, window.children_list, 1)
    seen = when_modal(steps)
    window.edit_child_action.trigger()  # as a click on Journal → Edit child… does
    finished(seen)
    assert seen["shown"] and seen["still_open"]
    assert names_in(window.children_list).count(CHILD_NAME) == 1  # nothing was changed
    return seen["text"]


def test_a_name_of_only_spaces_is_refused(qtbot, window):
    text = _refused(qtbot, window, lambda d: retype(qtbot, d.fields.name, "    "))
    assert "name is empty" in text


def test_a_date_of_birth_in_the_future_is_refused(qtbot, window):
    text = _refused(qtbot, window, lambda d: type_date(qtbot, d.fields.knows_born, d.fields.born,
                                                               "2099-01-01"))
    assert "date of birth 2099-01-01 is in the future" in text


def test_a_placement_that_ends_before_it_began_is_refused(qtbot, window):
    def fill(dialog):
        type_date(qtbot, dialog.fields.has_ended, dialog.fields.ended,
                  "2020-01-01")  # it began 2024-01-08

    assert "cannot end before it began" in _refused(qtbot, window, fill)


def test_a_placement_before_birth_is_refused(qtbot, window):
    text = _refused(qtbot, window, lambda d: type_date(qtbot, d.fields.knows_placed,
                                                               d.fields.placed, "2010-01-01"))
    assert "placement date cannot be before the date of birth" in text


def test_edit_child_with_all_children_chosen_says_so(qtbot, window):
    window.children_list.setCurrentRow(0)
    window.edit_child_action.trigger()  # no dialog opens: a modal would hang here
    assert "Choose a child" in window.statusBar().currentMessage()


# --- the passphrase ------------------------------------------------------------------------


def _passphrase_dialog(qtbot, window, current, new, again, wait_for_result=True):
    def steps(dialog, seen):
        qtbot.keyClicks(dialog.current, current)
        qtbot.keyClicks(dialog.new, new)
        seen["level"] = dialog.meter.level.text()
        qtbot.keyClicks(dialog.again, again)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen["busy"] = dialog.busy.isVisible()
        if seen["busy"]:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a tired second thought mid-change
            seen["escape_ignored"] = dialog.isVisible()
        if wait_for_result:
            qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=20_000)
        seen["message"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["kept"] = (dialog.current.text(), dialog.new.text(), dialog.again.text())
        seen["open"] = dialog.isVisible()

    seen = when_modal(steps)
    window.passphrase_action.trigger()
    return finished(seen)


def test_change_the_passphrase_then_unlock_with_the_new_one(qtbot, window, vault_dir):
    seen = _passphrase_dialog(qtbot, window, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert seen["busy"]  # Argon2 ran off the GUI thread, with the busy bar showing
    assert seen["escape_ignored"]  # the slot file is not left half-decided
    assert seen["level"].startswith("Strength:")
    assert not seen["open"] and seen["message"] == ""
    assert "passphrase is changed" in window.statusBar().currentMessage()
    window.detach()
    window.workspace.lock()
    Workspace.unlock(vault_dir, NEW_PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        Workspace.unlock(vault_dir, PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(qtbot, window, vault_dir):
    before = (vault_dir / "vault.json").read_bytes()
    seen = _passphrase_dialog(qtbot, window, "not my passphrase", NEW_PASSPHRASE,
                              NEW_PASSPHRASE)
    assert seen["open"] and "passphrase is not right" in seen["message"]
    assert seen["kept"] == ("not my passphrase", NEW_PASSPHRASE, NEW_PASSPHRASE)
    assert (vault_dir / "vault.json").read_bytes() == before


@pytest.mark.parametrize("new, again, words", [
    (NEW_PASSPHRASE, NEW_PASSPHRASE + "!", "not the same"),
    ("short", "short", "at least 12 characters"),
])
def test_a_mismatch_or_a_short_passphrase_is_refused_at_once(qtbot, window, vault_dir,
                                                             monkeypatch, new, again, words):
    from dataclasses import replace

    from carerdesk.app import policy

    agency = replace(policy.current(), min_passphrase=12)  # an agency's minimum
    monkeypatch.setattr(policy, "current", lambda: agency)
    before = (vault_dir / "vault.json").read_bytes()
    seen = _passphrase_dialog(qtbot, window, PASSPHRASE, new, again, wait_for_result=False)
    assert not seen["busy"] and seen["open"] and words in seen["message"]
    assert seen["kept"] == (PASSPHRASE, new, again)
    assert (vault_dir / "vault.json").read_bytes() == before


# --- Help and About ----------------------------------------------------------------------------


def test_f1_shows_the_readme_offline(qtbot, window, no_network):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    from carerdesk.gui.common.help_dialog import HelpDialog

    qtbot.waitUntil(lambda: window.findChild(HelpDialog) is not None)
    help_window = window.findChild(HelpDialog)
    browser = help_window.browser
    assert browser.isVisible()
    text = browser.toPlainText()
    assert "An offline, encrypted journal for foster carers" in text
    assert "Quick start" in text and "![" not in text
    assert not browser.openExternalLinks() and not browser.openLinks()
    assert help_window.height() <= 700 and help_window.width() <= 1300
    qtbot.keyClick(window, Qt.Key.Key_F1)  # again: the same window comes forward
    assert len(window.findChildren(HelpDialog)) == 1
    assert no_network == []


def test_the_shipped_help_is_the_readme():
    root = Path(__file__).resolve().parents[2]
    shipped = root / "src/carerdesk/resources/help/README.md"
    assert shipped.read_text() == (root / "README.md").read_text(), \
        "copy README.md to src/carerdesk/resources/help/README.md"


def test_about_names_version_licence_and_offline(qtbot, window):
    def read(dialog, seen):
        seen["text"] = dialog.text.text()
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close, LEFT)
        seen["closed"] = not dialog.isVisible()

    seen = when_modal(read)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()
    text = finished(seen)["text"]
    assert seen["closed"]
    assert __version__ in text and "General Public Licence" in text
    assert "never connects to the network" in text and "Welsh" in text


# --- right-click, print, PDF ---------------------------------------------------------------


def _menu_texts(menu):
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_right_click_on_an_entry_offers_amend_history_print(qtbot, window):
    right_click_row(qtbot, window.timeline, 0)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert window.amend_action in menu.actions() and window.history_action in menu.actions()
    assert window.print_entry_action in menu.actions()
    texts = _menu_texts(menu)
    assert texts[:2] == ["&Amend entry", "&History"]
    assert any("Print this entry" in t.replace("&", "") for t in texts)
    assert window.timeline.currentIndex().row() == 0  # the row right-clicked is the one
    menu.close()


def test_the_menu_key_opens_the_same_menu(qtbot, window):
    click_row(qtbot, window.timeline, 0)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Down)  # no second row: the first stays current
    view = window.timeline
    # What Qt sends the focused widget for the Menu key (QTest's key alone does not).
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard,
                                                   view.rect().center(),
                                                   view.mapToGlobal(view.rect().center())))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert window.history_action in menu.actions()
    menu.close()


def _save_as(qtbot, path):
    def steps(dialog, seen):
        assert isinstance(dialog, QFileDialog)
        seen["suggested"] = dialog.selectedFiles()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        retype(qtbot, name, str(path))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    return when_modal(steps)


def _pdf_text(path):
    """The PDF's words on one line, ligatures (ﬁ) unfolded."""
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_save_one_entry_as_pdf(qtbot, window, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    click_row(qtbot, window.timeline, 0)
    seen = _save_as(qtbot, out / "robin")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    finished(seen)
    assert "carerdesk-entry-2026-11-01.pdf" in seen["suggested"][0]
    assert [p.name for p in out.iterdir()] == ["robin.pdf"]  # no temp file beside it
    text = _pdf_text(out / "robin.pdf")
    assert SECRET_TEXT in text and CHILD_NAME in text
    assert "I was cross but now I am fine" in text
    assert "Saved as" in window.statusBar().currentMessage()


def test_save_a_day_from_the_right_click_menu(qtbot, window, tmp_path):
    import datetime as dt

    from carerdesk.domain.values import EntryContent
    from carerdesk.gui.journal import entry_print

    journal = window.workspace.journal
    child = journal.children()[0].id
    journal.add_entry(EntryContent(date=dt.date(2026, 11, 1), child_ids=(child,),
                                   text="Second entry of that day: pancakes"))
    journal.add_entry(EntryContent(date=dt.date(2026, 11, 2), child_ids=(child,),
                                   text="The next day: not in this PDF"))
    window.refresh()
    row = next(r for r in range(window.model.rowCount())
               if window.model.entry(r).content.text.startswith("Second"))
    right_click_row(qtbot, window.timeline, row)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    seen = _save_as(qtbot, tmp_path / "day.pdf")
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(window.pdf_day_action).center())
    qtbot.waitUntil(lambda: (tmp_path / "day.pdf").exists())
    finished(seen)
    text = _pdf_text(tmp_path / "day.pdf")
    assert SECRET_TEXT in text and "pancakes" in text and "not in this PDF" not in text
    assert "2 entries" in text
    assert entry_print.day_title(dt.date(2026, 11, 3), 1).endswith(": 1 entry")  # plural forms


def test_ctrl_p_opens_the_print_dialog(qtbot, window):
    click_row(qtbot, window.timeline, 0)
    seen = when_modal(lambda dialog, seen: seen.update(title=dialog.windowTitle()))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert finished(seen)["title"] == "Print"
    assert "printer" not in window.statusBar().currentMessage()  # cancelled: nothing sent
