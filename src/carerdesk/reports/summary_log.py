"""The summary's last parts: each Secure Base dimension with the moments the carer starred
"bring to supervision" (all of them) before those chosen by rule, then the appendix, every
entry of the period in full with its fact / opinion / "said by" marks, its star and its
significant event's own detail, so that none is dropped and nothing sends the reader away.
Marks are bracketed labels and a type style (plain, italic, underlined), so they read in
greyscale too; a star is written as words (the PDF's font has no star glyph)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from carerdesk.domain.dimensions import OBSERVATION_PARTS, Dimension
from carerdesk.domain.report import ReportEntry
from carerdesk.domain.summary import Summary
from carerdesk.domain.summary_events import EventView, event_view
from carerdesk.domain.values import Observation
from carerdesk.domain.writing import MARK_TITLES, MOOD_TITLES, Mark, MarkKind
from carerdesk.reports.summary_front import GAP_WORDS
from carerdesk.reports.summary_style import (
    FLAG,
    H1,
    H3,
    SAFEGUARDING,
    SMALL,
    ctx,
    day,
    esc,
    labelled,
    markup,
    moment,
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


def _pick() -> str:
    return translate("Summary", "The carer's pick")


def _how_chosen(summary: Summary) -> str:
    if summary.any_starred:
        return translate(
            "Summary",
            'Under each dimension come first the moments the carer starred "bring to '
            "supervision\", every one, each headed \"The carer's pick\"; then at most three more "
            "chosen by rule: the fullest in the Interview's shape. Every entry of the period is "
            "in the appendix.",
        )
    return translate(
        "Summary",
        'The carer starred no entry "bring to supervision" in this period, so the moments '
        "below are chosen by rule: the fullest in the Interview's shape, at most three. Every "
        "entry of the period is in the appendix.",
    )


def dimensions(summary: Summary) -> list[Any]:
    flow: list[Any] = [
        PageBreak(),
        p(translate("Summary", "The five dimensions"), H1),
        p(_how_chosen(summary), SMALL),
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
        picks, examples = summary.picks(dim), summary.examples(dim)
        if not picks and not examples:
            flow.append(
                KeepTogether(
                    head + [p(translate("Summary", "No example recorded in this period."))]
                )
            )
            continue
        flow += head
        for entry, obs in picks:
            title = f"{_pick()} · {day(entry.content.date)}{_rating(obs)}"
            words = _parts(obs) or [p(entry.content.text)]  # a rating only: the day's words
            flow.append(KeepTogether([p(title, H3), *words, Spacer(1, 2 * mm)]))
        if picks and examples:
            flow.append(p(translate("Summary", "Chosen by rule:"), SMALL))
        for entry, obs in examples:
            flow.append(
                KeepTogether(
                    [p(day(entry.content.date) + _rating(obs), H3), *_parts(obs), Spacer(1, 2 * mm)]
                )
            )
    return flow + _starred_elsewhere(summary)


def _starred_elsewhere(summary: Summary) -> list[Any]:
    """Starred entries about no dimension: the carer's picks all the same."""
    entries = summary.starred_elsewhere()
    if not entries:
        return []
    flow: list[Any] = [
        p(translate("Summary", "Also starred by the carer"), style(12.5, True, spaceBefore=8))
    ]
    for entry in entries:
        flow.append(KeepTogether([p(f"{_pick()} · {day(entry.content.date)}", H3),
                                  markup(marked(entry.content.text, entry.content.marks)),
                                  Spacer(1, 2 * mm)]))
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
                "italics and what someone else said is underlined. An entry the carer starred "
                "\"bring to supervision\" says \"{pick}\" in its heading.",
            ).format(keys=keys, pick=_pick()),
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
    if entry.starred:
        head.append(_pick())
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
        flow += _event(event_view(entry))
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


def entry_flow(entry: ReportEntry) -> list[Any]:
    """One entry as the appendix prints it (the closed record's PDF prints each version so)."""
    return _entry(entry)


EVENT = style(9)


def _event(view: EventView) -> list[Any]:
    """A significant event's own detail, here in full: when, where, who was present, what
    happened, what the carer did, the child's words, each person told and when, the gaps,
    the follow-up, and for a child missing from home the times and the return conversation."""
    sig = view.entry.content.significant
    detail = sig.detail if sig else None
    when = moment(view.happened) if view.happened else day(view.day)
    flow: list[Any] = [p(translate("Summary", "Significant event: {kind}, {when}").format(
        kind=ctx(view.title), when=when), style(9.5, True, SAFEGUARDING))]
    parts = [(translate("Summary", "Where"), detail.where if detail else None),
             (translate("Summary", "Present"), detail.present if detail else None),
             (translate("Summary", "What happened"),
              detail.what_happened if detail else None),  # an old event's is the text below
             (translate("Summary", "What I did and said"),
              detail.carer_response if detail else None)]
    flow += [labelled(label, value, EVENT) for label, value in parts if value]
    if view.child_words and detail is not None:
        flow.append(labelled(translate("Summary", "The child said"), f"“{view.child_words}”",
                             EVENT))
    for told in view.told:
        bits = [told.name + (f" ({translate('Events', told.role)})" if told.role else "")]
        if told.how:
            bits.append(told.how)
        bits.append(moment(told.when) if told.when else translate("Summary", "time not recorded"))
        flow.append(labelled(translate("Summary", "Told"), ", ".join(bits), EVENT))
    flow += [p(translate("Summary", "Gap: {what}").format(
        what=translate("Summary", GAP_WORDS[gap])), FLAG) for gap in view.gaps]
    missing = detail.missing if detail else None
    if missing:
        def at(value: Any) -> str:
            return moment(value) if value else "-"

        flow.append(p(translate("Summary", "Last seen {seen}; reported {reported} to {to} (ref. "
                                           "{ref}); back {back}").format(
            seen=at(missing.last_seen), reported=at(missing.reported_at),
            to=missing.reported_to or "-", ref=missing.police_reference or "-",
            back=at(missing.back_at)), EVENT))
        if missing.return_conversation:
            flow.append(labelled(translate("Summary", "The return conversation"),
                                 missing.return_conversation, EVENT))
    if view.follow_up:
        flow.append(labelled(translate("Summary", "Next"), view.follow_up, EVENT))
    return flow
