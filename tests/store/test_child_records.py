"""Records kept as versioned documents: every kind shares one service, its history and its
link checks. A small codec stands in for a kind here; each real kind has its own tests."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from carerdesk.app.workspace import Workspace
from carerdesk.domain import errors, input_errors
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.domain.values import EntryContent, required_text
from carerdesk.journal.records import RecordService
from carerdesk.store import migrate
from carerdesk.text.messages import describe

FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault-0001"  # a vault at schema 0001
FIXTURE_PASSPHRASE = "fixture passphrase 0001"


@dataclass(frozen=True)
class Note:
    day: dt.date
    words: str
    entries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()


class NoteCodec:
    kind = "test-note"

    def dump(self, value: Note) -> dict:
        return {"day": value.day.isoformat(), "words": required_text(value.words, "note"),
                "entries": list(value.entries), "people": list(value.people)}

    def load(self, data: dict) -> Note:
        return Note(dt.date.fromisoformat(data["day"]), data["words"],
                    tuple(data["entries"]), tuple(data["people"]))

    def day(self, value: Note) -> dt.date:
        return value.day

    def entries(self, value: Note):
        return value.entries

    def people(self, value: Note):
        return value.people


@pytest.fixture
def notes(workspace) -> RecordService[Note]:
    return RecordService(workspace._sessions, "", NoteCodec())


def _child(workspace, name="Leo"):
    return workspace.journal.add_child(name)


def test_an_amendment_keeps_every_earlier_version(workspace, notes):
    leo = _child(workspace)
    first = notes.add(leo.id, Note(dt.date(2026, 3, 2), "Went to the park"))
    notes.amend(first.id, Note(dt.date(2026, 3, 2), "Went to the park with Nan"), "Nan came")
    again = notes.amend(first.id, Note(dt.date(2026, 3, 2), "Went to the park with Nan"))
    assert again.version == 2  # the same words again write nothing
    history = notes.history(first.id[:8])
    assert [(v.version, v.value.words, v.reason) for v in history] == [
        (1, "Went to the park", None), (2, "Went to the park with Nan", "Nan came")]


def test_records_are_listed_by_date_per_child_and_kind(workspace, notes):
    leo, mia = _child(workspace), _child(workspace, "Mia")
    notes.add(leo.id, Note(dt.date(2026, 3, 9), "later"))
    notes.add(leo.id, Note(dt.date(2026, 3, 2), "earlier"))
    notes.add(mia.id, Note(dt.date(2026, 3, 5), "Mia's"))
    assert [r.value.words for r in notes.records(leo.id)] == ["earlier", "later"]
    assert [r.value.words for r in notes.records(mia.id)] == ["Mia's"]


def test_a_link_to_another_childs_entry_or_person_is_refused(workspace, notes):
    leo, mia = _child(workspace), _child(workspace, "Mia")
    mias_entry = workspace.journal.add_entry(
        EntryContent(dt.date(2026, 3, 1), (mia.id,), "Mia painted")).id
    mias_nan = workspace.people.add(mia.id, PersonDetails("Nan", PersonRole.BIRTH_FAMILY))
    with pytest.raises(input_errors.OtherChildsRecord) as caught:
        notes.add(leo.id, Note(dt.date(2026, 3, 2), "x", people=(mias_nan.id,)))
    assert "another child" in describe(caught.value)
    with pytest.raises(input_errors.OtherChildsRecord) as other:
        notes.add(leo.id, Note(dt.date(2026, 3, 2), "x", entries=(mias_entry,)))
    assert "another child" in describe(other.value)
    with pytest.raises(errors.NotFound):
        notes.add(leo.id, Note(dt.date(2026, 3, 2), "x", entries=("no-such-entry",)))
    assert notes.records(leo.id) == []  # nothing half-saved


def test_an_id_of_another_kind_is_not_found(workspace, notes):
    leo = _child(workspace)
    person = workspace.people.add(leo.id, PersonDetails("Nan", PersonRole.BIRTH_FAMILY))
    with pytest.raises(errors.NotFound):
        notes.record(person.id)


def test_an_older_vault_upgrades_and_keeps_records(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    with Workspace.unlock(folder, FIXTURE_PASSPHRASE) as ws:
        assert ws.status(check_integrity=False).schema_version == migrate.HEAD
        child = ws.journal.children()[0]
        store = RecordService(ws._sessions, "", NoteCodec())
        store.add(child.id, Note(dt.date(2026, 1, 5), "kept"))
    with Workspace.unlock(folder, FIXTURE_PASSPHRASE) as ws:
        store = RecordService(ws._sessions, "", NoteCodec())
        assert [r.value.words for r in store.records(child.id)] == ["kept"]
