"""The carer chooses Cymraeg in Preferences and CarerDesk starts in Welsh next time; an agency
that has decided the language keeps it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from carerdesk.app import preset, settings
from carerdesk.gui.journal.preferences import PreferencesDialog


def _choose(qtbot, dialog, text):
    dialog.language.setFocus()
    while dialog.language.currentText() != text:  # by key, as a person would
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_cymraeg_chosen_in_preferences_is_the_language_next_time(qtbot, workspace,
                                                                  monkeypatch):
    monkeypatch.delenv("CARERDESK_LANG")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert preset.language() == "en_GB"
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentText() == "As the system is set"
    _choose(qtbot, dialog, "Cymraeg")
    assert settings.load()["language"] == "cy" and preset.language() == "cy"
    assert preset.language("en") == "en"  # --lang still wins, for one command
    again = PreferencesDialog(workspace)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Cymraeg"
