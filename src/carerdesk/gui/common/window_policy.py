"""Two app-wide policies, installed once on the application, not per widget.

The wheel: a turn over a drop-down, spin box, date, slider or tab bar scrolls the page under
it instead of changing the value unless the person gave that control the focus themselves (a
click, Tab or its shortcut), so scrolling a long form never edits a record. Focus that Qt moves
on its own (a tab switched hides the focused field and Qt passes the focus to the next control)
does not count. A value changes only by a deliberate click or key.

Windows: every top-level window opens within the screen it is on (a laptop's 1366×768 is
smaller than some of our default sizes), and gets back the size, place and maximised state
it had when it was last closed or hidden (a lock included).
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, QPointF, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QScreen, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

GEOMETRY_GROUP = "window-geometry"
TITLE_FRAME = (8, 36)  # room kept for a window manager's borders and title bar
_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)
_DELIBERATE = "cd_focus_deliberate"  # property: the person focused this control themselves
_BY_PERSON = {Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
              Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason}
# Focus leaving for a popup or another window and coming back is still the person's choice.
_KEPT = {Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason}


def _guarded(widget: QObject) -> TypeGuard[QWidget]:
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


def _guarded_owner(widget: QObject) -> QWidget | None:
    """The guarded control a focus event is about: the widget, or the one whose line edit it is
    (an editable drop-down's or a spin box's inner field gets the focus events)."""
    for candidate in (widget, widget.parent()):
        if isinstance(candidate, QWidget) and _guarded(candidate):
            return candidate
    return None


def _note_focus(widget: QObject, event: QEvent) -> None:
    owner = _guarded_owner(widget)
    if owner is None:
        return
    reason = event.reason()  # type: ignore[attr-defined]  # a QFocusEvent
    if reason in _KEPT:
        return
    owner.setProperty(_DELIBERATE, event.type() == QEvent.Type.FocusIn and reason in _BY_PERSON)


def _wheel_allowed(widget: QWidget) -> bool:
    return widget.hasFocus() and bool(widget.property(_DELIBERATE))


def _scroll_area_above(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return parent if isinstance(parent, QAbstractScrollArea) else None


def _pass_to_page(widget: QWidget, event: QWheelEvent) -> None:
    """Give the turn to the scroll area the widget sits in, as if it had gone there."""
    area = _scroll_area_above(widget)
    if area is None:
        return
    viewport = area.viewport()
    local = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    copy = QWheelEvent(local, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                       event.buttons(), event.modifiers(), event.phase(), event.inverted())
    QApplication.sendEvent(viewport, copy)


def _settings_key(window: QWidget) -> str:
    return f"{GEOMETRY_GROUP}/{window.objectName() or type(window).__name__}"


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget`` is on, found through QGuiApplication, never ``widget.screen()``.

    PySide makes the QScreen that ``widget.screen()`` returns a child of the widget's Python
    wrapper; once the widget is gone that wrapper can end up deleting the QScreen itself when
    the garbage collector frees it, and Qt's next window then reads a deleted screen (the
    segfaults in QWidget::screen() inside a QDialog or QMainWindow constructor, found with a
    watchpoint on the QScreen). The application's static lookups make no such child."""
    return (QGuiApplication.screenAt(widget.frameGeometry().center())
            or QGuiApplication.primaryScreen())


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that all of it, frame included, is on its screen."""
    screen = screen_of(window)
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    if extra_h == 0:  # the frame is not known until the window is mapped
        extra_w, extra_h = TITLE_FRAME
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.x()), max(y, room.y()))


def _remember(window: QWidget) -> None:
    QSettings().setValue(_settings_key(window), window.saveGeometry())


def _restore(window: QWidget) -> None:
    if isinstance(window, (QMessageBox, QFileDialog)):
        return  # sized by their own text, not by where the last one was
    saved = QSettings().value(_settings_key(window))
    if saved:
        window.restoreGeometry(saved)


class WindowPolicy(QObject):
    """The application's event filter for both policies."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            return self._filter(watched, event)
        except Exception as exc:  # an exception leaving a Qt virtual in a nested loop
            from carerdesk.app.logs import log_unexpected  # crashed PySide 6.11 itself

            log_unexpected(exc)
            return False

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and _guarded(watched):
            # Qt gives wheel focus before anyone sees the turn: take that away first.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            _note_focus(watched, event)
            return False
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            owner = _guarded_owner(watched)  # a click or key on a control Qt focused is a
            if owner is not None:            # choice too
                owner.setProperty(_DELIBERATE, True)
            return False
        if kind == QEvent.Type.Wheel:
            if (_guarded(watched) and isinstance(event, QWheelEvent)
                    and not _wheel_allowed(watched)):
                _pass_to_page(watched, event)
                return True  # the value stays as it was
            return False
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and _managed(watched):
            if kind == QEvent.Type.Show and not watched.property("cd_placed"):
                watched.setProperty("cd_placed", True)
                _restore(watched)
                fit_to_screen(watched)
            elif kind == QEvent.Type.Hide and watched.property("cd_placed"):
                _remember(watched)
        return False


def _managed(widget: QObject) -> TypeGuard[QWidget]:
    return (isinstance(widget, (QMainWindow, QDialog)) and widget.isWindow()
            and not widget.property("cd_unmanaged"))


_policy: WindowPolicy | None = None


def install(app: QApplication) -> WindowPolicy:
    """Once per process; later calls return the same filter."""
    global _policy
    if _policy is None:
        _policy = WindowPolicy(app)
        app.installEventFilter(_policy)
    return _policy
