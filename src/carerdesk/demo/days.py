"""One child's journal entry for one day, written the way a trainer would want it written.

The day's tone (good, mixed, hard) decides every sentence and the mood, so a harder day is
never "Very happy". Each sentence is marked: fact, opinion, or what someone said (the child's
words in quotes). No sentence of five words or more comes back within a month (``Memory``).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Any

from carerdesk.demo import phrases as P
from carerdesk.demo.cast import DemoChild, default_child
from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mark, MarkKind, Mood

WINDOW = dt.timedelta(days=31)
_SPLIT = re.compile(r"(?<=[.!?])['\"]?\s+")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOODS = {"good": ((Mood.HAPPY, Mood.VERY_HAPPY), (65, 35)), "mixed": ((Mood.OKAY,), (1,)),
         "hard": ((Mood.UPSET, Mood.VERY_UPSET, Mood.OKAY), (65, 20, 15))}
_KEYWORDS = ((Category.HEALTH, ("dentist", "GP", "inhaler", "hospital", "A&E", "asthma")),
             (Category.ACHIEVEMENT, ("certificate", "merit", "star", "first time", "proud",
                                     "made the", "passed")))


def sentences(text: str) -> list[str]:
    """The sentences long enough to count as a phrase (five words or more)."""
    return [s for s in _SPLIT.split(text) if len(s.split()) >= 5]


class Memory:
    """What one child's record said lately, so that nothing is said twice within a month."""

    def __init__(self) -> None:
        self._said: dict[str, dt.date] = {}
        self._templates: dict[str, dt.date] = {}

    def fresh(self, text: str, day: dt.date) -> bool:
        return all(day - self._said.get(s, dt.date.min) > WINDOW for s in sentences(text))

    def template_rested(self, template: str, day: dt.date) -> bool:
        return day - self._templates.get(template, dt.date.min) > WINDOW

    def keep(self, template: str, text: str, day: dt.date) -> None:
        self._templates[template] = day
        for s in sentences(text):
            self._said[s] = day


def _suits(template: str, stage: str) -> tuple[bool, str]:
    head, bar, rest = template.partition("|")
    return (stage in head, rest) if bar else (True, template)


@dataclass(frozen=True)
class DayPlan:
    """Something that makes a day more than ordinary: family time, an event, a birthday.
    Every sentence is written already; the writer leaves out any said within the month (a
    lead is picked from its alternatives, and ``fallback`` is used only when none is fresh)."""

    tone: str
    lead: tuple[str, ...] = ()  # alternatives: one becomes the first sentence
    fallback: str | None = None
    facts: tuple[str, ...] = ()
    reported: tuple[str, ...] = ()  # what someone else said
    quote: str | None = None  # the child's own words
    reply: tuple[str, ...] = ()  # what I did, after the quote
    categories: tuple[Category, ...] = ()
    dims: tuple[Dimension, ...] = ()
    significant: SignificantEvent | None = None
    ordinary: bool = False  # add a usual day's extra sentences too


class _Fills(dict[str, Any]):
    """Placeholders chosen when a template first asks for them, then kept: one entry speaks
    of one family member, one friend, one place."""

    def __init__(self, writer: _Writer, day: dt.date) -> None:
        child = writer.child
        subj, obj, poss = child.words
        stage = child.stage(day)
        super().__init__(name=writer.name, subj=subj, obj=obj, poss=poss, Subj=subj.title(),
                         Poss=poss.title(), weekday=WEEKDAYS[day.weekday()],
                         setting=child.setting(day) or "school")
        self._rng, self._stage, self._writer, self.day = writer.rng, stage, writer, day

    def __missing__(self, key: str) -> str:
        self[key] = value = self._choose(key)
        return value

    def _choose(self, key: str) -> str:
        rng, stage = self._rng, self._stage
        if key in ("activity", "place", "learned", "worry"):
            table = {"activity": P.ACTIVITIES, "place": P.PLACES, "learned": P.LEARNED,
                     "worry": P.WORRIES}[key]
            return str(rng.choice(table[stage]))
        if key == "friend":
            return rng.choice(self._writer.friends)
        if key == "family":
            return rng.choice(self._writer.family)
        if key == "teacher":
            return rng.choice(P.TEACHERS[self["setting"]])
        raise KeyError(key)


class _Writer:
    """Writes one child's days; ``entry(day)`` alone works too (benchmarks/bench_store.py)."""

    def __init__(self, rng: random.Random, name: str, child_ids: tuple[str, ...],
                 child: DemoChild | None = None, family: tuple[str, ...] = ("Mum", "Nan")):
        self.rng, self.name, self.child_ids = rng, name, child_ids
        self.child = child or default_child(name)
        self.family = family  # the child's own names for birth family
        start = (self.child.index * 3) % len(P.FRIENDS)
        self.friends = [P.FRIENDS[(start + k) % len(P.FRIENDS)] for k in range(3)]
        self.memory = Memory()
        self.hard_days: list[dt.date] = []  # for the Secure Base reviews' movement
        self._low_days: set[dt.date] = set()
        self._pools: dict[tuple[int, str], list[str]] = {}
        self._fills: _Fills | None = None

    def fill(self, template: str, day: dt.date) -> str:
        """The template filled; within one entry (``entry``) the same fills are kept."""
        fills = self._fills if self._fills is not None and self._fills.day == day else \
            _Fills(self, day)
        text = template.format_map(fills)
        if "{" in text:  # a fill with placeholders of its own ("{poss} room")
            text = text.format_map(fills)
        return text[0].upper() + text[1:]

    def pick(self, pool: list[str], day: dt.date) -> str | None:
        """A sentence from ``pool`` whose template has rested for a month, or None."""
        stage = self.child.stage(day)
        key = (id(pool), stage)
        if key not in self._pools:
            self._pools[key] = [t for ok, t in (_suits(t, stage) for t in pool) if ok]
        options = self._pools[key]
        rested = [t for t in options if self.memory.template_rested(t, day)]
        for _ in range(6):
            if not rested:
                return None
            template = self.rng.choice(rested)
            text = self.fill(template, day)
            if self.memory.fresh(text, day):
                self.memory.keep(template, text, day)
                return text
        return None

    def tone(self, day: dt.date) -> str:
        """Harder days are likelier in the first year and just after a hard time."""
        if day in self._low_days:
            return self.rng.choice(("hard", "mixed"))
        settled = min(1.0, (day - self.child.placed).days / 540)
        roll = self.rng.random()
        return "hard" if roll < 0.28 - 0.16 * settled else (
            "mixed" if roll < 0.58 - 0.1 * settled else "good")

    def low_spell(self, after: dt.date, days: int) -> None:
        """The days after a hard family time or an event are harder too."""
        self._low_days.update(after + dt.timedelta(days=n) for n in range(1, days + 1))

    def said(self, text: str, day: dt.date) -> bool:
        """Keep ``text`` for this day if it is fresh; False (and not kept) if not."""
        if not self.memory.fresh(text, day):
            return False
        self.memory.keep(text, text, day)
        return True

    def entry(self, day: dt.date, plan: DayPlan | None = None) -> EntryContent:
        tone = plan.tone if plan else self.tone(day)
        self._fills = _Fills(self, day)
        if tone == "hard":
            self.hard_days.append(day)
        pieces: list[tuple[str, MarkKind]] = []
        voice = self._planned(day, plan, pieces) if plan else None
        if plan is None or plan.ordinary:
            voice = self._ordinary(day, tone, pieces, voice, with_fact=not pieces)
        text, marks = _joined(pieces)
        categories = self._categories(day, text, plan)
        return EntryContent(
            date=day, child_ids=self.child_ids, text=text,
            observations=self._observations(day, plan.dims if plan else ()),
            categories=categories, significant=plan.significant if plan else None,
            mood=self.rng.choices(*MOODS[tone])[0], voice=voice,
            reflection=self.pick(P.REFLECTIONS, day) if self.rng.random() < 0.2 else None,
            marks=marks)

    def _planned(self, day: dt.date, plan: DayPlan, pieces: list[tuple[str, MarkKind]]
                 ) -> str | None:
        leads = list(plan.lead)
        self.rng.shuffle(leads)
        lead = next((t for t in leads if self.said(t, day)), plan.fallback)
        if lead:
            pieces.append((lead, MarkKind.FACT))
        pieces += [(f, MarkKind.FACT) for f in plan.facts if self.said(f, day)]
        pieces += [(r, MarkKind.REPORTED) for r in plan.reported if self.said(r, day)]
        voice, said = plan.quote, f'{self.name} said, "{plan.quote}"'
        if voice and self.memory.fresh(voice, day) and self.said(said, day):
            self.memory.keep(voice, voice, day)
            pieces.append((said, MarkKind.REPORTED))
        else:
            voice = None
        pieces += [(r, MarkKind.FACT) for r in plan.reply if self.said(r, day)]
        return voice

    def _ordinary(self, day: dt.date, tone: str, pieces: list[tuple[str, MarkKind]],
                  voice: str | None, with_fact: bool) -> str | None:
        rng, setting = self.rng, self.child.setting(day)
        if with_fact:
            where = "learning" if setting else "home"
            fact = self.pick(P.FACTS[(where, tone)], day) or self.pick(P.ANY_DAY, day)
            pieces.append((fact or f"{WEEKDAYS[day.weekday()]} {day.day}: a day at home "
                           f"with {self.name}.", MarkKind.FACT))
        if setting and setting != "nursery" and rng.random() < 0.3:
            self._add(pieces, P.REPORTED_LEARNING[tone], day, MarkKind.REPORTED)
        if voice is None and self.child.age(day) >= 2 and rng.random() < 0.3:
            voice = self.pick(P.VOICES[tone], day)
            if voice:
                pieces.append((f'{self.name} said, "{voice}"', MarkKind.REPORTED))
        if rng.random() < 0.6:
            self._add(pieces, P.ACTIONS[tone], day, MarkKind.FACT)
        if rng.random() < 0.5:
            self._add(pieces, P.OPINIONS[tone], day, MarkKind.OPINION)
        return voice

    def _add(self, pieces: list[tuple[str, MarkKind]], pool: list[str], day: dt.date,
             kind: MarkKind) -> None:
        text = self.pick(pool, day)
        if text:
            pieces.append((text, kind))

    def _observations(self, day: dt.date, planned: tuple[Dimension, ...]
                      ) -> dict[Dimension, Observation]:
        rng = self.rng
        count = rng.choices((0, 1, 2), (45, 40, 15))[0]
        dims = list(dict.fromkeys((*planned, *rng.sample(list(Dimension), k=count))))
        made = {}
        for dim in dims:
            parts = self.pick_observation(dim, day)
            if parts:
                what, meaning, did, felt = parts
                made[dim] = Observation(what, meaning, did, felt)
        return made

    def pick_observation(self, dim: Dimension, day: dt.date
                         ) -> tuple[str | None, ...] | None:
        options = P.OBSERVATIONS[dim.value]
        rested = [o for o in options if self.memory.template_rested(o[0], day)]
        if not rested:
            return None
        chosen = self.rng.choice(rested)
        parts = [self.fill(p, day) for p in chosen]
        if not self.memory.fresh(parts[0], day):
            return None
        kept: list[str | None] = []
        for i, part in enumerate(parts):
            keep = (i == 0 or self.rng.random() < 0.7) and self.memory.fresh(part, day)
            kept.append(part if keep else None)
            if keep:
                self.memory.keep(chosen[i], part, day)
        return tuple(kept)

    def _categories(self, day: dt.date, text: str, plan: DayPlan | None) -> tuple[Category, ...]:
        found = list(plan.categories) if plan and plan.categories else [Category.DAILY_LIFE]
        if self.child.setting(day) and (plan is None or plan.ordinary):
            found.append(Category.EDUCATION)
        found += [c for c, words in _KEYWORDS if any(w in text for w in words)]
        return tuple(dict.fromkeys(found))


def _joined(pieces: list[tuple[str, MarkKind]]) -> tuple[str, tuple[Mark, ...]]:
    """The sentences as one narrative, each marked as what it is."""
    text, marks = "", []
    for piece, kind in pieces:
        start = len(text) + (1 if text else 0)
        text = f"{text} {piece}" if text else piece
        marks.append(Mark(start, len(text), kind))
    return text, tuple(marks)
