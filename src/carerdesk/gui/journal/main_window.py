"""The window a carer lives in: the children, the timeline, the month, search and filters."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.app.workspace import Workspace
from carerdesk.domain.changes import Changes
from carerdesk.domain.errors import CarerDeskError
from carerdesk.gui.common.actions import MakesActions
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.html_delegate import HtmlDelegate
from carerdesk.gui.common.render import entry_html
from carerdesk.gui.common.widgets import shown
from carerdesk.gui.journal.filter_bar import FilterBar
from carerdesk.gui.journal.month_view import MonthView
from carerdesk.gui.journal.star_action import follow, make_star_action, preview_star, redraw
from carerdesk.gui.journal.timeline_model import HtmlRole, TimelineModel


def reports_problems(method):
    """A slot that reads the vault: a CarerDesk error goes to ``problem``, never unhandled."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except CarerDeskError as exc:
            self.problem.emit(exc)
            return None
    return wrapper


class MainWindow(MakesActions, QMainWindow):
    lock_requested = Signal()
    closed = Signal()
    problem = Signal(object)  # a CarerDeskError met while showing the journal
    settings_changed = Signal()  # preferences saved: auto-lock minutes may differ

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.editor = None
        self._drafts = 0  # the status line's count of unsaved drafts, re-read when they change
        self.setWindowTitle(self.tr("CarerDesk"))
        self.setObjectName("journal-window")
        self.resize(1280, 720)  # window_policy fits it to smaller screens
        self.children_list = QListWidget(self)
        self.children_list.setAccessibleName(self.tr("Children"))
        self.month = MonthView(self)
        self.filters = FilterBar(self)
        self.model = TimelineModel(workspace.journal, self)
        self.timeline = QListView(self)
        self.timeline.setModel(self.model)
        self.timeline.setItemDelegate(HtmlDelegate(HtmlRole, self.timeline))
        # Rows are two lines tall, always: Qt then never measures 20,000 rows to lay them out.
        self.timeline.setUniformItemSizes(True)
        self.timeline.setAccessibleName(self.tr("Journal timeline"))
        self.timeline.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No entries to show"))
        self.empty.hide()
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("The selected entry"))
        self.preview.setMinimumWidth(280)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #a4262c;")
        self.notice.setAccessibleName(self.tr("A notice from CarerDesk"))
        self.notice.hide()
        self._layout()
        self._actions()
        self._connect()
        self.reload_children()

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.children_list, 1)
        left_layout.addWidget(self.month, 2)
        self.month.setMinimumHeight(260)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.filters)
        middle_layout.addWidget(self.empty)
        middle_layout.addWidget(self.timeline, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for widget in (left, middle, self.preview):
            splitter.addWidget(widget)
        for index, stretch in enumerate((0, 3, 2)):  # extra room goes to the reading panes
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([290, 560, 430])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.statusBar().addPermanentWidget(self.notice, 1)

    def _actions(self) -> None:
        from carerdesk.gui.journal import main_actions as acts

        self.new_action = self._action(self.tr("&New entry"), QKeySequence.StandardKey.New,
                                       lambda: acts.new_entry(self), self.tr("Write a new entry"))
        self.amend_action = self._action(self.tr("&Amend entry"), QKeySequence("Ctrl+E"),
                                         lambda: acts.amend_entry(self),
                                         self.tr("Change the selected entry; the earlier "
                                                 "version is kept"))
        self.history_action = self._action(self.tr("&History"), QKeySequence("Ctrl+H"),
                                           lambda: acts.show_history(self),
                                           self.tr("Every version of the selected entry"))
        self.star_action = make_star_action(self)  # Ctrl+T: bring to supervision
        self.child_action = self._action(self.tr("Add a &child…"), QKeySequence("Ctrl+Shift+N"),
                                         lambda: acts.add_child(self),
                                         self.tr("Add a child to the household"))
        self.draft_action = self._action(self.tr("Resume a &draft"), QKeySequence("Ctrl+D"),
                                         lambda: acts.resume_draft(self),
                                         self.tr("Open the newest entry you have not saved yet"))
        self.story_action = self._action(self.tr("Life &story…"), QKeySequence("Ctrl+Shift+L"),
                                         lambda: acts.life_story(self),
                                         self.tr("Life-story pages for the selected child"))
        self.report_action = self._action(self.tr("Supervision &report…"),
                                          QKeySequence("Ctrl+Shift+E"),
                                          lambda: acts.supervision_report(self),
                                          self.tr("A summary of a period for your social "
                                                  "worker, signed and encrypted"))
        self.back_action = self._action(self.tr("S&upervision records…"),
                                        QKeySequence("Ctrl+Shift+U"),
                                        lambda: acts.supervision_back(self),
                                        self.tr("What came back from supervision: the agreed "
                                                "actions and their due dates"))
        self.import_back_action = self._action(self.tr("Import supervision record…"),
                                               QKeySequence(),
                                               lambda: acts.supervision_back(self, True),
                                               self.tr("A supervision record your social "
                                                       "worker sent back"))
        self.keys_action = self._action(self.tr("&Keys and recipients…"), QKeySequence("Ctrl+K"),
                                        lambda: acts.keys_and_recipients(self),
                                        self.tr("Your fingerprint, and who reports can go to"))
        self.search_action = self._action(self.tr("F&ind"), QKeySequence.StandardKey.Find,
                                          self.focus_search, self.tr("Search your journal"))
        self.lock_action = self._action(self.tr("&Lock"), QKeySequence("Ctrl+L"),
                                        self.lock_requested.emit,
                                        self.tr("Lock CarerDesk now; your draft is kept"))
        # Lock works from any CarerDesk window, the editor included.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.prefs_action = self._action(self.tr("&Preferences…"),
                                         QKeySequence.StandardKey.Preferences,
                                         lambda: acts.preferences(self),
                                         self.tr("Auto-lock time and backup folder"))
        self.backup_action = self._action(self.tr("&Back up now"), QKeySequence("Ctrl+B"),
                                          lambda: acts.backup_now(self),
                                          self.tr("Write an encrypted backup now"))
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                        self.close, self.tr("Lock and quit"))
        from carerdesk.gui.journal import housekeeping

        housekeeping.make_actions(self)
        journal = self.menuBar().addMenu(self.tr("&Journal"))
        for action in (self.new_action, self.draft_action, self.amend_action,
                       self.history_action, self.star_action, None,
                       *housekeeping.print_actions(self), None,
                       self.child_action, self.edit_child_action, self.story_action,
                       self.report_action, self.back_action, self.import_back_action,
                       self.keys_action, None, self.search_action, None,
                       self.lock_action, self.passphrase_action, self.rekey_action,
                       self.backup_action, self.prefs_action, self.quit_action):
            journal.addSeparator() if action is None else journal.addAction(action)
        from carerdesk.gui.journal.my_space_dialog import add_my_space_action

        add_my_space_action(self, journal)  # My space… (Ctrl+Shift+M): the carer's own
        toolbar = self.addToolBar(self.tr("Journal"))
        toolbar.setObjectName("journal-toolbar")
        for action in (self.new_action, self.amend_action, self.history_action,
                       self.star_action, self.story_action, self.report_action,
                       self.lock_action):
            toolbar.addAction(action)
        from carerdesk.gui.journal.profile_dialog import open_profile

        self.profile_action = self._action(
            self.tr("&Profile and people…"), QKeySequence("Ctrl+Shift+C"),
            lambda: open_profile(self),
            self.tr("The selected child's profile, the people around them, and every earlier "
                    "version"))
        from carerdesk.gui.journal.profiles_dialog import open_profiles

        self.profiles_action = self._action(
            self.tr("Pro&files…"), QKeySequence("Ctrl+Shift+R"), lambda: open_profiles(self),
            self.tr("The selected child's dated profiles on -3..+3: needs, care needs and the "
                    "carers' capacity"))
        child_menu = self.menuBar().addMenu(self.tr("&Child"))
        for action in (self.profile_action, self.profiles_action, self.child_action,
                       self.edit_child_action):
            child_menu.addAction(action)
        from carerdesk.gui.journal import plan_dialog, plan_reminder

        self.plan_action = self._action(
            self.tr("P&lan…"), QKeySequence("Ctrl+Shift+G"), lambda: plan_dialog.open_plan(self),
            self.tr("The selected child's goals, their evidence and reviews, and the Secure "
                    "Base review"))
        child_menu.addAction(self.plan_action)
        from carerdesk.gui.childpage.my_page import add_my_page_action

        add_my_page_action(self, child_menu)  # the child's own page (Ctrl+Shift+Y)
        from carerdesk.gui.journal import removal_dialogs

        removal_dialogs.add_actions(self, child_menu)  # end the placement, remove the record
        from carerdesk.gui.journal import handover_dialog

        handover_dialog.add_actions(self, child_menu)  # hand over the record, its receipt
        self.plan_reminder = plan_reminder.install(self)  # a line when something is due
        housekeeping.help_menu(self)

    def _connect(self) -> None:
        self.children_list.currentRowChanged.connect(lambda _row: self.refresh())
        self.filters.changed.connect(self.refresh)
        self.filters.clearing.connect(self._all_children)
        self.timeline.selectionModel().currentChanged.connect(self._selected)
        self.timeline.doubleClicked.connect(lambda _i: self.amend_action.trigger())
        self.month.month_shown.connect(self._month_shown)
        self.month.clicked.connect(self.filters.show_day)

    # --- what is shown ---

    def _all_children(self) -> None:
        blocked = self.children_list.blockSignals(True)
        self.children_list.setCurrentRow(0)
        self.children_list.blockSignals(blocked)

    def child_id(self) -> str | None:
        item = self.children_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @reports_problems
    def reload_children(self) -> None:
        children = self.workspace.journal.children()
        self.model.child_names = {c.id: shown(c.name) for c in children}
        self.children_list.clear()
        everyone = QListWidgetItem(self.tr("All children"))
        self.children_list.addItem(everyone)
        for child in children:
            item = QListWidgetItem(shown(child.name))
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)
        self.children_list.setCurrentRow(0)

    @reports_problems
    def refresh(self) -> None:
        """Everything again: the filters changed, or the window is new."""
        if self.workspace.is_locked:
            return
        self.model.show(*self._where())
        self.month.refresh_page()
        self.preview.clear()
        follow(self, None)
        self._drafts = len(self.workspace.journal.drafts())
        self._show_counts()

    @reports_problems
    def apply(self, changes: Changes) -> None:
        """Only what an operation says it changed: a saved entry re-reads the timeline's first
        page, its day's month page and the counts; the drafts only if one went."""
        if self.workspace.is_locked or changes.nothing:
            return
        if changes.children:
            self.reload_children()
        if changes.drafts:
            self._drafts = len(self.workspace.journal.drafts())
        if changes.entries:
            self.model.show(*self._where())
            self._select(changes.entry_id)
        elif changes.rows:  # a star: those rows redrawn in place
            redraw(self, changes.rows)
        if any(self.month.page_holds(day) for day in changes.days):
            self.month.refresh_page()
        if changes.entries or changes.drafts:
            self._show_counts()

    def _where(self):
        return self.filters.entry_filter(self.child_id()), self.filters.search.text()

    def _select(self, entry_id: str | None) -> None:
        row = self.model.row_of(entry_id) if entry_id else None
        if row is None:
            self.preview.clear()
        else:
            self.timeline.setCurrentIndex(self.model.index(row, 0))

    def _show_counts(self) -> None:
        journal = self.workspace.journal
        shown = journal.count(*self._where())
        children, entries = journal.counts()
        self._say_if_empty(shown, entries)
        self.statusBar().showMessage(self._counts_text(shown, entries, children, self._drafts))

    def _counts_text(self, shown: int, entries: int, children: int, drafts: int) -> str:
        if shown == entries:
            message = self.tr("%n entries", "", entries)
        else:
            message = self.tr("Showing {shown} of %n entries", "", entries).format(shown=shown)
        message += ", " + self.tr("%n children", "", children)
        if drafts:
            message += "  ·  " + self.tr("%n unsaved drafts: Journal → Resume a draft (Ctrl+D)",
                                         "", drafts)
        return message

    def _say_if_empty(self, shown: int, entries: int) -> None:
        """An empty timeline says why: no entries yet, or which filters hide them."""
        if shown:
            self.empty.hide()
            return
        filters = self.filters.active()
        if self.child_id() is not None:
            filters.insert(0, self.children_list.currentItem().text())
        if not entries:
            text = self.tr("No entries yet. Write the first with Journal → New entry (Ctrl+N).")
        elif filters:
            text = self.tr("No entries match: {filters}. Show all (Alt+W) clears the filters."
                           ).format(filters="; ".join(filters))
        else:
            text = self.tr("No entries to show.")
        self.empty.setText(text)
        self.empty.show()

    def show_notice(self, text: str) -> None:
        """A lasting line in the status bar (a broken agency preset); empty hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @reports_problems
    def _month_shown(self, first, last) -> None:
        if not self.workspace.is_locked:
            self.month.set_summaries(self.workspace.journal.day_summaries(first, last,
                                                                          self.child_id()))

    @reports_problems
    def _selected(self, current, _previous) -> None:
        entry = self.model.entry(current.row())
        self.preview.setHtml(preview_star(entry) + entry_html(entry.content, self.model.child_names)
                             if entry else "")
        follow(self, entry)

    def selected_entry(self):
        return self.model.entry(self.timeline.currentIndex().row())

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def detach(self) -> None:
        """Forget everything on screen: the vault is locking."""
        if self.editor is not None:
            self.editor.close_for_lock()
            self.editor = None
        self.model.detach()
        self.preview.clear()
        self.month.set_summaries({})
        # Emptying the list must not read the journal again: its row change used to run a
        # whole refresh in the middle of forgetting the screen (where a segfault was seen,
        # under load, in the rekey test's detach).
        blocked = self.children_list.blockSignals(True)
        self.children_list.clear()
        self.children_list.blockSignals(blocked)

    @never_raises(None)
    def closeEvent(self, event) -> None:
        self.detach()
        self.closed.emit()
        super().closeEvent(event)
