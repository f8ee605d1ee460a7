"""Run slow service calls (Argon2, PDFs, big queries) off the GUI thread.

``run_in_background(owner, fn, on_done, on_error)`` calls ``fn`` on the thread pool and
delivers its result or its exception back on the GUI thread: the bridge lives in the GUI
thread, so the signals reach its slots through Qt's queued connections.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, on_done: Callable, on_error: Callable) -> None:
        super().__init__(owner)
        self._on_done, self._on_error = on_done, on_error
        self.done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        self.deleteLater()
        self._on_done(value)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self.deleteLater()
        self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.fn, self.bridge = fn, bridge

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


def run_in_background(owner: QObject, fn: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    QThreadPool.globalInstance().start(_Task(fn, _Bridge(owner, on_done, on_error)))
