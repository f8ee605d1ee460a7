"""Turn ``entry add`` options into EntryContent, naming the option that is wrong."""

from __future__ import annotations

import argparse
import datetime as dt

from carerdesk.cli.event_args import event_from_args, legacy_told
from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dates import parse_moment
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.entry_parts import parse_part
from carerdesk.domain.input_errors import (
    NotAboutThisEntry,
    RatingOutOfRange,
    UnknownCategory,
    UnknownDimension,
    UnknownMood,
)
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent, parse_date
from carerdesk.domain.writing import Mood

BIRTH_SUFFIX = "_birth"


def _pair(item: str, option: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep:
        raise UnknownDimension(option, item)
    return name.strip(), value


def _dimension(name: str) -> Dimension:
    try:
        return Dimension.parse(name)
    except ValueError:
        raise UnknownDimension("dimension", name) from None


def _rating(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise RatingOutOfRange("rating", text) from None


def observations(args: argparse.Namespace) -> dict[Dimension, Observation]:
    notes: dict[Dimension, str] = {}
    for item in args.dimension:
        name, note = _pair(item, "dimension")
        dim = _dimension(name)
        notes[dim] = f"{notes[dim]}\n{note}" if dim in notes else note
    ratings: dict[tuple[Dimension, bool], int] = {}
    for item in args.rating:
        name, value = _pair(item, "rating")
        birth = name.lower().endswith(BIRTH_SUFFIX)
        dim = _dimension(name[: -len(BIRTH_SUFFIX)] if birth else name.removesuffix("_foster"))
        if birth and dim is not Dimension.FAMILY_MEMBERSHIP:
            raise UnknownDimension("rating", name)
        ratings[(dim, birth)] = _rating(value)
    dims = set(notes) | {d for d, _ in ratings}
    return {
        d: Observation(what_happened=notes.get(d) or None, rating=ratings.get((d, False)),
                       rating_birth=ratings.get((d, True)))
        for d in Dimension if d in dims
    }


def categories(args: argparse.Namespace) -> tuple[Category, ...]:
    found = []
    for name in args.category:
        try:
            found.append(Category.parse(name))
        except ValueError:
            raise UnknownCategory("category", name) from None
    return tuple(found)


def mood(text: str | None) -> Mood | None:
    if not text:
        return None
    try:
        return Mood(text.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        raise UnknownMood("mood", text) from None


def _told_at(text: str | None) -> dt.datetime | None:
    return parse_moment(text, "told_at") if text else None


def shared(args: argparse.Namespace) -> dict[str, frozenset[str]]:
    """``--only-for CHILD=PART,PART``: CHILD as one of the ``--child`` values (any case)."""
    children = {c.casefold(): c for c in args.child or ()}
    chosen: dict[str, frozenset[str]] = {}
    for item in getattr(args, "only_for", None) or ():
        name, sep, parts = item.partition("=")
        child = children.get(name.strip().casefold())
        if not sep or child is None:
            raise NotAboutThisEntry("only_for", name.strip())
        chosen[child] = frozenset(parse_part(p) for p in parts.split(",") if p.strip())
    return chosen


def content_from_args(args: argparse.Namespace) -> EntryContent:
    day = parse_date(args.date, "date") if args.date else dt.date.today()
    significant = event_from_args(args)
    if significant is None and (args.significant or args.told or args.next_steps):
        kind = (SignificantEventKind.MISSING if "missing_from_care" in args.category
                else SignificantEventKind.ALLEGATION if "allegation" in args.category
                else SignificantEventKind.OTHER)
        significant = SignificantEvent(kind, legacy_told(args), _told_at(args.told_at),
                                       args.next_steps)
    return EntryContent(
        date=day, child_ids=tuple(args.child or ()), text=args.text or "",
        observations=observations(args), categories=categories(args),
        significant=significant, mood=mood(args.mood), voice=args.voice, reflection=args.reflection,
        shared=shared(args),
    ).validated()
