"""Seeing well (issue 20, item 5): the text size by key in every window, the entry text
included, remembered from one start to the next; light, dark and high-contrast looks chosen
in Preferences or followed from the system; month-view marks that differ by shape as well as
colour, and say what they are."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette, QStyleHints
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QTableView,
    QToolButton,
)

from carerdesk.app import appearance as chosen
from carerdesk.domain.dimensions import Dimension
from carerdesk.gui.app import AppController
from carerdesk.gui.common import appearance, marks
from carerdesk.gui.journal.timeline_model import HtmlRole
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.journal.views import DaySummary

CTRL = Qt.KeyboardModifier.ControlModifier
Role = QPalette.ColorRole


def _points() -> float:
    return QApplication.font().pointSizeF()


@pytest.fixture
def normal_again(qapp):
    """Whatever a test chose, the next test starts at the normal size and the light look."""
    yield
    shown = appearance.current()
    if shown is not None:
        chosen.step_text_size(0)
        chosen.choose_look("system")
        shown.apply()


def _open(qtbot, vault_dir) -> AppController:
    controller = AppController(vault_dir)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(),
                    timeout=15000)
    return controller


def _close(qtbot, controller: AppController) -> None:
    controller.lock()
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5000)
    controller.dialog.close()
    QApplication.instance().removeEventFilter(controller)


@pytest.fixture
def app(qtbot, vault_dir, normal_again):
    controller = _open(qtbot, vault_dir)
    yield controller
    if controller.workspace is not None:
        _close(qtbot, controller)


def test_ctrl_equals_grows_the_text_everywhere_and_ctrl_0_puts_it_back(qtbot, app):
    window = app.window
    normal = _points()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Equal, CTRL)
    assert _points() > normal
    assert window.timeline.font().pointSizeF() == _points()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # the entry editor, typed in
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    text = window.editor.form.narrative.text
    qtbot.keyClicks(text, "A calm evening")
    bigger = _points()
    assert text.font().pointSizeF() == bigger
    qtbot.keyClick(text, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _points() > bigger and text.font().pointSizeF() == _points()
    qtbot.keyClick(text, Qt.Key.Key_Minus, CTRL)
    assert _points() == bigger
    assert text.toPlainText() == "A calm evening", "the keys never reach the text"
    qtbot.keyClick(text, Qt.Key.Key_0, CTRL)
    assert _points() == normal
    window.editor.close_for_lock()


def test_the_text_size_is_remembered_after_a_restart(qtbot, vault_dir, normal_again):
    controller = _open(qtbot, vault_dir)
    normal = _points()
    for _ in range(3):
        qtbot.keyClick(controller.window.timeline, Qt.Key.Key_Equal, CTRL)
    grown = _points()
    assert grown >= normal * 1.3
    _close(qtbot, controller)
    # A new start: the application's font as the system gives it, then a new controller.
    QApplication.setFont(appearance.current().base_font)
    assert _points() == normal
    again = _open(qtbot, vault_dir)
    assert _points() == grown
    assert isinstance(again.dialog, UnlockDialog) and again.dialog.font().pointSizeF() == grown
    _close(qtbot, again)


def test_the_largest_and_smallest_sizes_stop_there(qtbot, app):
    for _ in range(len(chosen.TEXT_SIZES) + 2):
        qtbot.keyClick(app.window.timeline, Qt.Key.Key_Equal, CTRL)
    assert chosen.text_size() == max(chosen.TEXT_SIZES)
    for _ in range(len(chosen.TEXT_SIZES) + 2):
        qtbot.keyClick(app.window.timeline, Qt.Key.Key_Minus, CTRL)
    assert chosen.text_size() == min(chosen.TEXT_SIZES)


def test_a_damaged_settings_file_means_normal_text_and_the_system_look(qtbot, app):
    from carerdesk.app import settings

    settings.save({"text_size": "huge", "look": "purple"})
    assert chosen.text_size() == chosen.NORMAL and chosen.look() == "system"
    with pytest.raises(ValueError):
        chosen.choose_look("purple")


def _choose_look(qtbot, window, look_text: str) -> None:
    """Preferences, the Look drop-down chosen by keys, then OK."""
    done = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        combo = dialog.findChild(QComboBox)
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        while combo.currentText() != look_text:
            before = combo.currentIndex()
            qtbot.keyClick(combo, Qt.Key.Key_Down)
            assert combo.currentIndex() != before, f"no look “{look_text}”"
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        done.append(True)
    QTimer.singleShot(200, choose)
    window.prefs_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def _lightness(role) -> int:
    return QApplication.palette().color(role).lightness()


def test_dark_and_high_contrast_chosen_in_preferences(qtbot, app):
    window = app.window
    _choose_look(qtbot, window, "Dark")
    assert chosen.look() == "dark"
    assert _lightness(Role.Window) < 60 and _lightness(Role.WindowText) > 200
    assert window.timeline.palette().color(Role.Base).lightness() < 60
    _choose_look(qtbot, window, "High contrast")
    palette = QApplication.palette()
    assert palette.color(Role.Window) == QColor("#000000")
    assert palette.color(Role.WindowText) == QColor("#ffffff")
    assert palette.color(Role.Highlight) == QColor("#ffff00")
    _choose_look(qtbot, window, "Light")
    assert _lightness(Role.Window) > 180 and _lightness(Role.WindowText) < 80


def test_the_system_look_is_followed_as_it_changes(qtbot, app, monkeypatch):
    assert chosen.look() == "system"
    assert _lightness(Role.Window) > 180
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda self: Qt.ColorScheme.Dark)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert _lightness(Role.Window) < 60
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda self: Qt.ColorScheme.Light)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert _lightness(Role.Window) > 180


def _drawn(dimension: Dimension) -> QImage:
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    marks.draw(painter, dimension, QRectF(2, 2, 16, 16))
    painter.end()
    return image


def _shape(image: QImage) -> frozenset:
    return frozenset((x, y) for x in range(image.width()) for y in range(image.height())
                     if image.pixelColor(x, y) != QColor("white"))


def test_each_dimension_has_its_own_shape_not_only_its_colour():
    shapes = {d: _shape(_drawn(d)) for d in Dimension}
    assert len(set(shapes.values())) == len(Dimension), "two dimensions share a shape"
    assert len({marks.glyph(d) for d in Dimension}) == len(Dimension)


def test_month_view_days_say_their_marks(qtbot, app):
    month = app.window.month
    previous = next(b for b in month.findChildren(QToolButton)
                    if b.objectName() == "qt_calendar_prevmonth")
    target = dt.date(2026, 11, 1)  # the vault's entry: sensitivity
    while (month.yearShown(), month.monthShown()) > (target.year, target.month):
        qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target in month.summaries)
    view = month.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    cells = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
             if month.date_at(r, c) == target]
    said = model.index(*cells[0]).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 entry" in said and f"{marks.glyph(Dimension.SENSITIVITY)} Sensitivity" in said
    assert "Availability" not in said
    significant = DaySummary(target, 2, frozenset({Dimension.ACCEPTANCE}), True)
    assert "significant" in month.day_said(significant)
    in_timeline = app.window.model.index(0).data(HtmlRole)  # the same shapes there
    assert marks.glyph(Dimension.SENSITIVITY) in in_timeline and "Sensitivity" in in_timeline


def test_at_the_largest_text_the_windows_still_fit_the_screen(qtbot, vault_dir, normal_again):
    from test_fits_screen import problems_fitting

    controller = _open(qtbot, vault_dir)
    for _ in range(len(chosen.TEXT_SIZES)):
        qtbot.keyClick(controller.window.timeline, Qt.Key.Key_Equal, CTRL)
    assert chosen.text_size() == max(chosen.TEXT_SIZES)
    assert problems_fitting(controller.window) == []
    _close(qtbot, controller)
    again = _open(qtbot, vault_dir)  # every window made afresh at the largest size
    window = again.window
    assert problems_fitting(window) == []
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    assert problems_fitting(window.editor) == []
    window.editor.close_for_lock()
    _close(qtbot, again)
