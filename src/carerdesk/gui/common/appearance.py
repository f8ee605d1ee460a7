"""Seeing well, for the whole application at once: the text size (Ctrl+= or Ctrl++ larger,
Ctrl+- smaller, Ctrl+0 normal, in every window and dialog, the entry text included) and the
look (light, dark, high contrast, or whatever the system uses, followed as it changes).

The choices are kept by ``carerdesk.app.appearance``; here they become the application's
font and palette. Widgets that take their font and colours from the application (all of ours
but a few rich-text headings) follow at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from carerdesk.app import appearance
from carerdesk.gui.common.crash import never_raises

_KEYS = {Qt.Key.Key_Equal: 1, Qt.Key.Key_Plus: 1, Qt.Key.Key_Minus: -1,
         Qt.Key.Key_Underscore: -1, Qt.Key.Key_0: 0}
_BY_CODE = {key.value: step for key, step in _KEYS.items()}
_current: list[Appearance] = []  # the one installed on the running application

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
DARK = {Role.Window: "#202124", Role.WindowText: "#e8eaed", Role.Base: "#2b2c30",
        Role.AlternateBase: "#34353a", Role.Text: "#e8eaed", Role.Button: "#34353a",
        Role.ButtonText: "#e8eaed", Role.ToolTipBase: "#34353a", Role.ToolTipText: "#e8eaed",
        Role.Highlight: "#8ab4f8", Role.HighlightedText: "#202124", Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c58af9", Role.BrightText: "#ff8a80", Role.PlaceholderText: "#9aa0a6",
        Role.Light: "#4a4b50", Role.Midlight: "#3c3d42", Role.Mid: "#2f3034",
        Role.Dark: "#17181a", Role.Shadow: "#000000"}
DARK_DISABLED = {Role.WindowText: "#80868b", Role.Text: "#80868b", Role.ButtonText: "#80868b"}
# Black and white, yellow for what is chosen, every edge drawn white.
HIGH_CONTRAST = {Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
                 Role.AlternateBase: "#1a1a1a", Role.Text: "#ffffff", Role.Button: "#000000",
                 Role.ButtonText: "#ffffff", Role.ToolTipBase: "#000000",
                 Role.ToolTipText: "#ffffff", Role.Highlight: "#ffff00",
                 Role.HighlightedText: "#000000", Role.Link: "#00ffff",
                 Role.LinkVisited: "#ff80ff", Role.BrightText: "#ffff00",
                 Role.PlaceholderText: "#c0c0c0", Role.Light: "#ffffff",
                 Role.Midlight: "#ffffff", Role.Mid: "#ffffff", Role.Dark: "#ffffff",
                 Role.Shadow: "#ffffff"}
HIGH_CONTRAST_DISABLED = {Role.WindowText: "#b0b0b0", Role.Text: "#b0b0b0",
                          Role.ButtonText: "#b0b0b0"}


def _palette(colours: dict, disabled: dict) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def system_look() -> str:
    """What the system asks for: high contrast first (Qt 6.10+), else dark, else light."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None and \
            accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


class Appearance(QObject):
    """Installed once on the application: applies the choices and catches the size keys."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.base_font = QFont(app.font())
        self.base_palette = QPalette(app.palette())
        self.base_style = app.style().name()
        self.look = ""
        app.installEventFilter(self)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)

    def apply(self) -> None:
        """The remembered text size and look, over the whole application."""
        self._apply_size(appearance.text_size())
        chosen = appearance.look()
        self._apply_look(system_look() if chosen == "system" else chosen)
        self.changed.emit()

    def step(self, steps: int) -> None:
        self._apply_size(appearance.step_text_size(steps))
        self.changed.emit()

    def _apply_size(self, percent: int) -> None:
        font = QFont(self.base_font)
        if self.base_font.pointSizeF() > 0:
            font.setPointSizeF(self.base_font.pointSizeF() * percent / 100)
        else:
            font.setPixelSize(round(self.base_font.pixelSize() * percent / 100))
        if font == self.app.font():
            return
        self.app.setFont(font)  # every widget without a font of its own follows, told now
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        for window in self.app.topLevelWidgets():
            _repolish(window)

    def _apply_look(self, look: str) -> None:
        if look == self.look:
            return
        self.look = look
        if look == "light":
            self._use_style(self.base_style)
            self.app.setPalette(self.base_palette)
        else:
            # Fusion draws every control from the palette; some platform styles keep their
            # own light colours whatever the palette says.
            self._use_style("Fusion")
            self.app.setPalette(_palette(DARK, DARK_DISABLED) if look == "dark"
                                else _palette(HIGH_CONTRAST, HIGH_CONTRAST_DISABLED))
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
        self.app.setProperty("carerdesk_look", look)  # for painters that pick their own ink

    def _use_style(self, name: str) -> None:
        available = [key.lower() for key in QStyleFactory.keys()]  # noqa: SIM118 - Qt's
        if self.app.style().name().lower() != name.lower() and name.lower() in available:
            self.app.setStyle(name)

    def _system_changed(self, *_args: object) -> None:
        if appearance.look() == "system":
            self._apply_look(system_look())
            self.changed.emit()

    @never_raises(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        steps = _size_key(event)  # type: ignore[arg-type]
        if steps is None or not isinstance(watched, QWidget):
            return False
        event.accept()  # no shortcut of a widget's own takes these keys
        if kind == QEvent.Type.KeyPress:  # met first at the focused widget: consumed there
            self.step(steps)
        return True


def _size_key(event: QKeyEvent) -> int | None:
    modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                      | Qt.KeyboardModifier.KeypadModifier)
    if modifiers != Qt.KeyboardModifier.ControlModifier:
        return None
    # by number: a key Qt has no name for (a media key, a monkey's) is no size key
    return _BY_CODE.get(event.key())


def _repolish(window: QWidget) -> None:
    """Style sheets and cached size hints are worked out again at the new size."""
    style = window.style()
    for widget in [window, *window.findChildren(QWidget)]:
        style.unpolish(widget)
        style.polish(widget)
        widget.updateGeometry()


def install(app: QApplication) -> Appearance:
    """Once per application (later calls re-apply the remembered choices)."""
    if not _current or _current[0].app is not app:
        _current[:] = [Appearance(app)]
    _current[0].apply()
    return _current[0]


def current() -> Appearance | None:
    return _current[0] if _current else None
