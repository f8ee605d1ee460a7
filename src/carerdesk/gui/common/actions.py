"""The windows' actions: one way to make them, so menus, shortcuts and status tips agree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class MakesActions:
    """For a window: ``self._action(text, shortcut, slot, tip)``, added to the window so its
    shortcut works wherever the focus is inside it."""

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey
                | str, slot: Callable[[], object], tip: str) -> QAction:
        window = self
        assert isinstance(window, QWidget), "MakesActions is for windows"
        action = QAction(text, window)
        action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        window.addAction(action)
        return action
