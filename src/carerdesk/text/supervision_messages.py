"""Field names for the supervision record's errors (domain/supervision.py)."""

from __future__ import annotations

from collections.abc import Callable

from carerdesk.text.i18n import translate

SUPERVISION_FIELD_NAMES: dict[str, Callable[[], str]] = {
    "sv.held": lambda: translate("Messages", "date supervision was held"),
    "sv.present": lambda: translate("Messages", "list of who was there"),
    "sv.discussed": lambda: translate("Messages", "note of what was discussed"),
    "sv.actions": lambda: translate("Messages", "list of agreed actions"),
    "sv.action": lambda: translate("Messages", "action (what is to be done)"),
    "sv.owner": lambda: translate("Messages", "action's owner (write it as \"WHAT; OWNER; "
                                              "YYYY-MM-DD\")"),
    "sv.due": lambda: translate("Messages", "action's due date (write it as \"WHAT; OWNER; "
                                            "YYYY-MM-DD\")"),
    "sv.reflections": lambda: translate("Messages", "reflections for the carer"),
}
