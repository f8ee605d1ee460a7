"""Preferences → "Lock CarerDesk after:" says "1 minute" and "5 minutes", in English and in
Welsh, as the person steps or types the number."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from carerdesk.gui.journal.preferences import PreferencesDialog
from carerdesk.text import i18n

WELSH_TS = Path(__file__).resolve().parents[2] / "translations" / "carerdesk_cy.ts"


def _dialog(qtbot, workspace) -> PreferencesDialog:
    dialog = PreferencesDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, spin, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def test_one_minute_and_many_minutes(qtbot, workspace):
    dialog = _dialog(qtbot, workspace)
    spin = dialog.minutes
    _type(qtbot, spin, "2")
    assert (spin.value(), spin.text()) == (2, "2 minutes")
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert (spin.value(), spin.text()) == (1, "1 minute")
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.text() == "2 minutes"
    _type(qtbot, spin, "15")  # typed digit by digit: 1 then 15
    assert (spin.value(), spin.text()) == (15, "15 minutes")


@pytest.fixture
def welsh(qapp, tmp_path, monkeypatch):
    """The Welsh .ts compiled into a temporary folder (never over translations/*.qm)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(WELSH_TS), "-qm",
                    str(tmp_path / "carerdesk_cy.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("cy")
    yield
    i18n.uninstall()
    monkeypatch.undo()
    assert i18n.install("en", qt=True)  # as the other GUI tests expect


def test_the_minutes_in_welsh(qtbot, workspace, welsh):
    dialog = _dialog(qtbot, workspace)
    spin = dialog.minutes
    _type(qtbot, spin, "1")
    assert spin.text() == "1 munud"
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.text() == "2 munud"
