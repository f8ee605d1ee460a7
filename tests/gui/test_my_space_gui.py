"""My space used as a carer uses it: opened with its shortcut, a reflection typed and saved,
a check-in chosen by its number, the trend read, a lock with words not yet saved, and the
report dialog's "Share my latest wellbeing check-in" ticked and unticked."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import PASSPHRASE
from keyboard_checks import check_mnemonics, press_mnemonic
from person import scroll_into_view, value_of, wheel
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from carerdesk.domain.carer_space import CHECKIN, REFLECTION, CheckIn, HowIAm, Reflection
from carerdesk.gui.common.window_policy import screen_of

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
WORDS = "He slammed the door and I felt useless. Then I made tea and we started again."


def _open(qtbot, window):
    window.activateWindow()  # as the window manager does when a dialog over it closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.windowTitle() == "My space"
    return dialog


def _tab(qtbot, dialog, panel) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(panel)).center())
    assert dialog.tabs.currentWidget() is panel


def _click_row(qtbot, panel, row: int = 0) -> None:
    rect = panel.list.visualRect(panel.list.model().index(row, 0))
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=rect.center())


def _retype(qtbot, box, text: str) -> None:
    scroll_into_view(box)
    qtbot.mouseClick(box.viewport() if hasattr(box, "viewport") else box, LEFT)
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, text)


def test_write_a_reflection_then_change_it_and_see_the_earlier_version(qtbot, window):
    dialog = _open(qtbot, window)
    panel = dialog.reflections
    assert QApplication.focusWidget() is panel.form.words  # ready to write
    assert panel.empty.isVisible() and panel.list.count() == 0
    qtbot.keyClicks(panel.form.words, WORDS)
    qtbot.mouseClick(panel.save_button, LEFT)
    assert not panel.error.isVisible(), panel.error.text()
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith(f"{dt.date.today().isoformat()} · He slammed")
    assert "None" in panel.versions.toPlainText()

    _retype(qtbot, panel.form.words, WORDS + " Bedtime was calm.")
    qtbot.mouseClick(panel.save_button, LEFT)
    saved = window.workspace.carer_space.notes(REFLECTION)
    assert len(saved) == 1 and saved[0].version == 2
    assert "Version 1" in panel.versions.toPlainText() and WORDS in panel.versions.toPlainText()
    qtbot.mouseClick(panel.new_button, LEFT)
    assert panel.form.words.toPlainText() == "" and panel.editing is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_check_in_chosen_by_its_number_shows_in_the_trend(qtbot, window):
    window.workspace.carer_space.add(CheckIn(dt.date.today() - dt.timedelta(days=14),
                                             HowIAm.LOW))
    dialog = _open(qtbot, window)
    panel = dialog.checkins
    _tab(qtbot, dialog, panel)
    assert panel.form.chosen_how() is None  # nothing chosen for the carer
    assert panel.editing is None, "turning to the tab opens no earlier check-in"
    press_mnemonic(dialog, "3")  # Alt+3 clicks "3 Getting by"
    qtbot.waitUntil(lambda: panel.form.chosen_how() is HowIAm.GETTING_BY)
    press_mnemonic(dialog, "l")  # Alt+L: Sleep
    assert QApplication.focusWidget() is panel.form.sleep
    qtbot.keyClicks(panel.form.sleep, "Better since Sunday")
    press_mnemonic(dialog, "p")
    qtbot.keyClicks(panel.form.support, "An hour with Sam about contact")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert not panel.error.isVisible(), panel.error.text()
    assert [panel.list.item(r).text()[13:] for r in range(panel.list.count())] == [
        "3 Getting by · Better since Sunday", "2 Low"]
    assert (panel.chart.points[-1].average, panel.chart.points[-3].average) == (3.0, 2.0)
    assert "3.0 of 5" in panel.chart.accessibleDescription()
    assert panel.chart.points[-2].average is None  # a week with none is a gap, not a low
    press_mnemonic(dialog, "t")
    qtbot.keyClick(panel.by, Qt.Key.Key_Down)  # month by month
    assert panel.chart.by.value == "month" and len(panel.chart.points) == 8
    latest = window.workspace.carer_space.latest_checkin().value
    assert (latest.how, latest.support) == (HowIAm.GETTING_BY, "An hour with Sam about contact")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_check_in_needs_how_i_am_and_keeps_the_words(qtbot, window):
    dialog = _open(qtbot, window)
    panel = dialog.checkins
    _tab(qtbot, dialog, panel)
    press_mnemonic(dialog, "h")  # What helped
    qtbot.keyClicks(panel.form.helped, "A swim")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.error.isVisible()
    assert panel.error.text() == "Choose how you are, from 1 (struggling) to 5 (very good)."
    assert panel.form.helped.toPlainText() == "A swim"
    assert window.workspace.carer_space.notes(CHECKIN) == []
    qtbot.mouseClick(panel.form.how_buttons[HowIAm.GOOD], LEFT)
    qtbot.mouseClick(panel.save_button, LEFT)
    assert not panel.error.isVisible() and panel.list.count() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_words_not_saved_yet_are_kept_as_the_window_closes(qtbot, window):
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.reflections.form.words, "Typed, never saved")
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert [n.value.words for n in window.workspace.carer_space.notes()] == [
        "Typed, never saved"]
    again = _open(qtbot, window)  # opened again, with nothing typed: nothing more is saved
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert len(window.workspace.carer_space.notes()) == 1


def test_the_notes_are_kept_apart_from_the_children(qtbot, window, vault_ids):
    window.workspace.carer_space.add(Reflection(dt.date.today(), WORDS))
    window.refresh()
    assert window.model.rowCount() == 1  # the test vault's one entry, and nothing of mine
    assert WORDS not in window.preview.toPlainText()


def test_it_fits_a_laptop_the_wheel_changes_nothing_and_the_letters_differ(qtbot, window):
    dialog = _open(qtbot, window)
    room = screen_of(dialog).availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
    assert dialog.minimumSizeHint().height() <= room.height() - 36
    check_mnemonics(dialog)
    _tab(qtbot, dialog, dialog.checkins)
    check_mnemonics(dialog)
    panel = dialog.checkins
    for widget in (panel.by, panel.form.date, dialog.tabs.tabBar()):
        before = value_of(widget)
        wheel(widget, -3)
        wheel(widget, 3)
        assert value_of(widget) == before, widget.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_future_day_cannot_be_typed(qtbot, window):
    dialog = _open(qtbot, window)
    form = dialog.reflections.form
    press_mnemonic(dialog, "y")  # Day
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    qtbot.keyClicks(form.date, tomorrow.isoformat())
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.date().toPython() == dt.date.today()  # refused with a beep, never changed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


@pytest.fixture
def controller(qtbot, vault_dir):
    from carerdesk.gui.app import AppController

    app = AppController(vault_dir)
    app.start()
    qtbot.addWidget(app.dialog)
    yield app
    app.lock()
    qtbot.waitUntil(lambda: app.workspace is None, timeout=5000)
    app.dialog.close()
    QApplication.instance().removeEventFilter(app)


def _unlock(qtbot, controller):
    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    return controller.window


def test_ctrl_l_closes_my_space_and_keeps_what_was_typed(qtbot, controller):
    from carerdesk.gui.setup.unlock import UnlockDialog

    dialog = _open(qtbot, _unlock(qtbot, controller))
    box = dialog.reflections.form.words
    qtbot.keyClicks(box, "Written just before the lock")
    qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: controller.workspace is None
                    and isinstance(controller.dialog, UnlockDialog)
                    and controller.dialog.isVisible(), timeout=8000)
    modal = QApplication.activeModalWidget()
    assert modal is None or isinstance(modal, UnlockDialog)  # My space is gone
    window = _unlock(qtbot, controller)
    again = _open(qtbot, window)
    assert again.reflections.list.count() == 1
    assert "Written just before the lock" in again.reflections.list.item(0).text()
    qtbot.keyClick(again, Qt.Key.Key_Escape)


def _report_dialog(qtbot, window):
    """Journal → Supervision report… by its shortcut: the dialog opens over the journal."""
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == "ExportDialog")
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _close_report(qtbot, window, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert getattr(window, "report_dialog", None) is None  # gone, not kept hidden


def test_sharing_the_latest_check_in_fills_the_wellbeing_note_only_when_ticked(qtbot, window):
    space = window.workspace.carer_space
    space.add(CheckIn(dt.date(2026, 11, 2), HowIAm.GOOD))
    space.add(CheckIn(dt.date(2026, 11, 20), HowIAm.LOW, sleep="Broken",
                      support="A weekend of respite"))
    space.add(Reflection(dt.date(2026, 11, 21), WORDS))
    dialog = _report_dialog(qtbot, window)
    box, share = dialog.wellbeing, dialog.share_checkin
    assert share.isEnabled() and not share.isChecked()
    assert dialog._request()["notes"].wellbeing is None  # nothing unless ticked
    qtbot.keyClicks(box, "Tired but OK")
    qtbot.mouseClick(share, LEFT, pos=QPoint(8, share.height() // 2))  # the box
    ticked = dialog._request()["notes"].wellbeing
    qtbot.mouseClick(share, LEFT, pos=QPoint(8, share.height() // 2))
    assert box.toPlainText() == "Tired but OK"
    _close_report(qtbot, window, dialog)
    assert ticked == ("Tired but OK\n\nMy wellbeing check-in on 2026-11-20: Low.\n"
                      "Sleep: Broken\nSupport I would like: A weekend of respite")
    assert WORDS not in ticked  # a reflection never goes


def test_with_no_check_in_there_is_nothing_to_share(qtbot, window):
    dialog = _report_dialog(qtbot, window)
    assert dialog.share_checkin.isEnabled() is False
    assert "My space" in dialog.share_checkin.toolTip()
    _close_report(qtbot, window, dialog)
