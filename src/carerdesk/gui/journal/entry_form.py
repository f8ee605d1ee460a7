"""Every field of a journal entry, as widgets; ``state()`` is the draft, ``content()`` the entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.categories import Category
from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.serialize import content_from_dict, content_to_dict
from carerdesk.domain.values import EntryContent
from carerdesk.domain.writing import PACE_PROMPTS, Mood
from carerdesk.gui.common.date_edit import DateEdit
from carerdesk.gui.common.render import t
from carerdesk.gui.common.widgets import shown
from carerdesk.gui.journal.dimension_tab import DimensionTab
from carerdesk.gui.journal.event_editor import EventEditor
from carerdesk.gui.journal.narrative import NarrativeEdit
from carerdesk.gui.journal.sibling_parts import SiblingParts
from carerdesk.journal import ChildView


def _plain(parent: QWidget, name: str, height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setAccessibleName(name)
    return edit


class EntryForm(QWidget):
    changed = Signal()

    def __init__(self, children: list[ChildView], parent=None) -> None:
        super().__init__(parent)
        self.date = DateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setMaximumDate(QDate.currentDate())  # never in the future
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Date of the entry"))
        self.date.setMaximumWidth(220)
        # a name's "&" is an ampersand, never a mnemonic
        self.child_boxes = {c.id: QCheckBox(shown(c.name).replace("&", "&&"), self)
                            for c in children}
        for child in children:
            self.child_boxes[child.id].setAccessibleName(
                self.tr("About {name}").format(name=shown(child.name)))
        self.mood = QComboBox(self)
        self.mood_label = QLabel(self)
        self.mood_label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.mood_label.setBuddy(self.mood)
        self._names = {c.id: shown(c.name) for c in children}
        self.sibling_parts = SiblingParts(self._names, self.content, self)  # several children
        self.mood.setMaximumWidth(220)
        self.mood.addItem(self.tr("(not recorded)"), None)
        for mood in Mood:
            self.mood.addItem(t("Writing", mood.title), mood.value)
        self.narrative = NarrativeEdit(self)
        # Said once, calmly, where the carer writes: the record is also the child's.
        self.for_the_child = QLabel(self)
        self.for_the_child.setWordWrap(True)
        self.for_the_child.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Secure Base dimensions"))
        self.dimension_tabs = {d: DimensionTab(d, self) for d in Dimension}
        for dim, tab in self.dimension_tabs.items():
            self.tabs.addTab(tab, t("Dimension", dim.info.title))
        self.voice = _plain(self, self.tr("The child's own words"))
        self.voice.setPlaceholderText(self.tr("Exactly as they said it"))
        self.reflection = _plain(self, self.tr("My reflection"), 80)
        pace = "  ".join(f"<b>{t('Writing', a)}</b>: {t('Writing', b)}" for a, b in PACE_PROMPTS)
        self.pace = QLabel(pace, self)
        self.pace.setWordWrap(True)
        self.category_boxes = {c: QCheckBox(t("Category", c.title), self) for c in Category}
        self.significant = EventEditor(self)  # gui/journal/event_editor.py
        self._layout(children)
        self._connect()
        self._name_the_child()

    def _name_the_child(self) -> None:
        """The mood is the carer's view of one child: name them when the entry is about one."""
        ticked = [cid for cid, box in self.child_boxes.items() if box.isChecked()]
        name = self._names[ticked[0]] if len(ticked) == 1 else None
        self.sibling_parts.show_for(ticked)
        if name is None:
            label = self.tr("How the child seemed to &me:")
            accessible = self.tr("How the child seemed to me")
            line = self.tr("The child may read this one day. Say what went well, too.")
        else:
            label = self.tr("How {name} seemed to &me:").format(name=name.replace("&", "&&"))
            accessible = self.tr("How {name} seemed to me").format(name=name)
            line = self.tr("{name} may read this one day. Say what went well, too.").format(
                name=name)
        self.mood_label.setText(label)
        self.mood.setAccessibleName(accessible)
        self.for_the_child.setText(line)

    def _layout(self, children: list[ChildView]) -> None:
        top = QFormLayout()
        top.addRow(self.tr("&Date:"), self.date)
        about = QWidget(self)
        about_layout = QGridLayout(about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.child_boxes.values()):
            about_layout.addWidget(box, i // 4, i % 4)
        top.addRow(self.tr("About:"), about)
        top.addRow("", self.sibling_parts)
        top.addRow(self.mood_label, self.mood)
        cats = QWidget(self)
        grid = QGridLayout(cats)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.category_boxes.values()):
            grid.addWidget(box, i // 5, i % 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("<b>The day</b>"), self))
        layout.addWidget(self.for_the_child)
        layout.addWidget(self.narrative)
        layout.addWidget(QLabel(self.tr("<b>The Secure Base dimensions</b> (fill what fits; "
                                        "each part is optional)"), self))
        layout.addWidget(self.tabs)
        layout.addWidget(QLabel(self.tr("<b>In the child's own words</b>"), self))
        layout.addWidget(self.voice)
        layout.addWidget(QLabel(self.tr("<b>My reflection</b>"), self))
        layout.addWidget(self.pace)
        layout.addWidget(self.reflection)
        heading = QLabel(self.tr("<b>Categories</b>"), self)
        heading.setBuddy(cats)  # names the group of check boxes for a screen reader
        layout.addWidget(heading)
        layout.addWidget(cats)
        layout.addWidget(self.significant)

    def _connect(self) -> None:
        for signal in (self.date.dateChanged, self.mood.currentIndexChanged,
                       self.narrative.changed, self.voice.textChanged,
                       self.reflection.textChanged, self.significant.changed,
                       self.sibling_parts.changed):
            signal.connect(self.changed)
        for box in (*self.child_boxes.values(), *self.category_boxes.values()):
            box.toggled.connect(self.changed)
        for box in self.child_boxes.values():
            box.toggled.connect(self._name_the_child)
        for tab in self.dimension_tabs.values():
            tab.changed.connect(self.changed)
        self.changed.connect(self._mark_tabs)

    def _mark_tabs(self) -> None:
        for i, (dim, tab) in enumerate(self.dimension_tabs.items()):
            title = t("Dimension", dim.info.title)
            self.tabs.setTabText(i, title + (" •" if not tab.observation().is_empty() else ""))

    # --- reading and writing the whole form ---

    def content(self) -> EntryContent:
        mood = self.mood.currentData()
        ticked = tuple(cid for cid, box in self.child_boxes.items() if box.isChecked())
        return EntryContent(
            date=self.date.date().toPython(),
            child_ids=ticked,
            text=self.narrative.text.toPlainText(),
            observations={d: t.observation() for d, t in self.dimension_tabs.items()},
            categories=tuple(c for c, box in self.category_boxes.items() if box.isChecked()),
            significant=self.significant.value(),
            mood=Mood(mood) if mood else None,
            voice=self.voice.toPlainText().strip() or None,
            reflection=self.reflection.toPlainText().strip() or None,
            marks=self.narrative.marks(),
            # a child unticked since their choice was made has none
            shared={c: p for c, p in self.sibling_parts.value().items() if c in ticked})

    def state(self) -> dict[str, Any]:
        content = self.content()
        observations = {d: o for d, o in content.observations.items() if not o.is_empty()}
        return content_to_dict(replace(content, observations=observations))

    def apply_state(self, state: dict[str, Any]) -> None:
        """Show a draft; one this version cannot fully read still gives back its words."""
        try:
            content = content_from_dict(state)
        except (KeyError, ValueError, TypeError, AttributeError):
            content = replace(blank_content(None), text=str(state.get("text") or ""))
        self.set_content(content)

    def set_content(self, content: EntryContent) -> None:
        widgets = [self, self.date, self.mood, self.voice, self.reflection, self.significant,
                   *self.child_boxes.values(), *self.category_boxes.values()]
        blocked = [w.blockSignals(True) for w in widgets]
        self.date.setDate(QDate(content.date))
        for cid, box in self.child_boxes.items():
            box.setChecked(cid in content.child_ids)
        self.mood.setCurrentIndex(max(self.mood.findData(content.mood.value if content.mood
                                                         else None), 0))
        self.voice.setPlainText(content.voice or "")
        self.reflection.setPlainText(content.reflection or "")
        for cat, box in self.category_boxes.items():
            box.setChecked(cat in content.categories)
        self.significant.set_value(content.significant)
        self.sibling_parts.set_value(content.shared)
        for dim, tab in self.dimension_tabs.items():
            tab.set_observation(content.observations.get(dim))
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.narrative.set_content(content.text, content.marks)
        self._mark_tabs()
        self._name_the_child()  # the ticks changed with their signals blocked


def blank_content(child_id: str | None) -> EntryContent:
    return EntryContent(date=dt.date.today(), child_ids=(child_id,) if child_id else ())
