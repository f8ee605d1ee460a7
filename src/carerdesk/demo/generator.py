"""Fill a vault with years of a coherent, well-recorded story for several children: the
journal, the profile and people, family time, significant events with who was told, goals and
reviews, Secure Base reviews, the dated profiles and a few life-story pages. Deterministic
from the seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from carerdesk.app.workspace import Workspace
from carerdesk.demo import phrases_family as F
from carerdesk.demo.bulk import bulk
from carerdesk.demo.cast import DemoChild, cast
from carerdesk.demo.days import _Writer
from carerdesk.demo.people import Circle, add_people, family_of, fill_profile
from carerdesk.demo.records import add_records
from carerdesk.demo.schedule import Schedule, plan_days
from carerdesk.domain.values import EntryContent

__all__ = ["BATCH", "DemoPlan", "_Writer", "generate", "make_demo_vault"]

BATCH = 500
WRITES_ON = 0.85  # the share of ordinary days a carer writes about


@dataclass(frozen=True)
class DemoPlan:
    years: int = 1
    children: int = 2
    seed: int = 7
    until: dt.date | None = None  # default: today


@dataclass
class _Story:
    child: DemoChild
    child_id: str
    writer: _Writer
    circle: Circle
    schedule: Schedule


def _stories(workspace: Workspace, rng: random.Random, children: list[DemoChild],
             until: dt.date, seed: int) -> list[_Story]:
    ids = [workspace.journal.add_child(c.name, c.born, c.placed).id for c in children]
    stories = []
    with bulk(workspace) as records:
        for child, child_id in zip(children, ids, strict=True):
            circle = Circle(family_of(child), F.CHILD_SW[child.index % len(F.CHILD_SW)])
            others = [c for c in children if c is not child]
            fill_profile(records, child, circle, others, child_id)
            writer = _Writer(rng, child.first, (child_id,), child, circle.called)
            add_people(records, child, circle, others, child_id, writer.friends[0], until)
            stories.append(_Story(child, child_id, writer, circle,
                                  plan_days(writer, circle, until, seed)))
    return stories


def generate(workspace: Workspace, plan: DemoPlan,
             progress: Callable[[int, int], None] | None = None) -> int:
    """Add children and their records to an open vault; returns how many entries were made."""
    rng = random.Random(plan.seed)
    until = plan.until or dt.date.today()
    start = until - dt.timedelta(days=365 * plan.years)
    if not workspace.journal.household():
        workspace.journal.save_household("The Example family", "Sam and Alex Example",
                                         "Hillside Fostering (demo)")
    stories = _stories(workspace, rng, cast(plan.children, start, until), until, plan.seed)
    days = (until - start).days + 1
    total = days + days // 8  # the records after the journal: about an eighth of the time
    batch: list[EntryContent] = []
    made = 0
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        for story in stories:
            if not story.child.placed_on(day):
                continue
            planned = story.schedule.plans.get(day)
            if planned is not None or rng.random() < WRITES_ON:
                batch.append(story.writer.entry(day, planned))
        if len(batch) >= BATCH or offset == days - 1:
            made += workspace.journal.add_entries(batch)
            batch = []
            if progress:
                progress(offset + 1, total)
    with bulk(workspace) as records:
        for n, story in enumerate(stories, 1):
            for family_time in story.schedule.family_times:
                records.family_time.add(story.child_id, family_time)
            last = min(until, story.child.ends) if story.child.ends else until
            add_records(records, story.writer, story.circle, story.child_id, last)
            if progress:
                progress(days + (days // 8) * n // len(stories), total)
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
