"""Use cases over the store: children, entries, amendments, search. No Qt here."""

from carerdesk.journal.service import JournalService
from carerdesk.journal.views import ChildView, EntryView, SearchHit, VersionView

__all__ = ["ChildView", "EntryView", "JournalService", "SearchHit", "VersionView"]
