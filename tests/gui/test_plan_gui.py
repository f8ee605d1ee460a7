"""The Plan page used as a carer uses it: opened from the journal with its shortcut, a goal
typed and saved, evidence picked, a review kept, a Secure Base review rated by keyboard, the
wheel changing nothing, a laptop's screen, and Ctrl+L closing it with nothing unsaved written."""

from keyboard_checks import check_mnemonics, press_mnemonic
from person import scroll_into_view, value_of, wheel, wheel_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carerdesk.domain.goals import GoalStatus
from carerdesk.gui.common.window_policy import screen_of

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, window, row=1):
    centre = window.children_list.visualRect(window.children_list.model().index(row, 0)).center()
    qtbot.mouseClick(window.children_list.viewport(), LEFT, pos=centre)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _retype(qtbot, field, text):
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def _type_goal(qtbot, dialog, what="Choose her own clothes each morning"):
    form = dialog.goals.form
    press_mnemonic(dialog, "r")  # Area
    assert QApplication.focusWidget() is form.area
    qtbot.keyClick(form.area, Qt.Key.Key_Down)
    qtbot.keyClick(form.area, Qt.Key.Key_Down)
    qtbot.keyClick(form.area, Qt.Key.Key_Down)  # Co-operation
    press_mnemonic(dialog, "w")
    qtbot.keyClicks(form.what, what)
    press_mnemonic(dialog, "h")
    qtbot.keyClicks(form.how, "Four mornings in five")
    press_mnemonic(dialog, "i")
    qtbot.keyClicks(form.contingency, "Offer two choices")


def test_set_a_goal_add_evidence_and_review_it(qtbot, window, vault_ids, monkeypatch):
    dialog = _open(qtbot, window)
    assert dialog.windowTitle().endswith(": the plan")
    goals = dialog.goals
    _type_goal(qtbot, dialog)
    qtbot.mouseClick(goals.form.has_review, LEFT)
    _retype(qtbot, goals.form.review, "2199-11-30")
    qtbot.keyClick(goals.form.review, Qt.Key.Key_Tab)
    assert not goals.evidence_button.isEnabled()  # a goal not saved has no evidence yet
    qtbot.mouseClick(goals.save_button, LEFT)
    assert not goals.error.isVisible(), goals.error.text()
    (summary,) = window.workspace.plan.plan(vault_ids["child"])
    goal = summary.goal.value
    assert (goal.area, goal.what, goal.contingency) == (
        "cooperation", "Choose her own clothes each morning", "Offer two choices")
    assert str(goal.review_date) == "2199-11-30"
    item = goals.list.topLevelItem(0)
    assert item.text(0) == "Co-operation" and item.text(2) == "Not started"
    # Evidence, picked from the child's entries in a small window
    from carerdesk.gui.journal.plan_goals import EvidencePicker

    def pick(picker):
        assert picker.list.count() == 1
        picker.list.setCurrentRow(0)
        return True
    monkeypatch.setattr(EvidencePicker, "exec", pick)
    qtbot.mouseClick(goals.evidence_button, LEFT)
    assert goals.evidence.count() == 1
    assert window.workspace.plan.goal(summary.goal.id).value.evidence == (vault_ids["entry"],)
    # A review: its status chosen by key, words typed, kept with a click
    scroll_into_view(goals.review_button)
    goals.status.setFocus()
    qtbot.keyClick(goals.status, Qt.Key.Key_Down)  # moving
    qtbot.keyClicks(goals.review_words, "Three good mornings")
    qtbot.mouseClick(goals.review_button, LEFT)
    assert not goals.review_error.isVisible(), goals.review_error.text()
    assert goals.reviews.count() == 1 and "Three good mornings" in goals.reviews.item(0).text()
    assert goals.list.topLevelItem(0).text(2) == "Moving"
    (summary,) = window.workspace.plan.plan(vault_ids["child"])
    assert summary.status is GoalStatus.MOVING
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_a_refused_goal_is_said_plainly_and_keeps_what_was_typed(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    goals = dialog.goals
    press_mnemonic(dialog, "h")
    qtbot.keyClicks(goals.form.how, "We will see her smile")
    qtbot.mouseClick(goals.save_button, LEFT)
    assert goals.error.isVisible() and "is empty" in goals.error.text()
    assert goals.form.how.toPlainText() == "We will see her smile"
    _retype(qtbot, goals.form.what, "Sleep in her own bed")
    qtbot.mouseClick(goals.form.has_by, LEFT)
    _retype(qtbot, goals.form.by, "2020-01-01")  # before the goal was set (today)
    qtbot.keyClick(goals.form.by, Qt.Key.Key_Tab)
    qtbot.mouseClick(goals.save_button, LEFT)
    assert "before the goal was set" in goals.error.text()
    assert window.workspace.plan.plan(vault_ids["child"]) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_secure_base_review_by_keyboard(qtbot, window, vault_ids):
    dialog = _open(qtbot, window)
    press_mnemonic(dialog, "b")
    page = dialog.review
    assert dialog.tabs.currentWidget() is page
    assert "first is due now" in page.due.text()
    assert page.band.currentData() == "5-10-years"  # from the date of birth
    row = page.rows["availability"]
    assert "0:" in row.anchors.text() and "10:" in row.anchors.text()
    assert "school" in row.prompt.text()
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.error.isVisible() and "at least one rating" in page.error.text()
    press_mnemonic(dialog, "a")  # Availability's box
    assert QApplication.focusWidget() is row.score
    for _ in range(7):
        qtbot.keyClick(row.score, Qt.Key.Key_Up)  # not rated -> 0 .. 6
    qtbot.keyClicks(row.words, "Comes to find me after school")
    press_mnemonic(dialog, "i")  # birth family
    birth = page.rows["family_birth"]
    assert QApplication.focusWidget() is birth.score
    qtbot.keyClicks(birth.score.lineEdit(), "3")
    press_mnemonic(dialog, "n")  # the age band changes the questions
    qtbot.keyClick(page.band, Qt.Key.Key_Down)
    assert page.band.currentData() == "11-18-years"
    assert "young person" in row.prompt.text()
    qtbot.mouseClick(page.save_button, LEFT)
    assert not page.error.isVisible(), page.error.text()
    (saved,) = window.workspace.sb_reviews.records(vault_ids["child"])
    ratings = saved.value.ratings
    assert (ratings["availability"].score, ratings["family_birth"].score) == (6, 3)
    assert ratings["availability"].words == "Comes to find me after school"
    assert saved.value.band.value == "11-18-years"
    assert page.earlier.count() == 1 and "next review is due" in page.due.text()
    assert row.score.value() == -1  # cleared for the next time
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_wheel_changes_no_rating_or_choice(qtbot, window):
    dialog = _open(qtbot, window)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        dialog.close_button.setFocus()  # the pointer over a box, the keyboard elsewhere
        inputs = wheel_inputs(dialog)
        assert len(inputs) >= 3
        for widget in inputs:
            scroll_into_view(widget)
            before = value_of(widget)
            wheel(widget, 3)
            wheel(widget, -3)
            assert value_of(widget) == before, widget.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_it_fits_a_laptop_and_has_its_mnemonics(qtbot, window):
    dialog = _open(qtbot, window)
    room = screen_of(dialog).availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)
    assert dialog.minimumSizeHint().height() <= room.height() - 36
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        check_mnemonics(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_reminder_says_what_is_due_and_goes_when_done(qtbot, window, vault_ids):
    reminder = window.plan_reminder
    assert reminder.isVisible() and "a Secure Base review" in reminder.text()
    dialog = _open(qtbot, window)
    page = dialog.review
    press_mnemonic(dialog, "b")
    press_mnemonic(dialog, "a")
    qtbot.keyClicks(page.rows["availability"].score.lineEdit(), "5")
    qtbot.mouseClick(page.save_button, LEFT)
    assert not reminder.isVisible()  # the review is done: nothing is due
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_all_children_chosen_says_choose_one(qtbot, window):
    window.children_list.setCurrentRow(0)
    window.plan_action.trigger()
    assert QApplication.activeModalWidget() is None
    assert "Choose a child" in window.statusBar().currentMessage()


def test_ctrl_l_in_the_plan_page_locks_and_closes_it(qtbot, vault_dir):
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
        qtbot.keyClicks(dialog.goals.form.what, "not saved")
        qtbot.keyClick(dialog.goals.form.what, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: controller.workspace is None
                        and isinstance(controller.dialog, UnlockDialog)
                        and controller.dialog.isVisible(), timeout=8000)
        modal = QApplication.activeModalWidget()
        assert modal is None or isinstance(modal, UnlockDialog)  # the plan page is gone
        window = unlock()
        child = window.workspace.journal.children()[0]
        assert window.workspace.plan.plan(child.id) == []  # nothing unsaved was written
    finally:
        controller.lock()
        qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
        controller.dialog.close()
        QApplication.instance().removeEventFilter(controller)
