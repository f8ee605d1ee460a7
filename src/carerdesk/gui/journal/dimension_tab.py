"""One Secure Base dimension in the Interview's shape: four optional parts and a rating."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from carerdesk.domain.dimensions import OBSERVATION_PARTS, Dimension
from carerdesk.domain.values import Observation
from carerdesk.text.i18n import translate


def _t(text: str) -> str:
    return QCoreApplication.translate("Dimension", text)


def rating_box(parent: QWidget, name: str) -> QSpinBox:
    """0-10, with "not rated" below 0: ratings are optional and never replace words."""
    box = QSpinBox(parent)
    box.setRange(-1, 10)
    box.setSpecialValueText(translate("DimensionTab", "not rated"))
    box.setValue(-1)
    box.setAccessibleName(name)
    return box


class DimensionTab(QWidget):
    changed = Signal()

    def __init__(self, dimension: Dimension, parent=None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        info = dimension.info
        title = _t(info.title)
        heading = QLabel(self.tr("<b>{title}</b> helps the child to {benefit}.").format(
            title=title, benefit=_t(info.helps_child_to)), self)
        thinking = QLabel(f"<i>{_t(info.carer_thinking)}</i>", self)
        guidance = QLabel(_t(info.guidance), self)
        for label in (heading, thinking, guidance):
            label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow(thinking)
        form.addRow(guidance)
        self.parts: dict[str, QPlainTextEdit] = {}
        for key, part in OBSERVATION_PARTS:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
            edit.setAccessibleName(f"{title}: {_t(part)}")
            edit.textChanged.connect(self.changed)
            form.addRow(_t(part) + ":", edit)
            self.parts[key] = edit
        family = dimension is Dimension.FAMILY_MEMBERSHIP
        self.rating = rating_box(self, self.tr("{title} rating").format(title=title))
        form.addRow(self.tr("Foster family rating (0-10):") if family
                    else self.tr("Rating (0-10):"), self.rating)
        self.rating.valueChanged.connect(self.changed)
        self.rating_birth = None
        if family:
            self.rating_birth = rating_box(self, self.tr("Birth family rating"))
            form.addRow(self.tr("Birth family rating (0-10):"), self.rating_birth)
            self.rating_birth.valueChanged.connect(self.changed)

    def observation(self) -> Observation:
        texts = {k: (e.toPlainText().strip() or None) for k, e in self.parts.items()}
        rating = self.rating.value() if self.rating.value() >= 0 else None
        birth = None
        if self.rating_birth is not None and self.rating_birth.value() >= 0:
            birth = self.rating_birth.value()
        return Observation(**texts, rating=rating, rating_birth=birth)

    def set_observation(self, obs: Observation | None) -> None:
        obs = obs or Observation()
        for key, edit in self.parts.items():
            blocked = edit.blockSignals(True)
            edit.setPlainText(getattr(obs, key) or "")
            edit.blockSignals(blocked)
        for box, value in ((self.rating, obs.rating), (self.rating_birth, obs.rating_birth)):
            if box is not None:
                blocked = box.blockSignals(True)
                box.setValue(-1 if value is None else value)
                box.blockSignals(blocked)
