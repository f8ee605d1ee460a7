"""The profile page's first tab: the child's name and dates, then every part of the profile,
in a scroll area so that it fits a laptop's screen. Saving writes a new version."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.profile import SHORT_FIELDS
from carerdesk.gui.common.form_draft import FormDraft
from carerdesk.gui.common.widgets import clear_error, error_label, show_error, unless_locked
from carerdesk.gui.journal.profile_identity import NameAndDates

LONG_FIELD_HEIGHT = 64  # about three lines: long enough to see, short enough for twelve


class ProfileForm(QWidget):
    """``saved`` carries the new ``ProfileView`` when anything changed."""

    saved = Signal(object)

    def __init__(self, profiles, profile, parent=None) -> None:
        super().__init__(parent)
        self.profiles, self.profile = profiles, profile
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("The child's profile"))
        inner = QWidget(self.scroll_area)
        form = QFormLayout(inner)
        self.fields = NameAndDates(form, inner)
        self.parts: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, label in self._labels().items():
            edit = QLineEdit(inner) if key in SHORT_FIELDS else QPlainTextEdit(inner)
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
                edit.setFixedHeight(LONG_FIELD_HEIGHT)
            edit.setAccessibleName(label.replace("&", ""))
            caption = QLabel(label, inner)
            caption.setBuddy(edit)
            caption.setWordWrap(True)
            form.addRow(caption, edit)
            self.parts[key] = edit
        self.scroll_area.setWidget(inner)
        self.error = error_label(self, self.tr("Problem"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save a new version; the earlier one is kept"))
        self.version = QLabel(self)
        self.version.setAccessibleName(self.tr("Version"))
        row = QHBoxLayout()
        row.addWidget(self.version, 1)
        row.addWidget(self.save_button)
        # what is typed and not saved is kept through a lock (gui/common/form_draft.py)
        self.draft = FormDraft(self, profiles, "profile-about", profile.child.id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.draft.note)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.show_profile(profile)

    def _labels(self) -> dict[str, str]:
        """Each with its own letter: the dates above and the tabs and buttons use the rest."""
        return {
            "identity": self.tr("&Identity"),
            "heritage": self.tr("&Heritage"),
            "culture": self.tr("C&ulture"),
            "faith": self.tr("&Faith"),
            "languages": self.tr("&Languages"),
            "send": self.tr("Special educational needs and &disability"),
            "health": self.tr("Heal&th"),
            "history": self.tr("Histor&y and its impact"),
            "triggers": self.tr("T&riggers and what helps"),
            "likes": self.tr("Li&kes and dislikes"),
            "strengths": self.tr("Stren&gths and interests"),
            "carer_names": self.tr("&What the child calls us"),
        }

    def show_profile(self, profile) -> None:
        self.profile = profile
        self.fields.show_child(profile.child)
        for key, edit in self.parts.items():
            text = profile.parts.get(key) or ""
            edit.setText(text) if isinstance(edit, QLineEdit) else edit.setPlainText(text)
        self.version.setText(self.tr("Version {n}: every earlier version is kept (see Earlier "
                                     "versions).").format(n=profile.version)
                             if profile.version else self.tr("Not edited yet."))
        self.draft.shown()

    def values(self) -> dict[str, str]:
        return {key: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
                for key, edit in self.parts.items()}

    def changed(self) -> bool:
        """Anything typed that is not saved yet."""
        shown = {k: (v or "") for k, v in self.profile.parts.items()}
        name, born, placed, ended = self.fields.all_values()
        child = self.profile.child
        return (self.values() != shown or name != child.name
                or (born, placed, ended) != (child.born, child.placed, child.ended))

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        name, born, placed, ended = self.fields.all_values()
        try:
            profile = self.profiles.save(self.profile.child.id, name=name, born=born,
                                         placed=placed, ended=ended, parts=self.values())
        except CarerDeskError as exc:
            show_error(self.error, exc)  # nothing typed is lost
            return
        changed = profile.version != self.profile.version
        self.draft.saved()
        self.show_profile(profile)
        if changed:
            self.saved.emit(profile)
