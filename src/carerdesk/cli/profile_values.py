"""What ``profile add``'s options say, checked before the passphrase is asked, and the profile
they make (from nothing, or from the child's last one with ``--from-last``)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from carerdesk.cli.profile_parser import NEEDS_ROWS
from carerdesk.domain.errors import Refused
from carerdesk.domain.needs_profile import (
    CAPACITY,
    CARE_NEEDS,
    NEEDS,
    CapacityProfile,
    CareNeed,
    CareNeedsProfile,
    NeedsProfile,
    capacity_key,
    domain_key,
)
from carerdesk.domain.profile_scale import AreaRating, View, parse_scale
from carerdesk.domain.values import not_in_future, parse_date
from carerdesk.text.i18n import translate

KINDS = (NEEDS, CARE_NEEDS, CAPACITY)
_RATED_OPTIONS = ("rate", "strengths", "difficulties", "evidence_text", "evidence")


def kind_of(text: str) -> str:
    cleaned = (text or "").strip().lower()
    if cleaned not in KINDS:
        raise Refused(translate("Cli", "\"{value}\" is not a kind of profile. Use one of: "
                                       "needs, care-needs, capacity.").format(value=text))
    return cleaned


def _pairs(items: list[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        key, equals, value = item.partition("=")
        if not equals:
            raise Refused(translate("Cli", "--{option} takes AREA=VALUE, for example --rate "
                                           "health=+1. Nothing was saved.").format(
                option=option.replace("_", "-")))
        pairs.append((key, value))
    return pairs


def _only_for(kind: str, args: argparse.Namespace) -> None:
    """An option of another kind is a mistake, said plainly rather than ignored."""
    wrong = []
    if kind != CAPACITY:
        wrong += [o for o in ("view", "with_social_worker") if getattr(args, o)]
    if kind != CARE_NEEDS and getattr(args, NEEDS_ROWS, None):
        wrong.append("need")
    if kind == CARE_NEEDS:
        wrong += [o for o in _RATED_OPTIONS if getattr(args, o)]
    if wrong:
        raise Refused(translate("Cli", "--{option} is not for a {kind} profile. Nothing was "
                                       "saved.").format(option=wrong[0].replace("_", "-"),
                                                        kind=kind))


@dataclass
class Given:
    kind: str
    day: dt.date | None
    from_last: bool
    social_worker: str | None = None
    ratings: dict[str, int] = field(default_factory=dict)
    words: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> area -> text
    entries: dict[str, list[str]] = field(default_factory=dict)  # as typed, resolved later
    views: dict[str, View] = field(default_factory=dict)
    needs: list[CareNeed] = field(default_factory=list)


def given(args: argparse.Namespace) -> Given:
    kind = kind_of(args.kind)
    _only_for(kind, args)
    day = not_in_future(parse_date(args.date, "date"), "date") if args.date else None
    found = Given(kind, day, args.from_last)
    if kind == CARE_NEEDS:
        found.needs = [CareNeed(r["area"], r["needed"] or "", r["domain"])
                       for r in getattr(args, NEEDS_ROWS, None) or []]
        return found
    key = capacity_key if kind == CAPACITY else domain_key
    found.social_worker = args.with_social_worker
    found.ratings = {key(k): parse_scale(v, key(k)) for k, v in _pairs(args.rate, "rate")}
    for option, name in (("strengths", "strengths"), ("difficulties", "difficulties"),
                         ("evidence_text", "evidence")):
        found.words[name] = {key(k): v for k, v in _pairs(getattr(args, option), option)}
    for k, v in _pairs(args.evidence, "evidence"):
        found.entries.setdefault(key(k), []).append(v.strip())
    if kind == CAPACITY:
        found.views = {key(k): View.parse(v) for k, v in _pairs(args.view, "view")}
    return found


def _areas(base: dict[str, AreaRating], found: Given,
           entry_id: Callable[[str], str]) -> dict[str, AreaRating]:
    areas = dict(base)
    touched = {*found.ratings, *found.entries, *found.views,
               *(k for words in found.words.values() for k in words)}
    for key in touched:
        area = areas.get(key, AreaRating())
        changes: dict[str, Any] = {name: words[key] for name, words in found.words.items()
                                   if key in words}
        if key in found.ratings:
            changes["rating"] = found.ratings[key]
        if key in found.views:
            changes["view"] = found.views[key]
        if key in found.entries:
            changes["entries"] = (*area.entries, *(entry_id(e) for e in found.entries[key]))
        areas[key] = replace(area, **changes)
    return areas


def built(found: Given, last: Any | None, entry_id: Callable[[str], str]) -> Any:
    """The new profile: the last one (or nothing) with everything given applied."""
    day = found.day or dt.date.today()
    if found.kind == CARE_NEEDS:
        value = CareNeedsProfile(day, last.needs if last else ())
        for need in found.needs:
            value = value.with_need(need)
        return value
    areas = _areas(dict(last.areas) if last else {}, found, entry_id)
    if found.kind == CAPACITY:
        who = found.social_worker if found.social_worker is not None else (
            last.social_worker if last else "")
        return CapacityProfile(day, who, areas)
    return NeedsProfile(day, areas)
