"""One Policy: the carer's choices in settings.json, the agency's preset over them."""

import json

import pytest

from carerdesk.app import policy, settings
from carerdesk.domain.passphrase import MIN_PASSPHRASE


def test_with_no_preset_the_defaults_and_then_the_carers_choices(tmp_path):
    vault = tmp_path / "vault"
    first = policy.current()
    assert first.auto_lock_minutes == policy.AUTO_LOCK_DEFAULT
    assert first.min_passphrase == MIN_PASSPHRASE and first.agency is None
    assert first.backup_folder_for(vault) == tmp_path / "vault-backups"  # beside the vault
    policy.choose(auto_lock_minutes=20, backup_folder=str(tmp_path / "usb"))
    later = policy.current()
    assert later.auto_lock_minutes == 20 and later.backup_folder_for(vault) == tmp_path / "usb"
    assert json.loads(settings.settings_file().read_text())["auto_lock_minutes"] == 20


@pytest.mark.parametrize("written", ["{not json", "[1, 2]", '{"auto_lock_minutes": "soon"}',
                                     '{"auto_lock_minutes": -5}'])
def test_a_damaged_or_odd_settings_file_gives_safe_values(written):
    path = settings.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(written)
    minutes = policy.current().auto_lock_minutes
    assert minutes == (1 if "-5" in written else policy.AUTO_LOCK_DEFAULT)


def test_only_a_carers_choice_can_be_chosen():
    with pytest.raises(ValueError):
        policy.choose(min_passphrase_length=4)
    assert not settings.settings_file().exists()


def test_an_old_qt_setting_is_carried_over_once(qapp, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # a temp file, never the user's
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))

    from carerdesk.gui.common.autolock import OLD_QT_KEY, autolock_minutes

    QSettings().setValue(OLD_QT_KEY, 25)
    assert autolock_minutes() == 25
    assert QSettings().value(OLD_QT_KEY) is None and policy.has_choice("auto_lock_minutes")
    policy.choose(auto_lock_minutes=7)
    assert autolock_minutes() == 7  # the new home wins from then on
