"""The child's profile page, beside the journal: the profile (name and dates included), the
people around the child, every earlier version, and the ecomap. Modal over the journal, so
that a lock closes it as it closes every dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from carerdesk.gui.common.widgets import shown, unless_locked, with_mnemonics
from carerdesk.gui.journal.chosen_child import chosen_child_id
from carerdesk.gui.journal.ecomap import Ecomap
from carerdesk.gui.journal.family_time_panel import FamilyTimePanel
from carerdesk.gui.journal.people_panel import PeoplePanel
from carerdesk.gui.journal.profile_form import ProfileForm
from carerdesk.gui.journal.profile_history import ProfileVersions


class ProfileDialog(QDialog):
    """``renamed`` says the child's name or dates changed (the children list shows them)."""

    renamed = Signal(str)

    def __init__(self, workspace, child_id: str, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        profile = workspace.profiles.profile(child_id)
        self.child_id = profile.child.id
        self.setObjectName("profile-dialog")
        self.resize(980, 660)  # window_policy fits it to smaller screens
        self.tabs = QTabWidget(self)
        self.form = ProfileForm(workspace.profiles, profile, self)
        self.people = PeoplePanel(workspace.people, self.child_id, self)
        self.versions = ProfileVersions(workspace.profiles, self.child_id, self)
        self.family_time = FamilyTimePanel(workspace.family_time, workspace.people,
                                           self.child_id, self)
        self.ecomap = Ecomap(self)
        self.tabs.addTab(self.form, self.tr("&About"))
        self.tabs.addTab(self.people, self.tr("Pe&ople"))
        # no mnemonic: every letter of "Family time" is one the About tab's labels use
        self.tabs.addTab(self.family_time, self.tr("Family time"))
        self.tabs.addTab(self.versions, self.tr("Earlier &versions"))
        self.tabs.addTab(self.ecomap, self.tr("Eco&map"))
        from carerdesk.gui.childpage.from_child import FromChildPanel  # the child's own words

        self.from_child = FromChildPanel(workspace.child_voice, self.child_id,
                                         shown(profile.child.name), self)
        self.tabs.addTab(self.from_child, self.tr("From {name}").format(
            name=shown(profile.child.name).replace("&", "&&")))
        buttons = with_mnemonics(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.form.saved.connect(self._saved)
        self.people.changed.connect(self._people_changed)
        self.people.changed.connect(self.family_time.reload_people)
        self._title(profile.child.name)
        self._people_changed()

    def _title(self, name: str) -> None:
        self.setWindowTitle(self.tr("{name}: profile and people").format(name=shown(name)))

    @unless_locked
    def _saved(self, profile) -> None:
        self._title(profile.child.name)
        self.versions.reload()
        self._people_changed()
        self.renamed.emit(self.child_id)

    @unless_locked
    def _people_changed(self) -> None:
        self.ecomap.show_people(self.form.profile.child.name, self.people.people)


@unless_locked
def open_profile(window) -> ProfileDialog | None:
    """Journal window → Child → Profile and people…, for the child chosen on the left."""
    child_id = chosen_child_id(window)
    if child_id is None:
        return None
    dialog = ProfileDialog(window.workspace, child_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.renamed.connect(lambda chosen: _show_renamed(window, chosen))
    dialog.open()  # window-modal: the journal waits, and a lock closes it
    return dialog


def _show_renamed(window, child_id: str) -> None:
    window.reload_children()
    for row in range(window.children_list.count()):
        if window.children_list.item(row).data(Qt.ItemDataRole.UserRole) == child_id:
            window.children_list.setCurrentRow(row)
            return
