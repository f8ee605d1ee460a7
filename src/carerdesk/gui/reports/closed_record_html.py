"""A closed record (app/handover.py ``ClosedContent``) as readable HTML, section by section:
the entries with every earlier version and why it changed, significant events, the child's
own page in their words, family time, people, profiles, goals and reviews, the life-story
pages with their photos, and the reports sent.

Plain Python with no widget: the view builds it on a worker and shows it in read-only
browsers; the photos' bytes go with it, to become in-memory images (never a file).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Callable
from dataclasses import dataclass, field

from carerdesk.app.handover import ClosedContent, Version
from carerdesk.domain.child_voice import FEELING, STATEMENT, WISHES
from carerdesk.domain.family_time import KIND as FAMILY_TIME
from carerdesk.domain.needs_profile import CAPACITY, CARE_NEEDS, NEEDS
from carerdesk.gui.common.render import entry_html
from carerdesk.reports.record_words import (
    Card,
    Names,
    child_card,
    kind_heading,
    person_card,
    person_label,
    record_card,
)
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import Context, translate

PHOTO_URL = "photo:{n}"


# By a name lupdate reads (text/i18n.py): the record's words, in the reader's language.
Closed = Context("Closed")


@dataclass
class Section:
    key: str  # entries, voice, events, family, people, profiles, goals, story, reports
    title: str  # the tab's title, with its mnemonic
    html: str
    count: int


@dataclass
class Drawn:
    sections: list[Section]
    photos: list[bytes] = field(default_factory=list)  # PHOTO_URL n is photos[n]


def _esc(text: object) -> str:
    return html.escape(str(text or "")).replace("\n", "<br>")


def _moment(moment: dt.datetime) -> str:
    return strftime(moment.astimezone(), "%d %b %Y %H:%M")


def _changed(version: Version, of: int) -> str:
    words = Closed.tr("Version {n} of {of}, saved {when}").format(
        n=version.number, of=of, when=_moment(version.saved_at))
    if version.reason:
        words += " · " + Closed.tr("why it changed: {reason}").format(reason=version.reason)
    return f'<p style="color:#555555"><small>{_esc(words)}</small></p>'


def _history(versions: list[Version], draw: Callable[[Version], str]) -> str:
    """The newest in full, then each earlier one, newest first, each with when and why."""
    newest, parts = versions[-1], []
    parts.append(draw(newest))
    if len(versions) > 1:
        parts.append(_changed(newest, len(versions)))
        earlier = Closed.tr("Earlier versions")
        parts.append(f"<p><b>{_esc(earlier)}</b></p>")
        parts.append('<blockquote style="color:#444444">')
        for version in reversed(versions[:-1]):
            parts.append(_changed(version, len(versions)) + draw(version))
        parts.append("</blockquote>")
    return "".join(parts)


def _card(card: Card, heading: bool = True) -> str:
    """A record's version as its screens word it (reports/record_words.py, as the PDF)."""
    rows = [f"<i>{_esc(label)}:</i> {_esc(value)}" for label, value in card.rows]
    if heading and card.heading:
        rows.insert(0, f"<b>{_esc(card.heading)}</b>")
    return "<p>" + "<br>".join(rows) + "</p>"


def _entries(content: ClosedContent, only_events: bool = False) -> tuple[str, int]:
    child = content.doc["child"]
    names = {child["id"]: child["name"]}
    parts, count = [], 0
    for versions in content.entries:
        if only_events and versions[-1].content.significant is None:
            continue
        count += 1
        parts.append(_history(versions, lambda v: entry_html(v.content, names)) + "<hr>")
    return "".join(parts), count


def _voice(content: ClosedContent) -> tuple[str, int]:
    """The child's own page: their words as theirs, never amended, each with its day."""
    child = content.doc["child"]["name"]
    intro = Closed.tr("Written by {child} on their own page, in their own words. Nobody "
                      "could change or remove them.").format(child=child)
    parts = [f"<p><i>{_esc(intro)}</i></p>"]
    headings = {FEELING: Closed.tr("How I feel"),
                WISHES: Closed.tr("What I want my social worker to know"),
                STATEMENT: Closed.tr("What I added to my record, or asked to change")}
    count = 0
    for kind, heading in headings.items():
        of_kind = [versions[-1].content for k, versions in content.records if k == kind]
        if not of_kind:
            continue
        parts.append(f"<h3>{_esc(heading)}</h3>")
        for said in of_kind:
            count += 1
            lead = [strftime(said.date, "%A %d %B %Y")]
            if kind == FEELING and said.face is not None:
                lead.append(translate("ChildVoice", said.face.words))
            if kind == STATEMENT:
                lead.append(translate("ChildVoice", said.ask.title))
            if said.unfinished:
                lead.append(Closed.tr("kept when the page locked before Save"))
            words = f"<br>“{_esc(said.words)}”" if said.words else ""
            parts.append(f'<p style="background:#fff8e1; color:#000000"><b>'
                         f'{_esc(" · ".join(lead))}</b>{words}</p>')
    return "".join(parts), count


def _records(content: ClosedContent, names: Names, kinds: dict[str, str]) -> tuple[str, int]:
    parts, count = [], 0
    for kind, heading in kinds.items():
        of_kind = [versions for k, versions in content.records if k == kind]
        if of_kind and heading:
            parts.append(f"<h3>{_esc(heading)}</h3>")
        draw = functools.partial(_record, kind, names)
        for versions in of_kind:
            count += 1
            parts.append(_history(versions, draw) + "<hr>")
    return "".join(parts), count


def _record(kind: str, names: Names, version: Version) -> str:
    return _card(record_card(kind, version.stored, names))


def _child(version: Version) -> str:
    return _card(child_card(version.stored), heading=False)


def _person(version: Version) -> str:
    return _card(person_card(version.stored), heading=False)


def _people(content: ClosedContent) -> tuple[str, int]:
    parts = []
    for versions in content.people:
        parts.append(f"<h3>{_esc(person_label(versions[-1].stored))}</h3>")
        parts.append(_history(versions, _person))
    return "".join(parts), len(content.people)


def _profiles(content: ClosedContent, names: Names) -> tuple[str, int]:
    parts = []
    if len(content.names) > 1:  # the child's name or dates changed while placed here
        heading = Closed.tr("Name and dates: every version")
        parts.append(f"<h3>{_esc(heading)}</h3>")
        parts.append(_history(content.names, _child))
    if content.profile:
        heading = Closed.tr("Profile")
        parts.append(f"<h3>{_esc(heading)}</h3>")
        parts.append(_history(content.profile, _child))
    more, count = _records(content, names, {
        kind: kind_heading(kind) for kind in (NEEDS, CARE_NEEDS, CAPACITY)})
    return "".join(parts) + more, count + (1 if content.profile else 0)


def _story(content: ClosedContent, photos: list[bytes]) -> tuple[str, int]:
    parts = []
    for page in content.pages:
        parts.append(f"<h2>{_esc(page['title'])}</h2>")
        if page.get("when"):
            parts.append(f"<p><small>{_esc(page['when'])}</small></p>")
        parts.append(f"<p>{_esc(page['story'])}</p>")
        for key, label in (("place", Closed.tr("Where")), ("people", Closed.tr("Who was there"))):
            if page.get(key):
                parts.append(f"<p><i>{_esc(label)}:</i> {_esc(page[key])}</p>")
        if page.get("voice"):
            said = Closed.tr("In their own words")
            parts.append(f'<p style="background:#fff8e1; color:#000000"><b>{_esc(said)}</b>'
                         f'<br>“{_esc(page["voice"])}”</p>')
        for photo in page["photos"]:
            width = min(int(photo["width"]), 480)
            alt = photo["caption"] or Closed.tr("A photo")
            parts.append(f'<p><img src="{PHOTO_URL.format(n=len(photos))}" width="{width}" '
                         f'alt="{_esc(alt)}"><br>'
                         f'<small>{_esc(photo["caption"] or "")}</small></p>')
            photos.append(photo["jpeg"])
        parts.append("<hr>")
    return "".join(parts), len(content.pages)


def _reports(content: ClosedContent) -> tuple[str, int]:
    rows = [Closed.tr("{since} to {until}, sent {when}; entries: {n}").format(
        since=sent["since"], until=sent["until"], n=sent["entries"],
        when=_moment(dt.datetime.fromisoformat(sent["made_at"])) if sent["made_at"] else "-")
        for sent in content.reports_sent]
    return "".join(f"<p>{_esc(row)}</p>" for row in rows), len(rows)


def draw(content: ClosedContent) -> Drawn:
    names, photos = Names(content.doc), list[bytes]()
    made: list[tuple[str, str, tuple[str, int]]] = [
        ("entries", Closed.tr("&Entries"), _entries(content)),
        ("events", Closed.tr("&Significant events"), _entries(content, only_events=True)),
        ("voice", Closed.tr("Child's &own page"), _voice(content)),
        ("family", Closed.tr("&Family time"), _records(content, names, {FAMILY_TIME: ""})),
        ("people", Closed.tr("&People"), _people(content)),
        ("profiles", Closed.tr("Profi&les"), _profiles(content, names)),
        ("goals", Closed.tr("&Goals and reviews"), _records(content, names, {
            kind: kind_heading(kind) for kind in ("goal", "goal-review", "sb-review")})),
        ("story", Closed.tr("Life s&tory"), _story(content, photos)),
        ("reports", Closed.tr("&Reports sent"), _reports(content))]
    nothing = Closed.tr("Nothing of this kind was handed over.")
    empty = f"<p><i>{_esc(nothing)}</i></p>"
    return Drawn([Section(key, title, body or empty, count)
                  for key, title, (body, count) in made], photos)
