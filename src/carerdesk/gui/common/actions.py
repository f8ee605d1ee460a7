"""The windows' actions: one way to make them, so menus, shortcuts and status tips agree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class MakesActions:
    """For a window: ``self._action(text, shortcut, slot, tip)``, added to the window so its
    shortcut works wherever the focus is inside it."""

    def _action(self: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey
                | str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action
