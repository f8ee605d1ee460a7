"""Demo data a trainer would show: one small demo (a year, two children) made once for the
module, then checked against the rules of good recording, each test one rule."""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pytest
from helpers import PASSPHRASE

from carerdesk.app import preset
from carerdesk.app.workspace import Workspace
from carerdesk.demo import DemoPlan, generate
from carerdesk.demo.cast import cast
from carerdesk.demo.generator import _Writer
from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.events import TellRole, warnings
from carerdesk.domain.family_time import FamilyTimeStatus
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.profile import PROFILE_FIELDS, Living, PersonRole
from carerdesk.domain.writing import MarkKind, Mood, caring_language

UNTIL = dt.date(2026, 6, 30)
PRONOUNS = {"Maya": {"she", "her", "hers", "herself"}, "Leo": {"he", "him", "his", "himself"}}
_PRONOUN = re.compile(r"\b(she|her|hers|herself|he|him|his|himself)\b", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"')
_SENTENCE = re.compile(r"(?<=[.!?])['\"]?\s+")
_HARD = re.compile(r"\b(cried|upset|angry|shouted|hard|harder|difficult|worried|tearful|"
                   r"frightened|scared|refused|cross|sad|disappointed|clingy)\b", re.IGNORECASE)
_GOOD = re.compile(r"\b(laughed|laughing|smiling|smiled|proud|lovely|delighted|grinned|happy|"
                   r"happily|enjoyed)\b", re.IGNORECASE)
_LEARNING = re.compile(r"\b(school|nursery|college|teacher|pick-up|Parents' evening|"
                       r"homework)\b")


@dataclass
class Demo:
    made: int
    children: dict[str, Any]  # first name -> ChildView
    entries: dict[str, list[Any]] = field(default_factory=dict)
    records: dict[tuple[str, str], list[Any]] = field(default_factory=dict)
    people: dict[str, list[Any]] = field(default_factory=dict)
    profiles: dict[str, Any] = field(default_factory=dict)
    plans: dict[str, list[Any]] = field(default_factory=dict)
    pages: dict[str, list[Any]] = field(default_factory=dict)
    template_entry: str = ""


@pytest.fixture(scope="module")
def demo(template_vault, tmp_path_factory) -> Demo:
    """The demo made once in a copy of the template vault, everything read back, locked."""
    source, ids = template_vault
    home = tmp_path_factory.mktemp("demo-home")
    folder = tmp_path_factory.mktemp("demo") / "vault"
    shutil.copytree(source, folder)
    with pytest.MonkeyPatch.context() as mp:
        for name in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CONFIG_DIRS"):
            mp.setenv(name, str(home / name))
        mp.delenv("CARERDESK_PRESET", raising=False)
        preset.unpin()
        workspace = Workspace.unlock(folder, PASSPHRASE)
        try:
            made = generate(workspace, DemoPlan(years=1, children=2, until=UNTIL))
            return _read(workspace, made, ids["entry"])
        finally:
            workspace.lock()
            preset.unpin()


def _read(workspace: Workspace, made: int, template_entry: str) -> Demo:
    views = [c for c in workspace.journal.children() if c.name.endswith("Example")]
    demo = Demo(made, {c.name.split()[0]: c for c in views}, template_entry=template_entry)
    for first, child in demo.children.items():
        found = workspace.journal.entries(EntryFilter(child_id=child.id), limit=made + 1)
        demo.entries[first] = sorted(found, key=lambda e: e.content.date)
        for kind in ("family_time", "sb_reviews", "needs_profiles", "care_needs", "capacity"):
            demo.records[(first, kind)] = getattr(workspace, kind).records(child.id)
        demo.people[first] = workspace.people.people(child.id)
        demo.profiles[first] = workspace.profiles.profile(child.id)
        demo.plans[first] = workspace.plan.plan(child.id, UNTIL)
        demo.pages[first] = workspace.lifestory.pages(child.id)
    return demo


def _narrative(text: str) -> str:
    """The carer's own words: the child's, in quotes, left out."""
    return _QUOTED.sub("", text)


def _all_entries(demo: Demo) -> list[tuple[str, Any]]:
    return [(first, e) for first, entries in demo.entries.items() for e in entries]


def test_the_demo_covers_the_model(demo):
    assert set(demo.children) == {"Maya", "Leo"} and demo.made > 500
    assert sum(len(v) for v in demo.entries.values()) == demo.made
    everything = [e.content for _, e in _all_entries(demo)]
    assert {d for c in everything for d in c.observations} == set(Dimension)
    cats = {c for content in everything for c in content.categories}
    assert {Category.FAMILY_TIME, Category.DAILY_LIFE, Category.INCIDENT,
            Category.EDUCATION} <= cats
    days = [c.date for c in everything]
    assert min(days) >= UNTIL - dt.timedelta(days=365) and max(days) <= UNTIL
    assert any(c.reflection for c in everything) and any(c.voice for c in everything)


def test_learning_only_on_weekdays_and_at_the_right_age(demo):
    for first, entry in _all_entries(demo):
        content, child = entry.content, demo.children[first]
        if content.significant:
            continue
        for word in _LEARNING.findall(_narrative(content.text)):
            assert content.date.weekday() < 5 and content.date.month != 8, (word, content.text)
            age = (content.date - child.born).days / 365.25
            if word in ("school", "homework"):
                assert 4 <= age < 17, (age, content.text)
            if word == "nursery":
                assert age < 5, (age, content.text)
            if word == "college":
                assert age >= 15, (age, content.text)


def test_parents_evenings_on_weekdays_in_term(demo):
    evenings = [e.content.date for _, e in _all_entries(demo)
                if "Parents' evening" in e.content.text]
    assert evenings
    assert all(day.weekday() < 5 and day.month in (3, 11) for day in evenings)


def test_pronouns_match_the_child(demo):
    for first, entries in demo.entries.items():
        for entry in entries:
            content = entry.content
            words = [_narrative(content.text)] + [t for o in content.observations.values()
                                                  for t in o.texts()]
            used = {w.lower() for text in words for w in _PRONOUN.findall(text)}
            assert used <= PRONOUNS[first], (first, used, content.text)


def test_mood_matches_the_words(demo):
    for _, entry in _all_entries(demo):
        content = entry.content
        text = _narrative(content.text)
        assert content.mood is not None
        if _HARD.search(text):
            assert content.mood not in (Mood.HAPPY, Mood.VERY_HAPPY), (content.mood, text)
        elif _GOOD.search(text):
            assert content.mood not in (Mood.UPSET, Mood.VERY_UPSET), (content.mood, text)


def test_no_phrase_repeated_within_a_month(demo):
    for first, entries in demo.entries.items():
        said: dict[str, list[dt.date]] = defaultdict(list)
        for entry in entries:
            c = entry.content
            texts = [c.text, c.voice or "", c.reflection or ""]
            texts += [t for o in c.observations.values() for t in o.texts()]
            # The child's words are in the narrative and kept as theirs: once an entry.
            sentences = {s for text in texts for s in _SENTENCE.split(text)
                         if len(s.split()) >= 5}
            for sentence in sentences:
                said[sentence].append(c.date)
        for sentence, days in said.items():
            gaps = [(b - a).days for a, b in zip(days, days[1:], strict=False)]
            assert all(gap > 30 for gap in gaps), (first, sentence, days)


def test_recording_is_exemplary(demo):
    """Every sentence marked fact, opinion or said by; the child's words in quotes; no
    words a child might read as blame."""
    kinds = set()
    for _, entry in _all_entries(demo):
        c = entry.content
        assert c.marks and c.marks[0].start == 0 and c.marks[-1].end == len(c.text)
        kinds |= {m.kind for m in c.marks}
        if c.voice:
            assert f'"{c.voice}"' in c.text
        assert caring_language(c.text) == [], c.text
    assert kinds == set(MarkKind)


def test_every_significant_event_says_who_was_told_within_hours(demo):
    events = [e.content for _, e in _all_entries(demo) if e.content.significant]
    assert len(events) >= 2
    for content in events:
        detail = content.significant.detail
        assert detail is not None and warnings(detail) == ()
        roles = {row.role for row in detail.told}
        assert {TellRole.SUPERVISING_SOCIAL_WORKER, TellRole.FOSTERING_SERVICE} <= roles
        for row in detail.told:
            assert dt.timedelta(0) <= row.when - detail.happened_at <= dt.timedelta(hours=4)
        assert detail.what_happened and detail.carer_response and detail.where
        assert detail.child_words and f'"{detail.child_words}"' in content.text
        assert content.voice == detail.child_words
        assert Category.INCIDENT in content.categories
        assert "worrying" not in content.text
    disclosures = [c for c in events if c.significant.detail.kind == "child-protection-enquiry"]
    assert disclosures and all(c.significant.detail.present for c in disclosures)


def test_family_time_has_ups_and_downs_linked_to_the_birth_family(demo):
    for first in demo.children:
        records = [r.value for r in demo.records[(first, "family_time")]]
        birth = {p.id for p in demo.people[first]
                 if p.details.role in (PersonRole.BIRTH_FAMILY, PersonRole.SIBLING)}
        assert records and all(r.people and set(r.people) <= birth for r in records)
        happened = [r for r in records if r.status is FamilyTimeStatus.HAPPENED]
        assert happened and all(r.before and r.after and r.words for r in happened)
        assert any(_HARD.search(r.after) for r in happened)  # not every one "went well"
        entry_days = {e.content.date for e in demo.entries[first]
                      if Category.FAMILY_TIME in e.content.categories}
        assert entry_days == {r.date for r in records if r.date <= UNTIL}
    maya, leo = ({(r.value.date, r.value.where): r.value.status
                  for r in demo.records[(first, "family_time")]} for first in ("Maya", "Leo"))
    assert maya == leo  # sister and brother go together: one story in both records
    every = [r.value for first in demo.children for r in demo.records[(first, "family_time")]]
    cancelled = [r for r in every if r.status is FamilyTimeStatus.CANCELLED]
    assert cancelled and all(r.cancelled_by and r.why for r in cancelled)


def test_the_profile_and_people_are_filled_in(demo):
    for first, child in demo.children.items():
        assert all(demo.profiles[first].parts[key] for key in PROFILE_FIELDS)
        people = demo.people[first]
        roles = {p.details.role for p in people}
        assert {PersonRole.BIRTH_FAMILY, PersonRole.SIBLING, PersonRole.SOCIAL_WORKER,
                PersonRole.REVIEWING_OFFICER, PersonRole.SCHOOL, PersonRole.FRIEND} <= roles
        family = [p for p in people if p.details.role is PersonRole.BIRTH_FAMILY]
        assert all(p.details.family_name for p in family)
        living = {p.details.living for p in people if p.details.role is PersonRole.SIBLING}
        assert living == {Living.APART, Living.TOGETHER}  # Maya and Leo live with us together
        assert child.born and child.placed


def test_goals_reviews_and_profiles_come_round(demo):
    for first in demo.children:
        plan = demo.plans[first]
        assert len(plan) >= 2 and all(g.reviews for g in plan)
        reviews = [r.value for r in demo.records[(first, "sb_reviews")]]
        assert len(reviews) >= 12
        gaps = {(b.date - a.date).days for a, b in zip(reviews, reviews[1:], strict=False)}
        assert gaps == {28}
        scores = [tuple(r.score for r in review.ratings.values()) for review in reviews]
        assert len(set(scores)) > 3  # ratings move
        assert len(demo.records[(first, "needs_profiles")]) == 2  # every six months
        assert demo.records[(first, "care_needs")]
        capacity = demo.records[(first, "capacity")]
        assert len(capacity) == 1 and capacity[0].value.social_worker
        pages = demo.pages[first]
        assert len(pages) >= 3 and all("You" in p.content.story for p in pages)


def test_a_long_demo_keeps_ages_coherent():
    until = dt.date(2026, 6, 30)
    start = until - dt.timedelta(days=365 * 20)
    children = cast(3, start, until)
    assert all(c.age(start) >= 1 for c in children)
    maya, leo, ruby = children
    assert maya.born.year - ruby.born.year == 2 and leo.born.year - maya.born.year == 2
    for child in children:  # a young person moves on at 21, never later
        assert child.ends is None or child.age(child.ends) == 21
        assert child.age(until - dt.timedelta(days=1)) <= 21 or child.ends
    assert children[0].setting(dt.date(2026, 6, 27)) is None  # a Saturday
    assert maya.stage(maya.born.replace(year=maya.born.year + 3)) == "e"


def test_the_benchmark_writer_is_deterministic():
    """benchmarks/bench_store.py makes entries with only a name and a child id."""
    def write(seed: int) -> list[str]:
        writer = _Writer(random.Random(seed), "Leo", ("child-id",))
        return [writer.entry(dt.date(2025, 1, 1) + dt.timedelta(days=n)).text
                for n in range(40)]
    assert write(3) == write(3) and write(3) != write(4)
    assert all(text for text in write(3))


def test_demo_command(cli, tmp_path):
    result = cli("demo", "--years", "1", "--children", "1",
                 stdin="demo passphrase\ndemo passphrase\n", data_dir=tmp_path / "demo")
    assert result.code == 0, result.err
    assert any(line.startswith("Recovery key: ") for line in result.out.splitlines())
    listed = cli("child", "list", "--json", stdin="demo passphrase\n", data_dir=tmp_path / "demo")
    assert len(listed.json()) == 1
    bad = cli("demo", "--years", "0", stdin="x\nx\n", data_dir=tmp_path / "demo2")
    assert bad.code == 1 and not (tmp_path / "demo2").exists()
