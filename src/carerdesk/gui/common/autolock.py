"""How long the journal stays open with nobody using it: ``Policy.auto_lock_minutes`` (the
carer's choice in settings.json, within what the agency's preset allows).

Earlier versions kept the carer's choice as a Qt setting; it is carried over once, so a carer
who chose 20 minutes still has 20.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSettings

from carerdesk.app import policy

OLD_QT_KEY = "autolock_minutes"


def autolock_minutes() -> int:
    _carry_over_the_old_choice()
    return policy.current().auto_lock_minutes


def _carry_over_the_old_choice() -> None:
    stored = QSettings()
    old = stored.value(OLD_QT_KEY, None)
    if old is None:
        return
    if not policy.has_choice("auto_lock_minutes"):
        with contextlib.suppress(TypeError, ValueError):  # not a number: the default stands
            policy.choose(auto_lock_minutes=max(1, int(float(str(old)))))
    stored.remove(OLD_QT_KEY)
