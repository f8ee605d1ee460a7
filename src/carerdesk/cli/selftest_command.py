"""selftest: prove an installed CarerDesk works here: Qt starts, a vault is made and
unlocked, entries are saved and found, PDFs are drawn, a report goes out and comes back. Used
inside the bundle by packaging/build-linux.sh; exits 0 only when every step passed."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from carerdesk.cli.output import say
from carerdesk.text.i18n import translate


def _steps(folder: Path) -> list[tuple[str, Callable[[], object]]]:
    state: dict = {}

    def make_vault():
        from carerdesk.app.workspace import QUICK_KDF, Workspace

        workspace, key = Workspace.create(folder, "selftest passphrase", "selftest passphrase",
                                          params=QUICK_KDF)
        child = workspace.journal.add_child("Selftest")
        from carerdesk.domain.values import EntryContent

        workspace.journal.add_entry(EntryContent(date=dt.date.today(), child_ids=(child.id,),
                                                 text="selftest kite"))
        workspace.lock()
        state["key"] = key

    def unlock_and_search():
        from carerdesk.app.workspace import Workspace

        with Workspace.unlock(folder, "selftest passphrase") as workspace:
            assert workspace.journal.search("kite"), "search found nothing"
            assert workspace.status().problems == ()
        Workspace.unlock_with_recovery_key(folder, state["key"]).lock()

    def start_qt():
        from carerdesk.gui.selftest import show_journal

        show_journal(folder, "selftest passphrase")

    def draw_pdfs():
        from PIL import Image

        from carerdesk.app.workspace import Workspace
        from carerdesk.domain.lifestory import NewPhoto, PageContent
        from carerdesk.reports.lifestory_pdf import book_pdf
        from carerdesk.reports.recovery_sheet import recovery_sheet

        assert recovery_sheet(state["key"]).startswith(b"%PDF")
        photo = folder.parent / "photo.png"
        Image.new("RGB", (400, 300), (120, 180, 220)).save(photo)
        with Workspace.unlock(folder, "selftest passphrase") as workspace:
            child = workspace.journal.children()[0]
            workspace.lifestory.add_page(PageContent(child.id, "Ŵyn", "You ..."),
                                         [NewPhoto(str(photo))])
            pdf = book_pdf(child.name, workspace.lifestory.pages(child.id))
        import pypdfium2

        document = pypdfium2.PdfDocument(io.BytesIO(pdf))
        assert len(document) == 3, "the book has the wrong number of pages"
        document.close()

    def report_round_trip():
        from carerdesk.app import supervision_export
        from carerdesk.app.workspace import QUICK_KDF, Workspace
        from carerdesk.domain.roles import Role

        worker, _ = Workspace.create(folder.parent / "supervisor", "selftest passphrase",
                                     "selftest passphrase", role=Role.SUPERVISOR, params=QUICK_KDF)
        with worker, Workspace.unlock(folder, "selftest passphrase") as carer:
            child = carer.journal.children()[0]
            today = dt.date.today()
            made = supervision_export.export(carer, child.id, today - dt.timedelta(days=7), today,
                                      [worker.exchange.public_key()])
            result = worker.exchange.import_package(made.package)
            assert result.item.entries == 1 and not result.already, "the report came back wrong"
            changed = bytearray(made.package)
            changed[-1] ^= 1
            try:
                worker.exchange.import_package(bytes(changed))
            except Exception as exc:  # noqa: BLE001 - any refusal is right; silence is not
                assert type(exc).__name__ == "ReportRefused", type(exc).__name__
            else:
                raise AssertionError("a changed report was accepted")

    def translations():
        from carerdesk.text.i18n import translations_dir

        assert list(translations_dir().glob("*.qm")), "no .qm translations"

    return [(translate("Cli", "make a vault"), make_vault),
            (translate("Cli", "unlock, search, integrity, recovery key"), unlock_and_search),
            (translate("Cli", "start Qt and show the journal"), start_qt),
            (translate("Cli", "draw PDFs (recovery sheet, life-story book)"), draw_pdfs),
            (translate("Cli", "a report goes out, comes back, and a changed one is refused"),
             report_round_trip),
            (translate("Cli", "translations present"), translations)]


def selftest(args: argparse.Namespace) -> int:
    root = Path(tempfile.mkdtemp(prefix="carerdesk-selftest-"))
    failed = 0
    try:
        steps = _steps(root / "vault")
        for name, step in steps:
            start = time.perf_counter()
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
                failed += 1
                say(f"FAIL  {name}: {type(exc).__name__}: {exc}")
                continue
            say(f"ok    {name} ({(time.perf_counter() - start) * 1000:.0f} ms)")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    say(f"{len(steps) - failed} passed, {failed} failed")
    return 1 if failed else 0



