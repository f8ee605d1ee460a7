"""What the main window's actions do: small functions that call services and refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from shiboken6 import isValid

from carerdesk.domain.changes import Changes
from carerdesk.gui.common.spelling import check_spelling, spelling_for
from carerdesk.gui.common.widgets import unless_locked
from carerdesk.gui.journal.child_dialog import ChildDialog
from carerdesk.gui.journal.entry_editor import EntryEditor
from carerdesk.gui.journal.history import HistoryDialog
from carerdesk.text.i18n import translate


def open_editor(window, entry=None, draft=None, day=None) -> EntryEditor:
    journal = window.workspace.journal
    editor = EntryEditor(
        journal,
        journal.children(),
        entry=entry,
        child_id=window.child_id(),
        draft_id=draft.id if draft else None,
        draft_state=draft.state if draft else None,
        parent=window,
        day=day,
        plan=window.workspace.plan,
    )
    check_spelling(editor.form, spelling_for(window))  # underlines and corrections
    if entry is None and draft is not None and draft.entry_id:
        editor.entry = journal.entry(draft.entry_id)
        editor.reason.show()
    editor.saved.connect(lambda saved: window.apply(saved.changes))
    editor.star_changed.connect(lambda saved: window.apply(saved.changes))
    editor.finished.connect(lambda _result: _editor_closed(window))
    window.editor = editor
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor


def _editor_closed(window) -> None:
    window.editor = None
    window.apply(Changes(drafts=True))  # a draft kept, or the saved one gone


def new_entry(window, day=None) -> None:
    if window.editor is not None:
        window.editor.raise_()
        return
    open_editor(window, day=day)


@unless_locked
def amend_entry(window) -> None:
    entry = window.selected_entry()
    if entry is not None and window.editor is None:
        open_editor(window, entry=window.workspace.journal.entry(entry.id))


@unless_locked
def resume_draft(window, quiet: bool = False) -> None:
    """After an unlock or a crash: the newest draft reopens, nothing lost."""
    drafts = window.workspace.journal.drafts()
    if not drafts and quiet:
        return  # on unlocking: nothing to say, the status bar keeps the agency's news
    if not drafts:
        window.statusBar().showMessage(translate("MainWindow", "No draft is kept: there is "
                                                               "nothing to resume."), 8000)
    elif window.editor is None:
        open_editor(window, draft=drafts[0])
    else:
        window.editor.raise_()  # the draft is open already, in the editor
        window.editor.activateWindow()


def opened_once(window, name: str, make):
    """One such window per journal window, window-modal (``open()``, no nested event loop:
    a screen reader's call that opened it gets its answer, and a lock closes it as it closes
    every dialog); deleted when it closes; brought forward if it is open already."""
    dialog = getattr(window, name, None)
    if dialog is not None and isValid(dialog):
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    dialog = make()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    setattr(window, name, dialog)
    dialog.finished.connect(lambda _result: setattr(window, name, None))
    dialog.open()
    return dialog


@unless_locked
def show_history(window) -> None:
    entry = window.selected_entry()
    if entry is not None:
        versions = window.workspace.journal.history(entry.id)
        opened_once(window, "history_dialog",
                    lambda: HistoryDialog(versions, window.model.child_names, window))


@unless_locked
def life_story(window) -> None:
    """The book of the selected child (or the only one)."""
    from carerdesk.gui.lifestory.lifestory_window import LifeStoryWindow

    children = window.workspace.journal.children()
    chosen = window.child_id() or (children[0].id if len(children) == 1 else None)
    child = next((c for c in children if c.id == chosen), None)
    if child is None:
        window.statusBar().showMessage(
            translate("MainWindow", "Choose a child on the left first."), 8000
        )
        return
    opened_once(window, "life_story_window",
                lambda: LifeStoryWindow(window.workspace, child, window))


@unless_locked
def supervision_report(window) -> None:
    from carerdesk.gui.reports.export_dialog import ExportDialog

    opened_once(window, "report_dialog",
                lambda: ExportDialog(window.workspace, window.child_id(), window))


@unless_locked
def supervision_back(window, import_first: bool = False) -> None:
    """What came back from supervision, beside each report sent (Import… first if asked)."""
    from carerdesk.gui.reports.returned_dialog import SupervisionBackDialog

    dialog = opened_once(window, "back_dialog",
                         lambda: SupervisionBackDialog(window.workspace, window))
    if import_first:
        dialog.import_file()  # the import's file dialog opens over it


@unless_locked
def keys_and_recipients(window) -> None:
    from carerdesk.gui.reports.keys_dialog import KeysDialog

    opened_once(window, "keys_dialog", lambda: KeysDialog(window.workspace, window))


@unless_locked
def add_child(window) -> None:
    def make() -> ChildDialog:
        dialog = ChildDialog(window.workspace.journal, window)
        dialog.accepted.connect(lambda: window.apply(Changes(children=True)))
        return dialog

    opened_once(window, "child_dialog", make)


@unless_locked
def preferences(window) -> None:
    from carerdesk.gui.journal.preferences import PreferencesDialog

    def make() -> PreferencesDialog:
        dialog = PreferencesDialog(window.workspace, window)
        # a shorter auto-lock time is in force at once, not from the next unlock
        dialog.accepted.connect(window.settings_changed.emit)
        return dialog

    opened_once(window, "preferences_dialog", make)


def backup_now(window) -> None:
    from carerdesk.domain.errors import CarerDeskError
    from carerdesk.gui.common.workers import run_in_background
    from carerdesk.text.messages import describe

    bar = window.statusBar()
    bar.showMessage(translate("MainWindow", "Writing a backup…"))
    run_in_background(
        window,
        window.workspace.backup,
        lambda path: bar.showMessage(
            translate("MainWindow", "Backup written and checked: {path}").format(path=path), 15_000
        ),
        lambda exc: bar.showMessage(
            describe(exc)
            if isinstance(exc, CarerDeskError)
            else translate("MainWindow", "The backup failed.")
        ),
    )
