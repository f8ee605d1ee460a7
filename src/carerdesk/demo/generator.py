"""Fill a vault with years of varied, realistic entries for several children."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carerdesk.app.workspace import Workspace
from carerdesk.demo import phrases as P
from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mark, MarkKind, Mood

BATCH = 500


@dataclass(frozen=True)
class DemoPlan:
    years: int = 1
    children: int = 2
    seed: int = 7
    until: dt.date | None = None  # default: today


class _Writer:
    def __init__(self, rng: random.Random, name: str, child_ids: tuple[str, ...]) -> None:
        self.rng, self.name, self.child_ids = rng, name, child_ids
        self.pronoun = rng.choice([("her", "she", "her"), ("him", "he", "his")])

    def fill(self, text: str) -> str:
        return text.format(name=self.name, family=self.rng.choice(P.FAMILY),
                           place=self.rng.choice(P.PLACES), activity=self.rng.choice(P.ACTIVITIES),
                           activity_past=self.rng.choice(P.ACTIVITIES), pronoun=self.pronoun[0],
                           pronoun2=self.pronoun[1], pronoun3=self.pronoun[2])

    def observation(self, dim: Dimension) -> Observation:
        parts = [self.fill(p) for p in self.rng.choice(P.OBSERVATIONS[dim.value])]
        keep = [p if i == 0 or self.rng.random() < 0.7 else None for i, p in enumerate(parts)]
        rating = self.rng.randint(4, 9) if self.rng.random() < 0.5 else None
        birth = self.rng.randint(3, 8) if dim is Dimension.FAMILY_MEMBERSHIP and rating else None
        what, meaning, did, felt = keep  # every observation phrase has its four parts
        return Observation(what, meaning, did, felt, rating=rating, rating_birth=birth)

    def entry(self, day: dt.date) -> EntryContent:
        rng = self.rng
        text = self.fill(rng.choice(P.DAYS))
        dims = rng.sample(list(Dimension), k=rng.choice([1, 1, 2, 2, 3, 5]))
        categories = [Category.DAILY_LIFE]
        if day.weekday() == 5:
            dims.append(Dimension.FAMILY_MEMBERSHIP)
            categories = [Category.FAMILY_TIME]
            text += " " + self.fill("Family time with {family} in the afternoon.")
        if "dentist" in text:
            categories.append(Category.HEALTH)
        if "School" in text or "teacher" in text:
            categories.append(Category.EDUCATION)
        significant = None
        if rng.random() < 0.01:
            kind, what, told, nxt = rng.choice(P.SIGNIFICANT)
            text = self.fill(what)
            categories = [Category.INCIDENT]
            told_at = dt.datetime.combine(day, dt.time(18, rng.randint(0, 59))).astimezone()
            significant = SignificantEvent(SignificantEventKind(kind), told, told_at, nxt)
        marks = (Mark(0, min(len(text), 20), MarkKind.FACT),) if rng.random() < 0.1 else ()
        return EntryContent(
            date=day, child_ids=self.child_ids, text=text,
            observations={d: self.observation(d) for d in Dimension if d in dims},
            categories=tuple(categories), significant=significant,
            mood=rng.choice(list(Mood)),
            voice=self.fill(rng.choice(P.VOICES)) if rng.random() < 0.3 else None,
            reflection=self.fill(rng.choice(P.REFLECTIONS)) if rng.random() < 0.25 else None,
            marks=marks)


def generate(workspace: Workspace, plan: DemoPlan,
             progress: Callable[[int, int], None] | None = None) -> int:
    """Add children and entries to an open vault; returns how many entries were made."""
    rng = random.Random(plan.seed)
    until = plan.until or dt.date.today()
    start = until - dt.timedelta(days=365 * plan.years)
    if not workspace.journal.household():
        workspace.journal.save_household("The Example family", "Sam and Alex Example",
                                         "Hillside Fostering (demo)")
    writers = []
    for i in range(plan.children):
        first, born = P.CHILDREN[i % len(P.CHILDREN)]
        name = f"{first} {P.SURNAMES[i % len(P.SURNAMES)]}"
        birth = dt.date(min(born, start.year - 1), 1 + i % 12, 1 + i)
        child = workspace.journal.add_child(name, birth, start)
        writers.append(_Writer(rng, first, (child.id,)))
    days = (until - start).days + 1
    batch: list[EntryContent] = []
    made = 0
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        for writer in writers:
            if rng.random() < 0.85:
                batch.append(writer.entry(day))
        if len(batch) >= BATCH or offset == days - 1:
            made += workspace.journal.add_entries(batch)
            batch = []
            if progress:
                progress(offset + 1, days)
    return made


def make_demo_vault(folder: Path, passphrase: str, confirmation: str, plan: DemoPlan,
                    progress: Callable[[int, int], None] | None = None) -> tuple[str, int]:
    """A new vault filled with demo data; returns (recovery key, entries made)."""
    workspace, recovery_key = Workspace.create(folder, passphrase, confirmation)
    try:
        made = generate(workspace, plan, progress)
    finally:
        workspace.lock()
    return recovery_key, made
