"""The last line of defence: an unexpected error is logged without record text, and the carer
is told kindly that their words are kept."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from carerdesk.app.logs import log_unexpected
from carerdesk.domain.errors import VaultLocked

F = TypeVar("F", bound=Callable[..., Any])


def handle(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if issubclass(exc_type, VaultLocked):
        return  # a slot the lock overtook: the draft is kept and the window is going

    where = log_unexpected(exc.with_traceback(tb))
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None, QCoreApplication.translate("Crash", "CarerDesk"),
            QCoreApplication.translate(
                "Crash", "Something went wrong inside CarerDesk. What you were writing is kept "
                         "as a draft in your vault. If it happens again, the details (without "
                         "any of your records) are in {log}.").format(log=where))


def never_raises(default: object = False) -> Callable[[F], F]:
    """For a Python override of a Qt virtual (an ``eventFilter``, an event handler): an
    exception leaving it inside a nested event loop (a file dialog's, a question's) crashes
    PySide 6.11 itself in its error handling. It is logged here and ``default`` returned."""

    def wrap(method: F) -> F:
        @functools.wraps(method)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - never out of a Qt virtual
                log_unexpected(exc)
                return default

        return cast(F, guarded)

    return wrap


def install() -> None:
    sys.excepthook = handle
