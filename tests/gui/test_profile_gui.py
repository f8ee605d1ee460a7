"""The child's profile page, used as a carer uses it: opened from the journal with its
shortcut, typed into, saved with a click, people added by keyboard, earlier versions read."""

from helpers import CHILD_NAME
from keyboard_checks import check_mnemonics, check_tab_order, press_mnemonic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carerdesk.domain.profile import PersonRole
from carerdesk.gui.common.window_policy import screen_of

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, window, row=1):
    centre = window.children_list.visualRect(window.children_list.model().index(row, 0)).center()
    qtbot.mouseClick(window.children_list.viewport(), LEFT, pos=centre)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _retype(qtbot, field, text):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_edit_the_profile_and_rename_the_child(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == f"{CHILD_NAME}: profile and people"
    form = dialog.form
    press_mnemonic(dialog, "f")  # Alt+F: the Faith box
    assert QApplication.focusWidget() is form.parts["faith"]
    qtbot.keyClicks(form.parts["faith"], "Goes to Mass with Nan at Easter")
    _retype(qtbot, form.parts["carer_names"], "Auntie Jo")
    qtbot.keyClick(form.parts["carer_names"], Qt.Key.Key_Tab)
    qtbot.mouseClick(form.save_button, LEFT)
    assert not form.error.isVisible()
    _retype(qtbot, form.fields.name, "Robin Quartermaine")
    qtbot.mouseClick(form.save_button, LEFT)
    profile = window.workspace.profiles.profile(vault_ids["child"])
    assert profile.parts["faith"] == "Goes to Mass with Nan at Easter"
    assert profile.parts["carer_names"] == "Auntie Jo" and profile.version == 3
    assert "Version 3" in form.version.text()
    assert window.children_list.currentItem().text() == "Robin Quartermaine"  # still chosen
    assert dialog.windowTitle().startswith("Robin Quartermaine")
    press_mnemonic(dialog, "v")  # Earlier versions
    assert dialog.tabs.currentWidget() is dialog.versions
    assert dialog.versions.list.count() == 3
    dialog.versions.list.setCurrentRow(0)
    assert CHILD_NAME in dialog.versions.view.toPlainText()  # the name before is kept
    dialog.versions.list.setCurrentRow(1)
    assert "Goes to Mass" in dialog.versions.view.toPlainText()
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_a_refusal_is_said_plainly_and_loses_nothing(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    form = dialog.form
    qtbot.keyClicks(form.parts["history"], "Two moves before coming to us")
    _retype(qtbot, form.fields.name, "   ")
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.error.isVisible() and "name is empty" in form.error.text()
    assert form.parts["history"].toPlainText() == "Two moves before coming to us"
    assert window.workspace.profiles.history(vault_ids["child"]) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_add_and_change_people_by_keyboard(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    press_mnemonic(dialog, "o")  # the People tab
    panel = dialog.people
    assert dialog.tabs.currentWidget() is panel
    press_mnemonic(dialog, "n")
    assert QApplication.focusWidget() is panel.name
    qtbot.keyClicks(panel.name, "Sarah Quartermaine")
    press_mnemonic(dialog, "r")
    assert QApplication.focusWidget() is panel.role
    qtbot.keyClick(panel.role, Qt.Key.Key_Home)  # birth family is first
    assert panel.chosen_role() is PersonRole.BIRTH_FAMILY
    assert not panel.living.isEnabled()  # living together or apart: siblings only
    press_mnemonic(dialog, "t")
    qtbot.keyClicks(panel.family_name, "Mummy")
    press_mnemonic(dialog, "p")  # Save this person (a mnemonic clicks a moment later)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert "Mummy" in panel.list.item(0).text()
    # Someone new: another fostered child, first with a full name
    qtbot.mouseClick(panel.new_button, LEFT)
    qtbot.keyClicks(panel.name, "Jamie Smith")
    panel.role.setFocus()
    for _ in range(list(PersonRole).index(PersonRole.FOSTERED_CHILD)):
        qtbot.keyClick(panel.role, Qt.Key.Key_Down)
    assert panel.chosen_role() is PersonRole.FOSTERED_CHILD
    assert panel.hint.isVisible() and "initials" in panel.hint.text()
    qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.error.isVisible() and "initials only" in panel.error.text()
    assert panel.list.count() == 1
    _retype(qtbot, panel.name, "J.S.")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.list.count() == 2 and not panel.error.isVisible()
    # Change what the child calls their mum: a new version, the old one kept
    centre = panel.list.visualRect(panel.list.model().index(0, 0)).center()
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=centre)
    assert panel.name.text() == "Sarah Quartermaine"
    _retype(qtbot, panel.family_name, "Mum")
    qtbot.mouseClick(panel.save_button, LEFT)
    mum = window.workspace.people.people(vault_ids["child"])[0]
    assert mum.version == 2
    assert [v.details.family_name for v in window.workspace.people.history(mum.id)] == [
        "Mummy", "Mum"]
    # The ecomap draws them, the child in the middle
    press_mnemonic(dialog, "m")
    assert dialog.tabs.currentWidget() is dialog.ecomap
    assert "Sarah Quartermaine" in dialog.ecomap.accessibleDescription()
    assert not dialog.ecomap.grab().isNull()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_it_fits_a_laptop_and_works_by_keyboard(qtbot, window):
    dialog = _open(qtbot, window)
    room = screen_of(dialog).availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
    assert dialog.minimumSizeHint().height() <= room.height() - 36
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        check_mnemonics(dialog)
    dialog.tabs.setCurrentIndex(0)
    check_tab_order(dialog, start=dialog.form.fields.name)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    check_mnemonics(window)


def test_all_children_chosen_says_choose_one(qtbot, window):
    window.children_list.setCurrentRow(0)
    window.profile_action.trigger()
    assert QApplication.activeModalWidget() is None
    assert "Choose a child" in window.statusBar().currentMessage()


def test_ctrl_l_in_the_profile_page_locks_and_closes_it(qtbot, vault_dir):
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
        qtbot.keyClicks(dialog.form.parts["faith"], "not saved")
        qtbot.keyClick(dialog.form.parts["faith"], Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: controller.workspace is None
                        and isinstance(controller.dialog, UnlockDialog)
                        and controller.dialog.isVisible(), timeout=8000)
        modal = QApplication.activeModalWidget()
        assert modal is None or isinstance(modal, UnlockDialog)  # the profile page is gone
        window = unlock()
        assert window.workspace.profiles.profile(CHILD_NAME).parts["faith"] is None
    finally:
        controller.lock()
        qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
        controller.dialog.close()
        QApplication.instance().removeEventFilter(controller)
