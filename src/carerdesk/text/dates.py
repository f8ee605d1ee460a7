"""Dates as a person reads them, in the language in force. Python's ``strftime`` names days
and months in English whatever the language (it follows the C locale, never our
translation), so a Welsh summary read "Tue 01 Sep 2026"; here ``%A %a %B %b`` are the
translated names and every other directive is ``strftime``'s own."""

from __future__ import annotations

import datetime as dt

from carerdesk.text.i18n import QT_TRANSLATE_NOOP, translate

DAYS = (QT_TRANSLATE_NOOP("Dates", "Monday"), QT_TRANSLATE_NOOP("Dates", "Tuesday"),
        QT_TRANSLATE_NOOP("Dates", "Wednesday"), QT_TRANSLATE_NOOP("Dates", "Thursday"),
        QT_TRANSLATE_NOOP("Dates", "Friday"), QT_TRANSLATE_NOOP("Dates", "Saturday"),
        QT_TRANSLATE_NOOP("Dates", "Sunday"))
SHORT_DAYS = (QT_TRANSLATE_NOOP("Dates", "Mon"), QT_TRANSLATE_NOOP("Dates", "Tue"),
              QT_TRANSLATE_NOOP("Dates", "Wed"), QT_TRANSLATE_NOOP("Dates", "Thu"),
              QT_TRANSLATE_NOOP("Dates", "Fri"), QT_TRANSLATE_NOOP("Dates", "Sat"),
              QT_TRANSLATE_NOOP("Dates", "Sun"))
MONTHS = (QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
          QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
          QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
          QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
          QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
          QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"))
# "May" is the same word short and long: one message, shown for both.
SHORT_MONTHS = (QT_TRANSLATE_NOOP("Dates", "Jan"), QT_TRANSLATE_NOOP("Dates", "Feb"),
                QT_TRANSLATE_NOOP("Dates", "Mar"), QT_TRANSLATE_NOOP("Dates", "Apr"),
                QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "Jun"),
                QT_TRANSLATE_NOOP("Dates", "Jul"), QT_TRANSLATE_NOOP("Dates", "Aug"),
                QT_TRANSLATE_NOOP("Dates", "Sep"), QT_TRANSLATE_NOOP("Dates", "Oct"),
                QT_TRANSLATE_NOOP("Dates", "Nov"), QT_TRANSLATE_NOOP("Dates", "Dec"))


def strftime(value: dt.date | dt.datetime, pattern: str) -> str:
    """``value.strftime(pattern)`` with the day and month names in the language in force."""
    names = {"%A": DAYS[value.weekday()], "%a": SHORT_DAYS[value.weekday()],
             "%B": MONTHS[value.month - 1], "%b": SHORT_MONTHS[value.month - 1]}
    parts, rest = [], pattern
    while rest:
        at = rest.find("%")
        if at < 0 or at == len(rest) - 1:
            parts.append(rest.replace("%", "%%"))
            break
        directive = rest[at:at + 2]
        parts.append(rest[:at].replace("%", "%%"))
        if directive in names:
            parts.append(translate("Dates", names[directive]).replace("%", "%%"))
        else:
            parts.append(directive)
        rest = rest[at + 2:]
    return value.strftime("".join(parts))
