"""Start the app: a QApplication, our translations, and the first window."""

from __future__ import annotations

import sys


def run(data_dir: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    QMessageBox.information(None, "CarerDesk", QApplication.translate("App", "Coming soon."))
    return 0
