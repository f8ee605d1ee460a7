"""A closed record (app/handover.py ``ClosedContent``) as readable HTML, section by section:
the entries with every earlier version and why it changed, significant events, the child's
own page in their words, family time, people, profiles, goals and reviews, the life-story
pages with their photos, and the reports sent.

Plain Python with no widget: the view builds it on a worker and shows it in read-only
browsers; the photos' bytes go with it, to become in-memory images (never a file).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from carerdesk.app.handover import ClosedContent, Version
from carerdesk.domain.child_voice import FEELING, STATEMENT, WISHES
from carerdesk.gui.common.render import entry_html
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


class _Names:
    """Ids in a record (people, goals, entries) shown as what they name."""

    def __init__(self, content: ClosedContent) -> None:
        self.ids: dict[str, str] = {}
        for kept, person in zip(content.doc["people"], content.people, strict=True):
            self.ids[kept["id"]] = str(person[-1].stored.get("name", ""))
        for kept, (kind, versions) in zip(content.doc["records"], content.records, strict=True):
            if kind == "goal":
                self.ids[kept["id"]] = str(versions[-1].stored.get("what", ""))
        for kept, versions in zip(content.doc["entries"], content.entries, strict=True):
            self.ids[kept["id"]] = Closed.tr("the entry of {date}").format(
                date=versions[-1].content.date.isoformat())

    def of(self, value: Any) -> str:
        if isinstance(value, dict):
            return ", ".join(f"{k.replace('_', ' ')}: {self.of(v)}" for k, v in value.items()
                             if v not in (None, "", [], {}))
        if isinstance(value, list):
            return "; ".join(self.of(v) for v in value)
        return self.ids.get(value, str(value)) if isinstance(value, str) else str(value)


def _fields(stored: dict[str, Any], names: _Names, skip: tuple[str, ...] = ()) -> str:
    """Every field of a stored document, by its key, as the PDF shows it."""
    rows = []
    first = [k for k in ("date", "set_on", "status") if k in stored]  # then by name
    for key, value in sorted(stored.items(), key=lambda kv: (kv[0] not in first,
                                                             first.index(kv[0]) if kv[0] in
                                                             first else 0, kv[0])):
        if key in skip or value in (None, "", [], {}):
            continue
        if isinstance(value, dict):
            rows += [f"<i>{_esc(key.replace('_', ' '))} · {_esc(k.replace('_', ' '))}:</i> "
                     f"{_esc(names.of(v))}" for k, v in value.items()
                     if v not in (None, "", [], {})]
        else:
            rows.append(f"<i>{_esc(key.replace('_', ' '))}:</i> {_esc(names.of(value))}")
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


def _records(content: ClosedContent, names: _Names, kinds: dict[str, str]) -> tuple[str, int]:
    parts, count = [], 0
    for kind, heading in kinds.items():
        of_kind = [versions for k, versions in content.records if k == kind]
        if of_kind and heading:
            parts.append(f"<h3>{_esc(heading)}</h3>")
        for versions in of_kind:
            count += 1
            parts.append(_history(versions, lambda v: _fields(v.stored, names)) + "<hr>")
    return "".join(parts), count


def _people(content: ClosedContent, names: _Names) -> tuple[str, int]:
    parts = []
    for versions in content.people:
        parts.append(f"<h3>{_esc(versions[-1].stored.get('name', ''))}</h3>")
        parts.append(_history(versions, lambda v: _fields(v.stored, names, ("name",))))
    return "".join(parts), len(content.people)


def _profiles(content: ClosedContent, names: _Names) -> tuple[str, int]:
    parts = []
    if len(content.names) > 1:  # the child's name or dates changed while placed here
        heading = Closed.tr("Name and dates: every version")
        parts.append(f"<h3>{_esc(heading)}</h3>")
        parts.append(_history(content.names, lambda v: _fields(v.stored, names)))
    if content.profile:
        heading = Closed.tr("Profile")
        parts.append(f"<h3>{_esc(heading)}</h3>")
        parts.append(_history(content.profile, lambda v: _fields(v.stored, names)))
    more, count = _records(content, names, {
        "needs": Closed.tr("Developmental needs profiles"),
        "care-needs": Closed.tr("Care needs profiles"), "capacity": Closed.tr("Capacity profiles")})
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
    names, photos = _Names(content), list[bytes]()
    made: list[tuple[str, str, tuple[str, int]]] = [
        ("entries", Closed.tr("&Entries"), _entries(content)),
        ("events", Closed.tr("&Significant events"), _entries(content, only_events=True)),
        ("voice", Closed.tr("Child's &own page"), _voice(content)),
        ("family", Closed.tr("&Family time"), _records(content, names, {"family-time": ""})),
        ("people", Closed.tr("&People"), _people(content, names)),
        ("profiles", Closed.tr("Profi&les"), _profiles(content, names)),
        ("goals", Closed.tr("&Goals and reviews"), _records(content, names, {
            "goal": Closed.tr("Goals"), "goal-review": Closed.tr("Goal reviews"),
            "sb-review": Closed.tr("Secure Base reviews")})),
        ("story", Closed.tr("Life s&tory"), _story(content, photos)),
        ("reports", Closed.tr("&Reports sent"), _reports(content))]
    nothing = Closed.tr("Nothing of this kind was handed over.")
    empty = f"<p><i>{_esc(nothing)}</i></p>"
    return Drawn([Section(key, title, body or empty, count)
                  for key, title, (body, count) in made], photos)
