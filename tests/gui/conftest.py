import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402

from carerdesk.gui import window_policy  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """English as the app runs it: the .qm that gives "1 entry" and "2 entries"."""
    from carerdesk import i18n

    assert i18n.install("en")
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


@pytest.fixture
def window(qtbot, workspace):
    """The journal window on the small test vault, shown and filled as after an unlock."""
    from carerdesk.gui.main_window import MainWindow

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    yield win
    win.detach()
