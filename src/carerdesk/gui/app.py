"""Start the app and move between its states: set-up, locked, open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QThread,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from carerdesk.app import preset
from carerdesk.app.display import missing_display, no_display_message
from carerdesk.app.hardening import forbid_core_dumps
from carerdesk.app.locations import default_data_dir, vault_exists
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import DatabaseDamaged
from carerdesk.domain.roles import Role
from carerdesk.domain.text import shown_safely as shown
from carerdesk.gui.common import (
    appearance,
    autolock,
    collector,
    crash,
    form_draft,
    window_policy,
)
from carerdesk.gui.common.preset_watch import PresetWatcher
from carerdesk.gui.common.workers import run_in_background
from carerdesk.gui.journal import main_actions
from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.reports.inbox_window import InboxWindow
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.gui.setup.wizard import SetupWizard
from carerdesk.text import i18n
from carerdesk.text.i18n import translate

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
LOCK_KEY = QKeySequence("Ctrl+L")
MODAL_ROUNDS = 20  # a question that keeps reopening itself is hidden after this many tries


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
        self._modal_rounds = 0
        self._retired: list = []
        problem = preset.in_force().problem  # a broken preset: the last good one is used
        self.preset_problem = problem.message if problem is not None else ""
        self.presets = PresetWatcher(self)
        self.presets.changed.connect(self.settings_changed)
        self.presets.problem.connect(self._preset_problem)
        QApplication.instance().installEventFilter(self)
        appearance.install(QApplication.instance())  # text size and look, as last chosen

    def start(self) -> None:
        """The wizard in a new folder; else unlock, and a set-up left unfinished resumes."""
        if vault_exists(self.folder):
            self.show_unlock()
        else:
            wizard = SetupWizard(self.folder, kdf_params=self.kdf_params)
            wizard.ready.connect(self.opened)
            self.dialog = wizard
            wizard.show()

    def _unlocked_at_start(self, workspace: Workspace) -> None:
        """The journal, or first the wizard's pages still to do (a cancelled set-up)."""
        from carerdesk.domain.errors import CarerDeskError

        try:
            complete = workspace.set_up_progress().complete
        except CarerDeskError:  # damage: the journal's own path says so and offers a restore
            complete = True
        if complete:
            self.opened(workspace)
            return
        wizard = SetupWizard(self.folder, kdf_params=self.kdf_params, resume=workspace)
        wizard.ready.connect(self.opened)
        self.dialog = wizard
        wizard.show()

    def show_unlock(self) -> None:
        dialog = UnlockDialog(self.folder)
        dialog.unlocked.connect(self._unlocked_at_start)
        self.dialog = dialog
        dialog.show()

    def opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        supervisor = workspace.role is Role.SUPERVISOR
        self.window = InboxWindow(workspace) if supervisor else MainWindow(workspace)
        self.window.lock_requested.connect(self.lock)
        self.window.closed.connect(self.quit)
        self.window.problem.connect(self._problem)
        if hasattr(self.window, "settings_changed"):
            self.window.settings_changed.connect(self.settings_changed)
        self.window.show()
        self._show_preset_problem()
        self.window.refresh()
        self._show_preset_changes(workspace)  # after refresh, which says the counts
        if self.workspace is None:  # the first page met damage and locked the vault
            return
        if not supervisor:
            main_actions.resume_draft(self.window, quiet=True)
        self.settings_changed()
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
            from carerdesk.text.messages import describe

            self.window.statusBar().showMessage(describe(exc))

    def _damaged(self, exc: BaseException) -> None:
        """The background check found damage: lock, and offer the guided restore."""
        self.lock()
        if self.workspace is not None:  # waiting for an open question to close
            QTimer.singleShot(0, lambda: self._damaged(exc))
            return
        if isinstance(self.dialog, UnlockDialog):
            self.dialog.show_damage(exc)

    def _daily_backup(self) -> None:
        """At most once a day, off the GUI thread; a missing USB stick is said, not fatal."""
        window, workspace = self.window, self.workspace
        if workspace is None or window is None:
            return

        def done(path) -> None:
            if path is not None:
                window.statusBar().showMessage(translate(
                    "MainWindow", "Backup written to {path}").format(path=path), 15_000)

        def failed(exc: BaseException) -> None:
            from carerdesk.domain.errors import CarerDeskError
            from carerdesk.text.messages import describe

            text = describe(exc) if isinstance(exc, CarerDeskError) else type(exc).__name__
            window.statusBar().showMessage(translate(
                "MainWindow", "No backup today: {reason}").format(reason=text))

        run_in_background(window, workspace.backup_if_due, done, failed)

    def lock(self) -> None:
        """Keep the draft, forget what is on screen, drop the key, ask for the passphrase.

        Questions and dialogs open over the journal are closed first, innermost first, and
        the lock itself waits for their event loops to return: deleting a window while a
        nested ``exec()`` still runs inside it was the double free."""
        self.idle.stop()
        if self.workspace is None:
            self._lock_wizard()
            return
        form_draft.keep_all()  # each open form's unsaved words, while the key is still here
        if self._close_modals():
            QTimer.singleShot(0, self.lock)
            return
        self._modal_rounds = 0
        QThreadPool.globalInstance().waitForDone()  # a backup in progress finishes first
        if self.window is not None:
            window, self.window = self.window, None
            window.closed.disconnect(self.quit)
            # Disabled, it and every dialog it owns drop the clicks and keys still queued for
            # them: none can reach a service once the vault is locked (they would meet
            # VaultLocked, as the monkey found in a click queued for the report dialog).
            window.setEnabled(False)
            window.detach()
            window.hide()
            self._retire(window)
        if self.workspace is not None:
            self.workspace.lock()
            self.workspace = None
            self.show_unlock()

    def _retire(self, window) -> None:
        """Delete a locked window only from the outermost event loop. Qt's static dialogs
        (a file dialog, a question) live on the C++ stack of their nested loop as children
        of our windows: a deferred delete run inside that loop deleted them under the stack,
        the segfault and double free the monkey found. Hidden and detached, the window
        holds nothing of a record while it waits."""
        self._retired.append(window)
        QTimer.singleShot(0, self._delete_retired)

    def _delete_retired(self) -> None:
        if QThread.currentThread().loopLevel() > 1:
            QTimer.singleShot(50, self._delete_retired)
            return
        while self._retired:
            self._retired.pop().deleteLater()

    def _lock_wizard(self) -> None:
        """Ctrl+L during set-up, once the vault exists: set-up resumes after unlocking."""
        wizard = self.dialog if isinstance(self.dialog, SetupWizard) else None
        if wizard is None or wizard.workspace is None:
            self._close_strays()
            return
        if self._close_modals():
            QTimer.singleShot(0, self.lock)
            return
        wizard.abandon()  # locks the wizard's workspace
        self._retire(wizard)
        self.show_unlock()

    def _close_strays(self) -> None:
        """Already locked: a question a slot opened as the lock overtook it ("Keep this
        draft?" over a window that is going) is closed too; only the unlock dialog stays."""
        app = QApplication.instance()
        for _ in range(MODAL_ROUNDS):
            modal = app.activeModalWidget()
            if modal is None or modal is self.dialog:
                return
            modal.hide()  # ends its exec(); the draft is kept in the vault already

    def _close_modals(self) -> bool:
        """Ask every open modal to close; True while any was still open."""
        app = QApplication.instance()
        closed, seen = False, set()
        self._modal_rounds += 1
        while (popup := app.activePopupWidget()) is not None and id(popup) not in seen:
            seen.add(id(popup))  # a menu or a drop-down's list, open over everything
            closed = True
            popup.close()
        while (modal := app.activeModalWidget()) is not None and id(modal) not in seen:
            seen.add(id(modal))
            closed = True
            if isinstance(modal, QDialog) and self._modal_rounds < MODAL_ROUNDS:
                modal.reject()
            else:
                modal.hide()  # ends its exec() all the same
        return closed

    def settings_changed(self) -> None:
        """Auto-lock minutes are read here, when they may have changed, never per event."""
        self.idle.setInterval(autolock.autolock_minutes() * 60_000)
        self._restart_idle()

    def _preset_problem(self, text: str) -> None:
        self.preset_problem = text
        self._show_preset_problem()

    def _show_preset_changes(self, workspace: Workspace) -> None:
        """Social workers the agency added or who have left, said once in the status bar."""
        followed = workspace.preset_followed
        changes = followed.changes if followed is not None else None
        if not changes or self.window is None:
            return
        said = [translate("MainWindow", "Your agency added {name} ({fp}).").format(
            name=shown(n), fp=f) for n, f in changes.added + changes.back]
        said += [translate("MainWindow", "{name} is no longer with the agency.").format(
            name=shown(n)) for n, _ in changes.left]
        self.window.statusBar().showMessage(" ".join(said), 30_000)

    def _show_preset_problem(self) -> None:
        if self.window is not None and hasattr(self.window, "show_notice"):
            self.window.show_notice(translate(
                "MainWindow", "Your agency's settings file has a mistake, so CarerDesk keeps the "
                              "settings it had. Please tell your agency: {problem}").format(
                problem=self.preset_problem)
                if self.preset_problem else "")

    def quit(self) -> None:
        self.idle.stop()
        QThreadPool.globalInstance().waitForDone()
        if self.workspace is not None:
            self.workspace.lock()
            self.workspace = None
        QApplication.instance().quit()

    def _restart_idle(self) -> None:
        if self.workspace is not None:
            self.idle.start()  # the interval set in settings_changed

    def eventFilter(self, watched, event) -> bool:
        try:
            return self._filter(event)
        except Exception as exc:  # an exception leaving a Qt virtual in a nested loop
            from carerdesk.app.logs import log_unexpected  # crashed PySide 6.11 itself

            log_unexpected(exc)
            return False

    def _filter(self, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and self.workspace is None and _is_lock_key(event):
            self._lock_wizard()
            return False
        if kind in _ACTIVITY and self.workspace is not None:
            if kind == QEvent.Type.KeyPress and _is_lock_key(event):
                # Reaches here only when a modal blocked the Lock action's shortcut.
                self.lock()
                return True
            self._restart_idle()
        return False


def _is_lock_key(event) -> bool:
    return QKeySequence(event.keyCombination()) == LOCK_KEY


def _install_translators(app: QApplication, asked: str | None) -> None:
    from carerdesk.app.preset import language

    chosen = language(asked)  # carerdesk --lang cy: the window in Welsh too
    i18n.install(chosen, qt=True)
    qt = QTranslator(app)  # Qt's own buttons and dialogs in the same language
    if qt.load(QLocale(chosen), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def run(data_dir: str | None = None, language: str | None = None) -> int:
    forbid_core_dumps()  # before any key, passphrase or record is in memory
    if QApplication.instance() is None and missing_display():
        print(no_display_message(), file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("CarerDesk")
    app.setApplicationName("CarerDesk")
    _install_translators(app, language)
    crash.install()
    collector.install()  # cycles freed on this thread only: see its note
    window_policy.install(app)
    preset.pin()  # read once; a broken one leaves the last good one (kept in the vault)
    folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
    problem = preset.in_force().problem
    if problem is not None and not vault_exists(folder):  # nothing kept to go on with
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "CarerDesk", app.translate(
            "App", "Your agency's settings file has a mistake, so CarerDesk cannot start. "
                   "Please tell your agency: {problem}").format(problem=problem.message))
        return 1
    controller = AppController(folder)
    controller.start()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # let a running unlock finish before exit
    return code
