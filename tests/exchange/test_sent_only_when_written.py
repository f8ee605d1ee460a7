"""A report is listed as sent only once its package is written whole: a full disk or a
read-only folder leaves nothing in "Reports you sent" and no file of it behind, from the app
layer, the command line and the export dialog."""

import datetime as dt
import errno
from pathlib import Path

import pytest
from conftest import CHILD, START, SW_PASSPHRASE
from helpers import PASSPHRASE

from carerdesk.app import files, supervision_export
from carerdesk.app.workspace import Workspace
from carerdesk.domain.errors import StorageFailed
from carerdesk.vault import atomic

UNTIL = START + dt.timedelta(days=29)


def _disk_full_for(monkeypatch, suffix: str, errno_: int = errno.ENOSPC) -> None:
    """The real atomic write, whose rename fails for a file ending in ``suffix`` as a full
    (or read-only) disk makes it fail: the temp file is made and written, then refused."""
    real_replace = atomic.os.replace

    def replace(source, target, *args, **kwargs):
        if str(target).endswith(suffix):
            raise OSError(errno_, "No space left on device")
        return real_replace(source, target, *args, **kwargs)

    real_write = files.atomic_write

    def write(path: Path, data: bytes) -> None:
        monkeypatch.setattr(atomic.os, "replace", replace)
        try:
            real_write(path, data)
        finally:
            monkeypatch.setattr(atomic.os, "replace", real_replace)

    monkeypatch.setattr(files, "atomic_write", write)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def trusted(carer, supervisor):
    carer.exchange.add_recipient(supervisor.exchange.public_key(), default=True)
    return supervisor


@pytest.mark.parametrize(("reason", "code"), [("full", errno.ENOSPC),
                                              ("read-only", errno.EROFS)])
def test_a_package_the_disk_refused_is_not_listed_as_sent(carer, trusted, out,
                                                          monkeypatch, reason, code):
    _disk_full_for(monkeypatch, ".cdreport", code)
    with pytest.raises(StorageFailed) as refused:
        supervision_export.export(carer, CHILD, START, UNTIL, [trusted.exchange.public_key()],
                                  save_to=out / "gui.cdreport",
                                  pdf_to=out / "gui.pdf")
    assert refused.value.reason == reason
    assert carer.exchange.exports() == []
    assert carer.exchange.last_reported(carer.journal.child(CHILD).id) is None
    assert sorted(p.name for p in out.iterdir()) == []  # no package, PDF or temp file


def test_a_pdf_the_disk_refused_stops_the_package_too(carer, trusted, out, monkeypatch):
    _disk_full_for(monkeypatch, ".pdf")
    with pytest.raises(StorageFailed):
        supervision_export.export(carer, CHILD, START, UNTIL, [trusted.exchange.public_key()],
                                  save_to=out / "gui.cdreport",
                                  pdf_to=out / "gui.pdf")
    assert carer.exchange.exports() == []
    assert list(out.iterdir()) == []


def test_a_package_written_whole_is_listed_once(carer, trusted, out):
    made = supervision_export.export(carer, CHILD, START, UNTIL,
                                     [trusted.exchange.public_key()],
                                     save_to=out / "sept.cdreport")
    assert (out / "sept.cdreport").read_bytes() == made.package
    sent = carer.exchange.exports()
    assert [(s.since, s.until, s.entries) for s in sent] == [(START, UNTIL,
                                                              len(made.report.entries))]
    assert trusted.exchange.import_package(made.package).item.entries == len(made.report.entries)


def test_the_command_on_a_full_disk_lists_nothing(cli, carer_dir, sw_dir, out,
                                                  monkeypatch):
    key = out / "sam.key"
    assert cli("keys", "export-public", "--out", str(key), stdin=SW_PASSPHRASE + "\n",
               data_dir=sw_dir).code == 0
    _disk_full_for(monkeypatch, ".cdreport")
    result = cli("export", "--recipient", str(key), "--since", "2026-09-01", "--until",
                 "2026-09-30", "--out", str(out / "cli.cdreport"), "--pdf",
                 str(out / "cli.pdf"), stdin=PASSPHRASE + "\n", data_dir=carer_dir)
    assert result.code != 0
    assert "is full" in result.err and "Wrote" not in result.out
    assert not (out / "cli.cdreport").exists() and not (out / "cli.pdf").exists()
    with Workspace.unlock(carer_dir, PASSPHRASE) as carer:
        assert carer.exchange.exports() == []


def test_the_dialog_on_a_full_disk_says_so_and_lists_nothing(qtbot, carer, trusted, out,
                                                             monkeypatch):
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QFileDialog

    from carerdesk.gui.reports.export_dialog import ExportDialog
    from carerdesk.gui.reports.returned_dialog import SupervisionBackDialog

    dialog = ExportDialog(carer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.since.setDate(QDate(2026, 9, 1))
    dialog.until.setDate(QDate(2026, 9, 30))
    assert len(dialog.chosen_recipients()) == 1
    if not dialog.with_pdf.isChecked():
        qtbot.mouseClick(dialog.with_pdf, Qt.MouseButton.LeftButton)
    assert dialog.with_pdf.isChecked()
    target = out / "gui.cdreport"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _disk_full_for(monkeypatch, ".cdreport")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.operation.running and not dialog.error.isHidden(),
                    timeout=20_000)
    assert "is full" in dialog.error.text()
    assert dialog.last_saved is None
    assert list(out.iterdir()) == []
    back = SupervisionBackDialog(carer)
    qtbot.addWidget(back)
    assert back.reports.count() == 0
