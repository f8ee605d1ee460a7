"""The summary's last parts: each Secure Base dimension with the moments chosen for it, then
the appendix, every entry of the period in full with its fact / opinion / "said by" marks, so
that none is dropped. Marks are bracketed labels and a type style (plain, italic, underlined),
so they read in greyscale too."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from carerdesk.domain.dimensions import OBSERVATION_PARTS, Dimension
from carerdesk.domain.report import ReportEntry
from carerdesk.domain.summary import Summary
from carerdesk.domain.summary_events import event_view
from carerdesk.domain.values import Observation
from carerdesk.domain.writing import MARK_TITLES, MOOD_TITLES, Mark, MarkKind
from carerdesk.reports.summary_style import (
    H1,
    H3,
    SMALL,
    ctx,
    day,
    esc,
    labelled,
    markup,
    p,
    style,
)
from carerdesk.text.i18n import translate

TIGHT = style(9)  # the appendix: a year's entries in as few pages as stay readable
STYLE = {
    MarkKind.FACT: ("", ""),
    MarkKind.OPINION: ("<i>", "</i>"),
    MarkKind.REPORTED: ("<u>", "</u>"),
}


def dimensions(summary: Summary) -> list[Any]:
    flow: list[Any] = [
        PageBreak(),
        p(translate("Summary", "The five dimensions"), H1),
        p(
            translate(
                "Summary",
                'Entries carry no "bring to supervision" star yet, so the moments below are chosen '
                "by rule: the fullest in the Interview's shape, at most three. Every entry of the "
                "period is in the appendix.",
            ),
            SMALL,
        ),
    ]
    for dim in Dimension:
        info = dim.info
        head = [
            p(translate("Dimension", info.title), style(12.5, True, spaceBefore=8)),
            p(
                translate(
                    "Summary", "Helps the child to {benefit}. The carer is thinking: {thinking}"
                ).format(
                    benefit=translate("Dimension", info.helps_child_to),
                    thinking=translate("Dimension", info.carer_thinking),
                ),
                SMALL,
            ),
        ]
        examples = summary.examples(dim)
        if not examples:
            flow.append(
                KeepTogether(
                    head + [p(translate("Summary", "No example recorded in this period."))]
                )
            )
            continue
        flow += head
        for entry, obs in examples:
            flow.append(
                KeepTogether(
                    [p(day(entry.content.date) + _rating(obs), H3), *_parts(obs), Spacer(1, 2 * mm)]
                )
            )
    return flow


def _rating(obs: Observation) -> str:
    bits = []
    if obs.rating is not None:
        bits.append(translate("Summary", "rated {n}/10").format(n=obs.rating))
    if obs.rating_birth is not None:
        bits.append(translate("Summary", "birth family {n}/10").format(n=obs.rating_birth))
    return f" · {', '.join(bits)}" if bits else ""


def _parts(obs: Observation) -> list[Any]:
    return [
        labelled(translate("Dimension", label), getattr(obs, key))
        for key, label in OBSERVATION_PARTS
        if getattr(obs, key)
    ]


def marked(text: str, marks: tuple[Mark, ...]) -> str:
    """The narrative as markup, each marked passage in brackets with its label."""
    out, at = [], 0
    for mark in sorted(marks, key=lambda m: m.start):
        if mark.start < at:
            continue  # overlapping spans are not written by CarerDesk; never print twice
        out.append(esc(text[at : mark.start]))
        label = escape(translate("Writing", MARK_TITLES[mark.kind]))
        start, end = STYLE[mark.kind]
        out.append(f"<b>[{label}:</b> {start}{esc(text[mark.start : mark.end])}{end}<b>]</b>")
        at = mark.end
    out.append(esc(text[at:]))
    return "".join(out)


def appendix(summary: Summary) -> list[Any]:
    keys = ", ".join(f"[{translate('Writing', MARK_TITLES[k])}: …]" for k in MarkKind)
    flow: list[Any] = [
        PageBreak(),
        p(translate("Summary", "Appendix: every entry of the period"), H1),
        p(
            translate(
                "Summary",
                "In date order, in full. The carer's marks are shown as {keys}; opinions are in "
                "italics and what someone else said is underlined.",
            ).format(keys=keys),
            SMALL,
        ),
    ]
    for entry in summary.entries:
        flow += _entry(entry)
    if not summary.entries:
        flow.append(p(translate("Summary", "No entries in this period.")))
    return flow


def _entry(entry: ReportEntry) -> list[Any]:
    c = entry.content
    head = [day(c.date)]
    if c.mood:
        head.append(
            translate("Summary", "mood: {mood}").format(
                mood=translate("Writing", MOOD_TITLES[c.mood])
            )
        )
    if c.categories:
        head.append(", ".join(translate("Category", cat.title) for cat in c.categories))
    if entry.version > 1:
        head.append(translate("Summary", "amended (version {n})").format(n=entry.version))
    flow: list[Any] = [p(" · ".join(head), H3)]
    if c.significant:
        view = event_view(entry)
        flow.append(
            p(
                translate(
                    "Summary", "Significant event: {kind} (with who was told, on the first page)"
                ).format(kind=ctx(view.title)),
                style(9.5, True),
            )
        )
    if c.text:
        flow.append(markup(marked(c.text, c.marks), TIGHT))
    for dim, obs in c.observations.items():
        parts = [f"<b>{esc(translate('Dimension', dim.info.title) + _rating(obs))}.</b>"]
        parts += [
            f"<font color='#546e7a'>{esc(translate('Dimension', label))}:</font> "
            f"{esc(getattr(obs, key))}"
            for key, label in OBSERVATION_PARTS
            if getattr(obs, key)
        ]
        flow.append(markup(" ".join(parts), TIGHT))
    if c.voice:
        flow.append(labelled(translate("Summary", "In the child's words"), f"“{c.voice}”", TIGHT))
    if c.reflection:
        flow.append(labelled(translate("Summary", "The carer's reflection"), c.reflection, TIGHT))
    return flow + [Spacer(1, 2.5 * mm)]
