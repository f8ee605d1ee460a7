"""The summary's first page: what can be taken in within a minute. The headline, what went
well, every significant event with who was told and when (gaps flagged in plain words), and
the questions the carer brings."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from carerdesk.domain.goals import area_source
from carerdesk.domain.needs_profile import DOMAINS, NEEDS
from carerdesk.domain.report import PeriodReport
from carerdesk.domain.summary import Summary
from carerdesk.domain.summary_events import EventView, Gap, event_view
from carerdesk.domain.summary_records import RecordsSummary
from carerdesk.reports.summary_style import (
    BODY,
    FLAG,
    H2,
    SAFEGUARDING,
    SMALL,
    ctx,
    day,
    labelled,
    moment,
    p,
    style,
)
from carerdesk.text.i18n import QT_TRANSLATE_NOOP, translate

SHORT = 300  # characters of an entry quoted on the first page; the appendix has it all

GAP_WORDS = {
    Gap.SERVICE_NOT_TOLD: QT_TRANSLATE_NOOP(
        "Summary",
        "Neither the supervising social worker nor the fostering service is recorded as told.",
    ),
    Gap.TOLD_LATE: QT_TRANSLATE_NOOP(
        "Summary", "The first person was told more than 24 hours after it happened."
    ),
    Gap.NO_ONE_TOLD: QT_TRANSLATE_NOOP("Summary", "No one is recorded as told."),
    Gap.WHEN_NOT_RECORDED: QT_TRANSLATE_NOOP("Summary", "When they were told is not recorded."),
}


def _short(text: str) -> str:
    return text if len(text) <= SHORT else text[:SHORT].rstrip() + "…"


def front(report: PeriodReport, summary: Summary, records: RecordsSummary) -> list[Any]:
    period = translate("Summary", "{since} to {until}").format(
        since=day(report.since), until=day(report.until)
    )
    who = translate(
        "Summary", "Carer: {carer} · Household: {household} · Agency: {agency} · Made {made}"
    ).format(
        carer=report.carer,
        household=report.household,
        agency=report.agency or "—",
        made=moment(report.made_at),
    )
    flow: list[Any] = [
        p(translate("Summary", "Supervision summary"), style(20, True)),
        p(f"{report.child} · {period}", style(13, colour=SMALL.textColor)),
        p(who, SMALL),
        Spacer(1, 3 * mm),
        p(translate("Summary", "In a sentence"), H2),
        p(report.notes.headline or translate("Summary", "No headline added.")),
    ]
    flow += _went_well(summary, records)
    flow += _events(summary)
    flow += [
        p(translate("Summary", "The carer's questions"), H2),
        p(report.notes.questions or translate("Summary", "No questions added.")),
        PageBreak(),
    ]
    return flow


def _went_well(summary: Summary, records: RecordsSummary) -> list[Any]:
    flow: list[Any] = [p(translate("Summary", "What went well"), H2)]
    for entry in summary.achievements():
        flow.append(labelled(day(entry.content.date), _short(entry.content.text or "")))
    for goal in records.achieved():
        area = ctx(area_source(goal.goal.area))
        flow.append(labelled(translate("Summary", "Goal achieved"), f"{area}: {goal.goal.what}"))
    needs = records.profile(NEEDS)
    if needs is not None and needs.new:
        for key, area in needs.latest.value.areas.items():
            if area.strengths:
                flow.append(
                    labelled(
                        translate("Summary", "Strength: {area}").format(
                            area=translate("Profiles", DOMAINS.get(key, key))
                        ),
                        area.strengths,
                    )
                )
    if len(flow) == 1:
        flow.append(
            p(
                translate(
                    "Summary", "No achievement, goal achieved or strength recorded in this period."
                )
            )
        )
    return flow


def _events(summary: Summary) -> list[Any]:
    views = [event_view(e) for e in summary.significant()]
    flagged = sum(1 for v in views if v.gaps)
    flow: list[Any] = [p(translate("Summary", "Significant events"), H2)]
    if not views:
        return flow + [p(translate("Summary", "No significant events in this period."))]
    flow.append(
        p(
            translate(
                "Summary",
                "Significant events in this period: {n}. With a gap in who was told or "
                "when: {flagged}.",
            ).format(n=len(views), flagged=flagged),
            BODY,
        )
    )
    for view in views:
        flow.append(KeepTogether(_event(view)))
    return flow


def _event(view: EventView) -> list[Any]:
    when = moment(view.happened) if view.happened else day(view.day)
    flow: list[Any] = [
        p(f"{when} · {ctx(view.title)}", style(10.5, True, SAFEGUARDING, spaceBefore=4)),
        p(_short(view.what)),
    ]
    if view.child_words:
        flow.append(
            labelled(translate("Summary", "The child said"), f"“{_short(view.child_words)}”")
        )
    for told in view.told:
        bits = [told.name]
        if told.role:
            bits[0] += f" ({translate('Events', told.role)})"
        if told.how:
            bits.append(told.how)
        bits.append(moment(told.when) if told.when else translate("Summary", "time not recorded"))
        flow.append(labelled(translate("Summary", "Told"), ", ".join(bits)))
    for gap in view.gaps:
        flow.append(
            p(
                translate("Summary", "Gap: {what}").format(
                    what=translate("Summary", GAP_WORDS[gap])
                ),
                FLAG,
            )
        )
    if view.told and not view.roles_known:
        flow.append(
            p(
                translate(
                    "Summary",
                    "Recorded before roles were kept: check that the supervising social "
                    "worker or the fostering service was told.",
                ),
                SMALL,
            )
        )
    if view.follow_up:
        flow.append(labelled(translate("Summary", "Next"), view.follow_up))
    return flow + [Spacer(1, 2 * mm)]
