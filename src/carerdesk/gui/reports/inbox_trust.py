"""Beside a report in the inbox: whether its carer's key is trusted, the question that
confirms it, and the supervision record written for it (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from carerdesk.domain.errors import CarerDeskError
from carerdesk.exchange.views import ReportItem
from carerdesk.gui.common.widgets import shown_html, unless_locked
from carerdesk.gui.reports.confirm_carer import ConfirmCarerBox


class ReportTrust(QWidget):
    confirmed = Signal()  # the carer's key is trusted now, or a record went: the list redraws
    problem = Signal(object)

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.item: ReportItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.trust = QLabel(self)
        self.trust.setWordWrap(True)
        self.trust.setAccessibleName(self.tr("Is the carer's key trusted"))
        self.confirm_button = QPushButton(self.tr("Con&firm the carer's key…"), self)
        self.confirm_button.setToolTip(self.tr("Read the fingerprint aloud with the carer, "
                                               "then trust their reports"))
        self.confirm_button.clicked.connect(self.confirm)
        self.record_button = QPushButton(self.tr("Supervision rec&ord…"), self)
        self.record_button.setToolTip(self.tr("Write the supervision record for this report "
                                              "and send it back to the carer"))
        self.record_button.clicked.connect(self.open_record)
        for widget in (self.trust, self.confirm_button, self.record_button):
            layout.addWidget(widget)
        self.show_item(None)

    def show_item(self, item: ReportItem | None) -> None:
        self.item = item
        self.record_button.setEnabled(item is not None)
        self.confirm_button.setVisible(item is not None and not item.trusted)
        if item is None:
            self.trust.clear()
        elif item.trusted:
            self.trust.setText(self.tr("The carer's key is confirmed.") if item.confirmed_at
                               else self.tr("The carer's key is vouched for by the agency."))
        else:
            self.trust.setText(self.tr(
                "<b style='color:#a33'>Not yet confirmed.</b> This key is new to you: until "
                "you read its fingerprint with {carer}, its reports are kept apart from any "
                "carer of the same name.").format(carer=shown_html(item.carer)))

    @unless_locked
    def confirm(self) -> None:
        item = self.item
        if item is None:
            return
        box = ConfirmCarerBox(item.carer, item.carer_fingerprint, self.window())
        box.exec()
        if not box.agreed() or self.item is None:  # "not yet", or locked meanwhile
            return
        try:
            self.workspace.exchange.confirm_carer(item.carer_fingerprint)
        except CarerDeskError as exc:
            self.problem.emit(exc)
            return
        self.confirmed.emit()

    @unless_locked
    def open_record(self) -> None:
        from carerdesk.gui.reports.supervision_form import SupervisionRecordDialog

        if self.item is not None:
            dialog = SupervisionRecordDialog(self.workspace, self.item, self.window())
            dialog.exec()
            if dialog.last_sent is not None and self.item is not None:
                self.confirmed.emit()  # sending marked the report reviewed: show it

