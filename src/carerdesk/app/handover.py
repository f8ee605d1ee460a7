"""The end of a placement, handed over: the child's whole record sealed for the agency's
records key or a social worker; on their side imported as the closed record with its PDF and
answered with a receipt; back here, the receipt removes the working copy through the
existing removal (app/removal.py). The CLI and the GUI call these.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from carerdesk.app.package_files import agency_keys, read_key_file, read_package
from carerdesk.domain.errors import (
    NotFound,
    OldBackupsRemain,
    Refused,
    ReportRefused,
)
from carerdesk.domain.roles import Role
from carerdesk.store.db_errors import Sessions
from carerdesk.text.i18n import translate
from carerdesk.vault.atomic import atomic_write

if TYPE_CHECKING:
    from carerdesk.app.removal import ChildRemoval, Removed, WhatGoes
    from carerdesk.exchange.handover import (
        CheckedReceipt,
        ClosedRecord,
        HandoverService,
        MadeHandover,
    )
    from carerdesk.exchange.keys import PublicKey

Progress = Callable[[int, str], None]  # percent done, what is happening


def _quiet(percent: int, step: str) -> None:
    pass


class _Workspace(Protocol):
    """What the handover needs of the workspace (``Workspace`` is one)."""

    removal: ChildRemoval

    @property
    def role(self) -> Role: ...


@dataclass(frozen=True)
class Imported:
    record: ClosedRecord
    receipt: bytes  # the signed receipt to send back to the carer
    already: bool  # imported before: the same receipt again


@dataclass(frozen=True)
class ClosedItem:
    """A closed record as the inbox lists it, with how far its carer's key is trusted."""

    record: ClosedRecord
    trust: str  # "confirmed", "vouched" or "not-confirmed", as CarerView.trust says

    @property
    def trusted(self) -> bool:
        return self.trust != "not-confirmed"


@dataclass(frozen=True)
class Version:
    """One version of a kept document: what it said, when it was saved and why it changed."""

    number: int
    saved_at: dt.datetime
    reason: str | None
    content: Any  # an entry's EntryContent; a record's value as its kind reads it; or a dict
    stored: dict[str, Any]  # the same as it was stored (every field, by its key)


@dataclass(frozen=True)
class ClosedContent:
    """One closed record decoded for reading: every version of everything, oldest first."""

    item: ClosedItem
    doc: dict[str, Any]  # the handover body as it arrived (child, carer, household...)
    entries: list[list[Version]]  # each entry's versions (EntryContent), by date
    records: list[tuple[str, list[Version]]]  # (kind, versions of one record's value)
    people: list[list[Version]]  # each person's versions (the stored dicts)
    profile: list[Version]  # the child's profile, every version (dicts)
    names: list[Version]  # the child's name and dates, every version (format 2 on; dicts)
    pages: list[dict[str, Any]]  # life-story pages; each photo's "jpeg" is its bytes
    reports_sent: list[dict[str, Any]]


@dataclass(frozen=True)
class ReceiptCheck:
    """A receipt checked against a handover this journal made, before anything is removed."""

    receipt: CheckedReceipt
    goes: WhatGoes | None  # what the removal deletes; None: the record is gone already
    data: bytes  # the receipt as read, checked again when the removal is confirmed
    path: str

    @property
    def child(self) -> str | None:
        return self.goes.name if self.goes is not None else None


@dataclass(frozen=True)
class Settled:
    receipt: CheckedReceipt
    removed: Removed | None  # None: that handover's record was removed already


class HandoverFlow:
    def __init__(self, sessions: Sessions, database: str, workspace: _Workspace) -> None:
        self._sessions, self._database, self._workspace = sessions, database, workspace

    @functools.cached_property
    def service(self) -> HandoverService:  # pyrage and the packages: loaded when first used
        from carerdesk.exchange.handover import HandoverService

        return HandoverService(self._sessions, self._database)

    # --- who it goes to ---

    def records_key(self) -> PublicKey | None:
        """The agency's records key from its preset (``[agency] records_key``), if any."""
        from carerdesk.app import preset
        from carerdesk.exchange.keys import parse_key_line

        found = preset.active()
        line = getattr(found, "records_key", None)
        if not line:
            return None
        agency = getattr(found, "agency", "")
        name = translate("Handover", "{agency} records").format(agency=agency)
        return parse_key_line(line, name, Role.SUPERVISOR)

    def recipient(self, typed: str) -> PublicKey:
        """A public key file, or a known social worker by name or fingerprint, or "agency"
        for the preset's records key."""
        records = self.records_key()
        if records is not None and typed.strip().casefold() in ("agency", records.name.casefold()):
            return records
        path = Path(typed).expanduser()
        if path.is_file():
            return read_key_file(path)
        return self.service.recipient(typed).key

    # --- the carer's side ---

    def make(self, child: str, recipients: list[PublicKey],
             progress: Progress = _quiet) -> MadeHandover:
        if self._workspace.role is not Role.CARER:
            raise Refused(translate("Handover", "A record is handed over from a carer's vault. "
                                                "This vault belongs to a supervising social "
                                                "worker."))
        progress(10, translate("Handover", "Gathering the whole record…"))
        made = self.service.seal_handover(child, recipients)
        progress(100, translate("Handover", "Done"))
        return made

    def make_file(self, child: str, recipients: list[PublicKey], out: Path,
                  progress: Progress = _quiet) -> MadeHandover:
        made = self.make(child, recipients, progress)
        atomic_write(Path(out), made.package)  # owner-only, whole or not at all
        return made

    def receipt_file(self, path: Path) -> Settled:
        """Check the receipt, then remove the handed-over record (compacted, backups
        replaced); a receipt for anything else is refused and removes nothing. (The command
        line's, for scripts; a window asks first with ``check_receipt_file``.)"""
        return self.settle_receipt(self.check_receipt_file(path))

    def check_receipt_file(self, path: Path) -> ReceiptCheck:
        """Which child and handover a receipt answers, and what removing the record takes
        (entries, photos, backups), for the question asked first; nothing is changed. A
        receipt for anything else (another journal, a record changed since) is refused."""
        data = self._named(path, lambda data: data)
        checked = self._checked(data, str(path))
        goes = None
        if checked.child_id is not None:
            try:
                goes = self._workspace.removal.what_goes(checked.child_id)
            except NotFound:  # removed already with child remove: nothing left to go
                goes = None
        return ReceiptCheck(checked, goes, data, str(path))

    def settle_receipt(self, check: ReceiptCheck) -> Settled:
        """The removal the question was about: the receipt checked again (the record may have
        changed while it was asked), then the same child's record removed."""
        checked = self._checked(check.data, check.path)
        if checked.child_id is None:
            return Settled(checked, None)
        removal = self._workspace.removal
        expected = check.goes.child_id if check.goes is not None else checked.child_id
        try:
            removed = removal.remove(checked.child_id, expected=expected)
        except NotFound:  # removed already with child remove: the receipt is settled
            self.service.settle(checked, "?")
            return Settled(checked, None)
        except OldBackupsRemain:  # the record itself is gone: settle, then say so
            self.service.settle(checked, "?")
            raise
        self.service.settle(checked, removed.initial)
        return Settled(checked, removed)

    # --- the supervisor's side ---

    def import_file(self, path: Path, progress: Progress = _quiet) -> Imported:
        progress(10, translate("Handover", "Checking and decrypting…"))
        record, receipt, already = self._named(
            path, lambda data: self.service.import_handover(data, agency_keys()))
        progress(100, translate("Handover", "Done"))
        return Imported(record, receipt, already)

    def closed_records(self) -> list[ClosedRecord]:
        return self.service.closed_records()

    def closed_items(self) -> list[ClosedItem]:
        """Every closed record, newest first, with its carer's key's trust."""
        trust = {c.fingerprint: c.trust for c in self.service.carers()}
        return [ClosedItem(r, trust.get(r.carer_fingerprint, "not-confirmed"))
                for r in self.service.closed_records()]

    def closed_content(self, typed: str) -> ClosedContent:
        """The whole closed record decoded for reading (read-only: nothing here writes)."""
        from carerdesk.domain import record_kinds
        from carerdesk.domain.serialize import content_from_dict
        from carerdesk.exchange.handover_body import photo_bytes

        record, doc = self.service.closed_record(typed)
        item = next((i for i in self.closed_items() if i.record.id == record.id),
                    ClosedItem(record, "not-confirmed"))

        def versions(kept: list[dict[str, Any]], read: Callable[[Any], Any]) -> list[Version]:
            return [Version(v["version"], dt.datetime.fromisoformat(v["saved_at"]),
                            v.get("reason"), read(v["content"]), v["content"]) for v in kept]

        records = [(r["kind"], versions(r["versions"], record_kinds.codec_for(r["kind"]).load))
                   for r in doc["records"]]
        pages = [{**page, "photos": [{**photo, "jpeg": photo_bytes(photo)}
                                     for photo in page["photos"]]} for page in doc["life_story"]]
        return ClosedContent(
            item, doc, [versions(e["versions"], content_from_dict) for e in doc["entries"]],
            records, [versions(p["versions"], dict) for p in doc["people"]],
            versions(doc["profile"], dict), [Version(
                v["version"], dt.datetime.fromisoformat(v["saved_at"]), v.get("reason"), named,
                named) for v in doc.get("child_versions") or ()
                for named in [{k: v[k] for k in ("name", "born", "placed", "ended")}]],
            pages, list(doc["reports_sent"]))

    def save_pdf(self, typed: str, out: Path, progress: Progress = _quiet) -> Path:
        """The closed record's PDF written whole or not at all (StorageFailed says why)."""
        progress(10, translate("Handover", "Drawing the whole record…"))
        data = self.pdf(typed)
        progress(90, translate("Handover", "Saving…"))
        atomic_write(Path(out), data)
        progress(100, translate("Handover", "Done"))
        return Path(out)

    def pdf(self, typed: str) -> bytes:
        """The closed record's own PDF, drawn here from the data that was signed."""
        from carerdesk.reports.handover_pdf import handover_pdf

        _record, doc = self.service.closed_record(typed)
        return handover_pdf(doc)

    def _checked(self, data: bytes, path: str) -> CheckedReceipt:
        try:
            return self.service.check_receipt(data)
        except ReportRefused as exc:
            exc.path = exc.path or path
            raise

    def _named(self, path: Path, use: Callable[[bytes], Any]) -> Any:
        """``use`` on the file's bytes; a package's refusal names the file."""
        try:
            return use(read_package(Path(path)))
        except ReportRefused as exc:
            exc.path = exc.path or str(path)
            raise


__all__ = ["ClosedContent", "ClosedItem", "HandoverFlow", "Imported", "ReceiptCheck", "Settled",
           "Version"]
