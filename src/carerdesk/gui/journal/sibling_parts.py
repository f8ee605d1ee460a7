"""What of an entry about several children goes into each child's report (issue 17, item 3):
a button in the editor, shown when more than one child is ticked, and its dialog of one check
box per part per child. Every tick counts at once (the editor's draft keeps it), so a lock
with the dialog open loses nothing; the dialog only has Close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.entry_parts import PART_TITLES, PARTS
from carerdesk.domain.values import EntryContent
from carerdesk.gui.common.render import t

Shared = dict[str, frozenset[str]]


def part_title(part: str) -> str:
    if part in PART_TITLES:
        return t("EntryParts", PART_TITLES[part])
    return t("Dimension", Dimension(part).info.title)


class SiblingPartsDialog(QDialog):
    """Rows of parts the entry has, a column per child; ``changed`` with each tick."""

    changed = Signal()

    def __init__(self, names: dict[str, str], parts: list[str], shared: Shared,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What goes in each child's report"))
        self.names, self.parts, self.shared = names, parts, dict(shared)
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        intro = QLabel(self.tr("This entry is about more than one child. Each child's report "
                               "holds only the parts ticked for them, and names the other "
                               "children by their initials."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if parts:
            layout.addWidget(self._grid(), 1)
        else:
            layout.addWidget(QLabel(self.tr("The entry has no words yet: write it first, then "
                                            "choose."), self))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _grid(self) -> QScrollArea:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        for column, name in enumerate(self.names.values(), 1):
            heading = QLabel(name, inner)
            heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
            grid.addWidget(heading, 0, column)
        for row, part in enumerate(self.parts, 1):
            grid.addWidget(QLabel(part_title(part), inner), row, 0)
            for column, (child, name) in enumerate(self.names.items(), 1):
                box = QCheckBox(inner)
                box.setAccessibleName(self.tr("{part} in {name}'s report").format(
                    part=part_title(part), name=name))
                box.setChecked(part in self.shared.get(child, PARTS))
                box.toggled.connect(lambda _on, c=child: self._tick(c))
                self.boxes[(child, part)] = box
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _tick(self, child: str) -> None:
        ticked = frozenset(p for p in self.parts if self.boxes[(child, p)].isChecked())
        if ticked == frozenset(self.parts):
            self.shared.pop(child, None)  # every part: no choice to keep
        else:
            self.shared[child] = ticked
        self.changed.emit()


class SiblingParts(QPushButton):
    """The editor's button; holds the choice while the entry is written."""

    changed = Signal()

    def __init__(self, names: dict[str, str], content: Callable[[], EntryContent],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("W&hat goes in each child's report…"))
        self.setAccessibleName(self.tr("What goes in each child's report"))
        self.setAutoDefault(False)
        self.names, self.content, self.shared = names, content, Shared()
        self.dialog: SiblingPartsDialog | None = None
        self.clicked.connect(self.choose)
        self.setVisible(False)

    def show_for(self, ticked: list[str]) -> None:
        self.setVisible(len(ticked) > 1)

    def value(self) -> Shared:
        return dict(self.shared)

    def set_value(self, shared: Shared) -> None:
        self.shared = dict(shared)

    def choose(self) -> None:
        content = self.content()
        names = {c: self.names[c] for c in content.child_ids if c in self.names}
        present = content.parts()
        self.dialog = SiblingPartsDialog(names, [p for p in PARTS if p in present],
                                         self.shared, self)
        self.dialog.changed.connect(self._took)
        self.dialog.exec()
        self.dialog.deleteLater()
        self.dialog = None

    def _took(self) -> None:
        if self.dialog is not None:
            self.shared = dict(self.dialog.shared)
            self.changed.emit()
