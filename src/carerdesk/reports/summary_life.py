"""The summary's sections on the child's life in the period: family time (from its own
records, never from the category tick on an entry), health and education, the child's own
words in their context, the carer's wellbeing if they shared it, and life-story pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from carerdesk.domain.categories import Category
from carerdesk.domain.child_voice import ASK_TITLES, FACE_WORDS, FEELING, WISHES
from carerdesk.domain.child_voice import KINDS as CHILD_KINDS
from carerdesk.domain.family_time import STATUS_TITLES, TEXT_FIELDS, FamilyTime, FamilyTimeStatus
from carerdesk.domain.report import PeriodReport
from carerdesk.domain.summary import Summary
from carerdesk.domain.summary_events import event_view
from carerdesk.domain.summary_records import RecordsSummary
from carerdesk.reports.summary_style import (
    FULL,
    H1,
    H2,
    H3,
    SMALL,
    day,
    labelled,
    p,
    table,
)
from carerdesk.text.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = 200  # characters of the entry shown beside the child's words

FIELD_LABELS = {
    "where": QT_TRANSLATE_NOOP("Summary", "Where"),
    "supervised_by": QT_TRANSLATE_NOOP("Summary", "Supervised by"),
    "cancelled_by": QT_TRANSLATE_NOOP("Summary", "Cancelled by"),
    "why": QT_TRANSLATE_NOOP("Summary", "Why"),
    "before": QT_TRANSLATE_NOOP("Summary", "Before"),
    "during": QT_TRANSLATE_NOOP("Summary", "During"),
    "after": QT_TRANSLATE_NOOP("Summary", "After"),
    "words": QT_TRANSLATE_NOOP("Summary", "The child said"),
    "noticed": QT_TRANSLATE_NOOP("Summary", "What the carer noticed"),
}


def life(report: PeriodReport, summary: Summary, records: RecordsSummary) -> list[Any]:
    return (
        _family_time(records)
        + _health(summary)
        + _voices(summary, records)
        + _own_page(report)
        + _wellbeing(report)
        + _pages(report)
    )


def _status(value: FamilyTime) -> str:
    return _status_title(value.status)


def _family_time(records: RecordsSummary) -> list[Any]:
    flow: list[Any] = [CondPageBreak(60 * mm), p(translate("Summary", "Family time"), H1)]
    counts = records.family_time_counts()
    flow.append(p(" · ".join(f"{_status_title(s)}: {n}" for s, n in counts.items())))
    before = records.family_time_before()
    if before is not None:
        flow.append(
            p(
                translate(
                    "Summary", "The last family time before this period: {day}, {status}."
                ).format(day=day(before.date), status=_status(before).lower()),
                SMALL,
            )
        )
    times = records.family_time()
    if not times:
        return flow + [p(translate("Summary", "No family time recorded in this period."))]
    for one in times:
        parts: list[Any] = [p(f"{day(one.date)} · {_status(one)}", H3)]
        names = [n for n in (records.report.name_of(i) for i in one.people) if n]
        if names:
            parts.append(labelled(translate("Summary", "With"), ", ".join(names)))
        for key in TEXT_FIELDS:
            text = getattr(one, key)
            if text:
                shown = f"“{text}”" if key == "words" else text
                parts.append(labelled(translate("Summary", FIELD_LABELS[key]), shown))
        flow.append(KeepTogether(parts + [Spacer(1, 1.5 * mm)]))
    return flow


def _status_title(status: FamilyTimeStatus) -> str:
    return translate("FamilyTime", STATUS_TITLES[status])


def _dated(rows: list[tuple[str, str]]) -> Any:
    return table([[p(when, SMALL), p(text)] for when, text in rows], [32 * mm, FULL - 32 * mm])


def _health(summary: Summary) -> list[Any]:
    flow: list[Any] = [CondPageBreak(50 * mm), p(translate("Summary", "Health and education"), H1)]
    for title, categories in (
        (translate("Summary", "Health"), (Category.HEALTH, Category.MEDICATION)),
        (translate("Summary", "Education"), (Category.EDUCATION,)),
    ):
        flow.append(p(title, H2))
        entries = summary.in_category(*categories)
        if not entries:
            flow.append(p(translate("Summary", "Nothing recorded in this period.")))
            continue
        flow.append(
            _dated([(day(e.content.date), e.content.text or _first_words(e)) for e in entries])
        )
    return flow


def _first_words(entry: Any) -> str:
    for obs in entry.content.observations.values():
        if obs.texts():
            return str(obs.texts()[0])
    return entry.content.voice or ""


def _clip(text: str) -> str:
    return text if len(text) <= CONTEXT else text[:CONTEXT].rstrip() + "…"


def _voices(summary: Summary, records: RecordsSummary) -> list[Any]:
    """Each time the child's words were kept, with what was happening around them."""
    flow: list[Any] = [
        CondPageBreak(50 * mm),
        p(translate("Summary", "In the child's own words"), H1),
    ]
    rows: list[tuple[dt.date, str]] = []
    for entry in summary.voices():
        around = _clip(entry.content.text or _first_words(entry))
        rows.append(
            (
                entry.content.date,
                f"“{entry.content.voice}”\n"
                + translate("Summary", "When: {context}").format(context=around),
            )
        )
    for view in (event_view(e) for e in summary.significant()):
        if view.child_words and view.child_words != view.entry.content.voice:
            rows.append(
                (
                    view.day,
                    f"“{view.child_words}”\n"
                    + translate("Summary", "During a significant event: {context}").format(
                        context=_clip(view.what)
                    ),
                )
            )
    for one in records.family_time():
        if one.words:
            rows.append((one.date, f"“{one.words}”\n" + translate("Summary", "At family time.")))
    if not rows:
        return flow + [p(translate("Summary", "No words of the child's recorded in this period."))]
    return flow + [_dated([(day(when), text) for when, text in sorted(rows, key=lambda r: r[0])])]


def _own_page(report: PeriodReport) -> list[Any]:
    """What the child put on their own page in the period, in their words, kept apart from
    the carer's record (and from the carer's view of the child's mood)."""
    rows: list[tuple[dt.date, str]] = []
    for record in report.records:
        if record.kind not in CHILD_KINDS or not report.since <= record.date <= report.until:
            continue
        value = record.value()
        if record.kind == FEELING:
            face = translate("ChildVoice", FACE_WORDS[value.face]) if value.face else ""
            said = f"“{value.words}”" if value.words else ""
            text = translate("Summary", "How I feel: {face} {words}").format(
                face=face, words=said).strip()
        elif record.kind == WISHES:
            text = translate("Summary", "What I want my social worker to know: “{words}”").format(
                words=value.words)
        else:
            text = translate("Summary", "{ask}: “{words}”").format(
                ask=translate("ChildVoice", ASK_TITLES[value.ask]), words=value.words)
        if value.unfinished:
            text += " " + translate("Summary", "(left unfinished)")
        rows.append((record.date, text))
    if not rows:
        return []
    flow: list[Any] = [
        CondPageBreak(40 * mm),
        p(translate("Summary", "From the child's own page"), H1),
        p(translate("Summary", "Written by the child, as they wrote it; the carer cannot change "
                               "it."), SMALL),
    ]
    return flow + [_dated([(day(when), text) for when, text in sorted(rows, key=lambda r: r[0])])]


def _wellbeing(report: PeriodReport) -> list[Any]:
    words = report.notes.wellbeing
    return [
        CondPageBreak(40 * mm),
        p(translate("Summary", "The carer's own wellbeing"), H1),
        p(words or translate("Summary", "Not shared this time.")),
    ]


def _pages(report: PeriodReport) -> list[Any]:
    if not report.pages:
        return []
    flow: list[Any] = [
        CondPageBreak(40 * mm),
        p(translate("Summary", "Life-story pages shared"), H2),
    ]
    for page in report.pages:
        flow += [p(page.title + (f" · {page.when}" if page.when else ""), H3), p(page.story)]
    return flow
