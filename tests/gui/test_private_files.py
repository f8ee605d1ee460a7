"""What CarerDesk writes is the owner's only, saving a PDF never asks the print service, the
file dialogs are Qt's own (the desktop's add each file to its recent-files list), and a
report's suggested name carries no child's name."""

from __future__ import annotations

import stat

from helpers import CHILD_NAME, SECRET_TEXT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from test_housekeeping import _pdf_text, click_row, finished, retype, when_modal

from carerdesk.gui.journal import entry_print


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_entry_saved_as_pdf_is_owner_only_and_needs_no_printer(qtbot, window, tmp_path,
                                                                    monkeypatch):
    def no_printer(*_args):
        raise AssertionError("a printer was made for a PDF")

    monkeypatch.setattr(entry_print, "QPrinter", no_printer)
    click_row(qtbot, window.timeline, 0)

    def steps(dialog, seen):
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        retype(qtbot, name, str(tmp_path / "entry.pdf"))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    seen = when_modal(steps)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    finished(seen)
    saved = tmp_path / "entry.pdf"
    assert seen["native"] is False
    assert _mode(saved) == 0o600
    assert SECRET_TEXT in _pdf_text(saved) and CHILD_NAME in _pdf_text(saved)


def test_the_recovery_sheet_is_owner_only(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    from carerdesk.gui.setup.wizard import SetupWizard
    from carerdesk.vault.kdf import FLOOR

    wizard = SetupWizard(tmp_path / "vault", kdf_params=FLOOR)
    qtbot.addWidget(wizard)
    wizard.recovery_key = "-".join(["ABCDE"] * 16)
    status = QLabel()
    wizard.save_sheet(tmp_path / "sheet.pdf", status)
    assert _mode(tmp_path / "sheet.pdf") == 0o600
    assert "Saved to" in status.text()
    wizard.save_sheet(tmp_path / "no-such-folder" / "sheet.pdf", status)
    assert "Could not save the sheet" in status.text()


def test_the_log_folder_and_file_are_owner_only():
    from carerdesk.app import logs

    logs._logger().info("a line")
    assert _mode(logs.log_dir()) == 0o700
    assert _mode(logs.log_dir() / logs.LOG_NAME) == 0o600
