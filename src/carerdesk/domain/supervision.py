"""The supervision record a social worker writes for one of a carer's reports, and what the
carer's next report carries from it.

The record (when supervision was held, who was there, what was discussed, the actions agreed
with their owner and due date, the social worker's reflections for the carer) is kept with
every version in the social worker's vault and sent back to the carer inside a signed package
(docs/report-format.md, "Supervision record"). ``from_dict`` is strict: anything not in this
shape raises ValueError.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.dates import in_range, not_in_future, parse_date
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.input_errors import EmptyValue, TooLong
from carerdesk.domain.limits import LINE_MAX, TEXT_MAX, check_length
from carerdesk.domain.values import optional_text, required_text

RECORD_FORMAT = 1
MAX_ACTIONS = 50


@dataclass(frozen=True)
class AgreedAction:
    what: str
    owner: str  # who will do it: "Carer", "Sam (SSW)"...
    due: dt.date

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "owner": self.owner, "due": self.due.isoformat()}


@dataclass(frozen=True)
class SupervisionContent:
    held: dt.date
    present: str | None = None
    discussed: str | None = None
    actions: tuple[AgreedAction, ...] = ()
    reflections: str | None = None  # the social worker's, for the carer

    def validated(self, today: dt.date | None = None) -> SupervisionContent:
        """Trimmed and within limits; held on a day that has come; every action whole."""
        not_in_future(self.held, "sv.held", today)
        if len(self.actions) > MAX_ACTIONS:
            raise TooLong("sv.actions", MAX_ACTIONS, len(self.actions))
        return SupervisionContent(
            self.held,
            optional_text(self.present, "sv.present"),
            _long(self.discussed, "sv.discussed"),
            tuple(_action(a.what, a.owner, a.due) for a in self.actions),
            _long(self.reflections, "sv.reflections"))

    def to_dict(self) -> dict[str, Any]:
        return {"held": self.held.isoformat(), "present": self.present,
                "discussed": self.discussed, "actions": [a.to_dict() for a in self.actions],
                "reflections": self.reflections}

    @classmethod
    def from_dict(cls, doc: Any) -> SupervisionContent:
        try:
            if not isinstance(doc, dict) or set(doc) != {"held", "present", "discussed",
                                                         "actions", "reflections"}:
                raise ValueError("fields")
            actions = doc["actions"]
            if not isinstance(actions, list) or len(actions) > MAX_ACTIONS:
                raise ValueError("actions")
            return cls(_day(doc["held"]), _opt(doc["present"]), _opt(doc["discussed"]),
                       tuple(_action_from(a) for a in actions),
                       _opt(doc["reflections"])).validated(dt.date.max)
        except (KeyError, TypeError, AttributeError, CarerDeskError) as exc:
            # a typed error from validation too: not a record CarerDesk made
            raise ValueError(f"supervision record: {type(exc).__name__}") from None


def parse_action(text: str) -> AgreedAction:
    """``WHAT; OWNER; YYYY-MM-DD`` as typed at the command line."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > 3:
        parts = ["; ".join(parts[:-2]), *parts[-2:]]  # a ";" inside what is to be done
    what, owner, due = [*parts, "", ""][:3]
    if not due:
        raise EmptyValue("sv.due" if owner else "sv.owner")
    return _action(what, owner, parse_date(due, "sv.due"))


def _action(what: str, owner: str, due: dt.date) -> AgreedAction:
    return AgreedAction(required_text(what, "sv.action"), required_text(owner, "sv.owner"),
                        in_range(due, "sv.due"))


def _long(text: str | None, field_name: str) -> str | None:
    cleaned = (text or "").strip()
    return check_length(cleaned, field_name, TEXT_MAX) or None


def _action_from(item: Any) -> AgreedAction:
    if not isinstance(item, dict) or set(item) != {"what", "owner", "due"}:
        raise ValueError("action")
    return AgreedAction(_text(item["what"]), _text(item["owner"]), _day(item["due"]))


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > LINE_MAX:
        raise ValueError("text")
    return value


def _opt(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _day(value: Any) -> dt.date:
    return dt.date.fromisoformat(_text(value))


# --- what the carer's next report carries ---

class ActionStatus(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"  # past its due date and not marked done
    DONE = "done"


STATUS_WORDS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Supervision", "open"),
    ActionStatus.OVERDUE: QT_TRANSLATE_NOOP("Supervision", "overdue"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Supervision", "done"),
}


def status_of(action: AgreedAction, done: bool, on: dt.date) -> ActionStatus:
    if done:
        return ActionStatus.DONE
    return ActionStatus.OVERDUE if action.due < on else ActionStatus.OPEN


@dataclass(frozen=True)
class ActionState:
    action: AgreedAction
    status: ActionStatus


@dataclass(frozen=True)
class LastSupervision:
    """The last supervision before a report, with each agreed action's status at its end."""

    held: dt.date
    social_worker: str
    actions: tuple[ActionState, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"held": self.held.isoformat(), "social_worker": self.social_worker,
                "actions": [{**s.action.to_dict(), "status": s.status.value}
                            for s in self.actions]}

    @classmethod
    def from_dict(cls, doc: Any) -> LastSupervision:
        """ValueError for anything else (the report's reader words it)."""
        if not isinstance(doc, dict) or set(doc) != {"held", "social_worker", "actions"}:
            raise ValueError("last_supervision")
        actions = doc["actions"]
        if not isinstance(actions, list) or len(actions) > MAX_ACTIONS:
            raise ValueError("last_supervision.actions")
        states = []
        for item in actions:
            if not isinstance(item, dict):
                raise ValueError("action")
            status = ActionStatus(_text(item.get("status")))
            plain = {k: v for k, v in item.items() if k != "status"}
            states.append(ActionState(_action_from(plain), status))
        return cls(_day(doc["held"]), _text(doc["social_worker"]), tuple(states))
