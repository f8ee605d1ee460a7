"""The Profiles page (Child → Profiles…): the child's dated -3..+3 profile of health,
development and well-being, the care-needs rows and the carers' capacity, each with the
latest beside the one before and a new one to write. Window-modal over the journal, so that a
lock closes it as it closes every dialog (nothing unsaved is written)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from carerdesk.domain.filters import EntryFilter
from carerdesk.domain.needs_profile import CAPACITY, CAPACITY_AREAS, DOMAINS, NEEDS
from carerdesk.gui.common.widgets import shown, unless_locked, with_mnemonics
from carerdesk.gui.journal.care_needs_tab import CareNeedsTab
from carerdesk.gui.journal.chosen_child import chosen_child_id
from carerdesk.gui.journal.rated_profile_tab import RatedProfileTab
from carerdesk.text.i18n import translate

EVIDENCE_CHOICES = 200  # the newest entries offered as evidence; older ones by the CLI


def _titles(areas: dict[str, str]) -> dict[str, str]:
    return {key: translate("Profiles", title) for key, title in areas.items()}


class ProfilesDialog(QDialog):
    def __init__(self, workspace, child_id: str, parent=None) -> None:
        super().__init__(parent)
        child = workspace.profiles.profile(child_id).child
        self.child_id = child.id
        self.setObjectName("profiles-dialog")
        self.setWindowTitle(self.tr("{name}: profiles").format(name=shown(child.name)))
        self.resize(1300, 720)  # window_policy fits it to smaller screens
        journal = self._journal(workspace)
        self.tabs = QTabWidget(self)
        self.needs = RatedProfileTab(workspace.needs_profiles, self.child_id, NEEDS,
                                     _titles(DOMAINS), journal, self)
        self.care_needs = CareNeedsTab(workspace.care_needs, self.child_id, _titles(DOMAINS),
                                       self)
        self.capacity = RatedProfileTab(workspace.capacity, self.child_id, CAPACITY,
                                        _titles(CAPACITY_AREAS), journal, self)
        self.tabs.addTab(self.needs, self.tr("The child's &needs"))
        self.tabs.addTab(self.care_needs, self.tr("Care nee&ds"))
        self.tabs.addTab(self.capacity, self.tr("Carers' ca&pacity"))
        buttons = with_mnemonics(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _journal(self, workspace) -> list[tuple[str, str]]:
        """The child's newest entries, as (id, "date: first words"), to choose evidence."""
        entries = workspace.journal.entries(EntryFilter(child_id=self.child_id),
                                            limit=EVIDENCE_CHOICES)
        return [(e.id, f"{e.content.date.isoformat()}: "
                       f"{shown(' '.join((e.content.text or '').split())[:60])}")
                for e in entries]


@unless_locked
def open_profiles(window) -> ProfilesDialog | None:
    """Journal window → Child → Profiles…, for the child chosen on the left."""
    child_id = chosen_child_id(window)
    if child_id is None:
        return None
    dialog = ProfilesDialog(window.workspace, child_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal: the journal waits, and a lock closes it
    return dialog
