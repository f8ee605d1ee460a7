"""Plain words for the errors of a significant event (domain/events.py): a kind not in the
list, a telling before the event, a ``--told`` line not in its shape, a time missing. A
name someone typed is never repeated back: a row is named by its number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from carerdesk.domain import errors as e
from carerdesk.domain import input_errors as ie
from carerdesk.domain.events import TellRole
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import translate

# Field names for the generic messages (too long, in the future...), merged into FIELD_NAMES.
EVENT_FIELD_NAMES: dict[str, Callable[[], str]] = {
    "event_kind": lambda: translate("Messages", "kind of event"),
    "happened_at": lambda: translate("Messages", "time it happened"),
    "where": lambda: translate("Messages", "place it happened"),
    "present": lambda: translate("Messages", "list of who was present"),
    "event_text": lambda: translate("Messages", "event's words"),
    "told_when": lambda: translate("Messages", "time they were told"),
    "told_how": lambda: translate("Messages", "note of how they were told"),
    "last_seen": lambda: translate("Messages", "time last seen"),
    "reported_at": lambda: translate("Messages", "time it was reported"),
    "reported_to": lambda: translate("Messages", "note of who it was reported to"),
    "police_reference": lambda: translate("Messages", "police reference"),
    "back_at": lambda: translate("Messages", "time they came back"),
}
_MOMENTS = {"happened_at", "told_when", "last_seen", "reported_at", "back_at"}


def event_message(exc: e.CarerDeskError) -> str | None:
    """The words for ``exc`` when it is one of a significant event's, else None."""
    if isinstance(exc, ie.UnknownEventKind):
        return translate("Messages", "\"{value}\" is not a kind of significant event. Use one "
                                     "of: {choices}.").format(value=exc.value,
                                                              choices=", ".join(exc.choices))
    if isinstance(exc, ie.UnknownTellRole):
        return translate("Messages", "Telling {n} has a role that is not in the list. Use one "
                                     "of: {choices}.").format(
            n=exc.value, choices=", ".join(r.value for r in TellRole))
    if isinstance(exc, ie.BadToldLine):
        return translate("Messages", "Telling {n} is not written as \"NAME, ROLE, "
                                     "YYYY-MM-DDTHH:MM\" (for example \"A. Person, "
                                     "supervising-social-worker, 2026-03-14T16:30\").").format(
            n=exc.value)
    if isinstance(exc, ie.EventTimeOrder):
        return _order(exc)
    if isinstance(exc, ie.EmptyValue):
        return _empty(exc)
    if isinstance(exc, ie.FutureDate) and exc.field in _MOMENTS:
        return translate("Messages", "The {field} ({value}) is in the future. Please give a "
                                     "time that has already come.").format(
            field=EVENT_FIELD_NAMES[exc.field](), value=moment_words(str(exc.value)))
    if isinstance(exc, ie.InvalidDate) and exc.field in _MOMENTS:
        return translate("Messages", "\"{value}\" is not a date and time that exists. Please "
                                     "write it as YYYY-MM-DDTHH:MM, for example "
                                     "2026-03-14T16:30.").format(value=exc.value)
    return None


def moment_words(value: str) -> str:
    """An ISO moment ("2026-12-03T20:00+00:00") as a person reads it, in local time and the
    language in force: "3 Dec 2026 20:00"."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local.day} " + strftime(local, "%b %Y %H:%M")


def _order(exc: ie.EventTimeOrder) -> str:
    if exc.field == "told_when":
        return translate("Messages", "The event time is after the telling in row {n}: nobody "
                                     "can be told before it happened. Please check the two "
                                     "times. Nothing was saved.").format(n=exc.value)
    if exc.field == "reported_at":
        return translate("Messages", "The time it was reported is before the child was last "
                                     "seen. Please check the two times. Nothing was saved.")
    return translate("Messages", "The time the child came back is before they were last seen. "
                                 "Please check the two times. Nothing was saved.")


def _empty(exc: ie.EmptyValue) -> str | None:
    if exc.field == "event_kind":
        return translate("Messages", "Choose the kind of significant event.")
    if exc.field == "happened_at":
        return translate("Messages", "Say when it happened: the date and time of the event "
                                     "are missing.")
    if exc.field == "told_name":
        return translate("Messages", "The person told in row {n} has no name.").format(
            n=exc.value)
    if exc.field == "told_when":
        return translate("Messages", "Row {n} of who was told has no time: say when they were "
                                     "told.").format(n=exc.value)
    return None
