"""What the child said on their own page, for the carer to read (the profile dialog's
"From {name}" tab): newest first, each marked as the child's own words, which nobody can
change or remove. Kept apart from the carer's view of the child's mood in their entries."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from carerdesk.domain.child_voice import Feeling, Statement, Wishes
from carerdesk.gui.common.widgets import shown_html, unless_locked
from carerdesk.text.i18n import translate


def said_title(value) -> str:
    """What a record of the child's page is, in the carer's words."""
    if isinstance(value, Feeling):
        if value.face is None:
            return translate("ChildPage", "How I feel")
        return translate("ChildPage", "How I feel: {words}").format(
            words=translate("ChildVoice", value.face.words))
    if isinstance(value, Wishes):
        return translate("ChildPage", "What I want my social worker or my review to know")
    if isinstance(value, Statement):
        return translate("ChildVoice", value.ask.title)
    raise TypeError(type(value).__name__)


def said_html(records) -> str:
    parts = []
    for record in reversed(records):
        value = record.value
        head = f"{value.date.isoformat()} · {said_title(value)}"
        if value.unfinished:
            head += " · " + translate("ChildPage", "not finished: the page closed before Save")
        words = shown_html(value.words or "").replace("\n", "<br>")
        parts.append(f"<p><b>{html.escape(head)}</b><br>{words}</p>")
    return "".join(parts)


class FromChildPanel(QWidget):
    def __init__(self, voice, child_id: str, name: str, parent=None) -> None:
        super().__init__(parent)
        self.voice, self.child_id = voice, child_id
        note = QLabel(translate("ChildPage", "In {name}'s own words, from their page. It is "
                                             "theirs: nobody can change or remove it.").format(
            name=name), self)
        note.setWordWrap(True)
        self.said = QTextBrowser(self)
        self.said.setAccessibleName(translate("ChildPage", "What {name} said on their page")
                                    .format(name=name))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.said, 1)
        self.name = name
        self.reload()

    @unless_locked
    def reload(self) -> None:
        records = self.voice.said(self.child_id)
        self.said.setHtml(said_html(records) or html.escape(translate(
            "ChildPage", "Nothing yet. {name} can write on their own page: Child → My "
                         "page.").format(name=self.name)))
