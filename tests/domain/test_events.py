"""The significant event's rules (domain/events.py), its storage in entries.event and the
versions, the preset's own kinds, and old entries read as they were (issue 15, item 4)."""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from carerdesk.app import preset
from carerdesk.app.workspace import Workspace
from carerdesk.domain import input_errors
from carerdesk.domain.categories import SignificantEventKind as Old
from carerdesk.domain.events import (
    FROM_OLD,
    KINDS,
    NOT_TOLD,
    TOLD_LATE,
    EventDetail,
    Missing,
    TellRole,
    Told,
    check_kind,
    detail_from_dict,
    detail_to_dict,
    old_kind_for,
    warnings,
)
from carerdesk.domain.serialize import content_from_dict, content_to_dict, searchable_text
from carerdesk.domain.values import EntryContent, SignificantEvent
from carerdesk.text.messages import describe

FIXTURE = Path(__file__).parents[1] / "fixtures" / "vault-0001"  # a vault at schema 0001
FIXTURE_PASSPHRASE = "fixture passphrase 0001"

NOW = dt.datetime(2026, 11, 20, 20, 0, tzinfo=dt.UTC)
H = dt.timedelta(hours=1)


def _event(**parts) -> EventDetail:
    return EventDetail(**{"kind": "police-called", "happened_at": NOW - 5 * H, **parts})


def test_the_regulation_kinds_are_the_issue_s_keys():
    assert list(KINDS) == ["death", "serious-illness-or-accident", "police-called",
                           "sexual-exploitation", "child-protection-enquiry",
                           "allegation-against-carer", "infectious-disease", "dbs-referral",
                           "missing-from-home", "serious-offence"]
    assert check_kind(" Missing_From_Home ") == "missing-from-home"
    assert check_kind("restraint", [("restraint", "Physical intervention")]) == "restraint"
    with pytest.raises(input_errors.UnknownEventKind) as caught:
        check_kind("fire")
    assert describe(caught.value).startswith('"fire" is not a kind of significant event. Use '
                                             "one of: death, serious-illness-or-accident")


def test_old_kinds_map_only_where_the_meaning_is_the_same():
    assert FROM_OLD[Old.MISSING] == "missing-from-home"
    assert FROM_OLD[Old.NOTIFIABLE_DISEASE] == "infectious-disease"
    for unclear in (Old.ALLEGATION, Old.EXPLOITATION, Old.CHILD_PROTECTION, Old.MENTAL_HEALTH,
                    Old.OTHER):
        assert unclear not in FROM_OLD  # kept as written: not every allegation is the carer's
    assert old_kind_for("allegation-against-carer") is Old.ALLEGATION
    assert old_kind_for("dbs-referral") is Old.OTHER


def test_a_telling_before_the_event_is_refused_in_plain_words():
    event = _event(told=(Told("Sam", TellRole.POLICE, NOW - 4 * H),
                         Told("Jo", TellRole.FOSTERING_SERVICE, NOW - 6 * H)))
    with pytest.raises(input_errors.EventTimeOrder) as caught:
        event.validated(NOW)
    words = describe(caught.value)
    assert "The event time is after the telling in row 2" in words
    assert "Sam" not in words and "Jo" not in words


@pytest.mark.parametrize("event,error,words", [
    (_event(happened_at=NOW + 2 * H), input_errors.FutureDate, "time it happened"),
    (_event(happened_at=None), input_errors.EmptyValue, "Say when it happened"),
    (_event(kind=""), input_errors.EmptyValue, "Choose the kind"),
    (_event(told=(Told("", TellRole.POLICE, NOW),)), input_errors.EmptyValue, "row 1 has no name"),
    (_event(told=(Told("Sam", TellRole.POLICE),)), input_errors.EmptyValue,
     "Row 1 of who was told"),
    (_event(told=(Told("Sam", TellRole.POLICE, NOW + 3 * H),)), input_errors.FutureDate, "future"),
    (_event(kind="missing-from-home", missing=Missing(last_seen=NOW - 6 * H,
                                                      reported_at=NOW - 7 * H)),
     input_errors.EventTimeOrder, "reported is before the child was last seen"),
    (_event(where="w" * 501), input_errors.TooLong, "place it happened"),
])
def test_each_rule_broken_is_named(event, error, words):
    with pytest.raises(error) as caught:
        event.validated(NOW)
    assert words in describe(caught.value)


def test_validated_tidies_and_keeps_missing_for_its_kind_only():
    event = _event(where="  Kitchen ", what_happened="\n", told=(
        Told(" Sam ", TellRole.POLICE, NOW - 4 * H, " "),),
        missing=Missing(police_reference="PR-1")).validated(NOW)
    assert event.where == "Kitchen" and event.what_happened is None
    assert event.told == (Told("Sam", TellRole.POLICE, NOW - 4 * H, None),)
    assert event.missing is None  # not a missing-from-home event
    missing = _event(kind="missing-from-home", missing=Missing(police_reference="PR-1"))
    assert missing.validated(NOW).missing == Missing(police_reference="PR-1")


def test_warnings_never_block_and_say_what_a_lead_looks_for():
    assert warnings(_event()) == (NOT_TOLD,)
    assert warnings(_event(told=(Told("PC Hale", TellRole.POLICE, NOW - 4 * H),))) == (NOT_TOLD,)
    told = (Told("Sam", TellRole.SUPERVISING_SOCIAL_WORKER, NOW - 4 * H),)
    assert warnings(_event(told=told)) == ()
    assert warnings(_event(told=(Told("Hill", TellRole.FOSTERING_SERVICE, NOW - 4 * H),))) == ()
    late = _event(happened_at=NOW - 30 * H,
                  told=(Told("Sam", TellRole.SUPERVISING_SOCIAL_WORKER, NOW - 5 * H),
                        Told("PC", TellRole.POLICE, NOW - 4 * H)))
    assert warnings(late) == (TOLD_LATE,)
    content = EntryContent(NOW.date(), ("c",), "x",
                           significant=SignificantEvent(detail=late)).validated()
    assert content.significant.detail.told[0].name == "Sam"  # saved all the same


def test_the_old_fields_are_derived_from_the_detail():
    event = _event(told=(Told("Sam", TellRole.SUPERVISING_SOCIAL_WORKER, NOW - 3 * H),
                         Told("PC Hale", TellRole.POLICE, NOW - 4 * H)), follow_up="Meeting")
    sig = EntryContent(NOW.date(), ("c",), significant=SignificantEvent(
        Old.MENTAL_HEALTH, "typed apart", detail=event)).validated().significant
    assert sig.kind is Old.POLICE_CALLED
    assert sig.who_was_told == "Sam (Supervising social worker); PC Hale (Police)"
    assert sig.told_at == NOW - 4 * H and sig.next_steps == "Meeting"


def test_json_round_trip_and_older_versions_still_load():
    event = _event(kind="missing-from-home", child_words="I was at the park",
                   told=(Told("Sam", TellRole.OUT_OF_HOURS, NOW - 4 * H, "phone"),),
                   missing=Missing(NOW - 6 * H, NOW - 5 * H, "Police", "PR-9", NOW - H, "Talked"))
    assert detail_from_dict(json.loads(json.dumps(detail_to_dict(event)))) == event
    content = EntryContent(NOW.date(), ("c",), "x", significant=SignificantEvent.of(event))
    assert content_from_dict(json.loads(json.dumps(content_to_dict(content)))) == content
    assert "PR-9" in searchable_text(content) and "park" in searchable_text(content)
    old = content_to_dict(content)
    del old["significant"]["event"]  # a version written before the detail existed
    assert content_from_dict(old).significant.detail is None


@pytest.mark.parametrize("bad", [{"kind": 3}, {"kind": "death", "told": "Sam"},
                                 {"kind": "death", "told": [{"name": 1}]},
                                 {"kind": "death", "happened_at": "soon"},
                                 {"kind": "death", "told": [{"name": "S", "role": "boss"}]}])
def test_a_damaged_detail_is_a_value_or_type_error(bad):
    with pytest.raises((TypeError, ValueError)):
        detail_from_dict(bad)


def test_the_detail_is_stored_and_an_old_entry_reads_as_it_was(workspace):
    child = workspace.journal.add_child("Leo")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    event = EventDetail("dbs-referral", now - 3 * H, where="Home",
                        told=(Told("Hill", TellRole.FOSTERING_SERVICE, now - 2 * H),))
    saved = workspace.journal.add_entry(EntryContent(
        now.date(), (child.id,), "x", significant=SignificantEvent(detail=event)))
    old = workspace.journal.add_entry(EntryContent(now.date(), (child.id,), "y", significant=(
        SignificantEvent(Old.MENTAL_HEALTH, "Duty team", now - H, "Call back"))))
    assert workspace.journal.entry(saved.id).content.significant.detail.where == "Home"
    assert workspace.journal.search("Hill")  # the told rows are found by search
    kept = workspace.journal.entry(old.id).content.significant
    assert kept == SignificantEvent(Old.MENTAL_HEALTH, "Duty team", now - H, "Call back")
    amended = workspace.journal.amend_text(saved.id, "x, with more", "detail")
    assert amended.content.significant.detail == workspace.journal.entry(
        saved.id).content.significant.detail
    versions = workspace.journal.history(saved.id)
    assert [v.content.significant.detail.kind for v in versions] == ["dbs-referral"] * 2


def test_an_upgraded_vault_s_old_events_still_read(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    with Workspace.unlock(folder, FIXTURE_PASSPHRASE) as ws:  # rows from before entries.event
        hits = ws.journal.search("goslings")
        assert hits and all(h.entry.content.significant is None for h in hits)
        versions = ws.journal.history(hits[0].entry.id)  # JSON written by schema 0001
        assert versions[0].content.text == hits[0].entry.content.text


PRESET = ('format = "carerdesk-agency-preset"\nversion = 1\n{extra}'
          '[agency]\nname = "Hill"\n')


@pytest.mark.parametrize("extra,field", [
    ('[[event_kinds]]\nkey = "Physical Intervention"\ntitle = "x"\n', "event_kinds[1].key"),
    ('[[event_kinds]]\nkey = "death"\ntitle = "x"\n', "event_kinds[1].key"),
    ('[[event_kinds]]\nkey = "a"\ntitle = "x"\n[[event_kinds]]\nkey = "a"\ntitle = "y"\n',
     "event_kinds[2].key"),
    ('[[event_kinds]]\nkey = "restraint"\ntitle = " "\n', "event_kinds[1].title"),
    ('[[event_kinds]]\nkey = "restraint"\ntitle = "x"\ncolour = "red"\n',
     "event_kinds[1].colour"),
    ('event_kinds = "restraint"\n', "event_kinds"),
])
def test_a_preset_s_kinds_are_checked(tmp_path, extra, field):
    path = tmp_path / "p.toml"
    path.write_text(PRESET.format(extra=extra), encoding="utf-8")
    with pytest.raises(preset.PresetError) as caught:
        preset.load(path)
    assert caught.value.field == field


def test_a_preset_adds_its_kinds_after_the_regulations(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(PRESET.format(extra='[[event_kinds]]\nkey = "restraint"\n'
                                        'title = "Physical intervention"\n'), encoding="utf-8")
    assert preset.load(path).event_kinds == (("restraint", "Physical intervention"),)
