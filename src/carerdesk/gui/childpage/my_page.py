"""The child's own page (Child → My page for {name}…): full screen, large friendly type, and
only that child's space: how I feel today, what I want my social worker or my review to
know, something for my record, and my life-story pages to look at. Nothing of the carer's
records and no menus to the journal.

Application-modal, so no other CarerDesk window takes a click or a key while it is open.
Esc and the window's close button do not leave: leaving needs the carer's passphrase (the
prompt inside the page). A lock (Ctrl+L, auto-lock) closes it as it closes every dialog,
through ``reject``, which nothing else on the page reaches. Words written but not saved
when it closes are kept as the child's, marked unfinished: a lock never loses them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout

from carerdesk.domain.errors import CarerDeskError, VaultLocked
from carerdesk.gui.childpage.leave import LeavePrompt
from carerdesk.gui.childpage.sections import FeelingTab, SayTab, StatementTab, WishesTab, heading
from carerdesk.gui.childpage.story import StoryTab
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.widgets import shown, unless_locked
from carerdesk.gui.common.window_policy import screen_of
from carerdesk.text.i18n import translate

# Large, friendly type on a warm page; a style sheet, as it reaches every widget inside.
PAGE_STYLE = """
QDialog#child-page { background: #fdf6ec; }
QDialog#child-page QWidget { font-size: 17pt; }
QDialog#child-page QLabel[heading="true"] { font-size: 24pt; font-weight: bold; }
QDialog#child-page QToolButton { font-size: 15pt; padding: 6px; }
QDialog#child-page QPushButton { padding: 8px 22px; }
"""


class MyPage(QDialog):
    def __init__(self, workspace, child, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.child = workspace, child
        self._may_leave = False
        self.setObjectName("child-page")
        self.setProperty("cd_unmanaged", True)  # always full screen: no size to remember
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("{name}'s page").format(name=shown(child.name)))
        self.setStyleSheet(PAGE_STYLE)
        # Made in reading order, which is the order Tab goes: Leave at the top, the tabs and
        # their pages, then the passphrase prompt at the foot.
        self.leave_button = QPushButton(self.tr("I have &finished"), self)
        self.leave_button.setToolTip(self.tr("Your carer types their passphrase to leave"))
        self.tabs = QTabWidget(self)
        voice = workspace.child_voice
        self.feeling = FeelingTab(voice, child.id, self.tabs)
        self.wishes = WishesTab(voice, child.id, self.tabs)
        self.statement = StatementTab(voice, child.id, self.tabs)
        self.story = StoryTab(workspace.lifestory, child.id, self.tabs)
        self.tabs.addTab(self.feeling, self.tr("&How I feel"))
        self.tabs.addTab(self.wishes, self.tr("For my social &worker"))
        self.tabs.addTab(self.statement, self.tr("My &record"))
        self.tabs.addTab(self.story, self.tr("My life st&ory"))
        self.prompt = LeavePrompt(workspace, self)
        self._layout()
        self.leave_button.clicked.connect(self._ask)
        self.prompt.left.connect(self._leave)
        self.prompt.stayed.connect(self.note.show)
        self.feeling.faces.buttons[next(iter(self.feeling.faces.buttons))].setFocus()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Hello, {name}. This is your page.").format(
            name=shown(self.child.name)), self), 1)
        top.addWidget(self.leave_button)
        self.note = QLabel(self.tr("What you write here is yours. Press Save when you are "
                                   "ready. If the page closes first, what you wrote is kept "
                                   "too, marked as not finished."), self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.prompt)

    def says(self) -> tuple[SayTab, ...]:
        return (self.feeling, self.wishes, self.statement)

    # --- what does not leave ---

    @never_raises(None)
    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel) or event.key() == Qt.Key.Key_Escape:
            if self.prompt.isVisible():
                self.prompt.stay()  # Esc only takes the prompt away; the page stays
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # A focused button takes Enter itself; what reaches here presses no default
            # button (it would be whichever button the focus moved to: Stay, say).
            event.accept()
            return
        super().keyPressEvent(event)

    @never_raises(None)
    def closeEvent(self, event) -> None:
        """Alt+F4 or the window's close button: the passphrase is asked, nothing closes."""
        if self._may_leave:
            super().closeEvent(event)
            return
        event.ignore()
        self._ask()

    def _ask(self) -> None:
        self.note.hide()  # its room goes to the prompt, so the page still fits a small screen
        self.prompt.ask()

    # --- what does leave ---

    def _leave(self) -> None:
        self._may_leave = True
        self._keep_and_forget()
        self.accept()

    def reject(self) -> None:
        """Only the app's lock comes here (Esc and closing are caught above): what the child
        wrote is kept, the page forgets what it showed, and it closes without a passphrase
        because the whole of CarerDesk is locking."""
        self._may_leave = True
        self._keep_and_forget()
        super().reject()

    def _keep_and_forget(self) -> None:
        for tab in self.says():
            try:
                tab.keep_unfinished()
            except VaultLocked:
                break
            except CarerDeskError:  # too long, say: it cannot be kept as it is
                pass
            tab.clear()
        self.story.forget()
        self.prompt.passphrase.clear()


@unless_locked
def open_my_page(window) -> MyPage | None:
    """For the child chosen on the left (or the only one)."""
    child = chosen_child(window)
    if child is None:
        window.statusBar().showMessage(translate("ChildPage", "Choose a child on the left "
                                                              "first."), 8000)
        return None
    page = MyPage(window.workspace, child, window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen = screen_of(window)
    if screen is not None:
        page.setGeometry(screen.geometry())  # the whole screen the journal is on
    page.showFullScreen()
    page.raise_()
    page.activateWindow()
    return page


def chosen_child(window):
    children = window.workspace.journal.children()
    chosen = window.child_id() or (children[0].id if len(children) == 1 else None)
    return next((c for c in children if c.id == chosen), None)


def add_my_page_action(window, menu) -> None:
    """Child → My page for {name}… (Ctrl+Shift+Y); its words follow the child chosen."""
    window.my_page_action = window._action(
        translate("ChildPage", "M&y page…"), QKeySequence("Ctrl+Shift+Y"),
        lambda: open_my_page(window),
        translate("ChildPage", "The child's own page, full screen: how they feel, what they "
                               "want their social worker to know, their record and their life "
                               "story"))
    menu.addAction(window.my_page_action)

    def named(_row: int = 0) -> None:  # from the list on the left: no read of the vault
        names = window.children_list
        item = names.currentItem() if window.child_id() else (
            names.item(1) if names.count() == 2 else None)  # "All children" and only one
        window.my_page_action.setText(
            translate("ChildPage", "M&y page for {name}…").format(
                name=item.text().replace("&", "&&"))
            if item is not None else translate("ChildPage", "M&y page…"))
    window.children_list.currentRowChanged.connect(named)
    named()
