"""An entry as HTML for the preview pane and the history, in the carer's own words."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from carerdesk.domain.categories import SIGNIFICANT_EVENT_TITLES
from carerdesk.domain.dimensions import COLOURS, OBSERVATION_PARTS
from carerdesk.domain.values import EntryContent
from carerdesk.domain.writing import MARK_TITLES, MarkKind
from carerdesk.gui.common.event_render import event_html
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import translate

DIMENSION_COLOURS = COLOURS
MARK_COLOURS = {MarkKind.FACT: "#e3f2fd", MarkKind.OPINION: "#fff3e0",
                MarkKind.REPORTED: "#f3e5f5"}


def t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)  # i18n: forwards a marked string


def _esc(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def _narrative(content: EntryContent) -> str:
    text, out, pos = content.text, [], 0
    for mark in content.marks:
        out.append(_esc(text[pos:mark.start]))
        title = t("Writing", MARK_TITLES[mark.kind])
        # Dark ink on the pale mark, whatever the look: white on pale blue could not be read.
        out.append(f'<span style="background:{MARK_COLOURS[mark.kind]}; color:#000000" '
                   f'title="{title}">'
                   f"{_esc(text[mark.start:mark.end])}</span>")
        pos = mark.end
    out.append(_esc(text[pos:]))
    return "".join(out)


def entry_html(content: EntryContent, child_names: dict[str, str], nudges: bool = True) -> str:
    names = ", ".join(child_names.get(c, "?") for c in content.child_ids)
    parts = [f"<h3>{strftime(content.date, '%A %d %B %Y')}</h3>",
             f"<p><i>{_esc(names)}</i>"]
    if content.mood:
        parts.append(" · " + _esc(t("Writing", content.mood.title)))
    parts.append("</p>")
    if content.significant and content.significant.detail:
        parts.append(event_html(content.significant.detail, nudges))
    elif content.significant:  # written before events had their own parts
        sig = content.significant
        told = translate("Render", "Told: {who}, {when}").format(
            who=_esc(sig.who_was_told or "-"),
            when=strftime(sig.told_at.astimezone(), "%d %b %Y %H:%M") if sig.told_at else "-")
        kind = _esc(t("Category", SIGNIFICANT_EVENT_TITLES[sig.kind]))
        parts.append(f'<p style="color:#a4262c"><b>{kind}'
                     f"</b><br>{told}<br>{_esc(sig.next_steps)}</p>")
    parts.append(f"<p>{_narrative(content)}</p>")
    for dim, obs in content.observations.items():
        colour = DIMENSION_COLOURS[dim]
        title = t("Dimension", dim.info.title)
        rating = f" ({obs.rating}/10)" if obs.rating is not None else ""
        if obs.rating_birth is not None:
            rating += " " + translate("Render", "(birth family {n}/10)").format(n=obs.rating_birth)
        parts.append(f'<p><b style="color:{colour}">{title}</b>{rating}<br>')
        for key, label in OBSERVATION_PARTS:
            value = getattr(obs, key)
            if value:
                parts.append(f"<i>{t('Dimension', label)}:</i> {_esc(value)}<br>")
        parts.append("</p>")
    if content.voice:
        said = translate("Render", "In their own words")
        parts.append(f"<p><b>{said}</b><br>“{_esc(content.voice)}”</p>")
    if content.reflection:
        mine = translate("Render", "My reflection")
        parts.append(f"<p><b>{mine}</b><br>{_esc(content.reflection)}</p>")
    if content.categories:
        cats = ", ".join(t("Category", c.title) for c in content.categories)
        parts.append(f"<p><small>{_esc(cats)}</small></p>")
    return "".join(parts)
