"""The dates and times a record may hold: a calendar date from 1900 on and never in the future,
a moment (a told-at) never beyond now. Bounds are checked before any arithmetic, so a year
like 9999 is refused plainly instead of overflowing later (in an export, in another zone)."""

from __future__ import annotations

import datetime as dt

from carerdesk.domain.input_errors import DateOutOfRange, FutureDate, InvalidDate

EARLIEST = dt.date(1900, 1, 1)  # no child or carer in a journal was born before this
LATEST = dt.date(2199, 12, 31)  # the end of a filter or a period may lie ahead, not this far
MOMENT_GRACE = dt.timedelta(minutes=10)  # clocks differ a little between computers


def in_range(day: dt.date, field_name: str) -> dt.date:
    if day < EARLIEST:
        raise DateOutOfRange(field_name, day.isoformat(), early=True)
    if day > LATEST:
        raise DateOutOfRange(field_name, day.isoformat(), early=False)
    return day


def parse_date(text: str, field_name: str) -> dt.date:
    """A calendar date written ``YYYY-MM-DD``; one that does not exist, or lies before 1900 or
    after 2199, is refused."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidDate(field_name, text) from None
    return in_range(day, field_name)


def not_in_future(day: dt.date, field_name: str, today: dt.date | None = None) -> dt.date:
    """A day that has already come (and not before 1900)."""
    in_range(day, field_name)
    if day > (today or dt.date.today()):
        raise FutureDate(field_name, day.isoformat())
    return day


def checked_moment(moment: dt.datetime, field_name: str,
                   now: dt.datetime | None = None) -> dt.datetime:
    """A moment that has come, with its time zone (local time when it has none)."""
    if not EARLIEST.year <= moment.year <= LATEST.year:  # before astimezone(), which overflows
        raise DateOutOfRange(field_name, moment.isoformat(), early=moment.year < EARLIEST.year)
    aware = moment if moment.tzinfo else moment.astimezone()
    if aware > (now or dt.datetime.now(dt.UTC)) + MOMENT_GRACE:
        raise FutureDate(field_name, aware.isoformat(timespec="minutes"))
    return aware


def parse_moment(text: str, field_name: str, now: dt.datetime | None = None) -> dt.datetime:
    """``YYYY-MM-DDTHH:MM``, with or without a zone (``+01:00``); local time when it has none."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidDate(field_name, text) from None
    return checked_moment(moment, field_name, now)
