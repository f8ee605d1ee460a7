"""My space (Journal → My space…, Ctrl+Shift+M): the carer's own reflections and wellbeing
check-ins, apart from every child's record, with the trend of how they have been.

Window-modal over the journal, so that a lock closes it as it closes every dialog. What the
carer wrote is kept as the window closes, a lock included (each change a new version, the
earlier kept): a reflection is written like an entry, and an entry's words survive a lock.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carerdesk.domain.carer_space import CHECKIN, REFLECTION, CheckIn, Period, Reflection
from carerdesk.domain.errors import CarerDeskError, VaultLocked
from carerdesk.gui.common.crash import never_raises
from carerdesk.gui.common.widgets import (
    clear_error,
    error_label,
    show_error,
    shown,
    shown_html,
    unless_locked,
    with_mnemonics,
)
from carerdesk.gui.journal.my_space_chart import TrendChart
from carerdesk.gui.journal.my_space_forms import CheckInForm, ReflectionForm
from carerdesk.journal.carer_space import NoteVersionView, NoteView
from carerdesk.text.dates import strftime
from carerdesk.text.i18n import translate

PREVIEW = 70  # characters of a reflection in the list


class _NoteList(QListWidget):
    """Focus coming to the list (a tab turned, Tab pressed) does not open its first note over
    the words being written, as Qt's lists otherwise do: a click or an arrow key chooses."""

    @never_raises(None)
    def focusInEvent(self, event) -> None:
        if self.currentRow() >= 0:
            super().focusInEvent(event)
            return
        blocked = self.blockSignals(True)
        super().focusInEvent(event)
        self.setCurrentRow(-1)
        self.blockSignals(blocked)


class _NotesPanel(QWidget):
    """A list of one kind of note (newest first), its form, New and Save. ``changed`` is
    emitted after a save."""

    changed = Signal()
    kind = ""

    def __init__(self, service, form, parent=None) -> None:
        super().__init__(parent)
        self.service, self.form = service, form
        self.notes: list[NoteView] = []
        self.editing: NoteView | None = None  # the one in the form, None for a new one
        self.list = _NoteList(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.error = error_label(self, self.tr("Problem"))
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setToolTip(self.tr("A change is saved as a new version; the earlier "
                                            "one is kept"))
        self.left = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(form, 1)
        right.addWidget(self.error)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(self.left, 2)
        layout.addLayout(right, 3)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.list.currentRowChanged.connect(self._chosen)

    def line(self, value) -> str:
        raise NotImplementedError

    def chain(self, left: list[QWidget]) -> None:
        """Tab goes as the page reads: the left column, the form, then New and Save."""
        order = [*left, *self.form.focus_order(), self.new_button, self.save_button]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def reload(self, select: str | None = None) -> None:
        self.notes = list(reversed(self.service.notes(self.kind)))
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for note in self.notes:
            item = QListWidgetItem(self.line(note.value))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        self.list.blockSignals(blocked)
        self.empty.setVisible(not self.notes)
        rows = [i for i, n in enumerate(self.notes) if n.id == select]
        if rows:
            self.list.setCurrentRow(rows[0])
            self._chosen(rows[0])
        else:
            self.start_new()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.notes):
            self.editing = self.notes[row]
            self.form.show_value(self.editing.value)
            clear_error(self.error)
            self.shown_note()

    def shown_note(self) -> None:
        """A note was chosen, or the form emptied for a new one."""

    def start_new(self) -> None:
        self.editing = None
        self.list.setCurrentRow(-1)
        self.form.clear()
        clear_error(self.error)
        self.shown_note()

    def pending(self) -> bool:
        """Words in the form that are not saved yet."""
        if not self.form.has_words():
            return False
        if self.editing is None:
            return True
        try:
            return self.form.value().validated() != self.editing.value
        except CarerDeskError:
            return True  # saving will say what is wrong

    def keep(self) -> None:
        """Save what the form holds; a CarerDeskError is left to the caller."""
        value = self.form.value()
        if self.editing is None:
            saved = self.service.add(value)
        else:
            saved = self.service.amend(self.editing.id, value)
        self.reload(select=saved.id)
        self.changed.emit()

    @unless_locked
    def save(self) -> None:
        clear_error(self.error)
        try:
            self.keep()
        except CarerDeskError as exc:
            show_error(self.error, exc)  # what was typed stays


class ReflectionsPanel(_NotesPanel):
    kind = REFLECTION

    def __init__(self, service, parent=None) -> None:
        super().__init__(service, ReflectionForm(), parent)
        self.list.setAccessibleName(self.tr("Your reflections, newest first"))
        self.empty.setText(self.tr("No reflections yet. Write one on the right: what "
                                   "happened for you, and how you felt."))
        self.new_button.setText(self.tr("&New reflection"))
        self.save_button.setText(self.tr("&Save reflection"))
        self.versions = QTextBrowser(self)
        self.versions.setAccessibleName(self.tr("Earlier versions of this reflection"))
        self.left.addWidget(self.list, 3)
        self.left.addWidget(self.empty)
        self.left.addWidget(QLabel(self.tr("Earlier versions of the one chosen:"), self))
        self.left.addWidget(self.versions, 2)
        self.chain([self.list, self.versions])
        self.reload()

    def line(self, value: Reflection) -> str:
        words = shown(value.words).replace("\n", " ")
        short = words if len(words) <= PREVIEW else words[:PREVIEW - 1] + "…"
        return f"{value.date.isoformat()} · {short}"

    def shown_note(self) -> None:
        versions: list[NoteVersionView] = (self.service.history(self.editing.id)
                                           if self.editing else [])
        parts = []
        for v in reversed(versions[:-1]):  # the one in the form is the newest
            when = strftime(v.saved_at.astimezone(), "%d %b %Y %H:%M")
            head = self.tr("Version {n}, saved {when}").format(n=v.version, when=when)
            words = shown_html(getattr(v.value, "words", "")).replace("\n", "<br>")
            parts.append(f"<p><b>{html.escape(head)}</b><br>{words}</p>")
        self.versions.setHtml("".join(parts) or html.escape(
            self.tr("None: when this reflection is changed, the version before is kept here.")
            if self.editing else self.tr("Choose a reflection in the list to see its earlier "
                                         "versions.")))


class CheckInsPanel(_NotesPanel):
    kind = CHECKIN

    def __init__(self, service, parent=None) -> None:
        super().__init__(service, CheckInForm(), parent)
        self.list.setAccessibleName(self.tr("Your check-ins, newest first"))
        self.empty.setText(self.tr("No check-ins yet. A short one every week or two shows "
                                   "how you are over time."))
        self.new_button.setText(self.tr("N&ew check-in"))
        self.save_button.setText(self.tr("Sa&ve check-in"))
        self.by = QComboBox(self)
        self.by.setAccessibleName(self.tr("Show the trend"))
        self.by.addItem(self.tr("Week by week"), Period.WEEK.value)
        self.by.addItem(self.tr("Month by month"), Period.MONTH.value)
        by_label = QLabel(self.tr("&Trend:"), self)
        by_label.setBuddy(self.by)
        row = QHBoxLayout()
        row.addWidget(by_label)
        row.addWidget(self.by, 1)
        self.chart = TrendChart(self)
        self.left.addLayout(row)
        self.left.addWidget(self.chart, 3)
        self.left.addWidget(self.list, 2)
        self.left.addWidget(self.empty)
        self.by.currentIndexChanged.connect(lambda _i: self.show_trend())
        self.changed.connect(self.show_trend)
        self.chain([self.by, self.list])
        self.reload()
        self.show_trend()

    def line(self, value: CheckIn) -> str:
        text = f"{value.date.isoformat()} · {int(value.how)} " \
               f"{translate('CarerSpace', value.how.title)}"
        return text + (f" · {shown(value.sleep)}" if value.sleep else "")

    @unless_locked
    def show_trend(self) -> None:
        by = Period(self.by.currentData())
        self.chart.show_trend(self.service.trend(by), by)


class MySpaceDialog(QDialog):
    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My space"))
        self.setObjectName("my-space-dialog")
        self.resize(1000, 660)  # window_policy fits it to smaller screens
        service = workspace.carer_space
        self.reflections = ReflectionsPanel(service, self)
        self.checkins = CheckInsPanel(service, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.reflections, self.tr("&Reflections"))
        self.tabs.addTab(self.checkins, self.tr("Chec&k-ins"))
        note = QLabel(self.tr("Only you can read what is here: it is about you, not a child, "
                              "and it goes in no report unless you tick “Share my latest "
                              "wellbeing check-in” when you make one. What you write is kept "
                              "when this window closes or CarerDesk locks."), self)
        note.setWordWrap(True)
        buttons = with_mnemonics(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reflections.form.words.setFocus()  # most come here to write

    def reject(self) -> None:
        """Unsaved words are kept first; if they cannot be (the problem is shown on their
        tab), the window stays open with them."""
        for panel in (self.reflections, self.checkins):
            try:
                if panel.pending():
                    panel.keep()
            except VaultLocked:
                break
            except CarerDeskError as exc:
                self.tabs.setCurrentWidget(panel)
                show_error(panel.error, exc)
                return
        super().reject()


@unless_locked
def open_my_space(window) -> MySpaceDialog:
    dialog = MySpaceDialog(window.workspace, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # window-modal: the journal waits, and a lock closes it
    return dialog


def add_my_space_action(window, menu) -> None:
    """Journal → My space…, just after Keys and recipients."""
    window.my_space_action = window._action(
        translate("MainWindow", "&My space…"), QKeySequence("Ctrl+Shift+M"),
        lambda: open_my_space(window),
        translate("MainWindow", "Your own reflections and wellbeing check-ins, apart from the "
                                "children's records"))
    actions = menu.actions()
    after = actions.index(window.keys_action) + 1 if window.keys_action in actions \
        else len(actions)
    menu.insertAction(actions[after] if after < len(actions) else None,
                      window.my_space_action)
