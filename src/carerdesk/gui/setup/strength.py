"""A passphrase strength meter that explains itself in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from carerdesk.domain.passphrase import LEVELS, estimate

_COLOURS = ("#a4262c", "#c05a00", "#8a6d00", "#2f7d32", "#1b5e20")


class StrengthMeter(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.level = QLabel(self)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.level.setWordWrap(True)
        # The advice grows and shrinks as the passphrase is typed: the form must ask its
        # height for the width it has (every line in view), not keep the first size.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.level)
        layout.addWidget(self.advice)
        self.show_for("")

    def show_for(self, passphrase: str, minimum: int = 8) -> int:
        if not passphrase:
            self.bar.setValue(0)
            self.level.setText(self.tr("Choose a passphrase only you know."))
            self.advice.setText(self.tr("Three or four unrelated words make a passphrase that "
                                        "is strong and easy to remember."))
            self.updateGeometry()
            return 0
        strength = estimate(passphrase, minimum)
        self.bar.setValue(strength.score)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_COLOURS[strength.score]}; }}")
        level = QCoreApplication.translate("Passphrase", LEVELS[strength.score])
        self.level.setText(self.tr("Strength: {level}").format(level=level))
        tips = [QCoreApplication.translate("Passphrase", a).format(minimum=minimum)
                for a in strength.advice]
        self.advice.setText("\n".join(tips) if tips else self.tr("Good choice."))
        self.bar.setAccessibleDescription(level)
        self.updateGeometry()
        return strength.score
