"""The Qt part of ``carerdesk selftest``: start Qt offscreen and show an unlocked journal."""

from __future__ import annotations

import os
from pathlib import Path


def show_journal(folder: Path, passphrase: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from carerdesk.app.workspace import Workspace
    from carerdesk.gui.journal.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with Workspace.unlock(folder, passphrase) as workspace:
        window = MainWindow(workspace)
        window.show()
        window.refresh()
        app.processEvents()
        assert window.model.rowCount() == 1, "the timeline is empty"
        window.detach()
        window.close()
