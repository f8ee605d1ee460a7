"""A monkey: random clicks, keys, typing and wheel turns sent to whatever window is in front,
as real events, on a small journal; it unlocks again whenever the app locks.

Used by tests/gui/test_monkey.py (a short run) and tools/monkey.py (minutes, with figures).
The caller checks afterwards that nothing raised and that every saved entry is intact.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from carerdesk.app.workspace import Workspace
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.serialize import content_to_dict
from carerdesk.domain.values import EntryContent, Observation
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.vault.kdf import FLOOR

PASSPHRASE = "monkey business 2026"
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
NONE = Qt.KeyboardModifier.NoModifier
KEYS = [(Qt.Key.Key_Tab, NONE), (Qt.Key.Key_Tab, SHIFT), (Qt.Key.Key_Escape, NONE),
        (Qt.Key.Key_Return, NONE), (Qt.Key.Key_Space, NONE), (Qt.Key.Key_Down, NONE),
        (Qt.Key.Key_Up, NONE), (Qt.Key.Key_Left, NONE), (Qt.Key.Key_Right, NONE),
        (Qt.Key.Key_Backspace, NONE), (Qt.Key.Key_PageDown, NONE), (Qt.Key.Key_Delete, NONE),
        (Qt.Key.Key_N, CTRL), (Qt.Key.Key_E, CTRL), (Qt.Key.Key_H, CTRL), (Qt.Key.Key_S, CTRL),
        (Qt.Key.Key_Z, CTRL), (Qt.Key.Key_D, CTRL), (Qt.Key.Key_F, CTRL), (Qt.Key.Key_K, CTRL),
        (Qt.Key.Key_L, CTRL), (Qt.Key.Key_N, CTRL | SHIFT), (Qt.Key.Key_E, CTRL | SHIFT),
        (Qt.Key.Key_L, CTRL | SHIFT), (Qt.Key.Key_A, ALT), (Qt.Key.Key_W, ALT),
        (Qt.Key.Key_D, ALT), (Qt.Key.Key_K, ALT), (Qt.Key.Key_C, ALT), (Qt.Key.Key_F1, NONE)]
WORDS = ["tea", "school", "Nan", "2016-05-20", "cried", "  ", "42", "-", "x y"]  # QTest: ASCII only


def make_journal(folder: Path, entries: int = 12) -> dict[str, dict]:
    """A vault with two children and ``entries`` entries; returns each entry's content."""
    workspace, _ = Workspace.create(folder, PASSPHRASE, PASSPHRASE, params=FLOOR)
    try:
        journal = workspace.journal
        journal.save_household("The Monkey household")
        kids = [journal.add_child(n, dt.date(2015, 3, 1), dt.date(2024, 1, 8))
                for n in ("Leo", "Ruby")]
        saved = {}
        for i in range(entries):
            dim = list(Dimension)[i % len(Dimension)]
            content = EntryContent(date=dt.date(2026, 10, 1) + dt.timedelta(days=i),
                                   child_ids=(kids[i % 2].id,), text=f"Entry {i}: a day",
                                   observations={dim: Observation(what_happened="x", rating=5)})
            saved[journal.add_entry(content).id] = content_to_dict(content)
        return saved
    finally:
        workspace.lock()


@dataclass
class Figures:
    actions: int = 0
    clicks: int = 0
    keys: int = 0
    wheels: int = 0
    typed: int = 0
    unlocks: int = 0
    windows: set[str] = field(default_factory=set)


class Monkey:
    def __init__(self, controller, seed: int, actions: int) -> None:
        self.controller, self.left = controller, actions
        self.random = random.Random(seed)
        self.figures = Figures()
        self.timer = QTimer(interval=2)
        self.timer.timeout.connect(self.step)
        self.busy = 0
        self._in_front_for = 0
        self._last_front = None

    @property
    def done(self) -> bool:
        return self.left <= 0

    def start(self) -> None:
        self.timer.start()

    def step(self) -> None:
        # Each action runs from a timer of its own: an action that opens a dialog with
        # exec() then blocks only that one, and Qt keeps firing this repeating timer (which
        # it never fires again while it is still inside it) in the dialog's event loop.
        if self.left > 0:
            QTimer.singleShot(0, self._act)
        else:
            self._act()

    def _act(self) -> None:
        if self.left <= 0:
            self.timer.stop()
            self.controller.lock()  # closes whatever is open, so every nested exec() returns
            return
        front = self._front()
        if front is None:
            return
        if isinstance(front, UnlockDialog):
            if front.passphrase.isEnabled():  # else Argon2 is still working: wait for it
                self._unlock(front)
            return
        self.left -= 1
        self.figures.actions += 1
        self.figures.windows.add(type(front).__name__)
        self._stuck_guard(front)
        choice = self.random.random()
        target = self._widget_in(front)
        if target is None:
            return
        if choice < 0.40:
            self._click(target)
        elif choice < 0.75:
            key, mods = self.random.choice(KEYS)
            self.figures.keys += 1
            QTest.keyClick(target, key, mods)
        elif choice < 0.88:
            self._wheel(front, target)
        else:
            self.figures.typed += 1
            QTest.keyClicks(target, self.random.choice(WORDS))

    def _front(self) -> QWidget | None:
        app = QApplication.instance()
        for found in (app.activePopupWidget(), app.activeModalWidget(), app.activeWindow()):
            if found is not None and found.isVisible():
                return found
        visible = [w for w in app.topLevelWidgets() if w.isVisible() and not w.isHidden()]
        return visible[-1] if visible else None

    def _stuck_guard(self, front: QWidget) -> None:
        """A modal left open a long time gets an Escape, as a person would give it."""
        self._in_front_for = self._in_front_for + 1 if front is self._last_front else 0
        self._last_front = front
        if self._in_front_for > 40:
            self._in_front_for = 0
            QTest.keyClick(front, Qt.Key.Key_Escape)

    def _widget_in(self, front: QWidget) -> QWidget | None:
        widgets = [w for w in front.findChildren(QWidget)
                   if w.isVisible() and w.isEnabled() and w.window() is front
                   and w.width() > 2 and w.height() > 2]
        return self.random.choice(widgets) if widgets else front

    def _click(self, target: QWidget) -> None:
        self.figures.clicks += 1
        pos = QPoint(self.random.randrange(max(1, target.width())),
                     self.random.randrange(max(1, target.height())))
        button = (Qt.MouseButton.RightButton if self.random.random() < 0.1
                  else Qt.MouseButton.LeftButton)
        if self.random.random() < 0.1:
            QTest.mouseDClick(target, button, NONE, pos)
        else:
            QTest.mouseClick(target, button, NONE, pos)

    def _wheel(self, front: QWidget, target: QWidget) -> None:
        handle = front.windowHandle()
        if handle is None:
            return
        self.figures.wheels += 1
        at = target.mapTo(front, target.rect().center())
        QTest.wheelEvent(handle, at, QPoint(0, self.random.choice((-120, 120, -360))))

    def _unlock(self, dialog: UnlockDialog) -> None:
        self.figures.unlocks += 1
        dialog.passphrase.clear()
        wrong = self.random.random() < 0.2
        QTest.keyClicks(dialog.passphrase, "not it" if wrong else PASSPHRASE)
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def entries_intact(folder: Path, saved: dict[str, dict]) -> list[str]:
    """Every entry made before the run is still there, and its first version is unchanged."""
    problems = []
    workspace = Workspace.unlock(folder, PASSPHRASE)
    try:
        journal = workspace.journal
        for entry_id, content in saved.items():
            versions = journal.history(entry_id)
            if not versions:
                problems.append(f"{entry_id} is gone")
            elif content_to_dict(versions[0].content) != content:
                problems.append(f"{entry_id}'s first version changed")
            elif len(versions) > 1 and not all(v.reason for v in versions[1:]):
                problems.append(f"{entry_id} was changed without a reason")
    finally:
        workspace.lock()
    return problems
