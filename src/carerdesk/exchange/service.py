"""Keys, recipients, sealing a report for them, and importing one (the social worker's side).

An import verifies, decrypts, parses and stores in one transaction: a package that fails any
check leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import fields

from sqlalchemy.orm import Session

from carerdesk.domain.errors import KeyFileInvalid, NotFound, ReportRefused
from carerdesk.domain.report import PeriodReport
from carerdesk.domain.roles import Role
from carerdesk.domain.values import required_text
from carerdesk.exchange import package, payload, vouch
from carerdesk.exchange.keys import Identity, PublicKey, parse_key_line
from carerdesk.exchange.views import (
    CarerView,
    ExportView,
    ImportResult,
    NoteView,
    OpenedReport,
    RecipientView,
    ReportItem,
)
from carerdesk.store.exchange_models import ExportRow, ImportedReport, KnownCarer, RecipientRow
from carerdesk.store.exchange_repos import (
    ExportRepository,
    IdentityRepository,
    InboxRepository,
    RecipientRepository,
)
from carerdesk.store.repositories import AuditRepository, HouseholdRepository, MetaRepository
from carerdesk.store.service_base import Service


class ExchangeService(Service):

    # --- who we are ---

    def _identity(self, s: Session) -> Identity:
        """Made on first use, so vaults from before keys existed get one too."""
        repo = IdentityRepository(s)
        row = repo.get()
        if row is None:
            made = Identity.generate()
            row = repo.save(made.signing_secret, made.age_secret)
            AuditRepository(s).record("identity.create", "identity")
        return Identity(row.signing_secret, row.age_secret)

    @staticmethod
    def _role(s: Session) -> Role:
        return Role(MetaRepository(s).get("role") or Role.CARER.value)

    def _public(self, s: Session) -> PublicKey:
        """Named as set with ``set_own_name``, else by the household's carers or name."""
        name = MetaRepository(s).get("own_name")
        if not name:
            household = HouseholdRepository(s).get()
            name = (household.carers or household.name) if household else ""
        return self._identity(s).public(name, self._role(s))

    def set_own_name(self, name: str) -> None:
        """The name others see on this vault's public key (a social worker's own name)."""
        name = required_text(name, "name")
        with self._tx() as s:
            MetaRepository(s).set("own_name", name)
            AuditRepository(s).record("identity.rename", "identity")

    def public_key(self) -> PublicKey:
        with self._tx() as s:
            return self._public(s)

    def role(self) -> Role:
        with self._tx() as s:
            return self._role(s)

    # --- recipients ---

    def add_recipient(self, key: PublicKey, name: str | None = None, default: bool = False,
                      from_preset: bool = False) -> RecipientView:
        """Trust ``key``; adding one already known renames it (and may make it default)."""
        name = required_text(name if name is not None else key.name, "name")
        self.check_recipients([key])
        with self._tx() as s:
            repo = RecipientRepository(s)
            row = repo.get(key.fingerprint)
            if row is None:
                row = RecipientRow(fingerprint=key.fingerprint, key_line=key.key_line,
                                   role=key.role.value, from_preset=from_preset)
            row.name, row.is_default = name, default or bool(row.is_default)
            repo.add(row)
            AuditRepository(s).record("recipient.add", "recipient")
            return _recipient(row)

    def check_recipients(self, keys: list[PublicKey]) -> None:
        """KeyFileInvalid unless every key is a social worker's, and not this vault's own."""
        own = self.public_key().fingerprint
        for key in keys:
            if key.fingerprint == own:
                raise KeyFileInvalid("own-key")
            if key.role is not Role.SUPERVISOR:  # a carer's vault cannot open reports
                raise KeyFileInvalid("not-a-supervisor")

    def recipients(self, include_left: bool = False) -> list[RecipientView]:
        """Those a report can go to; with ``include_left``, those who left the agency too."""
        with self._tx() as s:
            return [_recipient(r) for r in RecipientRepository(s).all()
                    if include_left or r.left_at is None]

    def recipient(self, typed: str, include_left: bool = False) -> RecipientView:
        """A known recipient by name (any case) or by the start of their fingerprint."""
        wanted = " ".join(typed.split()).casefold()
        digits = typed.replace(" ", "")
        found = [r for r in self.recipients(include_left)
                 if r.name.casefold() == wanted
                 or (digits.isdigit() and len(digits) >= 5
                     and r.fingerprint.replace(" ", "").startswith(digits))]
        if len(found) != 1:
            raise NotFound("recipient", typed)
        return found[0]

    def remove_recipient(self, fingerprint: str) -> None:
        with self._tx() as s:
            repo = RecipientRepository(s)
            row = repo.get(fingerprint)
            if row is None:
                raise NotFound("recipient", fingerprint)
            repo.remove(row)
            AuditRepository(s).record("recipient.remove", "recipient")

    # --- the carer's side ---

    def seal(self, report: PeriodReport, pdf: bytes, recipients: list[PublicKey],
             child_id: str, record: bool = True) -> bytes:
        """The package for ``recipients``, with a line in the exports log unless ``record``
        is False: then the caller calls record_sent once the package is safely written."""
        if not recipients:
            raise NotFound("recipient", "")
        self.check_recipients(recipients)
        inner = payload.build(report, pdf)
        with self._tx() as s:
            identity, sender = self._identity(s), self._public(s)
            sender_id = MetaRepository(s).get("vault_id") or ""
            data = package.seal(inner, identity, sender, sender_id, recipients,
                                vouch=MetaRepository(s).get("vouch"))
        if record:
            self.record_sent(report, data, child_id)
        return data

    def record_sent(self, report: PeriodReport, data: bytes, child_id: str) -> None:
        """The line in the exports log ("Reports you sent") for a package this vault sealed."""
        header = package.verify(data).header
        with self._tx() as s:
            ExportRepository(s).add(ExportRow(
                package_id=header.package_id, child_id=child_id, since=report.since,
                until=report.until, entries=len(report.entries),
                recipients="\n".join(header.recipients)))
            AuditRepository(s).record("report.export", "child", child_id)

    def set_vouch(self, line: str) -> None:
        """Keep the agency's vouch for this vault's key; every report then carries it."""
        with self._tx() as s:
            MetaRepository(s).set("vouch", vouch.check_own(line, self._public(s)))
            AuditRepository(s).record("identity.vouch", "identity")

    def vouch_for(self, carer: PublicKey) -> str:
        """As the agency: this vault's signature over a carer's key (exchange/vouch.py)."""
        if carer.role is not Role.CARER:
            raise KeyFileInvalid("not-a-carer")
        with self._tx() as s:
            AuditRepository(s).record("identity.vouch-for", "identity")
            return vouch.make(self._identity(s), carer)

    def exports(self, limit: int = 200) -> list[ExportView]:
        """The reports this vault sent, newest first."""
        with self._tx() as s:
            return [ExportView(r.package_id, r.child_id, r.since, r.until, r.entries, r.made_at)
                    for r in ExportRepository(s).recent(limit)]

    def last_reported(self, child_id: str) -> dt.date | None:
        """The end of the latest period reported for this child, if any."""
        with self._tx() as s:
            return ExportRepository(s).last_until(child_id)

    # --- the social worker's side ---

    def import_package(self, data: bytes,
                       agency_keys: Sequence[PublicKey] = ()) -> ImportResult:
        """Store a carer's report. A new key is held apart as not yet confirmed unless an
        agency key in ``agency_keys`` vouched for it (docs/report-format.md)."""
        verified = package.verify(data)  # signature and hash, before any key is used
        header = verified.header
        if header.kind != "report":
            raise ReportRefused("wrong-kind")
        if header.sender.role is not Role.CARER:
            raise ReportRefused("not-from-a-carer")
        with self._tx() as s:
            if self._role(s) is not Role.SUPERVISOR:
                raise ReportRefused("wrong-role")
            inbox = InboxRepository(s)
            known = inbox.by_hash(verified.sha256)
            if known is not None:
                return ImportResult(self._item(s, known.package_id), already=True)
            opened = package.open_package(verified, self._identity(s), self._public(s))
            pinned = inbox.carer(opened.sender_id) or inbox.carer_with(opened.sender.fingerprint)
            if pinned is not None and pinned.fingerprint != opened.sender.fingerprint:
                raise ReportRefused("key-changed", detail=pinned.name)
            if pinned is not None and inbox.sent(pinned.sender_id, header.package_id):
                raise ReportRefused("damaged")  # the sender's id again, on other bytes
            report, pdf = payload.read(opened.body)
            name = opened.sender.name or report.carer
            agency = vouch.vouched_by(opened.vouch, opened.sender, list(agency_keys))
            if pinned is None:
                pinned = KnownCarer(sender_id=opened.sender_id,
                                    fingerprint=opened.sender.fingerprint,
                                    key_line=opened.sender.key_line, name=name)
                inbox.pin(pinned)
            if agency is not None and pinned.vouched_by is None:
                pinned.vouched_by = agency.fingerprint
            own_id = str(uuid.uuid4())  # this vault's id: no sender can take it first
            inbox.add(ImportedReport(
                package_id=own_id, sent_id=header.package_id, sha256=verified.sha256,
                sender_id=pinned.sender_id, carer=pinned.name, child=report.child,
                since=report.since, until=report.until, entries=len(report.entries),
                made_at=header.created_at, data=json.dumps(report.to_dict()), pdf=pdf))
            AuditRepository(s).record("report.import", "report", own_id)
            return ImportResult(self._item(s, own_id), already=False)

    def carers(self) -> list[CarerView]:
        """Every carer's key seen in a report, trusted or held apart."""
        with self._tx() as s:
            return [_carer(c) for c in InboxRepository(s).carers()]

    def carer(self, typed: str) -> CarerView:
        """A carer by the start of their fingerprint (5 digits or more) or of a report id."""
        with self._tx() as s:
            return _carer(self._carer_row(s, typed))

    def _carer_row(self, s: Session, typed: str) -> KnownCarer:
        inbox, digits = InboxRepository(s), typed.replace(" ", "")
        exact = inbox.carer(typed)  # by the sender's own id, as CarerView carries it
        if exact is not None:
            return exact
        found = [c for c in inbox.carers()
                 if digits.isdigit() and len(digits) >= 5
                 and c.fingerprint.replace(" ", "").startswith(digits)]
        if not found and not digits.isdigit():
            try:
                row = inbox.carer(self._row(s, typed).sender_id)
            except NotFound:
                row = None
            found = [row] if row is not None else []
        if len(found) != 1:
            raise NotFound("carer", typed)
        return found[0]

    def confirm_carer(self, typed: str) -> CarerView:
        """The social worker read the fingerprint aloud with the carer, and it matched."""
        with self._tx() as s:
            row = self._carer_row(s, typed)
            if row.confirmed_at is None:
                row.confirmed_at = dt.datetime.now(dt.UTC)
                AuditRepository(s).record("carer.confirm", "carer", row.sender_id)
            return _carer(row)

    def reports(self) -> list[ReportItem]:
        with self._tx() as s:
            return _report_items(s)

    def _item(self, s: Session, package_id: str) -> ReportItem:
        items = _report_items(s, package_id)
        if not items:
            raise NotFound("report", package_id)
        return items[0]

    def _row(self, s: Session, typed: str) -> ImportedReport:
        inbox = InboxRepository(s)
        row = inbox.report(typed)
        if row is None:
            matches = [r.package_id for r in inbox.reports()
                       if r.package_id.startswith(typed.lower())]
            row = inbox.report(matches[0]) if len(matches) == 1 and len(typed) >= 4 else None
        if row is None:
            raise NotFound("report", typed)
        return row

    def open_report(self, typed: str) -> OpenedReport:
        with self._tx() as s:
            row = self._row(s, typed)
            notes = tuple(NoteView(n.written_at, n.text)
                          for n in InboxRepository(s).notes(row.package_id))
            return OpenedReport(self._item(s, row.package_id),
                                PeriodReport.from_dict(json.loads(row.data)), row.pdf, notes)

    def set_reviewed(self, typed: str, reviewed: bool = True) -> ReportItem:
        with self._tx() as s:
            row = self._row(s, typed)
            row.reviewed_at = dt.datetime.now(dt.UTC) if reviewed else None
            AuditRepository(s).record("report.reviewed" if reviewed else "report.unreviewed",
                                      "report", row.package_id)
            s.flush()
            return self._item(s, row.package_id)

    def add_note(self, typed: str, text: str) -> NoteView:
        text = required_text(text, "note")
        with self._tx() as s:
            row = self._row(s, typed)
            note = InboxRepository(s).add_note(row.package_id, text)
            AuditRepository(s).record("report.note", "report", row.package_id)
            return NoteView(note.written_at, note.text)


def _carer(row: KnownCarer) -> CarerView:
    return CarerView(row.sender_id, row.name, row.fingerprint, row.first_seen,
                     row.confirmed_at, row.vouched_by)


def _recipient(row: RecipientRow) -> RecipientView:
    key = parse_key_line(row.key_line, row.name, Role(row.role))
    return RecipientView(key, bool(row.is_default), bool(row.from_preset), row.left_at)


_ITEM_FIELDS = tuple(f.name for f in fields(ReportItem))


def _report_items(s: Session, package_id: str | None = None) -> list[ReportItem]:
    """Each column taken by its name: a column added to the query cannot shift the others."""
    return [ReportItem(**{name: getattr(row, name) for name in _ITEM_FIELDS})
            for row in InboxRepository(s).reports(package_id)]
