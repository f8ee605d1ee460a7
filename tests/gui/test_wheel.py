"""A wheel turn never edits a record: over every input of every window, the value stays and
the page scrolls instead; with the keyboard focus on it, a box still turns as it should."""

from person import scroll_into_view, value_of, wheel, wheel_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSpinBox


def _assert_wheel_changes_nothing(qtbot, top) -> int:
    inputs = wheel_inputs(top)
    assert inputs, "the window has inputs to try"
    for widget in inputs:
        scroll_into_view(widget)
        before = value_of(widget)
        for steps in (-3, 3):
            wheel(widget, steps)
            assert value_of(widget) == before, f"the wheel changed {widget.accessibleName()!r}"
    return len(inputs)


def _open_editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    return window.editor


def test_the_wheel_over_the_journal_window_changes_no_filter(qtbot, window):
    assert _assert_wheel_changes_nothing(qtbot, window) >= 4
    assert window.filters.entry_filter(None).dimension is None


def test_the_wheel_over_every_input_of_the_entry_form_changes_nothing(qtbot, window):
    editor = _open_editor(qtbot, window)
    form = editor.form
    form.significant.setChecked(True)  # set-up: the event's fields are shown too
    for index in range(form.tabs.count()):  # every dimension's rating, on every tab
        form.tabs.setCurrentIndex(index)
        _assert_wheel_changes_nothing(qtbot, editor)
    editor.close_for_lock()


def test_the_wheel_scrolls_the_form_instead(qtbot, window):
    editor = _open_editor(qtbot, window)
    editor.resize(880, 600)
    scroll = editor.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form is longer than the window"
    bar.setValue(0)
    rating = editor.form.dimension_tabs[next(iter(editor.form.dimension_tabs))].rating
    scroll_into_view(rating)
    bar_before, rating_before = bar.value(), rating.value()
    assert bar_before > 0
    wheel(rating, 1)
    assert rating.value() == rating_before
    assert bar.value() < bar_before, "the page moved up under the pointer"
    editor.close_for_lock()


def test_a_focused_rating_still_turns_with_the_wheel_and_keys(qtbot, window):
    editor = _open_editor(qtbot, window)
    rating: QSpinBox = next(iter(editor.form.dimension_tabs.values())).rating
    scroll_into_view(rating)
    qtbot.mouseClick(rating.lineEdit(), Qt.MouseButton.LeftButton)  # a deliberate click
    assert rating.hasFocus()
    qtbot.keyClick(rating, Qt.Key.Key_Up)
    assert rating.value() == 0  # from "not rated" to 0
    wheel(rating, 2)
    assert rating.value() == 2
    editor.close_for_lock()


def test_focus_qt_hands_on_after_a_tab_switch_does_not_let_the_wheel_turn(qtbot, window,
                                                                          workspace, vault_ids):
    """A field on the People tab clicked, then the Family time tab clicked: Qt hands the focus
    to the first control of the new page (the filter), but the person never chose it."""
    from PySide6.QtWidgets import QApplication

    from carerdesk.domain.profile import PersonDetails, PersonRole

    workspace.people.add(vault_ids["child"], PersonDetails("Kerry Example",  # set-up
                                                           PersonRole.BIRTH_FAMILY, "Mum"))
    row = window.children_list.visualRect(window.children_list.model().index(1, 0)).center()
    qtbot.mouseClick(window.children_list.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(dialog.tabs.indexOf(dialog.people)).center())
    field = dialog.people.family_name
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(dialog.tabs.indexOf(dialog.family_time)).center())
    combo = dialog.family_time.filter
    assert combo.count() > 1, "someone to filter by"
    assert QApplication.focusWidget() is combo, "Qt moved the focus on to the filter itself"
    before = combo.currentIndex()
    for steps in (-1, 1, -2):
        wheel(combo, steps)
        assert combo.currentIndex() == before, "a wheel turn changed a control nobody chose"
    dialog.reject()
