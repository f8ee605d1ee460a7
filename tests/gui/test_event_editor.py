"""The significant-event editor inside the entry editor, used as a carer uses it (issue 15,
item 4): the kind chosen by key, times typed, people told added and removed with clicks,
warnings shown as the carer types and never stopping Save, the missing-from-home part only
for that kind, a telling before the event refused in plain words, an old event kept as it
was, the wheel changing nothing, and Ctrl+L keeping what was typed."""

import datetime as dt

from keyboard_checks import check_mnemonics, check_tab_order, press_mnemonic
from person import scroll_into_view, value_of, wheel, wheel_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from carerdesk.domain.categories import SignificantEventKind
from carerdesk.domain.events import KINDS, MISSING, TellRole
from carerdesk.domain.values import EntryContent, SignificantEvent

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
NOW = dt.datetime.now().replace(second=0, microsecond=0)


def _typed(hours_ago: float) -> str:
    return (NOW - dt.timedelta(hours=hours_ago)).strftime("%Y-%m-%d %H:%M")


def _new_entry(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.waitUntil(window.editor.isActiveWindow)
    return window.editor


def _arrows_to(qtbot, combo, index: int) -> None:
    """The drop-down has the focus (reached by Tab): the arrow keys move the choice."""
    assert QApplication.focusWidget() is combo
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def _event(qtbot, editor, kind: str):
    """Alt+G ticks the group, Tab goes to the kind, chosen with the arrow keys."""
    event = editor.form.significant
    press_mnemonic(editor, "g")
    assert event.isChecked() and event.body.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _arrows_to(qtbot, event.kind, event.kind.findData(kind))
    return event


def _type(qtbot, field, text):
    scroll_into_view(field)
    target = field.lineEdit() if hasattr(field, "lineEdit") else field
    if not field.hasFocus():  # Tab may have brought it here already
        qtbot.mouseClick(target, LEFT)  # a deliberate click, then the keys
    if target is not field:  # a date field selects all of itself just after the click
        qtbot.waitUntil(lambda: target.selectedText() == target.text())
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def _add_told(qtbot, event, name, role: TellRole, hours_ago, how=""):
    scroll_into_view(event.told.add)
    qtbot.mouseClick(event.told.add, LEFT)
    row = event.told.rows[-1]
    assert QApplication.focusWidget() is row.name  # straight into the new row
    qtbot.keyClicks(row.name, name)
    qtbot.keyClick(row.name, Qt.Key.Key_Tab)
    _arrows_to(qtbot, row.role, row.role.findData(role.value))
    _type(qtbot, row.when, _typed(hours_ago))
    if how:
        _type(qtbot, row.how, how)
    return row


def _save(qtbot, editor):
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, LEFT)
    return saved.args[0].entry


def test_a_whole_event_typed_and_saved(qtbot, window):
    editor = _new_entry(qtbot, window)
    qtbot.keyClicks(editor.form.narrative.text, "A hard evening.")
    event = _event(qtbot, editor, "police-called")
    assert event.happened.text() == "not set"
    assert not event.missing.isVisible()
    _type(qtbot, event.happened, _typed(3))
    _type(qtbot, event.where, "Our kitchen")
    _type(qtbot, event.present, "Me and my partner")
    _type(qtbot, event.what, "A man came to the door shouting.")
    _type(qtbot, event.words, "I don't want to go with him")
    _type(qtbot, event.did, "I kept Leo in the lounge and rang 999.")
    assert "Neither your supervising social worker" in event.warning.text()
    assert event.warning.isVisible()
    _add_told(qtbot, event, "PC Hale", TellRole.POLICE, 2.8)
    assert event.warning.isVisible(), "the police are not the fostering service"
    _add_told(qtbot, event, "Sam Patel", TellRole.SUPERVISING_SOCIAL_WORKER, 2, "phone")
    qtbot.waitUntil(lambda: not event.warning.isVisible())
    _type(qtbot, event.follow_up, "Strategy meeting on Monday")
    entry = _save(qtbot, editor)
    detail = entry.content.significant.detail
    assert detail.kind == "police-called" and detail.where == "Our kitchen"
    assert detail.happened_at.strftime("%Y-%m-%d %H:%M") == _typed(3)
    assert detail.child_words == "I don't want to go with him"
    assert [(r.name, r.role, r.how) for r in detail.told] == [
        ("PC Hale", TellRole.POLICE, None), ("Sam Patel", TellRole.SUPERVISING_SOCIAL_WORKER,
                                             "phone")]
    assert detail.follow_up == "Strategy meeting on Monday"
    stored = window.workspace.journal.entry(entry.id).content.significant.detail
    assert stored == detail  # read back from the vault as it was saved


def test_a_late_telling_warns_but_saves(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, "serious-illness-or-accident")
    _type(qtbot, event.happened, _typed(40))
    _add_told(qtbot, event, "Hillside duty desk", TellRole.FOSTERING_SERVICE, 10)
    assert "more than 24 hours" in event.warning.text()
    assert "Neither" not in event.warning.text()
    assert _save(qtbot, editor).content.significant.detail.told[0].name == "Hillside duty desk"


def test_a_telling_before_the_event_is_refused_in_plain_words(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, "death")
    _type(qtbot, event.happened, _typed(2))
    _add_told(qtbot, event, "Sam Patel", TellRole.SUPERVISING_SOCIAL_WORKER, 3)
    before = window.model.rowCount()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.isVisible() and editor.error.isVisible()
    assert "The event time is after the telling in row 1" in editor.error.text()
    assert "Sam" not in editor.error.text()
    assert window.model.rowCount() == before
    editor.close_for_lock()


def test_no_time_for_the_event_is_asked_for(qtbot, window):
    editor = _new_entry(qtbot, window)
    _event(qtbot, editor, "dbs-referral")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert "Say when it happened" in editor.error.text()
    editor.close_for_lock()


def test_the_missing_part_only_for_missing_from_home(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, MISSING)
    assert event.missing.isVisible()
    qtbot.keyClick(event.kind, Qt.Key.Key_Up)  # another kind: the part goes
    assert not event.missing.isVisible()
    qtbot.keyClick(event.kind, Qt.Key.Key_Down)
    assert event.missing.isVisible()
    _type(qtbot, event.happened, _typed(6))
    _type(qtbot, event.last_seen, _typed(7))
    _type(qtbot, event.reported_at, _typed(5))
    _type(qtbot, event.reported_to, "Police, 101")
    _type(qtbot, event.police_ref, "PR-2231")
    _type(qtbot, event.back_at, _typed(1))
    _type(qtbot, event.return_talk, "He said he went to the park to think.")
    _add_told(qtbot, event, "Hillside", TellRole.FOSTERING_SERVICE, 5)
    missing = _save(qtbot, editor).content.significant.detail.missing
    assert missing.police_reference == "PR-2231" and missing.reported_to == "Police, 101"
    assert missing.return_conversation.startswith("He said")


def test_a_row_removed_by_click(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, "death")
    _type(qtbot, event.happened, _typed(3))
    _add_told(qtbot, event, "First", TellRole.OTHER, 2)
    _add_told(qtbot, event, "Second", TellRole.FOSTERING_SERVICE, 1)
    first = event.told.rows[0]
    scroll_into_view(first.remove)
    qtbot.mouseClick(first.remove, LEFT)
    assert [r.name.text() for r in event.told.rows] == ["Second"]
    assert event.told.rows[0].name.accessibleName() == "Name of person told 1"
    assert QApplication.focusWidget() is event.told.rows[0].name
    assert [r.name for r in _save(qtbot, editor).content.significant.detail.told] == ["Second"]


def test_every_field_by_tab_and_one_letter_each(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, MISSING)
    _add_told(qtbot, event, "Sam", TellRole.POLICE, 1)
    _add_told(qtbot, event, "Jo", TellRole.POLICE, 1)
    qtbot.waitUntil(editor.undo_stack.canUndo, timeout=10_000)  # Undo joins the chain first
    reached = check_tab_order(editor)
    row = event.told.rows[1]
    for widget in (event.happened, event.where, row.name, row.role, row.when, row.remove,
                   event.told.add, event.follow_up, event.police_ref, event.return_talk):
        assert widget in reached or widget.focusProxy() in reached, widget.accessibleName()
    check_mnemonics(editor)
    editor.close_for_lock()


def test_the_wheel_changes_nothing_in_the_event(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, MISSING)
    _add_told(qtbot, event, "Sam", TellRole.POLICE, 1)
    inputs = [w for w in wheel_inputs(editor) if event.isAncestorOf(w)]
    assert event.kind in inputs and event.told.rows[0].role in inputs
    assert event.back_at in inputs
    QApplication.focusWidget().clearFocus()
    for widget in inputs:
        scroll_into_view(widget)
        before = value_of(widget)
        wheel(widget, -3)
        wheel(widget, 3)
        assert value_of(widget) == before, widget.accessibleName()
    editor.close_for_lock()


def test_an_old_event_opens_as_it_was_and_is_kept_unless_changed(qtbot, window, vault_ids):
    told_at = (NOW - dt.timedelta(days=3)).astimezone()
    old = SignificantEvent(SignificantEventKind.MENTAL_HEALTH, "Duty team, by phone", told_at,
                           "Call back Monday")
    made = window.workspace.journal.add_entry(EntryContent(  # set-up: written by an old version
        dt.date.today() - dt.timedelta(days=3), (vault_ids["child"],), "Old words",
        significant=old))
    window.refresh()
    editor = _amend_entry(qtbot, window, made.id)
    event = editor.form.significant
    assert event.isChecked() and event.legacy.isVisible()
    assert "Serious mental-health concern" in event.legacy.text()
    assert [r.name.text() for r in event.told.rows] == ["Duty team, by phone"]
    assert event.follow_up.toPlainText() == "Call back Monday"
    qtbot.keyClicks(editor.form.narrative.text, " Added later.")
    qtbot.keyClicks(editor.reason, "A detail I missed")
    sig = _save(qtbot, editor).content.significant
    assert sig.detail is None and sig.who_was_told == "Duty team, by phone"
    assert sig.kind is SignificantEventKind.MENTAL_HEALTH


def _amend_entry(qtbot, window, entry_id):
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() >= 1)
    index = next(model.index(r) for r in range(model.rowCount())
                 if model.entry(r).id == entry_id)
    window.timeline.setFocus()
    window.timeline.setCurrentIndex(index)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    return window.editor


def test_the_kinds_are_the_regulations(qtbot, window):
    editor = _new_entry(qtbot, window)
    kind = editor.form.significant.kind
    keys = [kind.itemData(i) for i in range(kind.count())]
    assert keys == ["", *KINDS]  # "(choose the kind)" first: no kind is assumed
    editor.close_for_lock()


def test_the_editor_with_a_whole_event_fits_a_laptop_screen(qtbot, window):
    from test_fits_screen import problems_fitting

    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, MISSING)
    for n in range(3):
        _add_told(qtbot, event, f"Person {n}", TellRole.OTHER, 1)
    assert problems_fitting(editor) == []
    scroll_into_view(event.return_talk)  # the end of the event is reached by scrolling
    assert event.return_talk.visibleRegion().boundingRect().height() > 0
    editor.close_for_lock()


def test_ctrl_l_inside_the_event_keeps_what_was_typed(qtbot, vault_dir):
    from helpers import PASSPHRASE

    from carerdesk.gui.app import AppController

    controller = AppController(vault_dir)
    controller.start()
    qtbot.addWidget(controller.dialog)
    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    editor = _new_entry(qtbot, controller.window)
    event = _event(qtbot, editor, "sexual-exploitation")
    _type(qtbot, event.happened, _typed(2))
    row = _add_told(qtbot, event, "Sam Patel", TellRole.SUPERVISING_SOCIAL_WORKER, 1)
    qtbot.keyClicks(row.how, "phone")
    qtbot.keyClick(row.how, Qt.Key.Key_L, CTRL)  # the lock, from inside the row
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=8000)
    qtbot.keyClicks(controller.dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.editor
                    is not None, timeout=15000)  # the draft comes back open
    again = controller.window.editor.form.significant
    assert again.kind.currentData() == "sexual-exploitation"
    assert again.happened.dateTime().toString("yyyy-MM-dd HH:mm") == _typed(2)
    assert [(r.name.text(), r.how.text()) for r in again.told.rows] == [("Sam Patel", "phone")]
    controller.window.editor.close_for_lock()
    controller.lock()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    controller.dialog.close()
    QApplication.instance().removeEventFilter(controller)
