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
    left_at: dt.datetime | None = None  # no longer with the agency: kept, never offered

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
    sent_id: str | None = None  # the id the carer gave it (package_id is this vault's)
    confirmed_at: dt.datetime | None = None  # the carer's key read aloud and agreed
    vouched_by: str | None = None  # or vouched for by this agency key

    @property
    def trusted(self) -> bool:
        """False: held apart as "not yet confirmed", never merged with a trusted carer."""
        return self.confirmed_at is not None or self.vouched_by is not None

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
            "sent_id": self.sent_id,
            "carer_trust": ("confirmed" if self.confirmed_at else
                            "vouched" if self.vouched_by else "not-confirmed"),
        }


@dataclass(frozen=True)
class ExportView:
    """A report this carer's vault sent (never its contents)."""

    package_id: str
    child_id: str
    since: dt.date
    until: dt.date
    entries: int
    made_at: dt.datetime


@dataclass(frozen=True)
class CarerView:
    """A carer's key as the social worker's vault knows it."""

    sender_id: str
    name: str
    fingerprint: str
    first_seen: dt.datetime
    confirmed_at: dt.datetime | None
    vouched_by: str | None

    @property
    def trusted(self) -> bool:
        return self.confirmed_at is not None or self.vouched_by is not None

    @property
    def trust(self) -> str:
        return ("confirmed" if self.confirmed_at else
                "vouched" if self.vouched_by else "not-confirmed")


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
