"""Small pieces every window uses: the error line, busy state, a labelled form row."""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QWidget

from carerdesk.domain.errors import CarerDeskError, VaultLocked
from carerdesk.domain.text import shown_safely
from carerdesk.text.i18n import translate
from carerdesk.text.messages import describe


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c;")
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, exc: BaseException) -> None:
    """Plain words for a CarerDesk error; anything else is a bug, said kindly."""
    if isinstance(exc, CarerDeskError):
        label.setText(describe(exc))
    else:
        from carerdesk.app.logs import log_unexpected

        where = log_unexpected(exc)
        label.setText(translate(
            "Widgets", "Something went wrong inside CarerDesk. Nothing more was changed. "
                       "Details (without any record text) are in {log}.").format(log=where))
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
