"""Take the README's screenshots of the real app, under Xvfb.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py

Makes a one-year demo vault in a temp folder, then grabs every window the README shows into
docs/screenshots/, section by section (tools/shots/): the journal and the editor (also in
dark, high contrast, the largest text, the pseudo-locale and Welsh), the child's windows,
and supervision between carer and social worker.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from shots import OUT, PASSPHRASE, child, journal, reports, settle

from carerdesk.app.workspace import Workspace
from carerdesk.demo import DemoPlan, make_demo_vault
from carerdesk.gui.common import window_policy
from carerdesk.gui.setup.unlock import UnlockDialog


def main() -> int:
    app = QApplication(sys.argv)
    # As the app runs: windows fitted to the laptop-sized screen (1366x768); sizes kept in a
    # throwaway settings folder, never the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    window_policy.install(app)
    folder = Path(tempfile.mkdtemp()) / "vault"
    make_demo_vault(folder, PASSPHRASE, PASSPHRASE, DemoPlan(years=1, children=3))
    OUT.mkdir(parents=True, exist_ok=True)
    unlock = UnlockDialog(folder)
    unlock.show()
    settle(app)
    unlock.grab().save(str(OUT / "unlock.png"))
    unlock.close()
    workspace = Workspace.unlock(folder, PASSPHRASE)
    window = journal.main_window_and_editor(app, workspace)
    journal.event_editor(app, window)
    child.lifestory(app, workspace)
    child.child_page(app, window, workspace)
    child.profile(app, window, workspace)
    child.profiles(app, window, workspace)
    child.plan(app, window, workspace)
    child.family_time(app, window, workspace)
    journal.my_space(app, window, workspace)
    reports.supervision(app, workspace, folder.parent)
    reports.caseload(app, workspace, folder.parent)
    journal.seeing_well(app, workspace)
    reports.trust_and_loop(app, workspace, folder.parent)
    child.handover(app, window, workspace)  # after trust_and_loop: a social worker to choose
    reports.closed_record(app, workspace, folder.parent)  # last: it hands a child over
    window.detach()
    workspace.lock()
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
