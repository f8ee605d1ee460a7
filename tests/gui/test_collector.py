"""Widgets in an unreachable cycle are freed on the GUI thread, never on a worker.

Before: the collector ran on whichever thread crossed its threshold, and a rekey's worker
freed a whole old wizard while the GUI thread painted (a segfault under load)."""

import gc
import threading
import weakref

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from carerdesk.gui.common import collector
from carerdesk.gui.common.workers import run_in_background


def _a_window_in_a_cycle(seen):
    widget = QWidget()  # no parent: Python owns it, as with a dialog made and forgotten
    widget.itself = widget  # the cycle: only the collector can free it
    # Runs on the thread that frees the wrapper, which deletes the C++ widget there and then
    # (a ``destroyed`` slot would be queued back to the GUI thread, hiding where).
    return weakref.ref(widget, lambda _: seen.append(threading.current_thread().name))


def test_a_forgotten_window_is_freed_on_the_gui_thread_not_on_the_busy_worker(qtbot, qapp):
    assert not gc.isenabled()  # the app's setup (conftest installs it as app.run does)
    seen, results = [], []
    watch = _a_window_in_a_cycle(seen)

    def busy_worker():  # new containers far past the threshold, kept as the result (freeing
        return [[n] for n in range(gc.get_threshold()[0] * 50)]  # them would lower the count)

    run_in_background(qapp, busy_worker, results.append, results.append)
    QThreadPool.globalInstance().waitForDone(30_000)
    assert not seen  # the worker allocated far past the threshold and freed no widget
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)  # the GUI thread's timer did
    assert seen == [threading.main_thread().name] and watch() is None
    assert len(results[0]) == gc.get_threshold()[0] * 50


def test_installing_twice_keeps_one_collector(qapp):
    assert collector.install() is collector.install()
