"""The "bring to supervision" star as a carer uses it: Ctrl+T or the right-click menu on a
timeline row, the editor's button (a new entry keeps it when saved; a saved entry's changes at
once, with no reason and no new version), the "Starred only" filter; only the row is drawn
again, and the wheel changes nothing."""

import datetime as dt

from person import wheel
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from carerdesk.domain.values import EntryContent
from carerdesk.gui.journal.timeline_model import HtmlRole

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _click_row(qtbot, view, row):
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(view.model().index(row)).center())


def _starred(window, entry_id) -> bool:
    return window.workspace.journal.entry(entry_id).starred


def test_ctrl_t_stars_the_selected_row_and_redraws_only_it(qtbot, window, vault_ids):
    entry_id = vault_ids["entry"]
    _click_row(qtbot, window.timeline, 0)
    assert window.star_action.isEnabled() and not window.star_action.isChecked()
    resets, changed = [], []
    window.model.modelReset.connect(lambda: resets.append(1))
    window.model.dataChanged.connect(lambda a, b: changed.append(a.row()))
    qtbot.keyClick(window.timeline, Qt.Key.Key_T, CTRL)
    assert _starred(window, entry_id)
    assert window.star_action.isChecked()
    assert "★" in window.model.index(0).data(HtmlRole)
    assert "for supervision" in window.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert changed == [0] and resets == []  # the one row, in place; the selection kept
    assert window.selected_entry().id == entry_id
    assert "Starred for supervision" in window.statusBar().currentMessage()
    assert "★ Starred to bring to supervision" in window.preview.toPlainText()
    entry = window.workspace.journal.entry(entry_id)
    assert entry.version == 1 and len(window.workspace.journal.history(entry_id)) == 1
    qtbot.keyClick(window.timeline, Qt.Key.Key_T, CTRL)
    assert not _starred(window, entry_id) and not window.star_action.isChecked()
    assert "★" not in window.model.index(0).data(HtmlRole)
    assert "Starred to bring" not in window.preview.toPlainText()
    assert window.timeline.currentIndex().row() == 0


def test_the_right_click_menu_stars_the_row(qtbot, window, vault_ids):
    view = window.timeline
    centre = view.visualRect(view.model().index(0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=centre)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, centre, view.viewport().mapToGlobal(centre)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert window.star_action in menu.actions()
    assert menu.actions().index(window.star_action) == 2  # after Amend and History
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(window.star_action).center())
    qtbot.waitUntil(lambda: _starred(window, vault_ids["entry"]))
    assert window.star_action.isChecked()


def test_a_new_entry_is_saved_with_its_star(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    editor = window.editor
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.form.narrative.text, "Cried at bedtime about Dad")
    button = editor.star_button
    assert button.accessibleName() == "Bring to supervision" and not button.isChecked()
    qtbot.mouseClick(button, LEFT)
    assert button.isChecked()
    qtbot.keyClick(editor.form.narrative.text, Qt.Key.Key_T, CTRL)  # as in the journal window
    assert not button.isChecked()
    qtbot.mouseClick(button, LEFT)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, LEFT)
    entry = saved.args[0].entry
    assert entry.starred and _starred(window, entry.id)
    assert "★" in window.model.index(window.model.row_of(entry.id)).data(HtmlRole)


def test_a_saved_entrys_star_changes_at_once_with_no_new_version(qtbot, window, vault_ids):
    entry_id = vault_ids["entry"]
    _click_row(qtbot, window.timeline, 0)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    editor = window.editor
    qtbot.mouseClick(editor.star_button, LEFT)
    assert _starred(window, entry_id)  # kept now: no reason asked, nothing else saved
    assert len(window.workspace.journal.history(entry_id)) == 1
    assert "★" in window.model.index(0).data(HtmlRole)
    qtbot.mouseClick(editor.save_button, LEFT)
    assert "reason" in editor.error.text().lower()  # saving the words still asks why
    editor.close_for_lock()
    assert _starred(window, entry_id)


def test_starred_only_filter_and_show_all(qtbot, window, vault_ids):
    journal = window.workspace.journal
    other = journal.add_entry(EntryContent(dt.date(2026, 10, 3), (vault_ids["child"],),
                                           "Lego all afternoon"))
    window.refresh()
    assert window.model.rowCount() == 2
    box = window.filters.starred
    assert box.accessibleName() == "Only entries starred for supervision"
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and window.empty.isVisible())
    assert "starred for supervision only" in window.empty.text()
    journal.star(other.id)
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))  # off, then on again
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.entry(0).id == other.id
    assert window.statusBar().currentMessage().startswith("Showing 1 of 2 entries")
    _click_row(qtbot, window.timeline, 0)
    qtbot.keyClick(window.timeline, Qt.Key.Key_T, CTRL)  # unstarred: it leaves the list
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    qtbot.mouseClick(window.filters.show_all, LEFT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert not box.isChecked()


def test_the_wheel_toggles_no_star(qtbot, window, vault_ids):
    _click_row(qtbot, window.timeline, 0)
    wheel(window.filters.starred)
    wheel(window.filters.starred, steps=3)
    assert not window.filters.starred.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    wheel(window.editor.star_button)
    wheel(window.editor.star_button, steps=3)
    assert not window.editor.star_button.isChecked()
    assert not _starred(window, vault_ids["entry"])
    window.editor.close_for_lock()


def test_a_new_entrys_star_is_kept_in_its_draft(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    editor = window.editor
    qtbot.keyClicks(editor.form.narrative.text, "Asked where Mum lives")
    qtbot.mouseClick(editor.star_button, LEFT)
    editor.close_for_lock()  # as a lock does: the draft is kept
    window.editor = None
    drafts = window.workspace.journal.drafts()
    assert len(drafts) == 1 and drafts[0].state.get("starred") is True
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)  # resume the draft
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert window.editor.star_button.isChecked()
    assert window.editor.form.narrative.text.toPlainText() == "Asked where Mum lives"
    with qtbot.waitSignal(window.editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(window.editor.save_button, LEFT)
    assert saved.args[0].entry.starred
