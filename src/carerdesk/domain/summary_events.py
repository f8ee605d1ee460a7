"""Significant events as the summary shows them: who was told and when, and the gaps a
safeguarding lead looks for first (no I/O).

An event recorded with its detail (domain/events.py) says each person's role, so a missing
supervising social worker or fostering service can be named; an older one has only the free
text "who was told" and a time, so only what is certain is flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from carerdesk.domain.categories import SIGNIFICANT_EVENT_TITLES
from carerdesk.domain.events import KINDS, LATE, ROLE_TITLES, TellRole
from carerdesk.domain.report import ReportEntry


class Gap(StrEnum):
    SERVICE_NOT_TOLD = "service-not-told"  # neither the supervising social worker nor the service
    TOLD_LATE = "told-late"  # the first person told more than 24 hours after
    NO_ONE_TOLD = "no-one-told"
    WHEN_NOT_RECORDED = "when-not-recorded"


@dataclass(frozen=True)
class Telling:
    name: str
    role: str | None  # a role's title (context "Events"), None when not recorded
    when: dt.datetime | None
    how: str | None = None


@dataclass(frozen=True)
class EventView:
    entry: ReportEntry
    title: tuple[str, str]  # translation context and source text of its kind
    happened: dt.datetime | None  # None when only the day is known (the entry's date)
    what: str
    child_words: str | None
    told: tuple[Telling, ...]
    follow_up: str | None
    gaps: tuple[Gap, ...]
    roles_known: bool = True  # False for an older event: who was told is free text

    @property
    def day(self) -> dt.date:
        return self.entry.content.date


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.astimezone()


def event_view(entry: ReportEntry) -> EventView:
    sig = entry.content.significant
    assert sig is not None  # the caller passes significant entries only
    detail = sig.detail
    if detail is None:
        return _old_view(entry)
    told = tuple(Telling(r.name, ROLE_TITLES[r.role], r.when, r.how) for r in detail.told)
    gaps: list[Gap] = []
    roles = {r.role for r in detail.told}
    if not detail.told:
        gaps.append(Gap.NO_ONE_TOLD)
    if not roles & {TellRole.SUPERVISING_SOCIAL_WORKER, TellRole.FOSTERING_SERVICE}:
        gaps.append(Gap.SERVICE_NOT_TOLD)
    first = detail.first_told()
    if first and detail.happened_at and _aware(first) - _aware(detail.happened_at) > LATE:
        gaps.append(Gap.TOLD_LATE)
    title = ("Events", KINDS[detail.kind]) if detail.kind in KINDS else ("", detail.kind)
    return EventView(entry, title, detail.happened_at,
                     detail.what_happened or entry.content.text, detail.child_words, told,
                     detail.follow_up, tuple(gaps))


def _old_view(entry: ReportEntry) -> EventView:
    sig = entry.content.significant
    assert sig is not None
    gaps: list[Gap] = []
    if not sig.who_was_told:
        gaps.append(Gap.NO_ONE_TOLD)
    elif sig.told_at is None:
        gaps.append(Gap.WHEN_NOT_RECORDED)
    if sig.told_at is not None:
        # Only the day is known: late for certain once a full day has passed after it.
        next_midnight = dt.datetime.combine(entry.content.date + dt.timedelta(days=1),
                                            dt.time()).astimezone()
        if _aware(sig.told_at) - next_midnight > LATE:
            gaps.append(Gap.TOLD_LATE)
    told = (Telling(sig.who_was_told, None, sig.told_at),) if sig.who_was_told else ()
    return EventView(entry, ("Category", SIGNIFICANT_EVENT_TITLES[sig.kind]), None,
                     entry.content.text, entry.content.voice, told, sig.next_steps,
                     tuple(gaps), roles_known=False)
