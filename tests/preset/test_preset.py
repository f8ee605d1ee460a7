"""Agency presets: a good one applies its policies; each kind of mistake names field and line."""

from pathlib import Path

import pytest

from carerdesk.app import policy, preset

EXAMPLE = Path(__file__).parents[2] / "packaging" / "agency-preset.example.toml"
K1, K2 = [line.split('"')[1] for line in EXAMPLE.read_text().splitlines()
          if line.startswith("public_key")]


def test_the_example_preset_is_valid(cli):
    loaded = preset.load(EXAMPLE)
    assert loaded.agency == "Hillside Fostering"
    assert [w.name for w in loaded.social_workers] == ["Sam Okafor", "Priya Shah"]
    assert loaded.default_recipient.name == "Sam Okafor"
    assert loaded.locked == {"auto_lock_minutes", "min_passphrase_length"}
    result = cli("preset", "check", str(EXAMPLE), stdin=None)
    assert result.code == 0 and "Hillside Fostering" in result.out


@pytest.mark.parametrize("change,field,line", [
    (('format = "carerdesk-agency-preset"', 'format = "other"'), "format", 3),
    (("version = 1", "version = 2"), "version", 4),
    (('name = "Hillside Fostering"', 'name = ""'), "agency.name", 7),
    (("auto_lock_minutes = 10", "auto_lock_minutes = 0"), "policies.auto_lock_minutes", 20),
    (("auto_lock_minutes = 10", 'auto_lock_minutes = "ten"'), "policies.auto_lock_minutes", 20),
    (("min_passphrase_length = 12", "min_passphrase_length = 4"),
     "policies.min_passphrase_length", 21),
    (('language = "en"', 'langauge = "en"'), "policies.langauge", 23),
    (("backup_folder = false", "backup_folder = 1"), "locked.backup_folder", 28),
    (('name = "Priya Shah"', 'name = "  "'), "social_workers[2].name", 16),
    ((f'public_key = "{K2}"\n\n[policies]', '\n[policies]'), "social_workers[2].public_key", 15),
    ((K1, K1[:-3] + "abc"), "social_workers[1].public_key", 12),
    ((K1, "paste the key here"), "social_workers[1].public_key", 12),
    (("default = true ", "default = 3 "), "social_workers[1].default", 13),
    (("[policies]", "[policies\n"), "syntax", None),
])
def test_each_kind_of_mistake_is_named(tmp_path, cli, change, field, line):
    text = EXAMPLE.read_text()
    assert change[0] in text, change
    bad = tmp_path / "preset.toml"
    bad.write_text(text.replace(change[0], change[1], 1))
    with pytest.raises(preset.PresetError) as info:
        preset.load(bad)
    assert info.value.field == field
    if line is not None:
        assert info.value.line == line
        assert f"preset.toml:{line}: {field}" in info.value.message
    result = cli("preset", "check", str(bad), stdin=None)
    assert result.code == 1 and field in result.err and "Traceback" not in result.err


def test_two_default_recipients_are_refused(tmp_path):
    bad = tmp_path / "preset.toml"
    bad.write_text(EXAMPLE.read_text().replace(
        'name = "Priya Shah"', 'name = "Priya Shah"\ndefault = true'))
    with pytest.raises(preset.PresetError) as info:
        preset.load(bad)
    assert "only one" in info.value.problem


@pytest.fixture
def agency(tmp_path, monkeypatch):
    path = tmp_path / "carerdesk-preset.toml"
    path.write_text(EXAMPLE.read_text().replace('# backup_folder = "E:/CarerDesk backups"',
                                                f'backup_folder = "{tmp_path / "agency"}"'))
    monkeypatch.setenv("CARERDESK_PRESET", str(path))
    return path


def test_locked_and_default_policies(agency, tmp_path, qapp):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # a temp file, never the user's
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))

    from carerdesk.gui.common.autolock import OLD_QT_KEY, autolock_minutes

    QSettings().setValue(OLD_QT_KEY, 45)  # a carer's choice from before, carried over
    assert autolock_minutes() == 10  # locked by the agency
    policy.choose(auto_lock_minutes=30)
    assert policy.current().auto_lock_minutes == 10  # still the agency's
    assert policy.current().min_passphrase == 12
    vault = tmp_path / "vault"
    assert policy.current().backup_folder_for(vault) == tmp_path / "agency"  # a default
    policy.choose(backup_folder=str(tmp_path / "usb"))
    assert policy.current().backup_folder_for(vault) == tmp_path / "usb"  # the carer's wins


def test_minimum_passphrase_applies_to_init(agency, cli, tmp_path):
    short = cli("init", stdin="tenletters\ntenletters\n", data_dir=tmp_path / "v")
    assert short.code == 1 and "at least 12" in short.err
    assert cli("init", stdin="twelve letter\ntwelve letter\n", data_dir=tmp_path / "v").code == 0


def test_wizard_shows_the_agency_and_its_rules(agency, qtbot, tmp_path):
    from carerdesk.gui.setup.wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "v")
    qtbot.addWidget(wizard)
    assert wizard.agency.agency == "Hillside Fostering" and wizard.minimum == 12
    from PySide6.QtWidgets import QLabel

    labels = " ".join(w.text() for w in wizard.page(wizard.pageIds()[0]).findChildren(QLabel))
    assert "Hillside Fostering" in labels and "Sam Okafor" in labels


def test_locked_preferences_cannot_be_changed(agency, qtbot, workspace):
    from carerdesk.gui.journal.preferences import PreferencesDialog

    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    assert not dialog.minutes.isEnabled() and "Hillside" in dialog.minutes.toolTip()
    assert dialog.folder.isEnabled()


def test_a_broken_active_preset_is_an_error_not_ignored(tmp_path, monkeypatch, cli):
    bad = tmp_path / "carerdesk-preset.toml"
    bad.write_text("format = 3")
    monkeypatch.setenv("CARERDESK_PRESET", str(bad))
    result = cli("init", stdin="twelve letter\ntwelve letter\n", data_dir=tmp_path / "v")
    assert result.code == 1 and "format" in result.err
    assert not (tmp_path / "v").exists()


def test_the_agencys_social_workers_are_trusted_from_the_start(agency, cli, tmp_path):
    """Set-up (the wizard and ``init`` both go through Workspace.create) trusts the preset's
    social workers, the default one as the default recipient."""
    folder = tmp_path / "v"
    assert cli("init", stdin="twelve letter\ntwelve letter\n", data_dir=folder).code == 0
    listed = cli("recipients", "list", "--json", stdin="twelve letter\n", data_dir=folder)
    by_name = {r["name"]: r for r in listed.json()}
    assert set(by_name) == {"Sam Okafor", "Priya Shah"}
    assert by_name["Sam Okafor"]["default"] and not by_name["Priya Shah"]["default"]
    assert all(r["from_preset"] for r in by_name.values())
    sam = preset.load(agency).social_workers[0].public_key
    from carerdesk.exchange import parse_key_line
    assert by_name["Sam Okafor"]["fingerprint"] == parse_key_line(sam).fingerprint


def test_every_system_config_folder_is_searched(tmp_path, monkeypatch):
    """Ubuntu's desktop sets XDG_CONFIG_DIRS=/etc/xdg/xdg-ubuntu:/etc/xdg; the preset in
    /etc/xdg must still be found."""
    first, second = tmp_path / "xdg-ubuntu", tmp_path / "xdg"
    (second / "CarerDesk").mkdir(parents=True)
    (second / "CarerDesk" / "carerdesk-preset.toml").write_text(EXAMPLE.read_text())
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}:{second}")
    monkeypatch.delenv("CARERDESK_PRESET", raising=False)
    assert second / "CarerDesk" / "carerdesk-preset.toml" in preset.search_paths()
    assert preset.active().agency == "Hillside Fostering"


@pytest.mark.parametrize("make, words", [
    (lambda p: None, "there is no such file"),
    (lambda p: p.mkdir(), "is a folder"),
    (lambda p: p.write_bytes(b"agency = \"\xff\xfe\"\n"), "is not UTF-8 text"),
])
def test_files_that_cannot_be_read_say_why(tmp_path, cli, make, words):
    path = tmp_path / "preset.toml"
    make(path)
    result = cli("preset", "check", str(path), stdin=None)
    assert result.code == 1
    assert f"{path}: file: {words}" in result.err and "Errno" not in result.err
