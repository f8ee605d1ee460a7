"""One slow service call for a dialog, off the GUI thread: the typed helper every dialog uses
instead of its own ``_start``/``_finish``/``_failed``.

While it runs, the busy bar shows and the controls are disabled (a second click starts
nothing); then, on the GUI thread, ``done(result)``; or the problem in plain words in the
dialog's error label, then ``failed(exc)`` (to put the focus back where the carer retypes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from carerdesk.gui.common.widgets import clear_error, show_error
from carerdesk.gui.common.workers import run_in_background

T = TypeVar("T")
Failed = Callable[[BaseException], None]


class Operation:
    def __init__(self, owner: QWidget, busy: QWidget, controls: Sequence[QWidget] = (),
                 error: QLabel | None = None) -> None:
        self.owner, self.busy, self.controls, self.error = owner, busy, tuple(controls), error
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, work: Callable[[], T], done: Callable[[T], None],
              failed: Failed | None = None) -> bool:
        """False, and nothing started, while one is still running."""
        if self._running:
            return False
        if self.error is not None:
            clear_error(self.error)
        self._show(True)
        run_in_background(self.owner, work, lambda result: self._finished(done, result),
                          lambda exc: self.refuse(exc, failed))
        return True

    def refuse(self, exc: BaseException, failed: Failed | None = None) -> None:
        """The problem shown as if the work had raised it (for the quick checks made first)."""
        self._show(False)
        if self.error is not None:
            show_error(self.error, exc)
        if failed is not None:
            failed(exc)

    def _finished(self, done: Callable[[T], None], result: T) -> None:
        self._show(False)
        done(result)

    def _show(self, running: bool) -> None:
        self._running = running
        self.busy.setVisible(running)
        for widget in self.controls:
            widget.setEnabled(not running)
