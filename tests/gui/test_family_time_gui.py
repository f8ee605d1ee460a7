"""Family time on the child's profile page, used as a carer uses it: the page opened with its
shortcut, the tab clicked, the form typed into, people ticked, Save clicked, the list read."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import CHILD_NAME
from keyboard_checks import check_mnemonics, check_tab_order, press_mnemonic
from person import scroll_into_view, unlock_by_typing, value_of, wheel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.gui.common.window_policy import screen_of

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
STATUSES = list(FamilyTimeStatus)


@pytest.fixture
def people(workspace, vault_ids):
    """Set-up: two people around the child, added as the People tab would."""
    add = workspace.people.add
    return (add(vault_ids["child"], PersonDetails("Sarah Quartermaine", PersonRole.BIRTH_FAMILY,
                                                  "Mum")),
            add(vault_ids["child"], PersonDetails("Kai Quartermaine", PersonRole.SIBLING)))


def _open(qtbot, window):
    centre = window.children_list.visualRect(window.children_list.model().index(1, 0)).center()
    qtbot.mouseClick(window.children_list.viewport(), LEFT, pos=centre)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    bar = dialog.tabs.tabBar()
    index = dialog.tabs.indexOf(dialog.family_time)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentWidget() is dialog.family_time
    return dialog, dialog.family_time


def _choose(qtbot, dialog, letter: str, combo, index: int) -> None:
    """Alt+letter to the drop-down, then the arrow keys to the choice."""
    press_mnemonic(dialog, letter)
    assert QApplication.focusWidget() is combo
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def _type_date(qtbot, dialog, form, day: str) -> None:
    press_mnemonic(dialog, "d")  # Alt+D: the date, all of it selected, so typing replaces it
    assert QApplication.focusWidget() is form.date
    qtbot.keyClicks(form.date, day)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)


def _tick(qtbot, form, row: int) -> None:
    """Choose the row with a click, tick it with the space bar."""
    rect = form.people.visualRect(form.people.model().index(row, 0))
    qtbot.mouseClick(form.people.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(form.people, Qt.Key.Key_Space)


def _retype(qtbot, box, text):
    scroll_into_view(box)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, text)


def _row_text(panel, row=0):
    return panel.list.item(row).text()


def test_add_a_family_time_and_see_it_in_the_list(qtbot, window, people, vault_ids):
    dialog, panel = _open(qtbot, window)
    form = panel.form
    assert "No family time yet" in panel.empty.text()
    _type_date(qtbot, dialog, form, "2026-03-07")
    _choose(qtbot, dialog, "t", form.status, STATUSES.index(FamilyTimeStatus.HAPPENED))
    _tick(qtbot, form, 0)
    press_mnemonic(dialog, "w")  # Alt+W: Where
    assert QApplication.focusWidget() is form.lines["where"]
    qtbot.keyClicks(form.lines["where"], "Contact centre")
    _retype(qtbot, form.words["during"], "We played Uno and he laughed a lot")
    _retype(qtbot, form.words["words"], "Mum let me win")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert not panel.error.isVisible(), panel.error.text()
    assert panel.list.count() == 1
    assert _row_text(panel) == "2026-03-07 · Happened · Sarah Quartermaine"
    saved = window.workspace.family_time.records(vault_ids["child"])
    assert [(r.value.date, r.value.people, r.value.where, r.value.words) for r in saved] == [
        (dt.date(2026, 3, 7), (people[0].id,), "Contact centre", "Mum let me win")]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_an_amendment_keeps_the_earlier_version_and_shows_it(qtbot, window, people,
                                                             vault_ids, workspace):
    workspace.family_time.add(vault_ids["child"], FamilyTime(
        dt.date(2026, 3, 7), FamilyTimeStatus.HAPPENED, (people[0].id,), noticed="Held hands"))
    dialog, panel = _open(qtbot, window)
    centre = panel.list.visualRect(panel.list.model().index(0, 0)).center()
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=centre)
    assert panel.form.words["noticed"].toPlainText() == "Held hands"
    assert "None" in panel.versions.toPlainText()
    _retype(qtbot, panel.form.words["noticed"], "Held hands and did not look back")
    _tick(qtbot, panel.form, 1)  # Kai was there too
    qtbot.mouseClick(panel.save_button, LEFT)
    record = workspace.family_time.records(vault_ids["child"])[0]
    assert record.version == 2 and record.value.people == (people[0].id, people[1].id)
    assert [v.value.noticed for v in workspace.family_time.history(record.id)] == [
        "Held hands", "Held hands and did not look back"]
    assert _row_text(panel).endswith("Sarah Quartermaine, Kai Quartermaine")
    assert "Version 1" in panel.versions.toPlainText()
    assert "Held hands" in panel.versions.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_future_family_time_marked_happened_is_refused_and_keeps_the_words(
        qtbot, window, people, vault_ids):
    dialog, panel = _open(qtbot, window)
    form = panel.form
    later = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    _type_date(qtbot, dialog, form, later)
    _retype(qtbot, form.words["before"], "Excited, packed a drawing for Mum")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.error.isVisible()
    assert panel.error.text() == (f"A family time on {later} has not happened yet: mark it as "
                                  "planned, or give the day it happened.")
    assert form.words["before"].toPlainText() == "Excited, packed a drawing for Mum"
    assert window.workspace.family_time.records(vault_ids["child"]) == []
    _choose(qtbot, dialog, "t", form.status, STATUSES.index(FamilyTimeStatus.PLANNED))
    qtbot.mouseClick(panel.save_button, LEFT)
    assert not panel.error.isVisible() and panel.list.count() == 1
    assert "Planned" in _row_text(panel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_who_cancelled_and_why_are_asked_of_a_cancelled_one(qtbot, window, people, vault_ids):
    dialog, panel = _open(qtbot, window)
    form = panel.form
    assert not form.lines["cancelled_by"].isEnabled() and not form.lines["why"].isEnabled()
    _choose(qtbot, dialog, "t", form.status, STATUSES.index(FamilyTimeStatus.CANCELLED))
    assert form.lines["cancelled_by"].isEnabled()
    press_mnemonic(dialog, "n")
    qtbot.keyClicks(form.lines["cancelled_by"], "Mum, by text that morning")
    press_mnemonic(dialog, "y")
    qtbot.keyClicks(form.lines["why"], "Unwell")
    qtbot.mouseClick(panel.save_button, LEFT)
    saved = window.workspace.family_time.records(vault_ids["child"])[0].value
    assert (saved.status, saved.cancelled_by, saved.why) == (
        FamilyTimeStatus.CANCELLED, "Mum, by text that morning", "Unwell")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_list_per_person(qtbot, window, people, vault_ids, workspace):
    mum, kai = people
    for day, who in ((1, (mum.id,)), (8, (kai.id,)), (15, (mum.id, kai.id))):
        workspace.family_time.add(vault_ids["child"], FamilyTime(
            dt.date(2026, 2, day), FamilyTimeStatus.HAPPENED, who))
    dialog, panel = _open(qtbot, window)
    assert [_row_text(panel, r)[:10] for r in range(panel.list.count())] == [
        "2026-02-15", "2026-02-08", "2026-02-01"]  # newest first
    _choose(qtbot, dialog, "h", panel.filter, panel.filter.findData(kai.id))
    assert [_row_text(panel, r)[:10] for r in range(panel.list.count())] == [
        "2026-02-15", "2026-02-08"]
    _choose(qtbot, dialog, "h", panel.filter, 0)  # Everyone
    assert panel.list.count() == 3
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_someone_added_on_the_people_tab_can_be_ticked(qtbot, window, vault_ids):
    dialog, panel = _open(qtbot, window)
    assert panel.form.people.count() == 0
    press_mnemonic(dialog, "o")  # the People tab
    qtbot.keyClicks(dialog.people.name, "Grandad Pete")
    qtbot.mouseClick(dialog.people.save_button, LEFT)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(panel)).center())
    assert panel.form.people.count() == 1 and "Grandad Pete" in panel.form.people.item(0).text()
    assert panel.filter.count() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_it_fits_a_laptop_the_wheel_changes_nothing_and_the_letters_differ(qtbot, window,
                                                                          people):
    dialog, panel = _open(qtbot, window)
    room = screen_of(dialog).availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
    assert dialog.minimumSizeHint().height() <= room.height() - 36
    check_mnemonics(dialog)
    check_tab_order(dialog, start=panel.filter)
    for widget in (panel.filter, panel.form.date, panel.form.status):
        scroll_into_view(widget)
        before = value_of(widget)
        wheel(widget, -3)
        wheel(widget, 3)
        assert value_of(widget) == before, widget.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_ctrl_l_in_the_family_time_tab_locks_and_closes_the_page(qtbot, vault_dir):
    from carerdesk.gui.app import AppController
    from carerdesk.gui.setup.unlock import UnlockDialog

    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)

    def unlock():
        return unlock_by_typing(qtbot, controller)

    try:
        _dialog, panel = _open(qtbot, unlock())
        box = panel.form.words["during"]
        _retype(qtbot, box, "not saved")
        qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: controller.workspace is None
                        and isinstance(controller.dialog, UnlockDialog)
                        and controller.dialog.isVisible(), timeout=8000)
        modal = QApplication.activeModalWidget()
        assert modal is None or isinstance(modal, UnlockDialog)  # the profile page is gone
        window = unlock()
        assert window.workspace.family_time.records(CHILD_NAME) == []
    finally:
        controller.lock()
        qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
        controller.dialog.close()
        QApplication.instance().removeEventFilter(controller)
