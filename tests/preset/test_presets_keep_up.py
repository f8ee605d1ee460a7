"""Presets that keep up (issue 18, item 3): an agency's change to its preset reaches a vault
that already exists; an installed build cannot be talked out of its locked policies; a
broken preset on disk leaves the app working with the last good one kept in the vault."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from preset_helpers import JO, PRIYA, SAM, key, preset_text, system_preset_path

from carerdesk.app import policy, preset, settings
from carerdesk.app.workspace import Workspace
from carerdesk.domain.roles import Role


@pytest.fixture
def system_preset() -> Path:
    return system_preset_path()


def _unlock(folder: Path) -> Workspace:
    preset.unpin()  # as a fresh start of the app: the preset is read again
    return Workspace.unlock(folder, PASSPHRASE)


def _by_name(workspace: Workspace, include_left: bool = False):
    return {r.name: r for r in workspace.exchange.recipients(include_left)}


def test_a_preset_that_adds_and_removes_a_social_worker_reaches_an_existing_vault(
        vault_dir, system_preset):
    mine = key("My own SSW")
    with _unlock(vault_dir) as ws:  # made before any preset: the carer's own recipient
        ws.exchange.add_recipient(mine, "My own SSW")
    system_preset.write_text(preset_text([(SAM, True), (PRIYA, False)]))
    with _unlock(vault_dir) as ws:
        changes = ws.preset_followed.changes
        assert {n for n, _ in changes.added} == {"Sam Okafor", "Priya Shah"}
        assert dict(changes.added)["Sam Okafor"] == SAM.fingerprint  # said with it
        found = _by_name(ws)
        assert set(found) == {"Sam Okafor", "Priya Shah", "My own SSW"}
        assert found["Sam Okafor"].is_default and found["Sam Okafor"].from_preset
        assert not found["My own SSW"].from_preset
    with _unlock(vault_dir) as ws:  # nothing changed: nothing to do
        assert ws.preset_followed.changes is None

    system_preset.write_text(preset_text([(PRIYA, True), (JO, False)]))  # Sam has left
    with _unlock(vault_dir) as ws:
        changes = ws.preset_followed.changes
        assert changes.left == (("Sam Okafor", SAM.fingerprint),)
        assert [n for n, _ in changes.added] == ["Jo Bloggs"]
        offered = _by_name(ws)
        assert set(offered) == {"Priya Shah", "Jo Bloggs", "My own SSW"}
        assert offered["Priya Shah"].is_default  # the preset's new default is followed
        every = _by_name(ws, include_left=True)
        assert every["Sam Okafor"].left_at is not None and not every["Sam Okafor"].is_default
        from carerdesk.domain.errors import NotFound

        with pytest.raises(NotFound):  # no longer offered for a report by name
            ws.exchange.recipient("Sam Okafor")

    system_preset.write_text(preset_text([(PRIYA, True), (JO, False), (SAM, False)]))
    with _unlock(vault_dir) as ws:  # Sam is back with the agency
        assert ws.preset_followed.changes.back == (("Sam Okafor", SAM.fingerprint),)
        assert _by_name(ws)["Sam Okafor"].left_at is None

    system_preset.write_text(preset_text([]))  # every social worker gone from the preset
    with _unlock(vault_dir) as ws:
        assert set(_by_name(ws)) == {"My own SSW"}, "the carer's own is never removed"


def test_the_carers_own_default_stands(vault_dir, system_preset):
    mine = key("My own SSW")
    with _unlock(vault_dir) as ws:
        ws.exchange.add_recipient(mine, "My own SSW", default=True)
    system_preset.write_text(preset_text([(SAM, True)]))
    with _unlock(vault_dir) as ws:
        found = _by_name(ws)
        assert found["My own SSW"].is_default and not found["Sam Okafor"].is_default


def test_without_a_preset_nothing_changes(vault_dir, system_preset):
    system_preset.write_text(preset_text([(SAM, True)]))
    with _unlock(vault_dir):
        pass
    system_preset.unlink()
    with _unlock(vault_dir) as ws:
        assert ws.preset_followed.state.preset is None
        assert _by_name(ws)["Sam Okafor"].left_at is None


def test_a_supervisors_vault_takes_no_recipients(tmp_path, system_preset):
    from carerdesk.vault.kdf import FLOOR

    system_preset.write_text(preset_text([(SAM, True)]))
    ws, _ = Workspace.create(tmp_path / "sw", PASSPHRASE, PASSPHRASE, role=Role.SUPERVISOR,
                             params=FLOOR)
    with ws:
        assert ws.exchange.recipients() == []


# --- an installed build ---

@pytest.fixture
def installed(monkeypatch, tmp_path) -> Path:
    """A faked frozen build: its program folder and /etc/xdg are temp folders here."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    program = tmp_path / "program"
    (program / "distribution").mkdir(parents=True)
    monkeypatch.setattr(preset, "program_dir", lambda: program)
    monkeypatch.setattr(preset, "LINUX_SYSTEM_FOLDER", tmp_path / "etc-xdg" / "CarerDesk")
    path = program / "distribution" / preset.FILE_NAME
    path.write_text(preset_text([(SAM, True)], policies="min_passphrase_length = 16",
                                locked="min_passphrase_length = true"))
    return path


def _lenient(tmp_path: Path) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(preset_text([], agency="My Own Rules", policies="min_passphrase_length = 8",
                                locked="min_passphrase_length = false"))
    return path


def test_the_override_is_refused_in_an_installed_build(installed, tmp_path, monkeypatch, cli):
    monkeypatch.setenv("CARERDESK_PRESET", str(_lenient(tmp_path)))
    state = preset.in_force()
    assert state.source == "program" and state.preset.agency == "Hillside Fostering"
    assert policy.current().min_passphrase == 16
    ten = cli("init", stdin="tenletters\ntenletters\n", data_dir=tmp_path / "v")
    assert ten.code == 1 and "at least 16" in ten.err
    from carerdesk.app.logs import LOG_NAME, log_dir

    assert "CARERDESK_PRESET is ignored" in (log_dir() / LOG_NAME).read_text()


def test_a_folder_the_user_can_write_is_not_an_agencys_in_an_installed_build(
        installed, system_preset, tmp_path):
    installed.unlink()
    system_preset.write_text(preset_text([], agency="My Own Rules"))  # a temp: writable
    assert preset.in_force().preset is None
    preset.LINUX_SYSTEM_FOLDER.mkdir(parents=True)  # /etc/xdg is always searched
    (preset.LINUX_SYSTEM_FOLDER / preset.FILE_NAME).write_text(preset_text([]))
    assert preset.in_force().preset.agency == "Hillside Fostering"


def test_in_development_the_override_wins_and_says_so(tmp_path, monkeypatch, system_preset):
    system_preset.write_text(preset_text([]))
    monkeypatch.setenv("CARERDESK_PRESET", str(_lenient(tmp_path)))
    state = preset.in_force()
    assert state.source == "override" and state.preset.agency == "My Own Rules"
    assert "an installed CarerDesk ignores" in state.where()
    assert policy.current().min_passphrase == 8


def test_a_settings_file_cannot_override_a_locked_policy(system_preset, tmp_path):
    system_preset.write_text(preset_text(
        [], policies="auto_lock_minutes = 7",
        locked="auto_lock_minutes = true\nbackup_folder = true"))
    settings.save({"auto_lock_minutes": 240, "backup_folder": str(tmp_path / "mine")})
    now = policy.current()
    assert now.auto_lock_minutes == 7
    assert now.backup_folder is None, "locked with no value: CarerDesk's own default"


# --- a broken preset ---

def test_a_broken_preset_keeps_the_last_good_one_from_the_vault(vault_dir, system_preset):
    system_preset.write_text(preset_text([(SAM, True)]))
    with _unlock(vault_dir):
        pass  # the good preset is kept in the vault
    system_preset.write_text("format = 'carerdesk-agency-preset'\nversion = [")  # a typo
    with _unlock(vault_dir) as ws:
        state = ws.preset_followed.state
        assert state.problem is not None and state.source == "vault"
        assert state.preset.agency == "Hillside Fostering"
        assert policy.current().min_passphrase == 12 and policy.current().auto_lock_minutes == 7
        assert _by_name(ws)["Sam Okafor"].left_at is None, "nobody has left over a typo"


def test_a_broken_preset_with_nothing_kept_still_opens(vault_dir, system_preset):
    system_preset.write_text("version = [")
    with _unlock(vault_dir) as ws:
        state = ws.preset_followed.state
        assert state.problem is not None and state.preset is None
        assert ws.journal.children()  # the journal opens as ever
