"""A significant event in words a carer reads: a future time said as "3 Dec 2026 20:00",
a report before the child was last seen said as it is typed, the preview silent about
reporting when there was none, and the "Who was told" headings standing over their fields."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_event_editor import NOW, _event, _new_entry, _save, _type, _typed

from carerdesk.domain.events import MISSING
from carerdesk.text.dates import strftime

LEFT = Qt.MouseButton.LeftButton


def test_a_future_time_last_seen_is_said_as_a_person_reads_it(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, MISSING)
    _type(qtbot, event.happened, _typed(1))
    soon = NOW + dt.timedelta(hours=3)
    _type(qtbot, event.last_seen, soon.strftime("%Y-%m-%d %H:%M"))
    qtbot.mouseClick(editor.save_button, LEFT)
    said = editor.error.text()
    assert editor.isVisible() and "is in the future" in said
    assert f"({soon.day} {strftime(soon, '%b %Y %H:%M')})" in said
    assert "T" not in said.split("(")[1] and "+00:00" not in said
    editor.close_for_lock()


def test_a_report_before_last_seen_is_said_as_it_is_typed(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, MISSING)
    _type(qtbot, event.happened, _typed(4))
    _type(qtbot, event.last_seen, _typed(3))
    _type(qtbot, event.reported_at, _typed(5))
    assert event.warning.isVisible()
    assert "reported is before the child was last seen" in event.warning.text()
    _type(qtbot, event.reported_at, _typed(2))
    assert "reported is before" not in event.warning.text()
    editor.close_for_lock()


def test_the_preview_says_nothing_of_a_report_not_made(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, MISSING)
    _type(qtbot, event.happened, _typed(6))
    _type(qtbot, event.last_seen, _typed(7))
    _type(qtbot, event.back_at, _typed(5))
    entry = _save(qtbot, editor)
    row = next(r for r in range(window.model.rowCount()) if window.model.entry(r).id == entry.id)
    view = window.timeline
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(window.model.index(row)).center())
    shown = window.preview.toPlainText()
    assert "Last seen" in shown and "back" in shown
    assert "reported" not in shown.lower() and "ref." not in shown and " - " not in shown


def test_the_told_headings_stand_apart_before_anyone_is_added(qtbot, window):
    editor = _new_entry(qtbot, window)
    event = _event(qtbot, editor, "death")
    table = event.told
    assert not table.rows
    heads = {label.text(): label for label in table.findChildren(QLabel)
             if label.text().startswith("<i>")}
    role, how = heads["<i>Role</i>"], heads["<i>How</i>"]
    role_combo_room = how.geometry().left() - role.geometry().left()
    assert role_combo_room >= 120  # as wide as the role drop-down will be
    when = heads["<i>When</i>"]
    assert when.geometry().left() - how.geometry().left() >= 100
    editor.close_for_lock()
