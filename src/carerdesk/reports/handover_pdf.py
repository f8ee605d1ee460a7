"""The closed record's own PDF: a child's whole record as it was handed over, every earlier
version with when and why it changed, the life-story pages with their photos.

Drawn in the supervisor's vault from the handover body it imported (exchange/handover_body.py),
so what is read is exactly what the carer signed. In memory, never a temp file.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
)

from carerdesk.domain.profile import Living, PersonRole
from carerdesk.domain.report import ReportEntry
from carerdesk.domain.serialize import content_from_dict
from carerdesk.reports import fonts
from carerdesk.reports.ecomap_pdf import EcomapFlowable, MapPerson, ecomap_drawing, key_text
from carerdesk.reports.record_words import (
    KIND_HEADINGS,
    Card,
    Names,
    child_card,
    day,
    kind_heading,
    page_rows,
    person_card,
    person_label,
    record_card,
)
from carerdesk.reports.summary_log import entry_flow
from carerdesk.reports.summary_style import (
    BODY,
    FULL,
    H1,
    H2,
    H3,
    MARGIN,
    SMALL,
    NumberedCanvas,
    labelled,
    p,
)
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import Context

Doc = dict[str, Any]


# By a name lupdate reads: a module-level tr("…") is filed under "" and never found.
HandoverPdf = Context("HandoverPdf")


def handover_pdf(doc: Doc) -> bytes:
    fonts.register()
    child, out = doc["child"], io.BytesIO()
    title = HandoverPdf.tr("Closed record: {child}").format(child=child["name"])
    pdf = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=18 * mm, title=title,
                            author=doc["carer"], subject=HandoverPdf.tr("Closed record"),
                            creator="CarerDesk", pageCompression=1, initialFontName=fonts.SANS)
    footer = HandoverPdf.tr("{child} · closed record · confidential").format(child=child["name"])
    story = (_front(doc, title) + _names(doc) + _profile(doc) + _people(doc) + _records(doc)
             + _entries(doc) + _life_story(doc) + _reports(doc))
    pdf.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, footer=footer, **k))
    return out.getvalue()


def _front(doc: Doc, title: str) -> list[Any]:
    child, unknown = doc["child"], HandoverPdf.tr("not recorded")
    return [p(title, H1),
            labelled(HandoverPdf.tr("Born"), day(child["born"]) or unknown),
            labelled(HandoverPdf.tr("Placed"), day(child["placed"]) or unknown),
            labelled(HandoverPdf.tr("Placement ended"), day(child["ended"]) or unknown),
            labelled(HandoverPdf.tr("Handed over by"), f"{doc['carer']} ({doc['household']})"),
            labelled(HandoverPdf.tr("Handed over"), _moment(doc["made_at"])),
            p(HandoverPdf.tr("Entries: {entries}; records: {records}; people: {people}; "
                             "life-story pages: {pages}").format(
                entries=len(doc["entries"]), records=len(doc["records"]),
                people=len(doc["people"]), pages=len(doc["life_story"])), SMALL)]


def _moment(text: str | None) -> str:
    return strftime(dt.datetime.fromisoformat(text).astimezone(), "%d %b %Y %H:%M") if text else ""


def _changed(version: Doc) -> Any:
    """When a version was saved, and why (the reason the carer gave)."""
    words = HandoverPdf.tr("Version {n}, saved {when}").format(
        n=version["version"], when=_moment(version["saved_at"]))
    if version.get("reason"):
        words += " · " + HandoverPdf.tr("why: {reason}").format(reason=version["reason"])
    return p(words, SMALL)


def _card(card: Card, heading: bool = True) -> list[Any]:
    """A record's version as its screens word it: its heading, then its rows in order."""
    shown = [p(card.heading, H3)] if heading and card.heading else []
    return shown + [labelled(label, value) for label, value in card.rows]


def _versions(versions: list[Doc], draw: Callable[[Doc], Card],
              heading: bool = True) -> list[Any]:
    """The newest in full, then each earlier one, newest first, with when and why."""
    shown: list[Any] = []
    for number, version in enumerate(reversed(versions)):
        if number == 1:
            shown.append(p(HandoverPdf.tr("Earlier versions"), H3))
        card = _card(draw(version["content"]), heading)
        at = 1 if heading else 0  # when and why, under the heading
        shown += [*card[:at], _changed(version), *card[at:]]
    return shown


def _names(doc: Doc) -> list[Any]:
    """The child's name and dates with every earlier version (format 2 on; none before)."""
    kept = doc.get("child_versions") or []
    if len(kept) < 2:
        return []
    return [p(HandoverPdf.tr("Name and dates: every version"), H2), *_versions(
        [{**v, "content": {k: v[k] for k in ("name", "born", "placed", "ended")}}
         for v in kept], child_card, heading=False)]


def _profile(doc: Doc) -> list[Any]:
    if not doc["profile"]:
        return []
    return [p(HandoverPdf.tr("Profile"), H2), *_versions(doc["profile"], child_card,
                                                         heading=False)]


def _map_person(content: dict[str, Any]) -> MapPerson:
    try:
        role = PersonRole(content["role"])
    except ValueError:  # a role this CarerDesk does not know: someone else
        role = PersonRole.OTHER
    living = content.get("living")
    return MapPerson(content["name"], role, content.get("family_name"),
                     Living(living) if living in {v.value for v in Living} else None)


def _people(doc: Doc) -> list[Any]:
    if not doc["people"]:
        return []
    latest = [_map_person(person["versions"][-1]["content"]) for person in doc["people"]]
    shown = [CondPageBreak(120 * mm), KeepTogether([
        p(HandoverPdf.tr("People around the child"), H2),
        EcomapFlowable(ecomap_drawing(doc["child"]["name"], latest, FULL)),
        Spacer(1, 2 * mm), p(key_text(), SMALL)])]
    for person in doc["people"]:
        shown += [p(person_label(person["versions"][-1]["content"]), H3),
                  *_versions(person["versions"], person_card, heading=False)]
    return shown


def _records(doc: Doc) -> list[Any]:
    shown: list[Any] = []
    names = Names(doc)
    others = sorted({r["kind"] for r in doc["records"]} - set(KIND_HEADINGS))
    for kind in [*KIND_HEADINGS, *others]:
        of_kind = [r for r in doc["records"] if r["kind"] == kind]
        if of_kind:
            shown.append(p(kind_heading(kind), H2))
        for record in of_kind:
            shown += [Spacer(1, 2 * mm), *_versions(
                record["versions"], functools.partial(_record, kind, names))]
    return shown


def _record(kind: str, names: Names, stored: Doc) -> Card:
    return record_card(kind, stored, names)


def _entries(doc: Doc) -> list[Any]:
    heading = [PageBreak(), p(HandoverPdf.tr("Journal entries"), H1)]
    shown: list[Any] = heading if doc["entries"] else []
    for entry in doc["entries"]:
        for number, version in enumerate(reversed(entry["versions"])):
            if number == 1:
                shown.append(p(HandoverPdf.tr("Earlier versions"), H3))
            drawn = entry_flow(ReportEntry(entry.get("id", ""), version["version"],
                                           content_from_dict(version["content"])))
            shown += drawn[:1] + [_changed(version)] + drawn[1:]
    return shown


def _life_story(doc: Doc) -> list[Any]:
    heading = [PageBreak(), p(HandoverPdf.tr("Life-story pages"), H1)]
    shown: list[Any] = heading if doc["life_story"] else []
    for page in doc["life_story"]:
        shown += [p(page["title"], H2), p(page["when"] or "", SMALL), p(page["story"], BODY)]
        shown += [labelled(label, value) for label, value in page_rows(page)]
        for photo in page["photos"]:
            scale = min(FULL / photo["width"], 90 * mm / photo["height"], 1.0)
            jpeg = io.BytesIO(base64.b64decode(photo["jpeg"]))
            shown.append(Image(jpeg, photo["width"] * scale, photo["height"] * scale))
            if photo["caption"]:
                shown.append(p(photo["caption"], SMALL))
    return shown


def _reports(doc: Doc) -> list[Any]:
    shown = [p(HandoverPdf.tr("Reports sent"), H2)] if doc["reports_sent"] else []
    for sent in doc["reports_sent"]:
        shown.append(p(HandoverPdf.tr("{since} to {until}: {n} entries, sent {when}").format(
            since=sent["since"], until=sent["until"], n=sent["entries"],
            when=_moment(sent["made_at"])), BODY))
    return shown
