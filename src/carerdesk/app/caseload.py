"""The social worker's caseload: one row per carer and child across every imported report,
and a search over every entry of every report.

Each report's data is read once (it never changes after import) and what the caseload needs
from it is kept in memory for as long as the window that asked: the flags as ids, the
entries' words for the search. Locking drops the window and this with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from carerdesk.app import policy
from carerdesk.app.workspace import Workspace
from carerdesk.domain.caseload import ReportFacts, overdue_days, report_facts
from carerdesk.domain.dimensions import OBSERVATION_PARTS
from carerdesk.domain.report import PeriodReport, ReportEntry
from carerdesk.exchange import ReportItem


@dataclass(frozen=True)
class CaseloadRow:
    carer: str
    carer_fingerprint: str
    trusted: bool
    child: str
    last: ReportItem  # the report with the latest period
    reports: int
    unreviewed: int
    due: dt.date  # when the next report is due
    overdue: int  # days past ``due``
    open_events: int | None  # None until every report of theirs is read
    goals_due: int | None  # None until the latest is read


@dataclass(frozen=True)
class Found:
    """An entry the search found: where it is, never more of its words than a line."""

    package_id: str
    entry_id: str
    carer: str
    child: str
    day: dt.date
    line: str
    hits: tuple[tuple[int, int], ...] = ()  # where in ``line`` the words found are


@dataclass(frozen=True)
class ReportRead:
    """What the caseload keeps of one report's data: flags as ids, entries' words folded."""

    facts: ReportFacts
    entries: tuple[tuple[str, dt.date, str], ...]  # id, day, words
    folded: tuple[str, ...]  # each entry's words, casefolded once for the search


def interval() -> dt.timedelta:
    """The agreed time between reports: the agency's review interval (policy.review_weeks,
    4 weeks unless the preset says otherwise) after the end of the last report's period."""
    return dt.timedelta(weeks=policy.current().review_weeks)


def entry_words(entry: ReportEntry) -> str:
    c = entry.content
    parts = [c.text or "", c.voice or "", c.reflection or ""]
    for obs in c.observations.values():
        parts += [getattr(obs, key) or "" for key, _ in OBSERVATION_PARTS]
    if c.significant is not None:
        parts += [c.significant.who_was_told or "", c.significant.next_steps or ""]
        detail = c.significant.detail
        if detail is not None:
            parts += [detail.what_happened or "", detail.child_words or "",
                      detail.carer_response or "", detail.follow_up or ""]
    return " ".join(p for p in parts if p)


LINE = 90  # characters of an entry shown in a list


def _line(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= LINE else words[:LINE - 1] + "…"


def word_starts(words: list[str]) -> list[re.Pattern[str]]:
    """Each word to find as the start of a word, as the carer's own search finds it: "den"
    finds "den" and "dens", never the "den" inside "garden" or "confidence"."""
    return [re.compile(r"(?<!\w)" + re.escape(w)) for w in words]


def _found_line(words: str, patterns: list[re.Pattern[str]]
                ) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The line around the first word found, with where each word found sits in it."""
    words = " ".join(words.split())
    first = min((m.start() for p in patterns if (m := p.search(words))), default=0)
    start = max(0, min(first - LINE // 3, len(words) - LINE + 1))
    if start > 0:
        start = words.rfind(" ", 0, start + 1) + 1  # from the start of a word
    line = words[start:start + LINE - 1]
    lead = "…" if start > 0 else ""
    tail = "…" if start + LINE - 1 < len(words) else ""
    hits = tuple(sorted((m.start() + len(lead), m.end() + len(lead))
                        for p in patterns for m in p.finditer(line)))
    return lead + line + tail, hits


class Caseload:
    """Listing is quick (one query); reading each report's data is the slow part, done by
    ``read`` off the GUI thread in batches and kept with ``keep``."""

    def __init__(self, workspace: Workspace, today: Callable[[], dt.date] = dt.date.today,
                 every: dt.timedelta | None = None) -> None:
        self.workspace = workspace
        self.today = today
        self.every = every
        self._read: dict[str, ReportRead] = {}
        self._items: list[ReportItem] = []

    def load(self) -> list[CaseloadRow]:
        """Every report listed again; rows whose reports are not all read yet say None."""
        self._items = self.workspace.exchange.reports()
        return self.rows()

    def unread(self) -> list[str]:
        """Reports not read yet, the latest period first (the goals come from the latest)."""
        items = sorted(self._items, key=lambda i: i.until, reverse=True)
        return [i.package_id for i in items if i.package_id not in self._read]

    def read(self, package_ids: Iterable[str]) -> dict[str, ReportRead]:
        """Safe on a worker thread: it reads and returns, and changes nothing here."""
        today = self.today()
        found = {}
        for package_id in package_ids:
            report = self.workspace.exchange.open_report(package_id).report
            entries = tuple((e.id, e.content.date, entry_words(e)) for e in report.entries)
            found[package_id] = ReportRead(report_facts(report, today), entries,
                                           tuple(words.casefold() for *_, words in entries))
        return found

    def keep(self, reads: dict[str, ReportRead]) -> None:
        self._read.update(reads)

    def read_all(self) -> list[CaseloadRow]:
        """Listed and read in one go (the CLI, the benchmark)."""
        self.load()
        self.keep(self.read(self.unread()))
        return self.rows()

    def rows(self) -> list[CaseloadRow]:
        groups: dict[tuple[str, str], list[ReportItem]] = {}
        for item in self._items:  # by key, never by name: a new key is its own carer
            groups.setdefault((item.carer_fingerprint, item.child), []).append(item)
        every = self.every or interval()
        return [self._row(items, every) for items in groups.values()]

    def _row(self, items: list[ReportItem], every: dt.timedelta) -> CaseloadRow:
        items = sorted(items, key=lambda i: (i.until, i.imported_at))
        last = items[-1]
        reads = [self._read.get(i.package_id) for i in items]
        events: int | None = None
        if all(r is not None for r in reads):
            state: dict[str, bool] = {}
            for read in reads:  # an event in several reports counts once, as the latest says
                assert read is not None
                for entry_id, _day, _words in read.entries:
                    state[entry_id] = entry_id in read.facts.open_events
            events = sum(state.values())
        latest = reads[-1]
        return CaseloadRow(last.carer, last.carer_fingerprint, last.trusted, last.child, last,
                           len(items), sum(i.reviewed_at is None for i in items),
                           last.until + every, overdue_days(last.until, every, self.today()),
                           events, len(latest.facts.goals_due) if latest else None)

    def searcher(self, text: str, limit: int = 500) -> Callable[[], list[Found]]:
        """The search for ``text`` over the reports read so far, to run on a worker: it
        works on a copy, so reports kept meanwhile cannot change what it walks."""
        patterns = word_starts(text.casefold().split())
        shown = [re.compile(p.pattern, re.IGNORECASE) for p in patterns]  # in the words as kept
        items, reads = tuple(self._items), dict(self._read)

        def search() -> list[Found]:
            found = []
            for item in items if patterns else ():
                read = reads.get(item.package_id)
                for (entry_id, day, entry), folded in zip(
                        read.entries if read else (), read.folded if read else (), strict=True):
                    if all(p.search(folded) for p in patterns):
                        line, hits = _found_line(entry, shown)
                        found.append(Found(item.package_id, entry_id, item.carer, item.child,
                                           day, line, hits))
            found.sort(key=lambda f: (f.day, f.entry_id), reverse=True)
            return found[:limit]
        return search

    def count(self) -> int:
        """Reports listed at the last ``load``."""
        return len(self._items)

    def all_read(self) -> bool:
        return all(i.package_id in self._read for i in self._items)

    def forget(self) -> None:
        self._read.clear()
        self._items = []


def entries_of(item: ReportItem, report: PeriodReport) -> list[Found]:
    """Every entry of one report, oldest first, as the entry list shows them."""
    return [Found(item.package_id, e.id, item.carer, item.child, e.content.date,
                  _line(entry_words(e))) for e in report.entries]
