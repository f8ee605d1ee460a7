"""Significant events through the real command (issue 15, item 4): the event's own parts, who
was told with role and time, warnings on stderr while the entry is still saved, every bad
input refused with one plain line, the detail in ``entry show --json``, search and history,
and entries written before events had their parts still read as they were."""

import datetime as dt
import json

import pytest
from helpers import refused_plainly

from carerdesk.app import preset

PASS = "correct horse battery\n"
NOW = dt.datetime.now().replace(second=0, microsecond=0)


def _at(hours_ago: float) -> str:
    return (NOW - dt.timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M")


def _add(cli, vault_ids, *options):
    return cli("entry", "add", "--child", vault_ids["child"], "--text", "A hard evening.",
               *options)


def _show(cli, entry_id):
    shown = cli("entry", "show", entry_id, "--json")
    assert shown.code == 0, shown.err
    return shown.json()


def test_a_full_event_is_saved_shown_and_found(cli, vault_ids):
    made = _add(cli, vault_ids, "--event-kind", "police-called", "--happened-at", _at(3),
                "--where", "Our kitchen", "--present", "Me, my partner, Leo",
                "--what-happened", "A man came to the door shouting.",
                "--child-words", "I don't want to go with him",
                "--carer-did", "I kept Leo in the lounge and rang 999.",
                "--told", f"Sam Patel, supervising-social-worker, {_at(2)}, phone",
                "--told", f"Patel, Ann, police, {_at(2.5)}",
                "--follow-up", "Strategy meeting on Monday")
    assert made.code == 0, made.err
    assert made.err == ""  # the supervising social worker was told within a day: no warning
    event = _show(cli, made.last_line)["significant"]["event"]
    assert event["kind"] == "police-called"
    assert event["happened_at"].startswith(_at(3))
    assert event["where"] == "Our kitchen" and event["present"] == "Me, my partner, Leo"
    assert event["child_words"] == "I don't want to go with him"
    assert event["carer_response"].startswith("I kept Leo")
    assert [(r["name"], r["role"], r["how"]) for r in event["told"]] == [
        ("Sam Patel", "supervising-social-worker", "phone"), ("Patel, Ann", "police", None)]
    assert event["follow_up"] == "Strategy meeting on Monday" and event["missing"] is None
    found = cli("search", "strategy", "--json").json()
    assert [h["id"] for h in found] == [made.last_line]
    plain = cli("entry", "show", made.last_line).out
    assert "Serious incident: police called to our home" in plain
    assert "Told Sam Patel (Supervising social worker)" in plain


def test_warnings_go_to_stderr_and_the_entry_is_still_saved(cli, vault_ids):
    made = _add(cli, vault_ids, "--event-kind", "serious-illness-or-accident",
                "--happened-at", _at(50), "--told", f"Dr Rao, other, {_at(20)}")
    assert made.code == 0
    warnings = made.err.strip().splitlines()
    assert len(warnings) == 2, made.err
    assert "Neither your supervising social worker nor the fostering service" in warnings[0]
    assert "more than 24 hours" in warnings[1]
    assert _show(cli, made.last_line)["significant"]["event"]["told"][0]["name"] == "Dr Rao"
    listed = cli("entry", "list").out
    assert "Warning:" in listed  # the list says it again, for the record as it stands


def test_nobody_told_yet_is_a_warning_not_a_refusal(cli, vault_ids):
    made = _add(cli, vault_ids, "--event-kind", "dbs-referral", "--happened-at", _at(1))
    assert made.code == 0
    assert "Neither your supervising social worker" in made.err
    assert "more than 24 hours" not in made.err


def test_missing_from_home(cli, vault_ids):
    made = _add(cli, vault_ids, "--event-kind", "missing_from_home", "--happened-at", _at(6),
                "--last-seen", _at(7), "--reported-at", _at(5.5), "--reported-to",
                "Police, 101", "--police-ref", "PR-2231", "--back-at", _at(2),
                "--return-talk", "He said he went to the park to think.",
                "--told", f"Hillside, fostering-service, {_at(5)}")
    assert made.code == 0, made.err
    content = _show(cli, made.last_line)
    missing = content["significant"]["event"]["missing"]
    assert missing["police_reference"] == "PR-2231" and missing["reported_to"] == "Police, 101"
    assert missing["last_seen"].startswith(_at(7)) and missing["back_at"].startswith(_at(2))
    assert missing["return_conversation"].startswith("He said")
    assert content["significant"]["kind"] == "missing"  # the old column, for older readers
    assert content["significant"]["who_was_told"] == "Hillside (Fostering service)"


def test_history_keeps_the_event_when_the_text_is_amended(cli, vault_ids):
    made = _add(cli, vault_ids, "--event-kind", "death", "--happened-at", _at(4),
                "--told", f"Jo, fostering-service, {_at(3)}")
    assert cli("entry", "amend", made.last_line, "--text", "Written again",
               "--reason", "typo").code == 0
    versions = cli("entry", "history", made.last_line, "--json").json()
    assert [v["significant"]["event"]["kind"] for v in versions] == ["death", "death"]


def test_an_old_style_event_still_works_and_reads_as_it_was(cli, vault_ids):
    made = _add(cli, vault_ids, "--significant", "--told", "Ms Okafor, by phone",
                "--told-at", _at(1), "--next-steps", "Call back")
    assert made.code == 0 and made.err == ""
    sig = _show(cli, made.last_line)["significant"]
    assert sig["who_was_told"] == "Ms Okafor, by phone" and sig["event"] is None
    assert sig["next_steps"] == "Call back"


def test_a_kind_the_preset_adds(cli, vault_dir, vault_ids, tmp_path, monkeypatch):
    file = tmp_path / "preset.toml"
    file.write_text('format = "carerdesk-agency-preset"\nversion = 1\n[agency]\nname = "Hill"\n'
                    '[[event_kinds]]\nkey = "physical-intervention"\n'
                    'title = "Physical intervention"\n', encoding="utf-8")
    monkeypatch.setenv("CARERDESK_PRESET", str(file))
    preset.unpin()
    made = _add(cli, vault_ids, "--event-kind", "physical-intervention", "--happened-at",
                _at(1), "--told", f"Sam, supervising-social-worker, {_at(0.5)}")
    assert made.code == 0, made.err
    assert "Physical intervention" in cli("entry", "show", made.last_line).out
    err = refused_plainly(cli, vault_dir, "entry", "add", "--child", vault_ids["child"],
                          "--text", "x", "--event-kind", "restraint", "--happened-at",
                          _at(1)).err
    assert "serious-offence, physical-intervention." in err


@pytest.mark.parametrize("options,words", [
    (["--event-kind", "fire", "--happened-at", "HAPPENED"],
     '"fire" is not a kind of significant event. Use one of: death, '
     "serious-illness-or-accident, police-called"),
    (["--event-kind", "death", "--happened-at", "HAPPENED", "--told", "Sam Patel"],
     'Telling 1 is not written as "NAME, ROLE, YYYY-MM-DDTHH:MM"'),
    (["--event-kind", "death", "--happened-at", "HAPPENED", "--told", "Sam, boss, EARLY"],
     "Telling 1 has a role that is not in the list"),
    (["--event-kind", "death", "--happened-at", "HAPPENED", "--told", "Sam, police, soon"],
     'Telling 1 is not written as "NAME, ROLE'),
    (["--event-kind", "death", "--happened-at", "HAPPENED", "--told",
      "Sam, police, LATER", "--told", "Jo, police, EARLY"],
     "The event time is after the telling in row 2"),
    (["--event-kind", "death", "--happened-at", "FUTURE"], "time it happened"),
    (["--event-kind", "death", "--happened-at", "FUTURE"], "in the future"),
    (["--event-kind", "death", "--happened-at", "HAPPENED", "--told", "Sam, police, FUTURE"],
     "in the future"),
    (["--event-kind", "death", "--happened-at", "2026-02-30T10:00"],
     "not a date and time that exists"),
    (["--event-kind", "death"], "Say when it happened"),
    (["--happened-at", "HAPPENED"], "--happened-at is part of a significant event: give "
                                    "--event-kind too"),
    (["--event-kind", "death", "--happened-at", "HAPPENED", "--police-ref", "X1"],
     "--police-ref is for a child missing from home"),
    (["--event-kind", "missing-from-home", "--happened-at", "HAPPENED", "--last-seen", "LATER",
      "--back-at", "HAPPENED"], "came back is before they were last seen"),
    (["--event-kind", "death", "--happened-at", "HAPPENED", "--told-at", "LATER"],
     "inside --told"),
    (["--told", "Sam", "--told", "Jo"], "--told is given once without --event-kind"),
])
def test_bad_input_is_refused_with_one_plain_line(cli, vault_dir, vault_ids, options, words):
    times = {"HAPPENED": _at(5), "EARLY": _at(6), "LATER": _at(4),
             "FUTURE": (NOW + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")}
    for token, value in times.items():
        options = [o.replace(token, value) for o in options]
    err = refused_plainly(cli, vault_dir, "entry", "add", "--child", vault_ids["child"],
                          "--text", "x", *options).err
    assert words in err, err
    assert "Sam" not in err and "Jo" not in err  # names typed are never repeated back


def test_entry_show_of_an_unknown_id_is_refused(cli, vault_dir):
    assert "no entry" in refused_plainly(cli, vault_dir, "entry", "show", "nope").err


def test_an_older_version_without_an_event_field_still_loads():
    from carerdesk.domain.serialize import content_from_dict

    old = {"date": "2024-01-02", "children": ["c"], "text": "x", "dimensions": {},
           "categories": [], "mood": None, "voice": None, "reflection": None,
           "significant": {"kind": "mental_health", "who_was_told": "Duty team",
                           "told_at": "2024-01-02T18:00:00+00:00", "next_steps": None}}
    content = content_from_dict(old)
    assert content.significant.kind.value == "mental_health"
    assert content.significant.who_was_told == "Duty team" and content.significant.detail is None
    assert json.loads(json.dumps(old)) == old
