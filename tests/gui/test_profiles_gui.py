"""The Profiles page, used as a carer and their social worker use it: opened from the journal
with its shortcut, ratings typed, evidence chosen, a new profile started from the last, the
change read side by side; care-needs rows added; capacity refused without whose view."""

import datetime as dt

from helpers import CHILD_NAME
from keyboard_checks import check_mnemonics, press_mnemonic
from person import choose_by_click, choose_by_key, scroll_into_view, value_of, wheel, wheel_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carerdesk.gui.common.window_policy import screen_of

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, window, row=1):
    centre = window.children_list.visualRect(window.children_list.model().index(row, 0)).center()
    qtbot.mouseClick(window.children_list.viewport(), LEFT, pos=centre)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _rate(qtbot, box, text):
    scroll_into_view(box)
    qtbot.mouseClick(box.lineEdit(), LEFT)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)


def _type(qtbot, edit, text):
    scroll_into_view(edit)
    qtbot.mouseClick(edit.viewport(), LEFT)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, text)


def test_a_needs_profile_then_one_from_the_last_and_the_change(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == f"{CHILD_NAME}: profiles"
    tab = dialog.needs
    assert "No profile yet" in tab.heading.text()
    health = tab.form.areas["health"]
    _rate(qtbot, health.rating, "-1")
    _type(qtbot, health.texts["difficulties"], "Wakes in the night")
    choose_by_click(qtbot, health.pick, 1)  # the journal's one entry, as evidence
    assert "2026-11-01" in health.linked.text()
    _rate(qtbot, tab.form.areas["identity"].rating, "+2")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert not tab.error.isVisible(), tab.error.text()
    first = window.workspace.needs_profiles.records(vault_ids["child"])
    assert len(first) == 1
    area = first[0].value.areas["health"]
    assert (area.rating, area.difficulties, area.entries) == (
        -1, "Wakes in the night", (vault_ids["entry"],))
    assert tab.form.areas["health"].rating.rating() is None  # the form is new again

    qtbot.mouseClick(tab.from_last, LEFT)
    assert health.rating.rating() == -1 and "Started from" in tab.note.text()
    _rate(qtbot, health.rating, "+2")
    _rate(qtbot, tab.form.areas["identity"].rating, "+1")
    qtbot.mouseClick(tab.save_button, LEFT)
    records = window.workspace.needs_profiles.records(vault_ids["child"])
    assert len(records) == 2
    assert records[1].value.areas["health"].difficulties == "Wakes in the night"  # carried
    assert records[1].value.areas["health"].entries == (vault_ids["entry"],)
    rows = {tab.table.item(r, 0).text(): [tab.table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(tab.table.rowCount())}
    assert rows["Health"] == ["-1", "+2", "▲ up 3"]
    assert rows["Identity"] == ["+2", "+1", "▼ down 1"]
    assert rows["Self-care skills"] == ["–", "–", "–"]
    assert "beside the one before" in tab.heading.text()
    assert "Health: before -1, now +2" in tab.chart.accessibleDescription()
    assert not tab.chart.grab().isNull()
    assert "Wakes in the night" in tab.words.toPlainText()
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_off_the_scale_cannot_be_typed(qtbot, window):
    dialog = _open(qtbot, window)
    box = dialog.needs.form.areas["health"].rating
    _rate(qtbot, box, "4")
    assert box.rating() is None  # "4" is refused as it is typed; still not rated
    _rate(qtbot, box, "-3")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.rating() is None  # below -3 is "Not rated", never -4
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_capacity_says_whose_view_and_who_it_was_made_with(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    press_mnemonic(dialog, "p")  # Carers' capacity
    tab = dialog.capacity
    assert dialog.tabs.currentWidget() is tab
    stability = tab.form.areas["stability"]
    _rate(qtbot, stability.rating, "+2")
    _type(qtbot, stability.texts["strengths"], "Same bedtime every night")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.error.isVisible() and "made with the social worker" in tab.error.text()
    press_mnemonic(dialog, "w")
    assert QApplication.focusWidget() is tab.form.social_worker
    qtbot.keyClicks(tab.form.social_worker, "Priya Shah")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "whose view the rating of Stability is" in tab.error.text()
    assert stability.texts["strengths"].toPlainText() == "Same bedtime every night"  # kept
    assert window.workspace.capacity.records(vault_ids["child"]) == []
    choose_by_key(qtbot, stability.view, 3)  # agreed together
    qtbot.mouseClick(tab.save_button, LEFT)
    assert not tab.error.isVisible(), tab.error.text()
    made = window.workspace.capacity.records(vault_ids["child"])[0].value
    assert made.social_worker == "Priya Shah"
    assert made.areas["stability"].view.value == "agreed"
    row = [tab.table.item(5, c).text() for c in range(5)]
    assert row == ["Stability", "–", "+2", "–", "agreed together"]
    assert "Made with the social worker Priya Shah" in tab.words.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_care_needs_rows_added_and_kept(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    press_mnemonic(dialog, "d")  # Care needs
    tab = dialog.care_needs
    qtbot.mouseClick(tab.put_button, LEFT)
    assert "area of care need is empty" in tab.error.text()
    press_mnemonic(dialog, "a")
    qtbot.keyClicks(tab.area, "Sleep")
    press_mnemonic(dialog, "w")
    qtbot.keyClicks(tab.needed, "A calm bedtime routine")
    choose_by_key(qtbot, tab.domain, 1)  # Health
    qtbot.mouseClick(tab.put_button, LEFT)
    qtbot.keyClicks(tab.area, "School")
    tab.needed.setFocus()
    qtbot.keyClicks(tab.needed, "Lifts on Mondays")
    qtbot.mouseClick(tab.put_button, LEFT)
    assert tab.table.rowCount() == 2 and tab.table.item(0, 2).text() == "Health"
    qtbot.mouseClick(tab.save_button, LEFT)
    assert not tab.error.isVisible(), tab.error.text()
    kept = window.workspace.care_needs.records(vault_ids["child"])[0].value
    assert [(n.area, n.domain) for n in kept.needs] == [("Sleep", "health"), ("School", None)]
    assert kept.day == dt.date.today()  # dated today unless the carer says otherwise
    assert "A calm bedtime routine" in tab.latest_view.toPlainText()
    qtbot.mouseClick(tab.from_last, LEFT)
    assert tab.table.rowCount() == 2
    centre = tab.table.visualRect(tab.table.model().index(1, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=centre)
    qtbot.mouseClick(tab.remove_button, LEFT)
    assert tab.table.rowCount() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_it_fits_a_laptop_and_the_wheel_changes_nothing(qtbot, window):
    dialog = _open(qtbot, window)
    room = screen_of(dialog).availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
    assert dialog.minimumSizeHint().height() <= room.height() - 36
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        check_mnemonics(dialog)
        inputs = [w for w in wheel_inputs(dialog) if w is not dialog.tabs.tabBar()]
        assert inputs
        for widget in inputs:
            scroll_into_view(widget)
            before = value_of(widget)
            wheel(widget, -3)
            wheel(widget, 3)
            assert value_of(widget) == before, widget.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    check_mnemonics(window)


def test_all_children_chosen_says_choose_one(qtbot, window):
    window.children_list.setCurrentRow(0)
    window.profiles_action.trigger()
    assert QApplication.activeModalWidget() is None
    assert "Choose a child" in window.statusBar().currentMessage()


def test_ctrl_l_in_the_profiles_page_locks_and_closes_it(qtbot, vault_dir):
    from person import unlock_by_typing

    from carerdesk.gui.app import AppController
    from carerdesk.gui.setup.unlock import UnlockDialog

    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)

    def unlock():
        return unlock_by_typing(qtbot, controller)

    try:
        dialog = _open(qtbot, unlock())
        box = dialog.needs.form.areas["health"].texts["strengths"]
        _type(qtbot, box, "not saved")
        qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: controller.workspace is None
                        and isinstance(controller.dialog, UnlockDialog)
                        and controller.dialog.isVisible(), timeout=8000)
        modal = QApplication.activeModalWidget()
        assert modal is None or isinstance(modal, UnlockDialog)  # the page is gone
        window = unlock()
        assert window.workspace.needs_profiles.records(CHILD_NAME) == []
    finally:
        controller.lock()
        qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
        controller.dialog.close()
        QApplication.instance().removeEventFilter(controller)
