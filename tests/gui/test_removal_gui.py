"""Child → End the placement… and Child → Remove {name}'s record…, used as a carer uses them:
the child chosen with a click, the menu opened with Alt+C, dates and names typed, buttons
clicked; the removal names the child, counts what goes and removes only once the name is
typed; Ctrl+L closes the question with nothing removed."""

from __future__ import annotations

import datetime as dt

from helpers import CHILD_NAME, PASSPHRASE
from keyboard_checks import check_mnemonics, press_mnemonic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from carerdesk.domain.values import EntryContent
from carerdesk.gui.journal.removal_dialogs import EndPlacementDialog, RemoveChildDialog

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier
SIBLING = "Ludo Brackenwhirl"


def _choose(qtbot, window, name: str) -> None:
    rows = [window.children_list.item(r).text() for r in range(window.children_list.count())]
    index = window.children_list.model().index(rows.index(name), 0)
    centre = window.children_list.visualRect(index).center()
    qtbot.mouseClick(window.children_list.viewport(), LEFT, pos=centre)


def _from_child_menu(qtbot, window, letter: Qt.Key, kind):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), letter)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _with_sibling(window) -> str:
    journal = window.workspace.journal
    other = journal.add_child(SIBLING, dt.date(2017, 3, 1), dt.date(2024, 5, 1)).id
    journal.add_entry(EntryContent(date=dt.date(2026, 6, 1), child_ids=(other,),
                                   text="Ludo's first swim"))
    journal.add_entry(EntryContent(date=dt.date(2026, 6, 2),
                                   child_ids=(other, journal.children()[1].id),
                                   text="Both of them at the fair"))
    window.reload_children()
    return other


def test_end_the_placement_from_the_child_menu(qtbot, window, vault_ids):
    _choose(qtbot, window, CHILD_NAME)
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_N, EndPlacementDialog)
    check_mnemonics(dialog)
    press_mnemonic(dialog, "d")  # Alt+D: the whole date selected, so typing replaces it
    assert QApplication.focusWidget() is dialog.ended
    qtbot.keyClicks(dialog.ended, "2026-11-20")
    qtbot.keyClick(dialog.ended, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.went_to
    qtbot.keyClicks(dialog.went_to, "Her aunt in Leeds")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    profile = window.workspace.profiles.profile(vault_ids["child"])
    assert profile.child.ended == dt.date(2026, 11, 20)
    [*_, last] = window.workspace.profiles.history(vault_ids["child"])
    assert last.reason == "The placement ended; went to Her aunt in Leeds"


def test_a_placement_cannot_end_before_it_began(qtbot, window, vault_ids):
    _choose(qtbot, window, CHILD_NAME)
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_N, EndPlacementDialog)
    press_mnemonic(dialog, "d")
    qtbot.keyClicks(dialog.ended, "2023-12-01")  # placed 2024-01-08
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.isVisible() and "cannot end before it began" in dialog.error.text()
    assert window.workspace.profiles.profile(vault_ids["child"]).child.ended is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_remove_names_the_child_counts_and_needs_the_name_typed(qtbot, window, vault_ids,
                                                                tmp_path, monkeypatch):
    _with_sibling(window)
    _choose(qtbot, window, SIBLING)
    assert window.remove_child_action.text() == f"Remo&ve {SIBLING}'s record…"
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_V, RemoveChildDialog)
    check_mnemonics(dialog)
    facts = dialog.facts.text()
    assert SIBLING in dialog.windowTitle() and SIBLING in facts
    assert "Entries about them alone: 1" in facts
    assert f"without {SIBLING}: 1" in facts and "“L.”" in facts
    assert not dialog.book_button.isEnabled()  # no pages: no book to save
    qtbot.keyClicks(dialog.typed, "Ludo")
    assert not dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, LEFT)  # disabled: nothing happens
    assert [c.name for c in window.workspace.journal.children()] == [SIBLING, CHILD_NAME]
    qtbot.keyClicks(dialog.typed, " brackenwhirl")
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=15000)
    assert [c.name for c in window.workspace.journal.children()] == [CHILD_NAME]
    rows = [window.children_list.item(r).text() for r in range(window.children_list.count())]
    assert rows == ["All children", CHILD_NAME]
    assert "The record of L. is removed" in window.statusBar().currentMessage()
    texts = [e.content.text for e in window.workspace.journal.entries()]
    assert "Both of them at the fair" in texts and "Ludo's first swim" not in texts


def test_the_book_is_saved_first_from_the_question(qtbot, window, tmp_path, monkeypatch):
    from PIL import Image

    from carerdesk.domain.lifestory import NewPhoto, PageContent

    other = _with_sibling(window)
    photo = tmp_path / "fair.png"
    Image.new("RGB", (200, 150), (30, 90, 200)).save(photo)
    window.workspace.lifestory.add_page(PageContent(other, "The fair"), [NewPhoto(str(photo))])
    book = tmp_path / "book.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    _choose(qtbot, window, SIBLING)
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_V, RemoveChildDialog)
    assert "Life-story pages: 1" in dialog.facts.text() and "Photos: 1" in dialog.facts.text()
    qtbot.mouseClick(dialog.book_button, LEFT)
    assert book.read_bytes().startswith(b"%PDF") and str(book) in dialog.book_saved.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert SIBLING in [c.name for c in window.workspace.journal.children()]  # not removed


def test_ctrl_l_closes_the_question_and_nothing_is_removed(qtbot, vault_dir):
    from carerdesk.app.workspace import Workspace
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
    dialog = _from_child_menu(qtbot, window, Qt.Key.Key_V, RemoveChildDialog)
    qtbot.keyClicks(dialog.typed, CHILD_NAME)
    qtbot.keyClick(dialog.typed, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.workspace is None
                    and isinstance(controller.dialog, UnlockDialog), timeout=8000)
    with Workspace.unlock(vault_dir, PASSPHRASE) as workspace:
        assert [c.name for c in workspace.journal.children()] == [CHILD_NAME]


def test_both_dialogs_fit_the_screen_and_the_wheel_changes_no_date(qtbot, window):
    from person import value_of, wheel, wheel_inputs
    from test_fits_screen import problems_fitting

    _choose(qtbot, window, CHILD_NAME)
    ending = _from_child_menu(qtbot, window, Qt.Key.Key_N, EndPlacementDialog)
    assert problems_fitting(ending) == []
    qtbot.mouseClick(ending.went_to, LEFT)  # the date is not focused: the wheel leaves it
    [date] = wheel_inputs(ending)
    before = value_of(date)
    wheel(date, -3)
    wheel(date, 3)
    assert value_of(date) == before
    qtbot.keyClick(ending, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    removing = _from_child_menu(qtbot, window, Qt.Key.Key_V, RemoveChildDialog)
    assert problems_fitting(removing) == []
    qtbot.keyClick(removing, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
