"""The body of a handover package: one child's whole record, every version kept
(docs/report-format.md, "Handover").

It is read straight from the rows ``store/child_removal.py`` finds for the child, in one
transaction: what is handed over is exactly what a removal deletes (drafts aside: they are
not a record), so nothing the carer wrote stays behind unhanded.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from carerdesk.domain import record_kinds
from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.serialize import content_from_dict
from carerdesk.store.child_removal import child_rows
from carerdesk.store.exchange_models import ExportRow
from carerdesk.store.models import Child, EntryVersion, LifeStoryPage, Photo
from carerdesk.store.profile_models import ChildProfileVersion, PersonVersion
from carerdesk.store.record_models import ChildRecord, ChildRecordVersion
from carerdesk.store.repositories import ChildRepository

# 2 added "child_versions" (the child's name and dates with every earlier version); a
# format 1 body is still read, with none.
FORMAT = 2
MAX_BODY = 200 * 1024 * 1024  # photos included; the package's own limit is 256 MiB
FIELDS_1 = {"format", "made_at", "carer", "household", "child", "profile", "entries", "people",
            "records", "life_story", "reports_sent"}
FIELDS = FIELDS_1 | {"child_versions"}
_PAGE = ("title", "story", "when", "place", "voice", "people", "layout")


def _when(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _version(version: int, saved_at: dt.datetime, content: str, child_id: str | None = None,
             reason: str | None = None) -> dict[str, Any]:
    doc = json.loads(content)
    if child_id is not None:  # an entry shared with a brother or sister: only this child
        doc["children"] = [c for c in doc.get("children") or () if c == child_id]
    return {"version": version, "saved_at": _when(saved_at), "reason": reason, "content": doc}


def gather(s: Session, child: Child, carer: str, household: str) -> dict[str, Any]:
    """Every row of ``child`` as the handover body's JSON document."""
    rows = child_rows(s, child)
    entries: list[dict[str, Any]] = []
    for entry_id in sorted(rows.only_theirs + rows.shared):  # each with every version
        versions = s.scalars(select(EntryVersion).where(EntryVersion.entry_id == entry_id)
                             .order_by(EntryVersion.version))
        entries.append({"id": entry_id, "versions": [
            _version(v.version, v.saved_at, v.content, child.id, v.reason) for v in versions]})
    entries.sort(key=lambda e: (e["versions"][-1]["content"]["date"], e["id"]))
    records = [{"id": r.id, "kind": r.kind, "versions": [
        _version(v.version, v.saved_at, v.content, reason=v.reason)
        for v in s.scalars(select(ChildRecordVersion).where(ChildRecordVersion.record_id == r.id)
                           .order_by(ChildRecordVersion.version))]}
        for r in s.scalars(select(ChildRecord).where(ChildRecord.child_id == child.id)
                           .order_by(ChildRecord.kind, ChildRecord.record_date, ChildRecord.id))]
    people = [{"id": person_id, "versions": [
        _version(v.version, v.saved_at, v.content)
        for v in s.scalars(select(PersonVersion).where(PersonVersion.person_id == person_id)
                           .order_by(PersonVersion.version))]} for person_id in rows.people]
    profile = [_version(v.version, v.saved_at, v.content, reason=v.reason)
               for v in s.scalars(select(ChildProfileVersion)
                                  .where(ChildProfileVersion.child_id == child.id)
                                  .order_by(ChildProfileVersion.version))]
    kept = [{"version": v.version, "saved_at": _when(v.saved_at), "reason": v.reason,
             "name": v.name, "born": _day(v.born), "placed": _day(v.placed),
             "ended": _day(v.placement_ended)} for v in ChildRepository(s).versions(child.id)]
    return {"format": FORMAT, "made_at": _when(dt.datetime.now(dt.UTC)), "carer": carer,
            "household": household,
            "child": {"id": child.id, "name": child.name, "born": _day(child.born),
                      "placed": _day(child.placed), "ended": _day(child.placement_ended)},
            "child_versions": kept,
            "profile": profile, "entries": entries, "people": people, "records": records,
            "life_story": _pages(s, child.id), "reports_sent": _exports(s, child.id)}


def _pages(s: Session, child_id: str) -> list[dict[str, Any]]:
    pages = []
    for page in s.scalars(select(LifeStoryPage).where(LifeStoryPage.child_id == child_id)
                          .order_by(LifeStoryPage.position)):
        photos = [{"caption": p.caption, "consent": p.consent, "width": p.width,
                   "height": p.height, "jpeg": base64.b64encode(p.jpeg).decode("ascii")}
                  for p in s.scalars(select(Photo).where(Photo.page_id == page.id)
                                     .order_by(Photo.position))]
        pages.append({"id": page.id, "title": page.title, "story": page.story,
                      "when": page.when_text, "place": page.place, "voice": page.voice,
                      "people": page.people, "layout": page.layout, "photos": photos})
    return pages


def _exports(s: Session, child_id: str) -> list[dict[str, Any]]:
    return [{"package_id": r.package_id, "made_at": _when(r.made_at), "since": _day(r.since),
             "until": _day(r.until), "entries": r.entries, "recipients": r.recipients.split("\n")}
            for r in s.scalars(select(ExportRow).where(ExportRow.child_id == child_id)
                               .order_by(ExportRow.made_at))]


def dumps(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")


# --- reading one strictly (the supervisor's side) ---

def parse(data: bytes) -> dict[str, Any]:
    """The body, every field with its type; each entry read as an entry and each record by
    its kind's own rules. ReportRefused("damaged" or "unknown-version") for anything else."""
    try:
        if len(data) > MAX_BODY:
            raise ValueError("size")
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or type(doc.get("format")) is not int:
            raise ValueError("format")
        if doc["format"] not in (1, FORMAT):
            raise ReportRefused("unknown-version")
        if set(doc) != (FIELDS_1 if doc["format"] == 1 else FIELDS):
            raise ValueError("fields")
        doc.setdefault("child_versions", [])  # format 1: the name and dates as they are
        _check(doc)
        return doc
    except ReportRefused:
        raise
    except Exception:  # JSON, type, value, missing field, a record its codec refuses
        raise ReportRefused("damaged") from None


def _text(value: object, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValueError("text")
    return value


def _versions(item: dict[str, Any], check: Callable[[dict[str, Any]], object]) -> None:
    versions = item["versions"]
    if not isinstance(versions, list) or not versions:
        raise ValueError("versions")
    for v in versions:
        if type(v["version"]) is not int or not isinstance(v["content"], dict):
            raise ValueError("version")
        dt.datetime.fromisoformat(str(_text(v["saved_at"])))
        _text(v.get("reason"), optional=True)
        check(v["content"])


def _record(kind: str) -> Callable[[dict[str, Any]], object]:
    codec = record_kinds.codec_for(kind)  # KeyError: a kind this CarerDesk does not know
    return lambda content: codec.dump(codec.load(content))


def _person(content: dict[str, Any]) -> object:
    return [_text(content[key]) for key in ("name", "role")]


def _check(doc: dict[str, Any]) -> None:
    child = doc["child"]
    _text(child["id"]), _text(child["name"]), _text(doc["carer"]), _text(doc["household"])
    for key in ("born", "placed", "ended"):
        if child[key] is not None:
            dt.date.fromisoformat(str(_text(child[key])))
    dt.datetime.fromisoformat(str(_text(doc["made_at"])))
    for v in doc["child_versions"]:
        if type(v["version"]) is not int:
            raise ValueError("child version")
        _text(v["name"]), _text(v["reason"], optional=True)
        dt.datetime.fromisoformat(str(_text(v["saved_at"])))
        for key in ("born", "placed", "ended"):
            if v[key] is not None:
                dt.date.fromisoformat(str(_text(v[key])))
    for entry in doc["entries"]:
        _text(entry["id"])
        _versions(entry, content_from_dict)
    for record in doc["records"]:
        _text(record["id"])
        _versions(record, _record(str(_text(record["kind"]))))
    for person in doc["people"]:
        _text(person["id"])
        _versions(person, _person)
    if doc["profile"]:
        _versions({"versions": doc["profile"]}, lambda c: _text(c["name"]))
    for page in doc["life_story"]:
        for key in _PAGE:
            _text(page[key], optional=key not in ("title", "story", "layout"))
        for photo in page["photos"]:
            base64.b64decode(str(_text(photo["jpeg"])), validate=True)
            if type(photo["width"]) is not int or type(photo["height"]) is not int:
                raise ValueError("photo")
    for sent in doc["reports_sent"]:
        _text(sent["package_id"])
        dt.date.fromisoformat(str(_text(sent["since"])))
        dt.date.fromisoformat(str(_text(sent["until"])))


def photo_bytes(photo: dict[str, Any]) -> bytes:
    return base64.b64decode(photo["jpeg"])
