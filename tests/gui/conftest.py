import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402

from carerdesk.gui.common import window_policy  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """English as the app runs it: the .qm that gives "1 entry" and "2 entries"."""
    from carerdesk.text import i18n

    assert i18n.install("en", qt=True)
    yield
    i18n.uninstall()


@pytest.fixture(autouse=True)
def _settings(tmp_path, qapp):
    """Preferences go to a temp file, never the user's config."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setOrganizationName("CarerDeskTests")
    window_policy.install(qapp)  # the wheel and window-size policy, as the app installs it
    yield
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker outlives its test


@pytest.fixture(autouse=True)
def _every_controller_shut_down(monkeypatch, qapp):
    """Each app a test starts is locked and its windows closed when the test ends, so no
    journal window (and its Ctrl+L) outlives its test to make a later shortcut ambiguous."""
    from carerdesk.gui.app import AppController

    started = []
    start = AppController.start

    def starting(self):
        started.append(self)
        return start(self)

    monkeypatch.setattr(AppController, "start", starting)
    yield
    for controller in started:
        controller.idle.stop()
        if controller.workspace is not None:
            controller.lock()
        for shown in (controller.window, controller.dialog):
            if shown is not None:
                shown.close()
        qapp.removeEventFilter(controller)


DELETED = ("deleted", "destroyed")  # Qt's words when something still used a gone object


@pytest.fixture(autouse=True)
def _nothing_used_after_deletion(qtlog):
    """A Qt warning about a deleted object fails the test it happened in."""
    yield
    seen = [r.message for r in qtlog.records if any(w in r.message.lower() for w in DELETED)]
    if seen:
        pytest.fail("Qt warned about a deleted object:\n" + "\n".join(seen))


@pytest.fixture
def window(qtbot, workspace):
    """The journal window on the small test vault, shown and filled as after an unlock."""
    from carerdesk.gui.journal.main_window import MainWindow

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    yield win
    win.detach()
