"""Background work and the event loop together: the pattern every unlock and save uses.

PySide6 6.12.0 crashed here (a Python thread running while the GUI thread processed events);
pyproject.toml keeps us below it. This test fails, loudly, if a crashing Qt comes back.
"""

import threading
import time

from PySide6.QtWidgets import QDialog

from carerdesk.gui.common.workers import run_in_background


def test_python_thread_beside_the_event_loop(qapp):
    finished = []
    worker = threading.Thread(target=lambda: (time.sleep(0.2), finished.append(True)))
    worker.start()
    deadline = time.time() + 5
    while not finished and time.time() < deadline:
        qapp.processEvents()
    worker.join()
    assert finished == [True]


def test_background_result_and_error_reach_the_gui_thread(qtbot):
    owner = QDialog()
    qtbot.addWidget(owner)
    results, errors = [], []
    run_in_background(owner, lambda: (time.sleep(0.1), 42)[1], results.append, errors.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)

    def fail():
        raise ValueError("kept")
    run_in_background(owner, fail, results.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ValueError) and results == [42]
