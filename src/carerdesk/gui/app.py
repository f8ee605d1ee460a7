"""Start the app and move between its states: set-up, locked, open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from carerdesk import i18n
from carerdesk.domain.errors import DatabaseDamaged
from carerdesk.gui import crash, main_actions
from carerdesk.domain.roles import Role
from carerdesk.gui.inbox_window import InboxWindow
from carerdesk.gui.main_window import MainWindow
from carerdesk.gui.unlock import UnlockDialog
from carerdesk.gui.workers import run_in_background
from carerdesk.gui.wizard import SetupWizard
from carerdesk.workspace import Workspace, default_data_dir, vault_exists

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class AppController(QObject):
    """Owns the open workspace; locks it on request or after idle minutes."""

    def __init__(self, folder: Path, kdf_params=None) -> None:
        super().__init__()
        self.folder, self.kdf_params = folder, kdf_params
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.dialog = None
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)

    def start(self) -> None:
        if vault_exists(self.folder):
            self.show_unlock()
        else:
            wizard = SetupWizard(self.folder, kdf_params=self.kdf_params)
            wizard.ready.connect(self.opened)
            self.dialog = wizard
            wizard.show()

    def show_unlock(self) -> None:
        dialog = UnlockDialog(self.folder)
        dialog.unlocked.connect(self.opened)
        self.dialog = dialog
        dialog.show()

    def opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        supervisor = workspace.role is Role.SUPERVISOR
        self.window = InboxWindow(workspace) if supervisor else MainWindow(workspace)
        self.window.lock_requested.connect(self.lock)
        self.window.closed.connect(self.quit)
        self.window.problem.connect(self._problem)
        self.window.show()
        self.window.refresh()
        if self.workspace is None:  # the first page met damage and locked the vault
            return
        if not supervisor:
            main_actions.resume_draft(self.window)
        self._restart_idle()
        run_in_background(self.window, workspace.quick_check, self._checked, self._damaged)

    def _checked(self, _result) -> None:
        self._daily_backup()  # only a sound journal is backed up

    def _problem(self, exc: BaseException) -> None:
        """Damage found while reading: lock and restore; anything else in the status bar."""
        if isinstance(exc, DatabaseDamaged):
            if exc.backup is None:
                exc.backup = Workspace.newest_backup(self.folder)
            self._damaged(exc)
        elif self.window is not None:
            from carerdesk.messages import describe

            self.window.statusBar().showMessage(describe(exc))

    def _damaged(self, exc: BaseException) -> None:
        """The background check found damage: lock, and offer the guided restore."""
        self.lock()
        if isinstance(self.dialog, UnlockDialog):
            self.dialog.show_damage(exc)

    def _daily_backup(self) -> None:
        """At most once a day, off the GUI thread; a missing USB stick is said, not fatal."""
        window, workspace = self.window, self.workspace
        if workspace is None or window is None:
            return

        def done(path) -> None:
            if path is not None:
                window.statusBar().showMessage(window.tr("Backup written to {path}").format(
                    path=path), 15_000)

        def failed(exc: BaseException) -> None:
            from carerdesk.domain.errors import CarerDeskError
            from carerdesk.messages import describe

            text = describe(exc) if isinstance(exc, CarerDeskError) else type(exc).__name__
            window.statusBar().showMessage(window.tr("No backup today: {reason}").format(
                reason=text))

        run_in_background(window, workspace.backup_if_due, done, failed)

    def lock(self) -> None:
        """Keep the draft, forget what is on screen, drop the key, ask for the passphrase."""
        self.idle.stop()
        QThreadPool.globalInstance().waitForDone()  # a backup in progress finishes first
        if self.window is not None:
            window, self.window = self.window, None
            window.closed.disconnect(self.quit)
            window.detach()
            window.hide()
            window.deleteLater()
        if self.workspace is not None:
            self.workspace.lock()
            self.workspace = None
            self.show_unlock()

    def quit(self) -> None:
        self.idle.stop()
        QThreadPool.globalInstance().waitForDone()
        if self.workspace is not None:
            self.workspace.lock()
            self.workspace = None
        QApplication.instance().quit()

    def _restart_idle(self) -> None:
        self.idle.start(main_actions.autolock_minutes() * 60_000)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _ACTIVITY and self.workspace is not None:
            self._restart_idle()
        return False


def _install_translators(app: QApplication) -> None:
    i18n.install()
    qt = QTranslator(app)  # Qt's own buttons and dialogs in the same language
    if qt.load(QLocale(i18n.preferred_language()), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def run(data_dir: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("CarerDesk")
    app.setApplicationName("CarerDesk")
    _install_translators(app)
    crash.install()
    from carerdesk.preset import PresetError, active

    try:
        active()  # an agency preset with a mistake stops here, in plain words
    except PresetError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "CarerDesk", app.translate(
            "App", "Your agency's settings file has a mistake, so CarerDesk cannot start. "
                   "Please tell your agency: {problem}").format(problem=exc.message))
        return 1
    controller = AppController(Path(data_dir).expanduser() if data_dir else default_data_dir())
    controller.start()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # let a running unlock finish before exit
    return code
