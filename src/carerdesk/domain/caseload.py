"""What a social worker's caseload view flags about one report and one child (no I/O).

Open safeguarding events: a significant event whose record does not show both the
supervising social worker and the fostering service told (domain/summary_events.py reads
who was told); an older event, whose "who was told" is free text, only when no one was told.
Goals due: an open goal in the child's plan whose review date has come with no review since
(domain/goals.review_due). Overdue: no report for longer than the agreed interval after the
end of the last one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from carerdesk.domain.events import ROLE_TITLES, TellRole
from carerdesk.domain.goals import review_due
from carerdesk.domain.report import PeriodReport
from carerdesk.domain.summary_events import Gap, event_view
from carerdesk.domain.summary_records import RecordsSummary

# Told both of these, an event has reached the people who must act on it.
MUST_BE_TOLD = frozenset({ROLE_TITLES[TellRole.SUPERVISING_SOCIAL_WORKER],
                          ROLE_TITLES[TellRole.FOSTERING_SERVICE]})


@dataclass(frozen=True)
class ReportFacts:
    """What one report's data says that the caseload shows; ids only, never words."""

    open_events: frozenset[str]  # entry ids
    goals_due: frozenset[str]  # goal record ids


def report_facts(report: PeriodReport, today: dt.date) -> ReportFacts:
    events = set()
    for entry in report.entries:
        if entry.content.significant is None:
            continue
        view = event_view(entry)
        if view.roles_known:
            told = {t.role for t in view.told}
            if not told >= MUST_BE_TOLD:
                events.add(entry.id)
        elif Gap.NO_ONE_TOLD in view.gaps:
            events.add(entry.id)
    goals = {g.id for g in RecordsSummary(report).goals() if review_due(g.goal, g.latest, today)}
    return ReportFacts(frozenset(events), frozenset(goals))


def overdue_days(last_until: dt.date, interval: dt.timedelta, today: dt.date) -> int:
    """Days past the date the next report was due (0 when it is not due yet)."""
    return max(0, (today - (last_until + interval)).days)
