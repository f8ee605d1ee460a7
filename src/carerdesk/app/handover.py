"""The end of a placement, handed over: the child's whole record sealed for the agency's
records key or a social worker; on their side imported as the closed record with its PDF and
answered with a receipt; back here, the receipt removes the working copy through the
existing removal (app/removal.py). The CLI and the GUI call these.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from carerdesk.domain.errors import (
    KeyFileInvalid,
    NotFound,
    OldBackupsRemain,
    Refused,
    ReportRefused,
    UnreadableFile,
)
from carerdesk.domain.roles import Role
from carerdesk.store.db_errors import Sessions
from carerdesk.text.i18n import translate
from carerdesk.vault.atomic import atomic_write

if TYPE_CHECKING:
    from carerdesk.app.removal import ChildRemoval, Removed
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
            return _key_file(path)
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
        replaced); a receipt for anything else is refused and removes nothing."""
        checked = self._named(path, lambda data: self.service.check_receipt(data))
        if checked.child_id is None:
            return Settled(checked, None)
        removal = self._workspace.removal
        try:
            removed = removal.remove(checked.child_id, expected=checked.child_id)
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
            path, lambda data: self.service.import_handover(data, _agency_keys()))
        progress(100, translate("Handover", "Done"))
        return Imported(record, receipt, already)

    def closed_records(self) -> list[ClosedRecord]:
        return self.service.closed_records()

    def pdf(self, typed: str) -> bytes:
        """The closed record's own PDF, drawn here from the data that was signed."""
        from carerdesk.reports.handover_pdf import handover_pdf

        _record, doc = self.service.closed_record(typed)
        return handover_pdf(doc)

    def _named(self, path: Path, use: Callable[[bytes], Any]) -> Any:
        """``use`` on the file's bytes; a package's refusal names the file."""
        try:
            return use(_read_package(Path(path)))
        except ReportRefused as exc:
            exc.path = exc.path or str(path)
            raise


def _agency_keys() -> list[PublicKey]:
    """The preset's ``[agency] public_key``, whose vouch for a carer's key counts (as
    app/supervision.py reads it for reports)."""
    from carerdesk.app import preset
    from carerdesk.exchange.keys import parse_key_line

    line = getattr(preset.active(), "agency_key", None)
    return [parse_key_line(line, "", Role.SUPERVISOR)] if line else []


def _read_package(path: Path) -> bytes:
    from carerdesk.exchange.package import MAX_PACKAGE

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACKAGE + 1)
    except IsADirectoryError:
        raise ReportRefused("not-a-package", str(path)) from None
    except OSError:
        raise UnreadableFile("file", str(path)) from None
    if len(data) > MAX_PACKAGE:
        raise ReportRefused("too-large", str(path))
    return data


def _key_file(path: Path) -> PublicKey:
    from carerdesk.exchange.keys import MAX_KEY_FILE, parse_key_file

    try:
        with path.open("rb") as handle:
            return parse_key_file(handle.read(MAX_KEY_FILE + 1).decode("utf-8"), str(path))
    except UnicodeDecodeError:
        raise KeyFileInvalid("not-a-key", str(path)) from None
    except OSError:
        raise UnreadableFile("file", str(path)) from None


__all__ = ["HandoverFlow", "Imported", "Settled"]
