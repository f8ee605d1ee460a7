"""The wizard's first page (who is setting up) and a social worker's last page (their name).

A carer goes on to their household and first child; a supervising social worker only names
themselves, since carers see that name when they add the social worker's key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.roles import Role
from carerdesk.gui.common.widgets import clear_error, error_label, show_error


def wrapped(text: str, parent) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def only_spaces(text: str) -> bool:
    """Something typed, but nothing a name could be made of."""
    return bool(text) and not text.strip()


def blank_name_hint(page: QWidget) -> QLabel:
    """Says, in plain words, why Next stays greyed out while a name is only spaces."""
    hint = wrapped("", page)
    hint.setStyleSheet("color: #a4262c;")
    hint.setAccessibleName(QCoreApplication.translate("SetupWizard", "Name problem"))
    hint.hide()
    return hint


def steady(*fields: QWidget) -> None:
    """Fields keep their full height however much text appears around them."""
    for field in fields:
        field.setMinimumHeight(field.sizeHint().height())
        field.setSizePolicy(field.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)


class WelcomePage(QWizardPage):
    """The agency's branding, what CarerDesk is, and whether a carer or a social worker."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Welcome to CarerDesk"))
        layout = QVBoxLayout(self)
        if wizard.agency is not None:
            self._branding(wizard.agency, layout)
        layout.addWidget(wrapped(self.tr(
            "CarerDesk keeps your daily records about the children in your care, on this "
            "computer only, locked with a passphrase. Nothing leaves this computer unless you "
            "choose to send it.\n\nSetting up takes about two minutes: a passphrase, your "
            "recovery key, then your household and the first child (a social worker gives "
            "just their name)."), self))
        self.carer = QRadioButton(self.tr("I am a &foster carer"), self)
        self.supervisor = QRadioButton(
            self.tr("I am a &supervising social worker: I read the reports carers send me"),
            self)
        self.carer.setChecked(True)
        self.choice = QButtonGroup(self)
        for button in (self.carer, self.supervisor):
            self.choice.addButton(button)
            layout.addWidget(button)
        layout.addStretch()

    def _branding(self, agency, layout: QVBoxLayout) -> None:
        """The agency's name and logo, and the social workers its reports can go to."""
        if agency.logo is not None:
            logo = QLabel(self)
            logo.setPixmap(QPixmap(str(agency.logo)).scaledToHeight(64))
            layout.addWidget(logo)
        layout.addWidget(wrapped(self.tr("<b>Set up for {agency}</b>").format(
            agency=agency.agency), self))
        if agency.social_workers:
            names = ", ".join(w.name for w in agency.social_workers)
            layout.addWidget(wrapped(self.tr("Your supervising social workers: {names}.").format(
                names=names), self))

    def fix_role(self) -> None:
        """The vault exists now, with this role: going back must not pretend otherwise."""
        self.carer.setEnabled(False)
        self.supervisor.setEnabled(False)

    def role(self) -> Role:
        return Role.SUPERVISOR if self.supervisor.isChecked() else Role.CARER


class SupervisorPage(QWizardPage):
    """A social worker's name, shown to carers on the public key they add."""

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Your name"))
        self.setSubTitle(self.tr("Carers see this name when they add your key, so they know "
                                 "the reports they send are for you."))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("for example: Sam Okafor, Fostering Team"))
        steady(self.name)
        self.hint = blank_name_hint(self)
        self.error = error_label(self, self.tr("Name problem"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Your name:"), self.name)  # Alt+N is the wizard's Next
        form.addRow(wrapped(self.tr(
            "Next, CarerDesk opens your inbox. Give each carer your public key (Reports → My "
            "key) and read its fingerprint to them, so their reports can only be opened by "
            "you."), self))
        form.addRow(self.hint)
        form.addRow(self.error)
        self.registerField("own_name", self.name)
        self.name.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        blank = only_spaces(text)
        self.hint.setText(self.tr("Your name cannot be only spaces. Please type the name "
                                  "carers know you by.") if blank else "")
        self.hint.setVisible(blank)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        try:
            self.owner.workspace.exchange.set_own_name(self.name.text())
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return False
        clear_error(self.error)
        return True
