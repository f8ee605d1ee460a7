"""The journal window driven through real widgets: write, search, amend, history, lock."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.values import EntryContent
from carerdesk.gui.journal.timeline_model import PAGE, TimelineModel


def _editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    qtbot.waitUntil(window.editor.isActiveWindow)
    return window.editor


def test_write_an_entry_with_all_five_dimensions(qtbot, window, vault_ids):
    editor = _editor(qtbot, window)
    form = editor.form
    assert form.child_boxes[vault_ids["child"]].isChecked()  # the only child is preselected
    qtbot.keyClicks(form.narrative.text, "We built a den in the woods and had contact with Nan")
    assert "family time" in form.narrative.suggestions.text()  # a gentle suggestion
    for i, dim in enumerate(Dimension):
        form.tabs.setCurrentIndex(i)
        tab = form.dimension_tabs[dim]
        qtbot.keyClicks(tab.parts["what_happened"], f"moment for {dim.value}")
        qtbot.keyClicks(tab.parts["how_i_felt"], "hopeful")
        tab.rating.setValue(6 + i % 3)
    form.dimension_tabs[Dimension.FAMILY_MEMBERSHIP].rating_birth.setValue(4)
    qtbot.keyClicks(form.voice, "This is our den")
    form.category_boxes[next(iter(form.category_boxes))].setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    entry = saved.args[0].entry
    assert set(entry.content.observations) == set(Dimension)
    assert entry.content.observations[Dimension.FAMILY_MEMBERSHIP].rating_birth == 4
    assert window.workspace.journal.drafts() == []
    assert window.model.entry(0).id == entry.id
    assert window.selected_entry().id == entry.id  # the new entry is selected, and shown
    assert "moment for availability" in window.preview.toPlainText()
    assert window.statusBar().currentMessage().startswith("2 entries")


def test_search_highlights_and_amend_keeps_history(qtbot, window, vault_ids):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.hasFocus()
    qtbot.keyClicks(window.filters.search, "marmalade")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.query == "marmalade")
    html = window.model.index(0).data(Qt.ItemDataRole.UserRole + 2)
    assert '<b style="background:#fff59d">marmalade</b>' in html.lower()
    window.timeline.setCurrentIndex(window.model.index(0))
    assert "marmalade" in window.preview.toPlainText().lower()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert editor.reason.isVisible()
    editor.form.narrative.text.setPlainText("Xylophonic jam afternoon")
    editor.save()
    assert "reason" in editor.error.text().lower()  # a reason is needed, nothing lost
    qtbot.keyClicks(editor.reason, "It was jam")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    versions = window.workspace.journal.history(vault_ids["entry"])
    assert [(v.version, v.reason) for v in versions] == [(1, None), (2, "It was jam")]
    from carerdesk.gui.journal.history import HistoryDialog

    dialog = HistoryDialog(versions, window.model.child_names)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    assert "marmalade" in dialog.view.toPlainText().lower()
    dialog.list.setCurrentRow(1)
    assert "jam" in dialog.view.toPlainText().lower()


def test_a_failed_save_loses_nothing(qtbot, window, vault_ids):
    editor = _editor(qtbot, window)
    editor.form.child_boxes[vault_ids["child"]].setChecked(False)
    qtbot.keyClicks(editor.form.narrative.text, "Words that must not be lost")
    editor.save()
    assert "child" in editor.error.text().lower()
    [draft] = window.workspace.journal.drafts()
    assert draft.state["text"] == "Words that must not be lost"


def test_saving_writes_the_entry_once_and_no_draft_to_delete(qtbot, window, monkeypatch):
    """Ctrl+S straight after typing: one transaction for the entry; no draft is written only
    to be deleted in the next (it was, every save)."""
    journal = window.workspace.journal
    calls = []
    for name in ("save_draft", "discard_draft"):
        real = getattr(journal, name)
        monkeypatch.setattr(journal, name, lambda *a, _n=name, _r=real, **k: (
            calls.append(_n), _r(*a, **k))[1])
    editor = _editor(qtbot, window)
    qtbot.keyClicks(editor.form.narrative.text, "Saved at once")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is None)
    assert calls == []
    assert any(e.content.text == "Saved at once" for e in journal.entries())
    assert journal.drafts() == []


def test_undo_and_redo_across_fields(qtbot, window):
    editor = _editor(qtbot, window)
    qtbot.keyClicks(editor.form.narrative.text, "first words")
    editor.snapshot()
    qtbot.keyClicks(editor.form.voice, "their words")
    editor.snapshot()
    editor.undo_action.trigger()
    assert editor.form.voice.toPlainText() == ""
    assert editor.form.narrative.text.toPlainText() == "first words"
    editor.undo_action.trigger()
    assert editor.form.narrative.text.toPlainText() == ""
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    assert editor.form.voice.toPlainText() == "their words"


def test_marks_are_saved(qtbot, window):
    editor = _editor(qtbot, window)
    editor.form.narrative.text.setPlainText("She said she was fine. I think she was tired.")
    cursor = editor.form.narrative.text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(22, cursor.MoveMode.KeepAnchor)
    editor.form.narrative.text.setTextCursor(cursor)
    from carerdesk.domain.writing import MarkKind

    editor.form.narrative.mark_selection(MarkKind.REPORTED)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    [mark] = saved.args[0].entry.content.marks
    assert (mark.start, mark.end, mark.kind) == (0, 22, MarkKind.REPORTED)


def test_future_dates_cannot_be_chosen(qtbot, window):
    editor = _editor(qtbot, window)
    editor.form.date.setDate(QDate.currentDate().addDays(3))
    assert editor.form.date.date() == QDate.currentDate()


def test_timeline_model_fetches_lazily(qtbot, qtmodeltester, workspace, vault_ids):
    workspace.journal.add_entries([
        EntryContent(date=dt.date(2020, 1, 1) + dt.timedelta(days=i),
                     child_ids=(vault_ids["child"],), text=f"day {i}")
        for i in range(PAGE * 2 + 5)])
    model = TimelineModel(workspace.journal)
    model.show(EntryFilter())
    assert model.rowCount() == PAGE
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(0).parent()):
        model.fetchMore(model.index(0).parent())
    assert model.rowCount() == PAGE * 2 + 6
    ids = [model.entry(r).id for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    model.detach()
    assert model.rowCount() == 0


def test_month_view_marks_days_and_filters(qtbot, window, vault_ids):
    window.month.setSelectedDate(QDate(2026, 11, 1))
    window.month.refresh_page()
    summary = window.month.summaries[dt.date(2026, 11, 1)]
    assert summary.dimensions == {Dimension.SENSITIVITY}
    window.month.clicked.emit(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: window.filters.since.date() == QDate(2026, 11, 1))
    assert window.model.rowCount() == 1


def test_lock_keeps_the_draft_and_unlock_brings_it_back(qtbot, vault_dir, monkeypatch):
    from carerdesk.app.workspace import Workspace
    from carerdesk.gui.app import AppController
    from carerdesk.gui.setup.unlock import UnlockDialog

    controller = AppController(vault_dir)
    controller.opened(Workspace.unlock(vault_dir, "correct horse battery"))
    window = controller.window
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = _editor(qtbot, window)
    qtbot.keyClicks(editor.form.narrative.text, "Half-written at midnight")
    qtbot.keyClick(editor.form.narrative.text, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)  # lock now, from the editor
    assert controller.workspace is None
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    assert window.model.rowCount() == 0
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    qtbot.addWidget(controller.window)
    reopened = controller.window.editor
    assert reopened is not None
    assert reopened.form.narrative.text.toPlainText() == "Half-written at midnight"
    reopened.close_for_lock()
    controller.quit()


def test_idle_timer_locks(qtbot, vault_dir):
    from carerdesk.app.workspace import Workspace
    from carerdesk.gui.app import AppController

    controller = AppController(vault_dir)
    controller.opened(Workspace.unlock(vault_dir, "correct horse battery"))
    qtbot.addWidget(controller.window)
    assert controller.idle.isActive() and controller.idle.interval() == 10 * 60_000
    controller.idle.setInterval(50)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=3000)
    qtbot.addWidget(controller.dialog)
    assert QApplication.instance() is not None


def test_keyboard_only_path(qtbot, vault_dir):
    """Unlock, write, save, search and lock without touching the mouse."""
    from carerdesk.gui.app import AppController

    controller = AppController(vault_dir)
    controller.show_unlock()
    dialog = controller.dialog
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    window = controller.window
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = _editor(qtbot, window)
    focused = QApplication.focusWidget()
    assert focused is editor.form.narrative.text  # the cursor waits where the words go
    qtbot.keyClicks(focused, "Pancakes by keyboard alone")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is None, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "pancakes")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.query == "pancakes")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.workspace is None
    qtbot.addWidget(controller.dialog)


def test_every_draft_can_be_resumed(qtbot, window):
    window.workspace.journal.save_draft({"text": "older draft", "date": "2026-11-01",
                                         "children": []})
    window.workspace.journal.save_draft({"text": "newer draft", "date": "2026-11-02",
                                         "children": []})
    window.refresh()
    assert "2 unsaved drafts" in window.statusBar().currentMessage()
    window.draft_action.trigger()
    assert window.editor.form.narrative.text.toPlainText() == "newer draft"
    window.editor.journal.discard_draft(window.editor.draft_id)
    window.editor.draft_id = None
    window.editor.close_for_lock()
    window.editor = None
    window.draft_action.trigger()
    assert window.editor.form.narrative.text.toPlainText() == "older draft"


def test_a_draft_from_elsewhere_still_gives_back_its_words(qtbot, window):
    window.workspace.journal.save_draft({"text": "words to keep", "date": "not a date"})
    window.draft_action.trigger()
    assert window.editor.form.narrative.text.toPlainText() == "words to keep"
    window.editor.close_for_lock()
