"""A kept record in the words of the carer's own screens and the supervision summary: a
heading and its labelled rows, in the record's own order, every id named (a person by name
and the child's name for them, a goal by what it is, an entry by its day), never printed.

One place for the closed record: its PDF (reports/handover_pdf.py) and its view
(gui/reports/closed_record_html.py) both draw from here, so the record an agency keeps, and
that a child may read at 18, says the same in each. Plain Python: no Qt, no reportlab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from carerdesk.domain import record_kinds
from carerdesk.domain.child_voice import ASK_TITLES, FACE_WORDS, FEELING, STATEMENT, WISHES
from carerdesk.domain.family_time import KIND as FAMILY_TIME
from carerdesk.domain.family_time import STATUS_TITLES as FAMILY_STATUS
from carerdesk.domain.family_time import TEXT_FIELDS
from carerdesk.domain.goals import SET_BY_TITLES, area_source
from carerdesk.domain.goals import STATUS_TITLES as GOAL_STATUS
from carerdesk.domain.input_errors import NotInitials
from carerdesk.domain.needs_profile import (
    CAPACITY,
    CAPACITY_AREAS,
    CARE_NEEDS,
    DOMAINS,
    KIND_TITLES,
    NEEDS,
)
from carerdesk.domain.profile import PROFILE_FIELDS, ROLE_TITLES, Living, PersonRole
from carerdesk.domain.profile import initials as profile_initials
from carerdesk.domain.profile_scale import AreaRating, signed
from carerdesk.domain.sb_review import BAND_TITLES, rated_source
from carerdesk.domain.sibling_parts import initials
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import QT_TRANSLATE_NOOP, Context, translate

RecordWords = Context("RecordWords")
Row = tuple[str, str]  # a label and its words, both in the reader's language

# The family time form's labels, as the supervision summary prints them (reports/summary_life).
FAMILY_LABELS = {
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

# The record kinds as a reader names them, in the order the closed record shows them.
KIND_HEADINGS: dict[str, Callable[[], str]] = {
    STATEMENT: lambda: RecordWords.tr("The child's own statements"),
    WISHES: lambda: RecordWords.tr("The child's wishes and feelings"),
    FEELING: lambda: RecordWords.tr("How the child said they felt"),
    FAMILY_TIME: lambda: translate("Summary", "Family time"),
    "goal": lambda: RecordWords.tr("Goals"),
    "goal-review": lambda: RecordWords.tr("Goal reviews"),
    NEEDS: lambda: translate("Profiles", KIND_TITLES[NEEDS]),
    CARE_NEEDS: lambda: translate("Profiles", KIND_TITLES[CARE_NEEDS]),
    CAPACITY: lambda: translate("Profiles", KIND_TITLES[CAPACITY]),
    "sb-review": lambda: translate("Summary", "Secure Base reviews"),
}

_CONTEXTS: dict[str, Callable[[str], str]] = {  # written out for lupdate's literal contexts
    "Goals": lambda source: translate("Goals", source),
    "Dimension": lambda source: translate("Dimension", source),
    "SecureBaseGuide": lambda source: translate("SecureBaseGuide", source),
}


@dataclass(frozen=True)
class Card:
    """One version of one record as it is read: its heading, then its rows in order."""

    heading: str
    rows: tuple[Row, ...] = ()


def day(text: str | dt.date | None) -> str:
    """A stored day as the summary writes it: Wed 18 Dec 2024."""
    if not text:
        return ""
    value = text if isinstance(text, dt.date) else dt.date.fromisoformat(text)
    return strftime(value, "%a %d %b %Y")


def _ctx(pair: tuple[str, str]) -> str:
    context, source = pair
    return _CONTEXTS[context](source) if context in _CONTEXTS else source


def quoted(text: str) -> str:
    return f"“{text}”"


def person_label(content: dict[str, Any]) -> str:
    """Someone as the carer's People list names them: their name and, if the child calls
    them something else, that in brackets; another fostered child by initials only."""
    name, family = str(content.get("name") or ""), content.get("family_name")
    if content.get("role") == PersonRole.FOSTERED_CHILD.value:
        try:
            return profile_initials(name)
        except NotInitials:
            return initials(name)
    return f"{name} ({family})" if family and family != name else name


def role_words(role: str | None) -> str:
    try:
        return translate("Profile", ROLE_TITLES[PersonRole(role or "")])
    except ValueError:  # a role this CarerDesk does not know: someone else
        return translate("Profile", ROLE_TITLES[PersonRole.OTHER])


class Names:
    """What the ids in a handed-over record name, read from the record itself."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self._people = {p.get("id"): person_label(p["versions"][-1]["content"])
                        for p in doc["people"]}
        self._people[doc["child"].get("id")] = doc["child"]["name"]
        self._goals = {r.get("id"): str(r["versions"][-1]["content"].get("what") or "")
                       for r in doc["records"] if r["kind"] == "goal"}
        self._entries = {e.get("id"): e["versions"][-1]["content"].get("date")
                         for e in doc["entries"]}

    def person(self, ident: str) -> str:
        return self._people.get(ident) or RecordWords.tr("someone no longer in the record")

    def people(self, idents: Any) -> str:
        return ", ".join(self.person(i) for i in idents or ())

    def goal(self, ident: str) -> str:
        return self._goals.get(ident) or RecordWords.tr("a goal no longer in the record")

    def entry(self, ident: str) -> str:
        when = self._entries.get(ident)
        if not when:
            return RecordWords.tr("an entry no longer in the record")
        return RecordWords.tr("the entry of {day}").format(day=day(when))

    def entries(self, idents: Any) -> str:
        return "; ".join(self.entry(i) for i in idents or ())


def _rows(pairs: list[tuple[str, Any]]) -> tuple[Row, ...]:
    return tuple((label, str(value)) for label, value in pairs if value not in (None, ""))


def child_card(stored: dict[str, Any]) -> Card:
    """The child's name and dates (and on a profile version, every part of the profile)."""
    rows = [(RecordWords.tr("Name"), stored.get("name")),
            (RecordWords.tr("Born"), day(stored.get("born"))),
            (RecordWords.tr("Placed"), day(stored.get("placed"))),
            (RecordWords.tr("Placement ended"), day(stored.get("ended")))]
    parts = stored.get("parts") or {}
    rows += [(translate("Profile", title), parts.get(key)) for key, title in
             PROFILE_FIELDS.items()]
    rows += [(key.replace("_", " "), value) for key, value in parts.items()
             if key not in PROFILE_FIELDS]  # a part from a later CarerDesk, kept
    return Card(str(stored.get("name") or ""), _rows(rows))


def person_card(stored: dict[str, Any]) -> Card:
    """Someone around the child, as the People form has them; their role as the ecomap
    says it (a brother or sister with where they live)."""
    role = role_words(stored.get("role"))
    if stored.get("living") == Living.TOGETHER.value:
        role = translate("Ecomap", "{role}, lives with the child").format(role=role)
    elif stored.get("living") == Living.APART.value:
        role = translate("Ecomap", "{role}, lives apart").format(role=role)
    return Card(person_label(stored), _rows([
        (RecordWords.tr("Role"), role),
        (RecordWords.tr("The child's name for them"), stored.get("family_name")),
        (RecordWords.tr("How the child relates to them"), stored.get("relation")),
        (RecordWords.tr("Notes"), stored.get("notes"))]))


def record_card(kind: str, stored: dict[str, Any], names: Names) -> Card:
    """One version of a record of ``kind`` as its screens and the summary word it."""
    draw = _CARDS.get(kind)
    if draw is None:
        return _any_card(kind, stored, names)
    return draw(record_kinds.codec_for(kind).load(dict(stored)), names)


def _family_time(value: Any, names: Names) -> Card:
    rows = [(translate("Summary", "With"), names.people(value.people))]
    for key in TEXT_FIELDS:
        text = getattr(value, key)
        rows.append((translate("Summary", FAMILY_LABELS[key]),
                     quoted(text) if key == "words" and text else text))
    status = translate("FamilyTime", FAMILY_STATUS[value.status])
    return Card(f"{day(value.date)} · {status}", _rows(rows))


def _goal(value: Any, names: Names) -> Card:
    return Card(f"{_ctx(area_source(value.area))}: {value.what}", _rows([
        (RecordWords.tr("Set"), day(value.set_on)),
        (RecordWords.tr("Set by"), translate("Goals", SET_BY_TITLES[value.set_by])),
        (RecordWords.tr("To reach by"), day(value.by_when)),
        (RecordWords.tr("Review on"), day(value.review_date)),
        (translate("Summary", "How we will know"), value.how_we_will_know),
        (translate("Summary", "Who helps"), value.who_helps),
        (RecordWords.tr("If this does not work"), value.contingency),
        (RecordWords.tr("Entries as evidence"), names.entries(value.evidence))]))


def _goal_review(value: Any, names: Names) -> Card:
    status = translate("Goals", GOAL_STATUS[value.status])
    return Card(f"{day(value.date)} · {status}", _rows([
        (RecordWords.tr("Goal"), names.goal(value.goal_id)),
        (RecordWords.tr("In words"), value.words)]))


def _area(area: AreaRating, names: Names) -> str:
    bits = []
    if area.rating is not None:
        view = f" ({translate('Profiles', area.view.title)})" if area.view else ""
        bits.append(signed(area.rating) + view)
    for label, text in ((RecordWords.tr("strengths"), area.strengths),
                        (RecordWords.tr("difficulties"), area.difficulties),
                        (RecordWords.tr("evidence"), area.evidence),
                        (RecordWords.tr("entries as evidence"), names.entries(area.entries))):
        if text:
            bits.append(f"{label}: {text}")
    return " · ".join(bits)


def _rated(kind: str, titles: dict[str, str]) -> Callable[[Any, Names], Card]:
    def draw(value: Any, names: Names) -> Card:
        rows: list[tuple[str, Any]] = []
        if kind == CAPACITY:
            rows.append((RecordWords.tr("Made with"), value.social_worker))
        rows += [(translate("Profiles", titles[key]) if key in titles else key,
                  _area(area, names)) for key, area in value.areas.items()]
        return Card(day(value.day), _rows(rows))
    return draw


def _care_needs(value: Any, names: Names) -> Card:
    rows = []
    for need in value.needs:
        linked = (f" ({translate('Profiles', DOMAINS[need.domain])})"
                  if need.domain in DOMAINS else "")
        rows.append((need.area + linked, need.needed))
    return Card(day(value.day), _rows(rows))


def _sb_review(value: Any, names: Names) -> Card:
    rows = []
    for key, rating in value.ratings.items():
        score = "–" if rating.score is None else f"{rating.score}/10"
        rows.append((_ctx(rated_source(key)),
                     score + (f" · {rating.words}" if rating.words else "")))
    rows.append((RecordWords.tr("In words"), value.words))
    band = translate("SecureBaseGuide", BAND_TITLES[value.band])
    return Card(f"{day(value.date)} · {band}", _rows(rows))


def _child_voice(value: Any, names: Names) -> Card:
    lead = [day(value.date)]
    face, ask = getattr(value, "face", None), getattr(value, "ask", None)
    if face is not None:
        lead.append(translate("ChildVoice", FACE_WORDS[face]))
    if ask is not None:
        lead.append(translate("ChildVoice", ASK_TITLES[ask]))
    if value.unfinished:
        lead.append(RecordWords.tr("kept when the page locked before Save"))
    return Card(" · ".join(lead), _rows([
        (RecordWords.tr("In their own words"), quoted(value.words) if value.words else None)]))


def _any_card(kind: str, stored: dict[str, Any], names: Names) -> Card:
    """A kind this CarerDesk cannot word (none is imported): its fields by name, in order."""
    rows = [(key.replace("_", " "), _plain(value, names)) for key, value in stored.items()
            if key not in ("people", "evidence", "goal")]
    rows.append((translate("Summary", "With"), names.people(stored.get("people"))))
    return Card(kind, _rows(rows))


def _plain(value: Any, names: Names) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k.replace('_', ' ')}: {_plain(v, names)}" for k, v in value.items()
                         if v not in (None, "", [], {}))
    if isinstance(value, list):
        return "; ".join(_plain(v, names) for v in value)
    return "" if value is None else str(value)


_CARDS: dict[str, Callable[[Any, Names], Card]] = {
    FAMILY_TIME: _family_time, "goal": _goal, "goal-review": _goal_review,
    NEEDS: _rated(NEEDS, DOMAINS), CAPACITY: _rated(CAPACITY, CAPACITY_AREAS),
    CARE_NEEDS: _care_needs, "sb-review": _sb_review,
    FEELING: _child_voice, WISHES: _child_voice, STATEMENT: _child_voice,
}


def page_rows(page: dict[str, Any]) -> tuple[Row, ...]:
    """A life-story page's where, who and the child's words, as its own form names them."""
    voice = page.get("voice")
    return _rows([(RecordWords.tr("Where"), page.get("place")),
                  (RecordWords.tr("Who was there"), page.get("people")),
                  (RecordWords.tr("In their own words"), quoted(voice) if voice else None)])


def kind_heading(kind: str) -> str:
    return KIND_HEADINGS[kind]() if kind in KIND_HEADINGS else kind


__all__ = ["KIND_HEADINGS", "Card", "Names", "child_card", "day", "kind_heading",
           "page_rows", "person_card", "person_label", "record_card", "role_words"]
