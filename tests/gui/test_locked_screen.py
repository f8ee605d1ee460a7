"""After a lock nothing on screen or in a live widget holds a record: the windows that
showed one are gone, and the services refuse (VaultLocked)."""

import pytest
from helpers import CHILD_NAME, SECRET_TEXT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from test_lock_anywhere import OPENERS, _locked, _unlock, app  # noqa: F401 (the fixture)

from carerdesk.domain.errors import VaultLocked

CTRL = Qt.KeyboardModifier.ControlModifier


def _texts(widget: QWidget) -> list[str]:
    found = [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
    if isinstance(widget, QLineEdit | QLabel):
        found.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        found.append(widget.toPlainText())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        found += [str(model.index(r, 0).data()) for r in range(min(model.rowCount(), 200))]
    return found


def _record_text_alive() -> list[str]:
    words = (SECRET_TEXT, CHILD_NAME, "Half-typed at night")
    return [f"{type(w).__name__}: {t[:60]!r}" for w in QApplication.allWidgets()
            for t in _texts(w) if any(word in t for word in words)]


@pytest.mark.parametrize("opened", ["nothing", "history", "life story"])
def test_after_ctrl_l_no_widget_holds_a_record(qtbot, app, opened):  # noqa: F811
    window = app.window
    assert _record_text_alive()  # the check sees the journal while it is open
    journal = app.workspace.journal
    qtbot.keyClicks(window.filters.search, "Half-typed at night")
    if opened != "nothing":
        from PySide6.QtCore import QTimer

        QTimer.singleShot(300, lambda: qtbot.keyClick(QApplication.activeModalWidget()
                                                      or window, Qt.Key.Key_L, CTRL))
        OPENERS[opened](qtbot, window)
    else:
        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    _locked(qtbot, app)
    qtbot.waitUntil(lambda: _record_text_alive() == [], timeout=5000)
    with pytest.raises(VaultLocked):
        journal.children()
    _unlock(qtbot, app)
