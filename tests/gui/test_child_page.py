"""The child's own page used as a child and a carer use it: opened from the Child menu's
shortcut, full screen; faces chosen by click and by key, words saved; nothing of the
carer's records or of another child reachable by any widget or key; Esc and closing do not
leave, a wrong passphrase is refused plainly and the right one leaves; Ctrl+L and auto-lock
close it with the child's unsaved words kept; the carer reads it all, marked as the
child's own, in the profile's "From {name}" tab."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
import shiboken6
from helpers import CHILD_NAME, PASSPHRASE, SECRET_TEXT
from keyboard_checks import check_mnemonics, check_tab_order
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from test_fits_screen import problems_fitting

from carerdesk.domain.child_voice import Ask, Face, Feeling, Statement, Wishes
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.lifestory import NewPhoto, PageContent
from carerdesk.domain.values import EntryContent, Observation
from carerdesk.gui.app import AppController
from carerdesk.gui.childpage.my_page import MyPage
from carerdesk.gui.setup.unlock import UnlockDialog

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
# Words of the carer's records and of another child: none may be shown on the page.
MARKERS = (SECRET_TEXT, "Quokkaspindle narrative", "Marzipanthrope said", "Flibbertigrove seen",
           "Ottersby", "Obsidianwhale", "I was cross but now I am fine",
           "We named the worry together")
STORY_TITLE = "The day you came to us"


@pytest.fixture
def filled(workspace, vault_ids, tmp_path):
    """Marker entries for this child, another child with their own entry and book page,
    and this child's life-story page with a photo."""
    journal, child = workspace.journal, vault_ids["child"]
    journal.add_entry(EntryContent(
        date=dt.date(2026, 11, 2), child_ids=(child,), text="Quokkaspindle narrative",
        observations={Dimension.ACCEPTANCE: Observation("Flibbertigrove seen")},
        voice="Marzipanthrope said"))
    mia = journal.add_child("Mia Ottersby")
    journal.add_entry(EntryContent(dt.date(2026, 11, 3), (mia.id,), "Obsidianwhale swim"))
    workspace.lifestory.add_page(PageContent(mia.id, "Obsidianwhale book", "Mia at the sea"))
    photo = tmp_path / "garden.png"
    Image.new("RGB", (640, 480), (90, 160, 90)).save(photo)
    workspace.lifestory.add_page(PageContent(child, STORY_TITLE, "You came on a sunny day.",
                                             voice="I liked the dog"),
                                 [NewPhoto(str(photo), "The garden")])
    return child


def _choose_child(qtbot, window, name=CHILD_NAME) -> None:
    names = window.children_list
    row = next(r for r in range(names.count()) if names.item(r).text() == name)
    qtbot.mouseClick(names.viewport(), LEFT, pos=names.visualItemRect(names.item(row)).center())
    assert window.child_id() is not None


def _open(qtbot, window) -> MyPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MyPage))
    page = QApplication.activeModalWidget()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _leave(qtbot, page, passphrase=PASSPHRASE) -> None:
    qtbot.mouseClick(page.leave_button, LEFT)
    assert page.prompt.isVisible() and page.prompt.passphrase.hasFocus()
    qtbot.keyClicks(page.prompt.passphrase, passphrase)
    qtbot.keyClick(page.prompt.passphrase, Qt.Key.Key_Return)


def _gone(page) -> bool:
    return not shiboken6.isValid(page) or not page.isVisible()


def _tab(qtbot, page, widget) -> None:
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(page.tabs.indexOf(widget)).center())
    assert page.tabs.currentWidget() is widget


def _shown_text(widget: QWidget) -> str:
    """Everything a widget shows or says to a screen reader."""
    said = [widget.accessibleName(), widget.toolTip(), widget.windowTitle()]
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        said.append(widget.text())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        said.append(widget.toPlainText())
    if isinstance(widget, QListWidget):
        said += [widget.item(r).text() for r in range(widget.count())]
    if isinstance(widget, QTabBar):
        said += [widget.tabText(i) for i in range(widget.count())]
    return "\n".join(said)


def test_opened_from_the_child_menu_full_screen_and_it_fits(qtbot, window, filled):
    _choose_child(qtbot, window)
    assert window.my_page_action.text() == f"M&y page for {CHILD_NAME}…"
    page = _open(qtbot, window)
    assert page.isFullScreen()
    assert page.windowTitle() == f"{CHILD_NAME}'s page"
    assert page.feeling.words.font().pointSizeF() >= 16  # large, friendly type
    assert problems_fitting(page) == []
    qtbot.mouseClick(page.leave_button, LEFT)  # the passphrase prompt at the foot, too
    for tab in (page.feeling, page.wishes, page.statement, page.story):
        _tab(qtbot, page, tab)
        assert problems_fitting(page) == []
        check_tab_order(page)  # Tab goes as the page reads, and comes back round
        check_mnemonics(page)
    page.reject()


@pytest.mark.parametrize("screen", ["small-1280x720.json", "scaled-125.json"])
def test_it_fits_a_smaller_and_a_scaled_screen_too(screen):
    """The test above again, on 1280×720 and at 125 % of 1366×768 (1093×614 logical)."""
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          __file__, "-k", "full_screen_and_it_fits"],
                         env={**os.environ, "CARERDESK_TEST_SCREEN": screen,
                              "QT_QPA_PLATFORM": "offscreen"},
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout


def test_nothing_of_the_carers_records_is_reachable_by_widget_or_key(qtbot, window, filled):
    _choose_child(qtbot, window)
    page = _open(qtbot, window)
    everything = "\n".join(_shown_text(w) for w in [page, *page.findChildren(QWidget)])
    assert not [m for m in MARKERS if m in everything]
    _tab(qtbot, page, page.story)
    assert STORY_TITLE in everything and "You came on a sunny day." in \
        page.story.page.toPlainText()  # the child's own book is there to look at
    assert page.story.photo.pixmap() is not None and not page.story.photo.pixmap().isNull()

    focused: set[int] = set()
    for tab in (page.feeling, page.wishes, page.statement, page.story):
        _tab(qtbot, page, tab)
        for _ in range(40):  # Tab through every focusable widget, round and round
            widget = QApplication.focusWidget()
            assert widget is not None and widget.window() is page, "the focus stays on the page"
            focused.add(id(widget))
            assert not [m for m in MARKERS if m in _shown_text(widget)]
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert len(focused) >= 12  # faces, boxes, buttons, the tabs, the book's list and page

    # The journal's own keys do nothing here: no editor, no dialog, no search, no menu.
    for key, modifiers in ((Qt.Key.Key_N, CTRL), (Qt.Key.Key_E, CTRL), (Qt.Key.Key_H, CTRL),
                           (Qt.Key.Key_D, CTRL), (Qt.Key.Key_F, CTRL), (Qt.Key.Key_K, CTRL),
                           (Qt.Key.Key_P, CTRL), (Qt.Key.Key_L, CTRL | SHIFT),
                           (Qt.Key.Key_C, CTRL | SHIFT), (Qt.Key.Key_E, CTRL | SHIFT),
                           (Qt.Key.Key_M, CTRL | SHIFT), (Qt.Key.Key_J, ALT),
                           (Qt.Key.Key_C, ALT), (Qt.Key.Key_F10, Qt.KeyboardModifier(0))):
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
        qtbot.wait(20)
        assert QApplication.activeModalWidget() is page and page.isVisible()
        assert QApplication.activePopupWidget() is None
        assert window.editor is None
    qtbot.mouseClick(window.timeline.viewport(), LEFT)  # the journal behind takes no click
    assert QApplication.activeModalWidget() is page
    page.reject()


def test_esc_and_closing_do_not_leave_and_a_wrong_passphrase_is_refused(qtbot, window,
                                                                        filled):
    _choose_child(qtbot, window)
    page = _open(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.isVisible() and not page.prompt.isVisible()
    page.close()  # what Alt+F4 and the window's close button send
    assert page.isVisible() and page.prompt.isVisible()
    qtbot.keyClick(page.prompt.passphrase, Qt.Key.Key_Escape)  # Esc takes the prompt away
    assert page.isVisible() and not page.prompt.isVisible()

    _leave(qtbot, page, "not the passphrase")
    qtbot.waitUntil(page.prompt.error.isVisible, timeout=10000)
    assert page.prompt.error.text() == "That is not the passphrase, so the page stays open."
    assert page.isVisible() and page.prompt.passphrase.text() == ""
    qtbot.mouseClick(page.prompt.stay_button, LEFT)
    assert page.isVisible() and not page.prompt.isVisible()

    _leave(qtbot, page)
    qtbot.waitUntil(lambda: _gone(page), timeout=10000)
    assert QApplication.activeModalWidget() is None


def test_the_child_says_how_they_feel_what_they_want_known_and_asks_for_a_change(
        qtbot, window, filled):
    _choose_child(qtbot, window)
    page = _open(qtbot, window)
    feeling = page.feeling
    qtbot.mouseClick(feeling.save_button, LEFT)
    assert feeling.error.text() == "Choose one of the faces first."
    qtbot.mouseClick(feeling.faces.buttons[Face.SAD], LEFT)
    qtbot.mouseClick(feeling.words.viewport(), LEFT)
    qtbot.keyClicks(feeling.words, "I miss my mum")
    qtbot.mouseClick(feeling.save_button, LEFT)
    assert feeling.thanks.text() == ("Saved: today you feel “A bit sad”. Thank you for "
                                     "telling us.")
    assert feeling.faces.face() is None and feeling.words.toPlainText() == ""

    # By key alone: back from the words to the faces, arrows along them, Space chooses.
    qtbot.mouseClick(feeling.words.viewport(), LEFT)
    qtbot.keyClick(feeling.words, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() in feeling.faces.buttons.values()
    for _ in range(len(Face)):
        if QApplication.focusWidget() is feeling.faces.buttons[Face.VERY_HAPPY]:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is feeling.faces.buttons[Face.VERY_HAPPY]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert feeling.faces.face() is Face.VERY_HAPPY
    qtbot.keyClick(feeling.words, Qt.Key.Key_S, ALT)  # &Save (Qt clicks it a moment later)
    qtbot.waitUntil(lambda: "Really happy" in feeling.thanks.text())

    _tab(qtbot, page, page.wishes)
    qtbot.mouseClick(page.wishes.save_button, LEFT)
    assert page.wishes.error.text() == "Write something first, then press Save."
    qtbot.mouseClick(page.wishes.words.viewport(), LEFT)
    qtbot.keyClicks(page.wishes.words, "I want to see my brother at weekends")
    qtbot.mouseClick(page.wishes.save_button, LEFT)
    assert not page.wishes.error.isVisible() and page.wishes.thanks.isVisible()

    _tab(qtbot, page, page.statement)
    qtbot.mouseClick(page.statement.change, LEFT)
    qtbot.mouseClick(page.statement.words.viewport(), LEFT)
    qtbot.keyClicks(page.statement.words, "It was not me who broke the window")
    qtbot.mouseClick(page.statement.save_button, LEFT)
    assert page.statement.add.isChecked()  # ready for the next one

    today = dt.date.today()
    assert [r.value for r in window.workspace.child_voice.said(filled)] == [
        Feeling(today, Face.SAD, "I miss my mum"), Feeling(today, Face.VERY_HAPPY),
        Wishes(today, "I want to see my brother at weekends"),
        Statement(today, "It was not me who broke the window", Ask.CHANGE)]
    _leave(qtbot, page)
    qtbot.waitUntil(lambda: _gone(page), timeout=10000)

    # The carer reads it in the profile, as the child's own, with no way to change it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    profile = QApplication.activeModalWidget()
    bar = profile.tabs.tabBar()
    index = profile.tabs.indexOf(profile.from_child)
    assert profile.tabs.tabText(index) == f"From {CHILD_NAME}"
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    said = profile.from_child.said.toPlainText()
    assert "nobody can change or remove it" in _shown_text(profile.from_child.findChild(QLabel))
    assert said.index("Asked for something to be changed") < said.index("How I feel: A bit sad")
    for words in ("It was not me who broke the window", "I want to see my brother at weekends",
                  "I miss my mum", "How I feel: Really happy"):
        assert words in said
    assert profile.from_child.said.isReadOnly()
    profile.reject()


# --- with the whole app: Ctrl+L and auto-lock ------------------------------------------------


def _unlock(qtbot, controller):
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    return controller.window


@pytest.fixture
def app(qtbot, vault_dir):
    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    _unlock(qtbot, controller)
    yield controller
    if controller.workspace is not None:
        controller.lock()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    controller.dialog.close()
    QApplication.instance().removeEventFilter(controller)


def _locked(qtbot, app) -> None:
    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog)
                    and app.dialog.isVisible(), timeout=8000)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MyPage) and w.isVisible()]


@pytest.mark.parametrize("how", ["ctrl+l", "auto-lock"])
def test_a_lock_closes_the_page_and_keeps_what_the_child_wrote(qtbot, app, vault_ids, how):
    window = app.window
    _choose_child(qtbot, window)
    page = _open(qtbot, window)
    _tab(qtbot, page, page.wishes)
    qtbot.mouseClick(page.wishes.words.viewport(), LEFT)
    qtbot.keyClicks(page.wishes.words, "I did not get to finish")
    if how == "ctrl+l":
        qtbot.keyClick(page.wishes.words, Qt.Key.Key_L, CTRL)
    else:
        app.idle.setInterval(300)
        app.idle.start()
    _locked(qtbot, app)
    window = _unlock(qtbot, app)
    [kept] = window.workspace.child_voice.said(vault_ids["child"])
    assert kept.value == Wishes(dt.date.today(), "I did not get to finish", unfinished=True)
