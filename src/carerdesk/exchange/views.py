"""What the exchange service hands to the CLI and the GUI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from carerdesk.domain.report import PeriodReport
from carerdesk.exchange.keys import PublicKey


@dataclass(frozen=True)
class RecipientView:
    key: PublicKey
    is_default: bool
    from_preset: bool

    @property
    def name(self) -> str:
        return self.key.name

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint


@dataclass(frozen=True)
class ReportItem:
    """One imported package, as the inbox lists it."""

    package_id: str
    carer: str
    carer_fingerprint: str
    child: str
    since: dt.date
    until: dt.date
    entries: int
    made_at: dt.datetime
    imported_at: dt.datetime
    reviewed_at: dt.datetime | None
    notes: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.package_id,
            "carer": self.carer_fingerprint,
            "carer_name": self.carer,
            "child": self.child,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "entries": self.entries,
            "made_at": self.made_at.isoformat(),
            "imported_at": self.imported_at.isoformat(),
            "reviewed": self.reviewed_at is not None,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class NoteView:
    written_at: dt.datetime
    text: str


@dataclass(frozen=True)
class OpenedReport:
    item: ReportItem
    report: PeriodReport
    pdf: bytes
    notes: tuple[NoteView, ...]


@dataclass(frozen=True)
class ImportResult:
    item: ReportItem
    already: bool  # the same package was imported before; nothing new was stored
