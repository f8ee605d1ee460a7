"""The carer's housekeeping in the journal window: edit a child, change the passphrase,
print or save an entry or a day, Help and About, and the timeline's right-click menu.

``make_actions`` makes one QAction per command (the menus, the toolbar and the right-click
menu share them); ``help_menu`` adds the Help menu after the others.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QListWidget, QMenu, QTableView

from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.widgets import shown, unless_locked
from carerdesk.gui.journal import entry_print
from carerdesk.gui.journal.chosen_child import chosen_child
from carerdesk.text.i18n import translate


def make_actions(window) -> None:
    """Housekeeping actions, named on the window (``window.edit_child_action`` …)."""
    window.edit_child_action = window._action(
        translate("MainWindow", "&Edit child…"),
        QKeySequence(),
        lambda: edit_child(window),
        translate(
            "MainWindow", "Correct the selected child's name, date of birth or placement dates"
        ),
    )
    window.passphrase_action = window._action(
        translate("MainWindow", "Chan&ge passphrase…"),
        QKeySequence(),
        lambda: change_passphrase(window),
        translate("MainWindow", "Choose a new passphrase; your recovery key stays the same"),
    )
    window.rekey_action = window._action(
        translate("MainWindow", "Change the rec&overy key…"),
        QKeySequence(),
        lambda: change_recovery_key(window),
        translate(
            "MainWindow",
            "A new recovery key, and your journal re-encrypted under a new key; the old "
            "recovery key stops working",
        ),
    )
    window.print_entry_action = window._action(
        translate("MainWindow", "Prin&t this entry…"),
        QKeySequence.StandardKey.Print,
        lambda: entry_print.print_entry(window),
        translate("MainWindow", "Print the selected entry"),
    )
    window.pdf_entry_action = window._action(
        translate("MainWindow", "Save this entry as PD&F…"),
        QKeySequence("Ctrl+Shift+P"),
        lambda: entry_print.save_entry_pdf(window),
        translate("MainWindow", "Save the selected entry as a PDF file (not encrypted)"),
    )
    window.print_day_action = window._action(
        translate("MainWindow", "Print this da&y…"),
        QKeySequence(),
        lambda: entry_print.print_day(window),
        translate("MainWindow", "Print every entry of the selected entry's day"),
    )
    window.pdf_day_action = window._action(
        translate("MainWindow", "Sa&ve this day as PDF…"),
        QKeySequence(),
        lambda: entry_print.save_day_pdf(window),
        translate(
            "MainWindow",
            "Save every entry of the selected entry's day as a PDF file (not encrypted)",
        ),
    )
    window.help_action = window._action(
        translate("MainWindow", "CarerDesk &help"),
        QKeySequence.StandardKey.HelpContents,
        lambda: show_help(window),
        translate("MainWindow", "How CarerDesk works, without going online"),
    )
    window.about_action = window._action(
        translate("MainWindow", "&About CarerDesk"),
        QKeySequence(),
        lambda: show_about(window),
        translate(
            "MainWindow", "Version, licence, and a promise: CarerDesk never uses the network"
        ),
    )
    window.timeline_menu = TimelineMenu(window.timeline)
    window.day_menu = DayMenu(window.month)
    window.children_list.itemDoubleClicked.connect(lambda _item: window.edit_child_action.trigger())


def print_actions(window) -> tuple:
    return (
        window.print_entry_action,
        window.pdf_entry_action,
        window.print_day_action,
        window.pdf_day_action,
    )


def help_menu(window) -> QMenu:
    menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    menu.addAction(window.help_action)
    menu.addSeparator()
    menu.addAction(window.about_action)
    return menu


# --- the timeline's right-click (or Menu key) menu --------------------------------------------


def entry_menu(window) -> QMenu:
    menu = QMenu(window.timeline)
    menu.setAccessibleName(translate("MainWindow", "What to do with this entry"))
    for action in (window.amend_action, window.history_action, window.star_action, None,
                   *print_actions(window)):
        menu.addSeparator() if action is None else menu.addAction(action)
    return menu


class TimelineMenu(QObject):
    """Right-click on a row selects it and offers its commands; the Menu key (or
    Shift+F10) offers them for the current row, the menu placed on that row."""

    def __init__(self, timeline) -> None:
        super().__init__(timeline)  # holds no reference to the window: no cycle outlives it
        self.view = timeline
        self.menu: QMenu | None = None
        timeline.installEventFilter(self)
        timeline.viewport().installEventFilter(self)

    @never_raises(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QContextMenuEvent):
            return False
        view = self.view
        if watched is view.viewport() and event.reason() != QContextMenuEvent.Reason.Keyboard:
            index = view.indexAt(event.pos())
            if index.isValid():
                view.setCurrentIndex(index)
            return self.open(event.pos()) if index.isValid() else False
        if watched is view or watched is view.viewport():
            index = view.currentIndex()
            return self.open(view.visualRect(index).center()) if index.isValid() else False
        return False

    def open(self, pos: QPoint) -> bool:
        """Pop the menu up at ``pos`` on the viewport; True: the event is handled."""
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = entry_menu(self.view.window())
        self.menu.popup(self.view.viewport().mapToGlobal(pos))
        return True


class DayMenu(QObject):
    """Right-click (or the Menu key) on a day of the month view: show that day, write an
    entry for it, print it or save it as a PDF."""

    def __init__(self, month) -> None:
        super().__init__(month)  # holds no reference to the window: no cycle outlives it
        self.month = month
        self.menu: QMenu | None = None
        self.view = month.findChild(QTableView)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)

    @never_raises(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QContextMenuEvent):
            return False
        view, month = self.view, self.month
        by_mouse = event.reason() != QContextMenuEvent.Reason.Keyboard
        index = view.indexAt(event.pos()) if by_mouse else view.currentIndex()
        day = month.date_at(index.row(), index.column()) if index.isValid() else None
        if day is None or day > dt.date.today():
            return True  # a header cell or a day to come: nothing to offer
        month.setSelectedDate(QDate(day))
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu = day_menu(month.window(), day)
        pos = event.pos() if by_mouse else view.visualRect(index).center()
        menu.popup(view.viewport().mapToGlobal(pos))
        return True


def day_menu(window, day) -> QMenu:
    from carerdesk.gui.journal import entry_print, main_actions

    menu = QMenu(window.month)
    menu.setAccessibleName(translate("MainWindow", "What to do with this day"))
    for text, slot in (
        (translate("MainWindow", "&Show this day"), lambda: window.filters.show_day(QDate(day))),
        (
            translate("MainWindow", "&New entry for this day"),
            lambda: main_actions.new_entry(window, day),
        ),
        (translate("MainWindow", "&Print this day…"), lambda: entry_print.print_day(window, day)),
        (
            translate("MainWindow", "Save this day as P&DF…"),
            lambda: entry_print.save_day_pdf(window, day),
        ),
    ):
        menu.addAction(text).triggered.connect(slot)
    return menu


# --- the commands ----------------------------------------------------------------------------


def _select_child(children_list: QListWidget, child_id: str) -> None:
    for row in range(children_list.count()):
        if children_list.item(row).data(Qt.ItemDataRole.UserRole) == child_id:
            children_list.setCurrentRow(row)
            return


@unless_locked
def edit_child(window) -> None:
    from carerdesk.gui.journal.child_dialog import ChildDialog

    child = chosen_child(window)
    if child is None:
        return
    child_id = child.id
    dialog = ChildDialog(window.workspace.journal, window, editing=child)
    if dialog.exec() and dialog.child is not None:
        window.reload_children()
        _select_child(window.children_list, child_id)
        window.statusBar().showMessage(
            translate("MainWindow", "{name} is saved.").format(name=shown(dialog.child.name)), 8000
        )


@unless_locked
def change_passphrase(window) -> None:
    from carerdesk.gui.setup.passphrase_dialog import PassphraseDialog

    if PassphraseDialog(window.workspace, window).exec():
        window.statusBar().showMessage(
            translate(
                "MainWindow",
                "Your passphrase is changed. Use the new one "
                "from now on; your recovery key is the same.",
            ),
            15_000,
        )


@unless_locked
def change_recovery_key(window) -> None:
    from carerdesk.gui.setup.rekey_dialog import RekeyDialog

    if RekeyDialog(window.workspace, window).exec():
        window.statusBar().showMessage(
            translate(
                "MainWindow",
                "Your journal has a new key and a new recovery "
                "key; the old recovery key no longer opens "
                "it.",
            ),
            15_000,
        )


def show_help(window) -> None:
    """A window beside the journal, not over it: read while you work."""
    from carerdesk.gui.common.help_dialog import HelpDialog

    dialog = window.findChild(HelpDialog)
    if dialog is None:
        dialog = HelpDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def show_about(window) -> None:
    from carerdesk.gui.common.help_dialog import AboutDialog

    AboutDialog(window).exec()
