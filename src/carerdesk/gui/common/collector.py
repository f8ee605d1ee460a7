"""Python's cyclic garbage collector, run only on the GUI thread.

Left automatic, the collector runs on whichever thread happens to cross its allocation
threshold. When that is a thread-pool worker (an unlock's Argon2, a rekey, a PDF), it frees
the Qt widgets of any unreachable cycle there and then: a wizard, a dialog, a window from
earlier, deleted on the worker while the GUI thread paints or lays them out. That was the
segfault seen under load (a widget painted after its window had gone; a window's
constructor meeting a damaged heap).

So automatic collection is switched off once the QApplication exists, and a timer on the
GUI thread collects whenever the counts pass the usual thresholds: the same collections,
only on the thread that owns the widgets. Plain reference counting still frees everything
that is not in a cycle, on whatever thread drops it, as before.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

CHECK_EVERY_MS = 200


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self._timer.start()

    def collect_if_due(self) -> None:
        """The oldest generation whose count has passed its threshold, as gc would."""
        due = -1
        counts = zip(gc.get_count(), gc.get_threshold(), strict=True)
        for generation, (count, threshold) in enumerate(counts):
            if threshold and count > threshold:
                due = generation
        if due >= 0:
            gc.collect(due)


def install() -> GuiThreadCollector:
    """Once per process, after the QApplication is made, from the GUI thread."""
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread()
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
