"""The three things a child can say on their page, one tab each: how I feel today, what I
want my social worker or my review to know, and something for my record (to add, or a
change asked for). Each is saved as the child's own, for good: there is no editing here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.child_voice import Ask, ChildSays, Feeling, Statement, Wishes
from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.childpage.faces import FaceChooser
from carerdesk.gui.common.widgets import clear_error, error_label, show_error, unless_locked
from carerdesk.text.i18n import translate


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("heading", True)  # the page's style sheet makes it big and bold
    return label


class SayTab(QWidget):
    """A heading, a box for the child's words and Save; ``saved`` after each save. Words go
    through translate("ChildPage") here: PySide6's tr() would take a subclass's name."""

    saved = Signal()

    def __init__(self, voice, child_id: str, title: str, prompt: str, parent=None) -> None:
        super().__init__(parent)
        self.voice, self.child_id = voice, child_id
        self.make_top()
        self.words = QPlainTextEdit(self)
        self.words.setTabChangesFocus(True)  # Tab moves on, as everywhere on the page
        self.words.setAccessibleName(prompt)
        self.save_button = QPushButton(translate("ChildPage", "&Save"), self)
        self.save_button.setMinimumHeight(56)
        self.thanks = QLabel(self)
        self.thanks.setWordWrap(True)
        self.thanks.setAccessibleName(translate("ChildPage", "Saved"))
        self.thanks.hide()
        self.error = error_label(self, translate("ChildPage", "Problem"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(heading(title, self))
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.prompt.setBuddy(self.words)
        self.top = QVBoxLayout()
        self.layout_.addLayout(self.top)
        self.layout_.addWidget(self.prompt)
        self.layout_.addWidget(self.words, 1)
        self.layout_.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.thanks, 1)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.layout_.addLayout(row)
        self.save_button.clicked.connect(self.save)
        self.words.textChanged.connect(self.thanks.hide)

    def make_top(self) -> None:
        """What goes above the words, made before them so that Tab reaches it first."""

    def value(self, unfinished: bool = False) -> ChildSays:
        raise NotImplementedError

    def pending(self) -> bool:
        return bool(self.words.toPlainText().strip())

    def thanked(self) -> str:
        return translate("ChildPage", "Saved. Thank you for telling us.")

    def clear(self) -> None:
        self.words.clear()

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        try:
            self.voice.add(self.child_id, self.value())
        except CarerDeskError as exc:
            show_error(self.error, exc)  # what was written stays to try again
            return
        self.thanks.setText(self.thanked())
        self.clear()
        self.thanks.show()
        self.saved.emit()

    def keep_unfinished(self) -> None:
        """The page is closing before Save: the child's words are kept, marked unfinished."""
        if self.pending():
            self.voice.add(self.child_id, self.value(unfinished=True))
            self.clear()


class FeelingTab(SayTab):
    def make_top(self) -> None:
        self.faces = FaceChooser(self)  # made first: Tab reaches the faces before the words

    def __init__(self, voice, child_id: str, parent=None) -> None:
        super().__init__(voice, child_id, translate("ChildPage", "How I feel today"),
                         translate("ChildPage", "Do you want to say more? You don't have to."),
                         parent)
        self.top.addWidget(self.faces)
        self.faces.chosen.connect(lambda _face: self.thanks.hide())

    def value(self, unfinished: bool = False) -> ChildSays:
        return Feeling(dt.date.today(), self.faces.face(), self.words.toPlainText(),
                       unfinished)

    def pending(self) -> bool:
        return self.faces.face() is not None or super().pending()

    def thanked(self) -> str:
        face = self.faces.face()
        if face is None:
            return super().thanked()
        return translate("ChildPage", "Saved: today you feel “{words}”. Thank you for "
                                      "telling us.").format(
            words=translate("ChildVoice", face.words))

    def clear(self) -> None:
        super().clear()
        self.faces.clear()


class WishesTab(SayTab):
    def __init__(self, voice, child_id: str, parent=None) -> None:
        super().__init__(
            voice, child_id,
            translate("ChildPage", "What I want my social worker or my review to know"),
            translate("ChildPage", "Write it here, in your own words. It goes to your social "
                                   "worker with your carer's next report."), parent)

    def value(self, unfinished: bool = False) -> ChildSays:
        return Wishes(dt.date.today(), self.words.toPlainText(), unfinished)


class StatementTab(SayTab):
    def make_top(self) -> None:
        self.add = QRadioButton(translate("ChildPage", "&Add something to my record"), self)
        self.change = QRadioButton(translate("ChildPage", "As&k for something to be changed"),
                                   self)

    def __init__(self, voice, child_id: str, parent=None) -> None:
        super().__init__(
            voice, child_id,
            translate("ChildPage", "Add something to my record, or ask for something to be "
                                   "changed"),
            translate("ChildPage", "Write it here. It is kept in your record as yours: nobody "
                                   "can change it or take it out."), parent)
        self.asks = QButtonGroup(self)
        for ask, button in ((Ask.ADD, self.add), (Ask.CHANGE, self.change)):
            self.asks.addButton(button)
            button.setProperty("ask", ask.value)
            self.top.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # its words take the click
        self.add.setChecked(True)

    def ask(self) -> Ask:
        checked = self.asks.checkedButton()
        return Ask(checked.property("ask")) if checked is not None else Ask.ADD

    def value(self, unfinished: bool = False) -> ChildSays:
        return Statement(dt.date.today(), self.words.toPlainText(), self.ask(),
                         unfinished=unfinished)

    def clear(self) -> None:
        super().clear()
        self.add.setChecked(True)
