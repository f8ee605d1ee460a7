"""An entry about several children goes into each child's report with only what the carer
shared with that child, the other children named by their initials (issue 17, item 3): in the
report data, in the sealed package's data and in the summary's text."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from carerdesk.app import supervision_export
from carerdesk.app.workspace import Workspace
from carerdesk.domain import input_errors
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.events import EventDetail, TellRole, Told
from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.sibling_parts import Initials, for_child, initials
from carerdesk.domain.values import EntryContent, Observation, SignificantEvent
from carerdesk.domain.writing import Mark, MarkKind
from carerdesk.store import migrate
from carerdesk.text.messages import describe

DAY = dt.date(2026, 10, 6)
TEXT = "Leo Smith and Maya Jones baked a cake. Maya's idea; Leo cracked the eggs."
MAYAS_WORDS = "Maya said: I miss my mum"  # her words, shared in no one else's report
LEOS_WORDS = "Leo said it was the best day"
REFLECTION = "Leo seemed calmer with Maya. I wonder if Maya is worried about contact."
FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault-0001"


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True)
    return " ".join(done.stdout.split())


@pytest.fixture
def siblings(workspace):
    leo = workspace.journal.add_child("Leo Smith", dt.date(2017, 5, 1))
    maya = workspace.journal.add_child("Maya Jones", dt.date(2015, 2, 3))
    return workspace, leo, maya


def _sibling_entry(ws, leo, maya, shared=None):
    return ws.journal.add_entry(EntryContent(
        date=DAY, child_ids=(leo.id, maya.id), text=TEXT,
        observations={Dimension.ACCEPTANCE: Observation("Maya helped Leo weigh the flour",
                                                        rating=7),
                      Dimension.SENSITIVITY: Observation("Maya went quiet about her mum")},
        voice=f"{LEOS_WORDS}. {MAYAS_WORDS}", reflection=REFLECTION,
        marks=(Mark(0, 38, MarkKind.FACT), Mark(39, len(TEXT), MarkKind.OPINION)),
        shared=shared or {}))


def test_initials_of_one_or_more_names():
    assert initials("Lily") == "L." and initials("Maya  Jones") == "M.J."
    say = Initials(["Will Jones"], "Leo Jones")
    # the full name, the first name, a full stop not doubled; "will" and the shared
    # surname stay as they are
    assert say.text("Will Jones will come. We saw Will. The Jones family") == \
        "W.J. will come. We saw W.J. The Jones family"


def test_marks_move_with_the_words_when_names_become_initials():
    text = "Maya Jones laughed. Then Maya cried."
    marks = (Mark(0, 19, MarkKind.FACT), Mark(20, len(text), MarkKind.OPINION))
    new, moved = Initials(["Maya Jones"]).with_marks(text, marks)
    assert new == "M.J. laughed. Then M.J. cried."
    assert [new[m.start:m.end] for m in moved] == ["M.J. laughed.", "Then M.J. cried."]


def test_each_childs_report_holds_only_what_was_shared_with_them(siblings, tmp_path):
    ws, leo, maya = siblings
    made = _sibling_entry(ws, leo, maya, shared={maya.id: {"text", "acceptance"}})
    assert made.content.shared == {maya.id: frozenset({"text", "acceptance"})}

    leos = supervision_export.period_report(ws, leo.id, DAY, DAY)
    (mine,) = leos.entries
    assert mine.content.child_ids == (leo.id,) and mine.content.shared == {}
    assert mine.content.text == ("Leo Smith and M.J. baked a cake. M.J.'s idea; Leo cracked "
                                 "the eggs.")
    assert mine.content.voice == "Leo said it was the best day. M.J. said: I miss my mum"
    assert [mine.content.text[m.start:m.end] for m in mine.content.marks] == [
        "Leo Smith and M.J. baked a cake.", "M.J.'s idea; Leo cracked the eggs."]
    assert mine.content.observations[Dimension.SENSITIVITY].what_happened == \
        "M.J. went quiet about her mum"

    mayas = supervision_export.period_report(ws, maya.id, DAY, DAY)
    (hers,) = mayas.entries
    assert hers.content.text == "L.S. and Maya Jones baked a cake. Maya's idea; L.S. cracked " \
                                "the eggs."
    assert list(hers.content.observations) == [Dimension.ACCEPTANCE]
    assert hers.content.observations[Dimension.ACCEPTANCE].rating == 7
    assert hers.content.voice is None and hers.content.reflection is None
    # nothing that was not shared with Maya travels in her report's data, nor Leo's name
    data = json.dumps(mayas.to_dict(), ensure_ascii=False)
    for unshared in (LEOS_WORDS, "I wonder if", "went quiet", "Leo Smith", "Leo"):
        assert unshared not in data, unshared
    # and Leo's summary names Maya by her initials only
    export = supervision_export.export(ws, leo.id, DAY, DAY, [])
    text = _pdf_text(export.pdf, tmp_path)
    assert "M.J." in text and "cracked the eggs" in text
    assert "Maya" not in text and "Jones" not in text


def test_a_sibling_with_nothing_shared_has_no_such_entry(siblings):
    ws, leo, maya = siblings
    _sibling_entry(ws, leo, maya, shared={maya.id: set()})
    assert supervision_export.period_report(ws, maya.id, DAY, DAY).entries == ()
    assert len(supervision_export.period_report(ws, leo.id, DAY, DAY).entries) == 1


def test_an_event_not_shared_stays_out_and_a_shared_one_has_initials():
    detail = EventDetail("injury", dt.datetime(2026, 10, 6, 15, tzinfo=dt.UTC),
                         what_happened="Maya fell off the swing; Leo ran for help",
                         told=(Told("Ann Social", TellRole.CHILD_SOCIAL_WORKER,
                                    dt.datetime(2026, 10, 6, 16, tzinfo=dt.UTC)),))
    content = EntryContent(DAY, ("leo", "maya"), "Park", significant=SignificantEvent.of(detail),
                           shared={"leo": frozenset({"text"})})
    names = {"leo": "Leo Smith", "maya": "Maya Jones"}
    assert for_child(content, "leo", names).significant is None
    event = for_child(content, "maya", names).significant
    assert event.detail.what_happened == "Maya fell off the swing; L.S. ran for help"
    assert event.who_was_told.startswith("Ann Social")  # the professionals, as written


def test_a_choice_still_holds_once_the_siblings_record_is_gone():
    content = EntryContent(DAY, ("leo",), "Cake", voice="Maya: I miss my mum",
                           shared={"leo": frozenset({"text"})})  # as read after a removal
    mine = for_child(content, "leo", {"leo": "Leo Smith"})
    assert mine.voice is None and mine.text == "Cake" and mine.shared == {}


def test_an_entry_about_one_child_is_reported_whole(workspace, vault_ids):
    report = supervision_export.period_report(workspace, vault_ids["child"], dt.date(2026, 11, 1),
                                       dt.date(2026, 11, 1))
    assert report.entries[0].content == workspace.journal.entry(vault_ids["entry"]).content


def test_the_choice_is_kept_in_every_version(siblings):
    ws, leo, maya = siblings
    made = _sibling_entry(ws, leo, maya)
    assert made.content.shared == {}  # a new entry: every part in each child's report
    changed = EntryContent(**{**made.content.__dict__, "shared": {maya.id: {"text"}}})
    ws.journal.amend_entry(made.id, changed, "Maya's words are hers to share")
    again = ws.journal.amend_entry(made.id, changed, "the same again")
    history = ws.journal.history(made.id)
    assert [v.content.shared for v in history] == [{}, {maya.id: frozenset({"text"})},
                                                   {maya.id: frozenset({"text"})}]
    assert again.content.shared == {maya.id: frozenset({"text"})}
    # what was shared is read back from the entry's row, and the choice names whole ids
    (row,) = ws.journal.entries(EntryFilter(child_id=maya.id))
    assert row.content.shared == {maya.id: frozenset({"text"})}


def test_a_choice_by_name_is_kept_by_id_and_every_part_is_no_choice(siblings):
    ws, leo, maya = siblings
    by_name = _sibling_entry(ws, leo, maya, shared={"Maya Jones": {"Text", "co-operation"}})
    assert by_name.content.shared == {maya.id: frozenset({"text"})}  # it has no cooperation
    every = _sibling_entry(ws, leo, maya, shared={leo.id: by_name.content.parts()})
    assert every.content.shared == {}


def test_bad_choices_are_refused_plainly(siblings):
    ws, leo, maya = siblings
    other = ws.journal.add_child("Sam Other")
    with pytest.raises(input_errors.UnknownPart) as unknown:
        _sibling_entry(ws, leo, maya, shared={maya.id: {"text", "feelings"}})
    assert describe(unknown.value).startswith('"feelings" is not a part of an entry.')
    with pytest.raises(input_errors.NotAboutThisEntry) as not_about:
        _sibling_entry(ws, leo, maya, shared={other.id: {"text"}})
    assert "not one of the children this entry is about" in describe(not_about.value)
    assert ws.journal.counts()[1] == 1  # the vault's own entry only: nothing was saved


def test_an_older_vault_upgrades_and_its_sibling_entries_share_everything(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    with Workspace.unlock(folder, "fixture passphrase 0001") as ws:
        assert ws.status(check_integrity=False).schema_version == migrate.HEAD
        old = ws.journal.entries()
        assert old and all(e.content.shared == {} for e in old)
        mia = ws.journal.children()[0]
        ben = ws.journal.add_child("Ben Fixture")
        made = ws.journal.add_entry(EntryContent(DAY, (mia.id, ben.id), "Mia Fixture and Ben "
                                                 "Fixture at the pool", voice="Ben: I swam",
                                                 shared={mia.id: {"text"}}))
    with Workspace.unlock(folder, "fixture passphrase 0001") as ws:
        assert ws.journal.entry(made.id).content.shared == {mia.id: frozenset({"text"})}
        (hers,) = [e for e in supervision_export.period_report(ws, mia.id, DAY, DAY).entries]
        assert hers.content.text == "Mia Fixture and B.F. at the pool"
        assert hers.content.voice is None
