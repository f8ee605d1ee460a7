"""Small pieces every window uses: the error line, busy state, a labelled form row."""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from carerdesk.domain.errors import CarerDeskError, VaultLocked
from carerdesk.domain.text import shown_safely
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.window_policy import screen_of
from carerdesk.text.i18n import translate
from carerdesk.text.messages import describe


class ErrorLabel(QLabel):
    """The error line under a form, word-wrapped and given the height its words need at its
    width (a layout alone gives a wrapped label one line's height, so a second line was cut
    off by the buttons). The window grows to hold it upwards, so its buttons stay where they
    were, under the pointer; the line is cleared once the person edits the form again (a
    field typed in, a box ticked, a choice made)."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #a4262c;")
        self.setAccessibleName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fresh = False  # shown during the edit being handled: that edit does not clear it
        self._watched: set[int] = set()
        self.hide()

    def _fit(self) -> None:
        """The height the words need at this width (none while hidden or empty)."""
        if not self.text() or self.isHidden():
            self.setMinimumHeight(0)
            return
        margins, inner = self.contentsMargins(), 2 * max(self.margin(), 0)
        width = self.width() - margins.left() - margins.right() - inner
        words = self.fontMetrics().boundingRect(QRect(0, 0, max(width, 40), 100_000),
                                                Qt.TextFlag.TextWordWrap, self.text())
        self.setMinimumHeight(words.height() + margins.top() + margins.bottom() + inner)

    def clear(self) -> None:
        super().clear()
        self.setMinimumHeight(0)

    @never_raises(None)
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def show_text(self, text: str) -> None:
        """Shown with ``text``: the window grown to hold it, the edits watched."""
        window = self.window()
        before = window.geometry()  # before showing it makes Qt grow the window downwards
        self.setText(text)
        self.show()
        self.setMinimumHeight(0)  # laid out at its real width first, then measured there
        layout = window.layout()
        if layout is not None:
            layout.activate()
        self._fit()
        if layout is not None:
            layout.activate()
        if window.isVisible() and window is not self and window.isWindow():
            _grown_upwards(window, before)
        self._fresh = True
        QTimer.singleShot(0, self._settled)
        self._watch_edits()

    def _settled(self) -> None:
        self._fresh = False

    def _watch_edits(self) -> None:
        form = self.parentWidget()
        if form is None:
            return
        for widget in form.findChildren(QWidget):
            if id(widget) in self._watched:
                continue
            signal = _edited_signal(widget)
            if signal is not None:
                signal.connect(self._edited)
                self._watched.add(id(widget))

    def _edited(self, *_args: object) -> None:
        if not self._fresh and not self.isHidden():
            clear_error(self)


def _edited_signal(widget: QWidget):
    """The signal a person's edit of ``widget`` sends, or None for a widget one does not edit."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.textChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, QComboBox):
        return widget.activated
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return widget.clicked
    return None


def _grown_upwards(window: QWidget, before: QRect) -> None:
    """``window`` as tall as its layout now needs (never shorter than it was, never taller
    than its screen), moved up by what it grew: what was at its bottom (the buttons) stays
    where the pointer is."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = screen_of(window)
    room = screen.availableGeometry() if screen is not None else None
    frame = window.frameGeometry().height() - window.geometry().height()
    height = max(before.height(), window.minimumSizeHint().height(),
                 window.minimumHeight())
    if room is not None:
        height = min(height, room.height() - frame)
    if height != window.height():
        window.resize(window.width(), height)
    grown = window.geometry().height() - before.height()
    if grown <= 0:
        return
    top = window.y() - grown
    if room is not None:
        top = max(top, room.top())
    window.move(window.x(), top)


def error_label(parent: QWidget, name: str) -> ErrorLabel:
    return ErrorLabel(parent, name)


def show_error(label: QLabel, exc: BaseException) -> None:
    """Plain words for a CarerDesk error; anything else is a bug, said kindly."""
    if isinstance(exc, CarerDeskError):
        text = describe(exc)
    else:
        from carerdesk.app.logs import log_unexpected

        where = log_unexpected(exc)
        text = translate(
            "Widgets", "Something went wrong inside CarerDesk. Nothing more was changed. "
                       "Details (without any record text) are in {log}.").format(log=where)
    if isinstance(label, ErrorLabel):
        label.show_text(text)
    else:
        label.setText(text)
        label.show()
    announce(label, label.text())


def announce(widget: QWidget, text: str) -> None:
    """Said at once by a screen reader, as it is shown (an error, a refusal): Qt's
    announcement, with assertive politeness, from the widget that shows it."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def clear_error(label: QLabel) -> None:
    label.clear()
    label.hide()


def _standard_texts() -> dict:
    from PySide6.QtCore import QCoreApplication as App
    from PySide6.QtWidgets import QDialogButtonBox

    b = QDialogButtonBox.StandardButton
    return {b.Ok: App.translate("Buttons", "&OK"), b.Cancel: App.translate("Buttons", "&Cancel"),
            b.Save: App.translate("Buttons", "&Save"), b.Close: App.translate("Buttons", "&Close"),
            b.Discard: App.translate("Buttons", "&Discard"),
            b.Yes: App.translate("Buttons", "&Yes"),
            b.No: App.translate("Buttons", "&No"), b.Apply: App.translate("Buttons", "&Apply"),
            b.Help: App.translate("Buttons", "&Help")}


def with_mnemonics(box):
    """A QDialogButtonBox's standard buttons with a mnemonic on every platform (some
    themes give "OK" and "Cancel" none); a text already set with one is kept."""
    for standard, text in _standard_texts().items():
        button = box.button(standard)
        if button is not None and "&" not in button.text().replace("&&", ""):
            button.setText(text)
    return box


def shown(name: object) -> str:
    """A name or file name as shown: direction controls that could turn it round on screen
    ("gnp.exe" read as "exe.png") made visible. The stored words are never changed."""
    return shown_safely(name)


def shown_html(name: object) -> str:
    """The same, escaped for rich text (a name from another person's file is never markup)."""
    return html.escape(shown_safely(name))


def private_dialog(folders: bool = False) -> QFileDialog.Option:
    """Options for every file dialog: Qt's own, never the desktop's (GTK's and the portal's
    add each file chosen, its name often a child's, to the desktop's recent-files list)."""
    options = QFileDialog.Option.DontUseNativeDialog
    return options | QFileDialog.Option.ShowDirsOnly if folders else options


def busy_bar(parent) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # indeterminate: Argon2 gives no progress to report
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(translate("Widgets", "Working"))
    bar.hide()
    return bar


def unless_locked(method):
    """For a slot that can run just after the vault was locked under it: the answer to a
    question, a file chosen, a click already queued when auto-lock fired. The lock has kept
    the draft and is closing the window, so there is nothing left to do: stop quietly
    instead of meeting VaultLocked."""
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except VaultLocked:
            return None
    return wrapper
