"""The README's screenshots, by section; ``tools/screenshots.py`` runs them all in order.

Each function takes the running QApplication and what it needs (the journal window, the
demo workspace, a temp folder) and saves PNGs into ``docs/screenshots/``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASSPHRASE = "screenshot passphrase"


def settle(app: QApplication, ms: int = 400) -> None:
    end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
    while dt.datetime.now() < end:
        app.processEvents()
