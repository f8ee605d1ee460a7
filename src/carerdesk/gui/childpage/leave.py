"""Leaving the child's page: a small prompt inside the page for the carer's passphrase,
checked off the GUI thread (Argon2). A wrong one is refused plainly and the page stays."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from carerdesk.domain.errors import WrongPassphrase
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import busy_bar, error_label
from carerdesk.text.i18n import translate


class LeavePrompt(QFrame):
    """``left`` once the passphrase was right; ``stayed`` when Stay (or Esc) hides it."""

    left = Signal()
    stayed = Signal()

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("ChildPage", "Your carer's passphrase"))
        label = QLabel(translate("ChildPage", "For your carer, to leave: the &passphrase"),
                       self)
        label.setBuddy(self.passphrase)
        self.leave_button = QPushButton(translate("ChildPage", "&Leave"), self)
        self.stay_button = QPushButton(translate("ChildPage", "S&tay on my page"), self)
        self.busy = busy_bar(self)
        self.error = error_label(self, translate("ChildPage", "Problem"))
        row = QHBoxLayout()  # one row: the page keeps its room on a small screen
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.leave_button)
        row.addWidget(self.stay_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        self.operation = Operation(self, self.busy, (self.passphrase, self.leave_button))
        self.leave_button.clicked.connect(self.check)
        self.passphrase.returnPressed.connect(self.check)
        self.stay_button.clicked.connect(self.stay)
        self.hide()

    def ask(self) -> None:
        self.error.hide()
        self.show()
        self.passphrase.setFocus()

    def stay(self) -> None:
        self.passphrase.clear()
        self.error.hide()
        self.hide()
        self.stayed.emit()

    def check(self) -> None:
        typed = self.passphrase.text()
        self.operation.start(lambda: self.workspace.check_passphrase(typed),
                             lambda _none: self._right(), self._wrong)

    def _right(self) -> None:
        self.passphrase.clear()
        self.left.emit()

    def _wrong(self, exc: BaseException) -> None:
        self.passphrase.clear()
        if isinstance(exc, WrongPassphrase):
            self.error.setText(translate("ChildPage", "That is not the passphrase, so the "
                                                      "page stays open."))
        else:  # the vault locked under it, or worse: still, nobody leaves this way
            self.error.setText(translate("ChildPage", "The passphrase could not be checked, "
                                                      "so the page stays open."))
        self.error.show()
        self.passphrase.setFocus()
