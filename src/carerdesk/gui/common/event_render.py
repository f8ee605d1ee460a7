"""A significant event's detail as HTML for the preview pane and the history."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from carerdesk.domain.events import KINDS, EventDetail, Missing, warnings
from carerdesk.text.dates import strftime


def _t(text: str, context: str = "EventRender") -> str:
    return QCoreApplication.translate(context, text)  # i18n: forwards a marked string


def _esc(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def _at(moment: dt.datetime | None) -> str:
    return strftime(moment.astimezone(), "%d %b %Y %H:%M") if moment else "-"


def event_html(detail: EventDetail, nudges: bool = True) -> str:
    """``nudges``: the app's reminders (no one from the service told…) after the record,
    for the screen; never in a printed record, which holds what was written only."""
    kind = _t(KINDS[detail.kind], "Events") if detail.kind in KINDS else detail.kind
    lines = [f"<b>{_esc(kind)}</b>, {_esc(_at(detail.happened_at))}"]
    for label, value in ((_t("Where"), detail.where), (_t("Present"), detail.present),
                         (_t("What happened"), detail.what_happened),
                         (_t("What I did and said"), detail.carer_response),
                         (_t("Follow-up"), detail.follow_up)):
        if value:
            lines.append(f"<i>{_esc(label)}:</i> {_esc(value)}")
    if detail.child_words:
        lines.append(f"<i>{_esc(_t('In their words'))}:</i> “{_esc(detail.child_words)}”")
    for row in detail.told:
        how = f", {_esc(row.how)}" if row.how else ""
        lines.append(_esc(_t("Told: {name} ({role}), {when}")).format(
            name=_esc(row.name), role=_esc(_t(row.role.title, "Events")),
            when=_esc(_at(row.when))) + how)
    missing = detail.missing
    if missing:
        if (said := _missing_line(missing)):
            lines.append(said)
        if missing.return_conversation:
            lines.append(f"<i>{_esc(_t('The return conversation'))}:</i> "
                         f"{_esc(missing.return_conversation)}")
    if nudges:
        lines += [f"<i>{_esc(_t(w, 'Events'))}</i>" for w in warnings(detail)]
    return '<p style="color:#a4262c">' + "<br>".join(lines) + "</p>"


def _missing_line(missing: Missing) -> str:
    """Last seen, reported (to whom, the reference), back: only the parts there are; not a
    word of reporting when it was not reported."""
    words = {  # each a literal call, for lupdate
        "seen": QCoreApplication.translate("EventRender", "Last seen {seen}"),
        "reported_at": QCoreApplication.translate("EventRender", "reported {when}"),
        "reported": QCoreApplication.translate("EventRender", "reported"),
        "to": QCoreApplication.translate("EventRender", "to {to}"),
        "ref": QCoreApplication.translate("EventRender", "(ref. {ref})"),
        "back": QCoreApplication.translate("EventRender", "back {back}"),
    }

    def said(key: str, **values: str) -> str:
        return _esc(words[key]).format(**{k: _esc(v) for k, v in values.items()})

    parts = [said("seen", seen=_at(missing.last_seen))] if missing.last_seen else []
    if missing.reported_at or missing.reported_to or missing.police_reference:
        report = [said("reported_at", when=_at(missing.reported_at)) if missing.reported_at
                  else said("reported")]
        if missing.reported_to:
            report.append(said("to", to=missing.reported_to))
        if missing.police_reference:
            report.append(said("ref", ref=missing.police_reference))
        parts.append(" ".join(report))
    if missing.back_at:
        parts.append(said("back", back=_at(missing.back_at)))
    line = "; ".join(parts)
    return line[:1].upper() + line[1:]
