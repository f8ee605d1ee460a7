"""How long the journal stays open with nobody using it: the carer's choice (a QSettings
value) within what the agency's preset allows."""

from __future__ import annotations

from PySide6.QtCore import QSettings

AUTOLOCK_KEY, AUTOLOCK_DEFAULT = "autolock_minutes", 10


def autolock_minutes() -> int:
    """The agency's minutes if it locks them, else the carer's, else the agency's, else 10."""
    from carerdesk.app import preset

    value = QSettings().value(AUTOLOCK_KEY, None)
    try:
        chosen = max(1, int(value)) if value is not None else None
    except (TypeError, ValueError):
        chosen = None
    return int(preset.policy("auto_lock_minutes", chosen, AUTOLOCK_DEFAULT))
