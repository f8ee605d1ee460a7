"""Take the README's screenshots of the real app, under Xvfb.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

Makes a one-year demo vault in a temp folder, then grabs the unlock window, the main window
and the entry editor into docs/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from carerdesk.demo import DemoPlan, make_demo_vault
from carerdesk.gui import main_actions
from carerdesk.gui.main_window import MainWindow
from carerdesk.gui.unlock import UnlockDialog
from carerdesk.workspace import Workspace

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "screenshot passphrase"


def settle(app: QApplication, ms: int = 400) -> None:
    end = dt.datetime.now() + dt.timedelta(milliseconds=ms)
    while dt.datetime.now() < end:
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp()) / "vault"
    make_demo_vault(folder, PASSPHRASE, PASSPHRASE, DemoPlan(years=1, children=3))
    OUT.mkdir(parents=True, exist_ok=True)
    unlock = UnlockDialog(folder)
    unlock.show()
    settle(app)
    unlock.grab().save(str(OUT / "unlock.png"))
    unlock.close()
    workspace = Workspace.unlock(folder, PASSPHRASE)
    window = MainWindow(workspace)
    window.resize(1360, 820)
    window.show()
    window.refresh()
    window.timeline.setCurrentIndex(window.model.index(1))
    settle(app)
    window.grab().save(str(OUT / "main-window.png"))
    editor = main_actions.open_editor(window)
    editor.form.narrative.text.setPlainText(
        "We walked to the library after school. Maya chose three books about dragons and read "
        "one to me on the bench outside. She said her teacher told the class she reads well.")
    form = editor.form
    form.dimension_tabs[next(iter(form.dimension_tabs))].parts["what_happened"].setPlainText(
        "Maya looked back twice to check I was still there.")
    editor.resize(900, 860)
    settle(app)
    editor.grab().save(str(OUT / "entry-editor.png"))
    editor.close_for_lock()
    window.detach()
    workspace.lock()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
