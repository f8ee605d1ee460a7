"""Every item of every filter, chosen by key or click on the real drop-down: the timeline,
the count and the no-results line follow; Show all clears them; a day in the month view."""

import datetime as dt

import pytest
from person import choose_by_click, choose_by_key, click_day
from PySide6.QtCore import QDate, Qt

from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.values import EntryContent, Observation
from carerdesk.gui.journal.main_window import MainWindow

DAY = dt.date(2026, 11, 3)


@pytest.fixture
def window(qtbot, workspace, vault_ids):
    """Besides the template's entry: one entry per dimension, category and a significant one."""
    journal = workspace.journal
    child = vault_ids["child"]
    for i, dim in enumerate(Dimension):
        journal.add_entry(EntryContent(
            date=DAY + dt.timedelta(days=i), child_ids=(child,), text=f"about {dim.value}",
            observations={dim: Observation(what_happened="a moment")},
            categories=(list(Category)[i],)))
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    yield win
    win.detach()


def _shown(window) -> list[str]:
    return [window.model.entry(r).content.text for r in range(window.model.rowCount())]


def _expected(window, where) -> int:
    return window.workspace.journal.count(where)


def test_every_dimension_by_key(qtbot, window):
    box = window.filters.dimension
    for index in range(1, box.count()):
        choose_by_key(qtbot, box, index)
        dim = Dimension(box.currentData())
        rows = [window.model.entry(r) for r in range(window.model.rowCount())]
        assert rows, f"{dim} has entries"
        assert all(dim in e.content.observations for e in rows)
        assert f"Showing {len(rows)} of" in window.statusBar().currentMessage()
        assert not window.empty.isVisible()
    choose_by_key(qtbot, box, 0)
    assert window.model.rowCount() == window.workspace.journal.counts()[1]


def test_every_category_by_key_and_the_no_results_line(qtbot, window):
    box = window.filters.category
    for index in range(1, box.count()):
        choose_by_key(qtbot, box, index)
        category = Category(box.currentData())
        rows = [window.model.entry(r) for r in range(window.model.rowCount())]
        assert all(category in e.content.categories for e in rows)
        if not rows:  # five dimensions tagged five of the ten categories
            assert window.empty.isVisible()
            assert box.currentText() in window.empty.text()
            assert "Show all" in window.empty.text()
        else:
            assert not window.empty.isVisible()


def test_a_choice_by_click_and_every_combination_then_show_all(qtbot, window):
    choose_by_click(qtbot, window.filters.dimension, 3)  # Acceptance: one entry
    assert window.model.rowCount() == 1
    qtbot.mouseClick(window.filters.significant, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0 and window.empty.isVisible()
    assert "significant events only" in window.empty.text()
    assert "Showing 0 of" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Sho&w all
    qtbot.waitUntil(lambda: not window.filters.significant.isChecked())  # Qt's animated click
    assert window.model.rowCount() == window.workspace.journal.counts()[1]
    assert window.filters.dimension.currentIndex() == 0
    assert not window.filters.significant.isChecked()
    assert not window.empty.isVisible()


def test_search_words_with_a_filter_and_a_child(qtbot, window):
    window.children_list.setCurrentRow(1)
    qtbot.keyClicks(window.filters.search, "about")
    qtbot.waitUntil(lambda: window.model.rowCount() == len(Dimension), timeout=3000)
    choose_by_key(qtbot, window.filters.dimension, 1)
    assert _shown(window) == [f"about {list(Dimension)[0].value}"]
    window.filters.search.clear()
    qtbot.keyClicks(window.filters.search, "nothingmatchesthis")
    qtbot.waitUntil(window.empty.isVisible, timeout=3000)
    assert "nothingmatchesthis" in window.empty.text()
    assert window.children_list.currentItem().text() in window.empty.text()


def test_a_day_in_the_month_view_and_back_to_any(qtbot, window):
    click_day(qtbot, window.month, QDate(DAY))
    assert _shown(window) == [f"about {list(Dimension)[0].value}"]
    assert "2026-11-03" in window.filters.since.text()
    qtbot.mouseClick(window.filters.show_all, Qt.MouseButton.LeftButton)
    assert window.filters.since.text() == "any" and window.filters.until.text() == "any"
    assert window.model.rowCount() == window.workspace.journal.counts()[1]


def test_the_status_line_says_one_entry_not_one_entries(qtbot, window):
    choose_by_key(qtbot, window.filters.dimension, 1)
    assert "entries" in window.statusBar().currentMessage()
    window.children_list.setCurrentRow(0)
    assert "1 children" not in window.statusBar().currentMessage()
    assert "1 child" in window.statusBar().currentMessage()


def test_the_search_box_takes_no_more_than_the_cli_does(qtbot, window):
    """A pasted page of words took seconds to match; 500 characters, as `carerdesk search`."""
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText("word " * 400)
    window.filters.search.setFocus()
    qtbot.keyClick(window.filters.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.filters.search.text()) == 500
