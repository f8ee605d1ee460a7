"""The journal timeline: a list model that fetches entries a page at a time.

Holds only the rows fetched so far; ``canFetchMore``/``fetchMore`` bring the next page by
keyset, so 20,000 entries cost what 100 do until the carer scrolls.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from carerdesk.domain.filters import EntryFilter
from carerdesk.journal import JournalService
from carerdesk.journal.views import HIGHLIGHT_END, HIGHLIGHT_START, EntryView
from carerdesk.text.dates import strftime

PAGE = 50  # a page is read in ~25 ms, search snippets included
_TOP = QModelIndex()  # the list's root: rowCount() with no argument counts rows
EntryRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2


class TimelineModel(QAbstractListModel):
    def __init__(self, journal: JournalService | None, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.where = EntryFilter()
        self.query = ""
        self.child_names: dict[str, str] = {}
        self._rows: list[tuple[EntryView, str]] = []
        self._exhausted = True

    # --- what to show ---

    def show(self, where: EntryFilter, query: str = "") -> None:
        self.beginResetModel()
        self.where, self.query = where, query.strip()
        self._rows, self._exhausted = [], self.journal is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def detach(self) -> None:
        """Forget every row (on lock): nothing of a record stays in memory."""
        self.beginResetModel()
        self.journal, self._rows, self._exhausted = None, [], True
        self.endResetModel()

    def entry(self, row: int) -> EntryView | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: str) -> int | None:
        """The row of an entry among those loaded so far."""
        return next((n for n, (e, _) in enumerate(self._rows) if e.id == entry_id), None)

    def replace(self, entry: EntryView) -> bool:
        """One row drawn again in place (its star changed); False if it is not loaded."""
        row = self.row_of(entry.id)
        if row is None:
            return False
        self._rows[row] = (entry, self._rows[row][1])
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        return True

    # --- Qt's list model ---

    def rowCount(self, parent: QModelIndex = _TOP) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex) -> None:
        if parent.isValid() or self._exhausted or self.journal is None:
            return
        before = None
        if self._rows:
            last = self._rows[-1][0]
            before = (last.content.date, last.seq)
        page = self._page(before)
        self._exhausted = len(page) < PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _page(self, before) -> list[tuple[EntryView, str]]:
        assert self.journal is not None
        if self.query:
            hits = self.journal.search(self.query, self.where, PAGE, before)
            return [(h.entry, h.snippet) for h in hits]
        return [(e, "") for e in self.journal.entries(self.where, PAGE, before)]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, snippet = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first_line = (entry.content.text or "").split("\n", 1)[0]
            star = f"  ★ {_starred_words()}" if entry.starred else ""
            return f"{entry.content.date.isoformat()}{star}  {first_line}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == EntryRole:
            return entry
        if role == HtmlRole:
            return self._html(entry, snippet)
        return None

    def _html(self, entry: EntryView, snippet: str) -> str:
        from carerdesk.gui.common.marks import glyph_html

        c = entry.content
        names = ", ".join(self.child_names.get(i, "?") for i in c.child_ids)
        dots = "".join(glyph_html(d) for d in c.observations)  # a shape each, not only colour
        flag = ' <span style="color:#a4262c">⚑</span>' if c.significant else ""
        if entry.starred:  # the star and its words: never a colour alone
            flag += f' <b>★</b> <small>{html.escape(_starred_words())}</small>'
        if snippet:
            body = html.escape(snippet.replace("\n", " / ")[:200]).replace(
                HIGHLIGHT_START, '<b style="background:#fff59d">').replace(HIGHLIGHT_END, "</b>")
        else:
            body = html.escape((c.text or "").split("\n", 1)[0][:140])
        return (f"<b>{strftime(c.date, '%a %d %b %Y')}</b> <small>{html.escape(names)}</small> "
                f"{dots}{flag}<br>{body}")


def _starred_words() -> str:
    return QCoreApplication.translate("TimelineModel", "for supervision")
