"""Longer languages fit (issue 20, item 3): under the pseudo-locale every message is 40 %
longer and accented; every window and dialog still fits a 1366×768 screen and no label or
button is cut short (its text needs no more room than it was given, or it wraps)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from test_fits_screen import DIALOGS, problems_fitting

from carerdesk.gui.journal.main_window import MainWindow
from carerdesk.gui.setup.recover import RecoverDialog
from carerdesk.gui.setup.unlock import UnlockDialog
from carerdesk.gui.setup.wizard import SetupWizard
from carerdesk.text import i18n
from carerdesk.text.pseudo import stretched
from carerdesk.vault.kdf import FLOOR

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SLACK = 2  # pixels: rounding in a style's metrics, never a word


@pytest.fixture
def pseudo(qapp):
    i18n.uninstall()
    assert i18n.install(i18n.PSEUDO, qt=True)
    yield
    i18n.uninstall()
    assert i18n.install("en", qt=True)


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they have."""
    name = type(window).__name__
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        text = _text(widget)
        if not text or widget.property("elided"):  # elided deliberately, the whole in a tip
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_w, needed_h = 0, widget.heightForWidth(widget.width())
        elif isinstance(widget, QTabBar):
            needed_w, needed_h = 0, 0
            for tab in range(widget.count()):
                if widget.tabRect(tab).width() + SLACK < widget.tabSizeHint(tab).width():
                    found.append(f"{name}: the tab “{widget.tabText(tab)}” is cut short")
        else:
            hint = widget.sizeHint()
            needed_w, needed_h = hint.width(), hint.height()
        if needed_w > widget.width() + SLACK or needed_h > widget.height() + SLACK:
            found.append(f"{name}: “{text[:60]}” needs {needed_w}×{needed_h}, "
                         f"has {widget.width()}×{widget.height()}")
    return found


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    return ""


def _all_problems(window: QWidget) -> list[str]:
    return problems_fitting(window) + clipped(window)


def _modal(qtbot, open_it) -> tuple[str, list[str]]:
    """Open a modal as a person would, measure it, close it with its own Cancel."""
    found: list[str] = []
    seen: list[str] = []

    def measure() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.append("none")
            return
        QApplication.processEvents()
        found.extend(_all_problems(modal))
        seen.append(type(modal).__name__)
        modal.reject()
    QTimer.singleShot(300, measure)
    open_it()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen[0], found


@pytest.fixture
def window(qtbot, workspace, pseudo):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    win.refresh()
    win.timeline.setCurrentIndex(win.model.index(0))
    yield win
    win.detach()


def test_the_pseudo_locale_stretches_and_keeps_placeholders(pseudo):
    said = i18n.translate("MainWindow", "Showing {shown} of %n entries", None, 3)
    assert "{shown}" in said and "3" in said and "%n" not in said
    assert said.startswith("[") and said.endswith("]") and "é" in said
    assert len(stretched("Preferences")) >= len("Preferences") * 1.4
    assert stretched("&Save").startswith("[&S"), "the mnemonic's letter is kept"
    assert stretched("Tom &amp; {name:>3} %1<br>") == "[Ţöm &amp; {name:>3} %1<br> ~~~~~ ~~]"


def test_the_journal_window_fits_and_nothing_is_cut(qtbot, window):
    assert "[" in window.windowTitle() or "[" in window.menuBar().actions()[0].text()
    assert _all_problems(window) == []


def test_the_entry_editor_fits_and_nothing_is_cut(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.editor is not None and window.editor.isVisible())
    QApplication.processEvents()
    assert _all_problems(window.editor) == []
    window.editor.close_for_lock()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_dialog_fits_and_nothing_is_cut(qtbot, window, name):
    key, modifiers = DIALOGS[name]
    opened, problems = _modal(qtbot, lambda: qtbot.keyClick(window, key, modifiers))
    assert opened != "none" and problems == []


def test_the_life_story_and_preferences_fit_and_nothing_is_cut(qtbot, window):
    window.children_list.setCurrentRow(1)
    opened, problems = _modal(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_L,
                                                            CTRL | SHIFT))
    assert opened != "none" and problems == []
    opened, problems = _modal(qtbot, window.prefs_action.trigger)
    assert opened != "none" and problems == []


def test_unlock_recover_and_the_wizard_fit_and_nothing_is_cut(qtbot, vault_dir, tmp_path,
                                                              pseudo):
    for made in (UnlockDialog(vault_dir), RecoverDialog(vault_dir),
                 SetupWizard(tmp_path / "new", kdf_params=FLOOR)):
        qtbot.addWidget(made)
        made.show()
        QApplication.processEvents()
        assert _all_problems(made) == [], type(made).__name__


def test_the_inbox_fits_and_nothing_is_cut(qtbot, tmp_path, pseudo):
    from helpers import PASSPHRASE

    from carerdesk.app.workspace import Workspace
    from carerdesk.domain.roles import Role
    from carerdesk.gui.reports.inbox_window import InboxWindow

    workspace, _ = Workspace.create(tmp_path / "sw", PASSPHRASE, PASSPHRASE,
                                    role=Role.SUPERVISOR, params=FLOOR)
    try:
        inbox = InboxWindow(workspace)
        qtbot.addWidget(inbox)
        inbox.show()
        inbox.refresh()
        QApplication.processEvents()
        assert _all_problems(inbox) == []
        inbox.detach()
    finally:
        workspace.lock()


def test_a_button_too_narrow_for_its_words_is_found(qtbot, pseudo):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder)
    button = QPushButton(stretched("Choose the backup folder"), holder)
    holder.layout().addWidget(button)
    holder.show()
    button.setFixedWidth(60)
    assert any("needs" in problem for problem in clipped(holder))
