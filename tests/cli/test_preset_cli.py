"""The CLI and the agency preset (issue 18, item 3): ``preset check`` prints each social
worker's fingerprint and what is locked; ``status`` says which preset is in force and from
where; a broken preset is one line on stderr and the command still works; social workers
who left are marked in ``recipients list`` and refused by name for an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import snapshot
from preset_helpers import JO, PRIYA, SAM, preset_text, system_preset_path

from carerdesk.app import preset


@pytest.fixture
def system_preset() -> Path:
    return system_preset_path()


def test_preset_check_prints_fingerprints_and_what_is_locked(cli, tmp_path):
    path = tmp_path / "carerdesk-preset.toml"
    path.write_text(preset_text([(SAM, True), (PRIYA, False)],
                                policies="min_passphrase_length = 12\nauto_lock_minutes = 7",
                                locked="min_passphrase_length = true\nbackup_folder = true"))
    result = cli("preset", "check", str(path), stdin=None)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    sam = lines.index("Social worker: Sam Okafor (default recipient)")
    assert lines[sam + 1] == f"  Fingerprint: {SAM.fingerprint}"
    assert len(SAM.fingerprint.split()) == 6  # in groups, to read aloud
    assert f"  Fingerprint: {PRIYA.fingerprint}" in lines
    locked = lines.index("Locked (the carer cannot change these):")
    assert lines[locked + 1:locked + 3] == ["  backup_folder = CarerDesk's default",
                                           "  min_passphrase_length = 12"]
    assert "  auto_lock_minutes = 7" in lines[lines.index(
        "Defaults (the carer may change these):"):]
    assert lines[-1] == "No agency preset is in force on this computer."


def test_preset_check_says_a_development_override_is_one(cli, tmp_path, monkeypatch):
    path = tmp_path / "carerdesk-preset.toml"
    path.write_text(preset_text([]))
    monkeypatch.setenv("CARERDESK_PRESET", str(path))
    result = cli("preset", "check", str(path), stdin=None)
    assert result.code == 0
    assert "In force on this computer: Hillside Fostering, named by CARERDESK_PRESET" in \
        result.out and "an installed CarerDesk ignores" in result.out


@pytest.mark.parametrize("argv", [("preset", "check", "nowhere.toml"),
                                  ("preset", "check", ".")])
def test_preset_check_refuses_what_is_no_preset(cli, argv):
    result = cli(*argv, stdin=None)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_status_says_which_preset_is_in_force(cli, system_preset):
    system_preset.write_text(preset_text([(SAM, True)]))
    first = cli("status")
    assert first.code == 0
    assert f"Your agency added Sam Okafor ({SAM.fingerprint})" in first.err
    again = cli("status")
    assert again.err == "", "said once, when it changed"
    assert "Agency preset   Hillside Fostering" in again.out
    assert f"in the computer's settings folder: {system_preset}" in again.out
    found = cli("status", "--json").json()["preset"]
    assert found == {"agency": "Hillside Fostering", "source": "system",
                     "path": str(system_preset), "problem": None}


def test_a_broken_preset_is_one_line_on_stderr_and_status_still_works(cli, system_preset,
                                                                      vault_dir):
    system_preset.write_text(preset_text([(SAM, True)]))
    assert cli("status").code == 0  # the good one, kept in the vault
    system_preset.write_text(preset_text([(SAM, True)]).replace("version = 1", "version = 9"))
    preset.unpin()  # a new command: nothing of the last run in memory
    result = cli("status")
    assert result.code == 0
    err = result.err.strip().splitlines()
    assert len(err) == 1 and "call your agency" in err[0] and "version" in err[0]
    assert "the last good one, kept in this vault" in result.out
    assert "Preset problem" in result.out
    found = cli("status", "--json").json()["preset"]
    assert found["source"] == "vault" and "version" in found["problem"]
    listing = cli("entry", "list")
    assert listing.code == 0 and "call your agency" in listing.err


def test_a_new_vault_is_not_made_under_a_broken_preset(cli, system_preset, tmp_path):
    system_preset.write_text("version = [")
    result = cli("init", stdin="twelve letter\ntwelve letter\n", data_dir=tmp_path / "v")
    assert result.code == 1 and "syntax" in result.err
    assert not (tmp_path / "v").exists()


def test_who_has_left_is_marked_and_not_offered(cli, system_preset, vault_dir, tmp_path):
    system_preset.write_text(preset_text([(SAM, True), (PRIYA, False)]))
    assert cli("recipients", "list").code == 0
    system_preset.write_text(preset_text([(PRIYA, True), (JO, False)]))
    listed = cli("recipients", "list")
    assert f"Sam Okafor ({SAM.fingerprint}) is no longer with the agency" in listed.err
    assert f"{SAM.fingerprint}  Sam Okafor (no longer with the agency)" in listed.out
    assert f"{PRIYA.fingerprint}  Priya Shah *" in listed.out
    assert f"{JO.fingerprint}  Jo Bloggs" in listed.out
    as_json = {r["name"]: r for r in cli("recipients", "list", "--json").json()}
    assert as_json["Sam Okafor"]["left_agency"] and not as_json["Jo Bloggs"]["left_agency"]
    before = snapshot(vault_dir)
    refused = cli("export", "--recipient", "Sam Okafor", "--since", "2026-10-01", "--until",
                  "2026-11-30", "--out", str(tmp_path / "r.cdreport"))
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
    assert snapshot(vault_dir) == before and not (tmp_path / "r.cdreport").exists()
