"""Reports → Import a handover…: a carer's handover of a child's whole record, verified and
kept as the closed record, then the signed receipt saved to send back to the carer (whose
CarerDesk removes its working copy when it imports it), named by the child's initials and
the day. A handover refused (damaged, not for this vault) is said in a message box, as a
damaged report is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from carerdesk.app.files import write_file
from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.sibling_parts import initials
from carerdesk.gui.common.widgets import private_dialog, shown, unless_locked
from carerdesk.gui.common.workers import run_in_background
from carerdesk.text.i18n import translate
from carerdesk.text.messages import describe


@unless_locked
def import_handover(window) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, translate("InboxWindow", "Import a handover"), str(Path.home()),
        translate("InboxWindow", "Handover (*.cdhandover);;All files (*)"),
        options=private_dialog())
    if not path:
        return
    window.statusBar().showMessage(translate("InboxWindow", "Checking and decrypting…"))
    run_in_background(window, lambda: window.workspace.handover.import_file(Path(path)),
                      lambda imported: save_receipt(window, imported),
                      lambda exc: _refused(window, exc))


@unless_locked
def save_receipt(window, imported) -> None:
    record = imported.record
    window.closed_page.refresh(record.id)  # the Closed records page has it, chosen
    suggested = str(Path.home() / translate("InboxWindow", "{initials} receipt {day}.cdreceipt")
                    .format(initials=initials(record.child), day=dt.date.today().isoformat()))
    out, _ = QFileDialog.getSaveFileName(
        window, translate("InboxWindow", "Save the receipt for the carer"), suggested,
        translate("InboxWindow", "Receipt (*.cdreceipt)"), options=private_dialog())
    kept = translate("InboxWindow", "{child}'s closed record from {carer} is kept.").format(
        child=shown(record.child), carer=shown(record.carer))
    if not out:
        window.statusBar().showMessage(kept + " " + translate(
            "InboxWindow", "Import the handover again to save its receipt."), 15_000)
        return
    try:
        write_file(Path(out), imported.receipt)
    except CarerDeskError as exc:
        _refused(window, exc)
        return
    window.statusBar().showMessage(kept + " " + translate(
        "InboxWindow", "Send the carer the receipt: {path}").format(path=out), 15_000)


def _refused(window, exc: BaseException) -> None:
    """As a damaged report is refused (inbox_window.py): a message box, not only a line."""
    words = describe(exc) if isinstance(exc, CarerDeskError) else str(exc)
    window.statusBar().showMessage(words, 20_000)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("InboxWindow", "Import a handover"),
                      words, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)  # a lock closes it
    window.handover_refused = box
    box.open()


def add_handover_action(window, menu) -> None:
    window.handover_action = window._action(
        translate("InboxWindow", "Import a &handover…"), QKeySequence(),
        lambda: import_handover(window),
        translate("InboxWindow", "A child's whole record at the end of a placement: kept as "
                                 "the closed record, with a receipt for the carer"))
    menu.addAction(window.handover_action)
