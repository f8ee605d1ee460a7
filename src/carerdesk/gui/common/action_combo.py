"""A drop-down whose choice does something (adds an entry as evidence), not a value kept.

QComboBox emits ``activated`` for a wheel turn and for an arrow key on a closed box, so a
wheel turn meant to scroll the form added the next entry, and the next. Here the wheel goes
to the page, and the arrows open the list: only a choice made in the list, or Enter on it,
acts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox

from carerdesk.gui.common.crash import never_raises

_BROWSING = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
             Qt.Key.Key_Home, Qt.Key.Key_End}


class ActionCombo(QComboBox):
    @never_raises(None)
    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # to the scroll area around it: the page scrolls, nothing is chosen

    @never_raises(None)
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _BROWSING and not self.view().isVisible():
            self.showPopup()  # browse in the list, where a choice is a deliberate Enter
            event.accept()
            return
        super().keyPressEvent(event)
