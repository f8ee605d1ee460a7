"""A carer's vault with a month of varied entries and a social worker's vault, made once
(at the cheapest Argon2 cost) and copied for each test."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from helpers import PASSPHRASE

from carerdesk.app.workspace import Workspace
from carerdesk.domain.categories import Category, SignificantEventKind
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.roles import Role
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mood
from carerdesk.vault.kdf import FLOOR

SW_PASSPHRASE = "social worker passphrase"
START = dt.date(2026, 9, 1)
CHILD = "Zephyrine Quartermaine"


def _entries(child_id: str) -> list[EntryContent]:
    entries = []
    for day in range(30):
        date = START + dt.timedelta(days=day)
        dim = list(Dimension)[day % 5]
        entries.append(EntryContent(
            date=date, child_ids=(child_id,), text=f"Day {day}: a walk by the river.",
            observations={dim: Observation(f"Example {day} for {dim.value}", "She felt safe",
                                           "I stayed close", "Calm", rating=3 + day % 7)},
            mood=list(Mood)[day % 5],
            categories=(Category.FAMILY_TIME,) if day % 7 == 3 else (),
            voice="I like the ducks best" if day == 5 else None,
            reflection="I was tired but patient" if day == 9 else None))
    entries.append(EntryContent(
        date=START + dt.timedelta(days=12), child_ids=(child_id,),
        text="Did not come home from school on time.",
        significant=SignificantEvent(SignificantEventKind.MISSING, "Duty social worker",
                                     dt.datetime(2026, 9, 13, 17, 30, tzinfo=dt.UTC),
                                     "Return home interview")))
    return entries


def _make(folder: Path, role: Role, passphrase: str, household: str) -> str | None:
    ws, _ = Workspace.create(folder, passphrase, passphrase, role=role, household=household,
                             params=FLOOR)
    try:
        if role is Role.CARER:
            child = ws.journal.add_child(CHILD, dt.date(2016, 4, 2), dt.date(2024, 1, 8))
            ws.journal.add_entries(_entries(child.id))
            return child.id
        return None
    finally:
        ws.lock()


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("exchange")
    _make(root / "carer", Role.CARER, PASSPHRASE, "The Riverside family")
    _make(root / "carer2", Role.CARER, PASSPHRASE, "The Hilltop family")
    _make(root / "sw", Role.SUPERVISOR, SW_PASSPHRASE, "Sam Okafor")
    _make(root / "sw2", Role.SUPERVISOR, SW_PASSPHRASE, "Another Worker")
    return {p.name: p for p in root.iterdir()}


def _copy(templates, tmp_path, name) -> Path:
    target = tmp_path / name
    shutil.copytree(templates[name], target)
    return target


@pytest.fixture
def carer_dir(templates, tmp_path) -> Path:
    return _copy(templates, tmp_path, "carer")


@pytest.fixture
def sw_dir(templates, tmp_path) -> Path:
    return _copy(templates, tmp_path, "sw")


@pytest.fixture
def carer(carer_dir):
    ws = Workspace.unlock(carer_dir, PASSPHRASE)
    yield ws
    ws.lock()


@pytest.fixture
def supervisor(sw_dir):
    ws = Workspace.unlock(sw_dir, SW_PASSPHRASE)
    yield ws
    ws.lock()


@pytest.fixture
def other_supervisor(templates, tmp_path):
    ws = Workspace.unlock(_copy(templates, tmp_path, "sw2"), SW_PASSPHRASE)
    yield ws
    ws.lock()


@pytest.fixture
def other_carer(templates, tmp_path):
    ws = Workspace.unlock(_copy(templates, tmp_path, "carer2"), PASSPHRASE)
    yield ws
    ws.lock()
