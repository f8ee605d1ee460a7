"""Run slow service calls (Argon2, PDFs, big queries) off the GUI thread.

``run_in_background(owner, fn, on_done, on_error)`` calls ``fn`` on the thread pool and
delivers its result or its exception back on the GUI thread: the bridge lives in the GUI
thread, so the signals reach its slots through Qt's queued connections. Bridges have no Qt
parent (a parent deleting them under a pending delivery crashed); a set keeps each alive
until it has delivered, and nothing is delivered to an owner that has gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

_live: set[_Bridge] = set()


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, on_done: Callable, on_error: Callable) -> None:
        super().__init__()
        self._owner, self._on_done, self._on_error = owner, on_done, on_error
        self.done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    def _finish(self, callback: Callable, value: Any) -> None:
        _live.discard(self)
        if shiboken6.isValid(self._owner):
            callback(value)

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        self._finish(self._on_done, value)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self._finish(self._on_error, exc)


def run_in_background(owner: QObject, fn: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    bridge = _Bridge(owner, on_done, on_error)
    _live.add(bridge)
    done, failed = bridge.done, bridge.failed

    def task() -> None:
        try:
            result = fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            failed.emit(exc)
        else:
            done.emit(result)

    QThreadPool.globalInstance().start(task)
