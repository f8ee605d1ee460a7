"""Run slow service calls (Argon2, PDFs, big queries) off the GUI thread.

``run_in_background(owner, fn, on_done, on_error)`` calls ``fn`` on the thread pool and
delivers its result or its exception back on the GUI thread.

Why one dispatcher and no QObject per task: a per-task bridge object was referenced from the
worker's closure, so its last Python reference could die on the worker thread (deleting a
GUI-thread QObject there: the double free) or inside its own queued slot (the object deleted
while Qt was still delivering to it: the segfault). Now the worker holds only a number and
plain Python values; the one dispatcher lives on the GUI thread for the whole process, and
the callbacks are kept in a dict touched only on the GUI thread. Nothing is delivered to an
owner that has gone.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QThreadPool, Signal, Slot


class _Dispatcher(QObject):
    finished = Signal(int, bool, object)  # task number, succeeded, result or exception

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[int, tuple[QObject, Callable, Callable]] = {}
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, bool, object)
    def _deliver(self, number: int, ok: bool, value: Any) -> None:
        waiting = self.pending.pop(number, None)
        if waiting is None:
            return
        owner, on_done, on_error = waiting
        if shiboken6.isValid(owner):
            (on_done if ok else on_error)(value)


_dispatcher: _Dispatcher | None = None
_numbers = itertools.count(1)


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread(), \
        "run_in_background is called from the GUI thread"
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


def pending_count() -> int:
    """Tasks started whose result has not reached the GUI thread yet."""
    return len(_dispatcher.pending) if _dispatcher is not None else 0


def run_in_background(owner: QObject, fn: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    dispatcher = _the_dispatcher()
    number = next(_numbers)
    dispatcher.pending[number] = (owner, on_done, on_error)
    signal = dispatcher.finished  # the process-long dispatcher: safe to reach from a worker

    job = [fn]

    def task() -> None:
        # The worker lets go of ``fn`` and of the frames' locals before it reports, so the
        # last reference to anything of the GUI's is never dropped on this thread.
        work = job.pop()
        try:
            result = work()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            del work
            traceback.clear_frames(exc.__traceback__)
            signal.emit(number, False, exc)
        else:
            del work
            signal.emit(number, True, result)

    QThreadPool.globalInstance().start(task)
