"""The handover of a child's whole record at the end of a placement, and its receipt
(docs/report-format.md, "Handover" and "Receipt").

The carer seals the record (``handover_body``) as a package of kind ``handover`` to the
agency's records key or a social worker, and remembers the handover's id with the SHA-256 of
what it carried. The supervisor's vault imports it as the child's closed record, read-only,
and answers with a signed ``receipt`` naming that id and hash, encrypted to the carer's key.
The carer's vault accepts only a receipt for a handover it made, for those exact contents,
from one it was made for; the app layer then removes the working copy (app/handover.py).

Storage, without a new migration: the supervisor keeps a closed record as a row of
``returned_supervisions`` (a verified package as it arrived, JSON in ``data``; in a
supervisor's vault that table holds nothing else: supervision records come back only to
carers) and pins the carer's key in ``known_carers`` as a report does. The carer keeps the
pending handover in ``meta`` under ``handover.<id>``: ids and a hash, never content.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from carerdesk.domain.errors import HandoverRefused, NotFound, ReportRefused
from carerdesk.domain.roles import Role
from carerdesk.exchange import handover_body, package, vouch
from carerdesk.exchange.keys import PublicKey
from carerdesk.exchange.service import ExchangeService
from carerdesk.store.exchange_models import KnownCarer
from carerdesk.store.exchange_repos import InboxRepository
from carerdesk.store.loop_models import ReturnedSupervision
from carerdesk.store.loop_repos import ReturnedRepository
from carerdesk.store.repositories import (
    AuditRepository,
    ChildRepository,
    HouseholdRepository,
    MetaRepository,
)

RECEIPT_FORMAT = 1
PENDING = "handover."  # meta key prefix on the carer's side
_IDS = uuid.UUID("2f0c9b7e-51d4-4a8e-b3c6-7e1d0a9f4c21")  # a closed record's id per sender


@dataclass(frozen=True)
class MadeHandover:
    package: bytes
    package_id: str
    child_id: str
    entries: int
    pages: int
    photos: int


@dataclass(frozen=True)
class ClosedRecord:
    """A handover as the supervisor's vault keeps it: the child's closed record."""

    id: str  # this vault's own
    package_id: str  # the id the carer gave the handover
    carer: str
    carer_fingerprint: str
    child: str
    placed: dt.date | None
    ended: dt.date | None
    entries: int
    received_at: dt.datetime
    receipt_id: str


@dataclass(frozen=True)
class CheckedReceipt:
    """A receipt the carer's vault verified against a handover it made."""

    receipt_id: str
    handover_id: str
    child_id: str | None  # None: that handover was settled already (the child is gone)
    received_at: dt.datetime


class HandoverService(ExchangeService):

    # --- the carer's side ---

    def seal_handover(self, child: str, recipients: list[PublicKey]) -> MadeHandover:
        """The child's whole record for ``recipients`` (social workers' or the agency's
        records key), remembered as pending until its receipt comes back."""
        if not recipients:
            raise HandoverRefused("no-recipient")
        self.check_recipients(recipients)
        with self._tx() as s:
            found = ChildRepository(s).get(child)
            household = HouseholdRepository(s).get()
            sender = self._public(s)
            doc = handover_body.gather(s, found, sender.name,
                                       household.name if household else "")
            body = handover_body.dumps(doc)
            data = package.seal(body, self._identity(s), sender,
                                MetaRepository(s).get("vault_id") or "", recipients,
                                kind="handover", vouch=MetaRepository(s).get("vouch"))
            header = package.verify(data).header
            MetaRepository(s).set(PENDING + header.package_id, json.dumps({
                "child": found.id, "sha256": hashlib.sha256(body).hexdigest(),
                "record": _record_hash(doc), "recipients": list(header.recipients)}))
            AuditRepository(s).record("handover.make", "child", found.id)
            photos = sum(len(p["photos"]) for p in doc["life_story"])
            return MadeHandover(data, header.package_id, found.id, len(doc["entries"]),
                                len(doc["life_story"]), photos)

    def check_receipt(self, data: bytes) -> CheckedReceipt:
        """The receipt's signature, its sender and that it answers a handover this vault made,
        with the very contents it carried; nothing is changed."""
        verified = package.verify(data)
        header = verified.header
        if header.kind != "receipt":
            raise ReportRefused("wrong-kind")
        if header.sender.role is not Role.SUPERVISOR:
            raise ReportRefused("unknown-sender")
        with self._tx() as s:
            if self._role(s) is not Role.CARER:
                raise ReportRefused("wrong-role")
            opened = package.open_package(verified, self._identity(s), self._public(s))
            doc = _receipt(opened.body)
            kept = MetaRepository(s).get(PENDING + doc["answers"])
            pending = json.loads(kept) if kept else None
            if pending is None or pending.get("sha256") != doc["sha256"]:
                raise HandoverRefused("not-this-handover")
            if header.sender.fingerprint not in pending["recipients"]:
                raise HandoverRefused("not-this-handover")
            if pending.get("child") is not None:
                self._unchanged(s, pending)
            return CheckedReceipt(doc["receipt_id"], doc["answers"], pending.get("child"),
                                  dt.datetime.fromisoformat(doc["received_at"]))

    @staticmethod
    def _unchanged(s: Session, pending: dict[str, Any]) -> None:
        """The record as it is now is what was handed over: anything written since would be
        removed without the agency ever having it."""
        try:
            child = ChildRepository(s).get(pending["child"])
        except NotFound:
            return  # removed already (child remove): nothing of it is left to lose
        household = HouseholdRepository(s).get()
        now = handover_body.gather(s, child, "", household.name if household else "")
        # a handover sealed as format 1 (before the child's versions were carried) is
        # compared as it was made
        older = {k: v for k, v in now.items() if k != "child_versions"} | {"format": 1}
        if pending["record"] not in (_record_hash(now), _record_hash(older)):
            raise HandoverRefused("changed-since")

    def settle(self, receipt: CheckedReceipt, initial: str) -> None:
        """After the removal: the pending handover forgotten but for its hash, and one audit
        line with the receipt's id and the child's initial (no content)."""
        with self._tx() as s:
            meta = MetaRepository(s)
            kept = json.loads(meta.get(PENDING + receipt.handover_id) or "{}")
            meta.set(PENDING + receipt.handover_id, json.dumps({
                "sha256": kept.get("sha256"), "recipients": kept.get("recipients", []),
                "receipt": receipt.receipt_id}))
            AuditRepository(s).record("handover.receipt", "receipt", receipt.receipt_id,
                                      f"{initial} {dt.date.today().isoformat()}")

    # --- the supervisor's side ---

    def import_handover(self, data: bytes, agency_keys: Sequence[PublicKey] = ()
                        ) -> tuple[ClosedRecord, bytes, bool]:
        """Keep a carer's handover as the child's closed record; returns it, the signed
        receipt to send back, and True when it was here already (the same receipt again)."""
        verified = package.verify(data)
        header = verified.header
        if header.kind != "handover":
            raise ReportRefused("wrong-kind")
        if header.sender.role is not Role.CARER:
            raise ReportRefused("not-from-a-carer")
        with self._tx() as s:
            if self._role(s) is not Role.SUPERVISOR:
                raise ReportRefused("wrong-role")
            own_id = str(uuid.uuid5(_IDS, header.sender.fingerprint + header.package_id))
            repo = ReturnedRepository(s)
            known = repo.get(own_id)
            if known is not None:
                return self._closed(s, known), _stored(known)["receipt"], True
            opened = package.open_package(verified, self._identity(s), self._public(s))
            doc = handover_body.parse(opened.body)
            carer = self._pin(s, opened.sender, opened.sender_id, opened.vouch, agency_keys)
            receipt_id, now = str(uuid.uuid4()), dt.datetime.now(dt.UTC)
            body = json.dumps({"format": RECEIPT_FORMAT, "receipt_id": receipt_id,
                               "answers": header.package_id,
                               "sha256": hashlib.sha256(opened.body).hexdigest(),
                               "received_at": now.isoformat()}).encode("utf-8")
            receipt = package.seal(body, self._identity(s), self._public(s), "",
                                   [opened.sender], kind="receipt")
            row = ReturnedSupervision(
                id=own_id, sender_fingerprint=header.sender.fingerprint,
                answers=header.package_id, child_id=None, received_at=now,
                data=json.dumps({"handover": doc, "sender_id": carer.sender_id,
                                 "receipt_id": receipt_id,
                                 "receipt": base64.b64encode(receipt).decode("ascii")},
                                ensure_ascii=False))
            repo.add(row)
            AuditRepository(s).record("handover.import", "handover", own_id)
            return self._closed(s, row), receipt, False

    def _pin(self, s: Session, sender: PublicKey, sender_id: str, vouched: str | None,
             agency_keys: Sequence[PublicKey]) -> KnownCarer:
        """The carer's key pinned as a report pins it: a known vault id with another key is
        refused loudly; a new one is held apart until confirmed (or vouched for)."""
        inbox = InboxRepository(s)
        pinned = inbox.carer(sender_id) or inbox.carer_with(sender.fingerprint)
        if pinned is not None and pinned.fingerprint != sender.fingerprint:
            raise ReportRefused("key-changed", detail=pinned.name)
        if pinned is None:
            pinned = KnownCarer(sender_id=sender_id, fingerprint=sender.fingerprint,
                                key_line=sender.key_line, name=sender.name)
            inbox.pin(pinned)
        agency = vouch.vouched_by(vouched, sender, list(agency_keys))
        if agency is not None and pinned.vouched_by is None:
            pinned.vouched_by = agency.fingerprint
        return pinned

    def closed_records(self) -> list[ClosedRecord]:
        """Newest first."""
        with self._tx() as s:
            if self._role(s) is not Role.SUPERVISOR:
                return []
            return [self._closed(s, r) for r in ReturnedRepository(s).all()]

    def closed_record(self, typed: str) -> tuple[ClosedRecord, dict[str, Any]]:
        """One closed record (by the start of its id, or of the carer's handover id) with
        the whole record as it arrived."""
        wanted = typed.strip().lower()
        with self._tx() as s:
            rows = ReturnedRepository(s).all() if self._role(s) is Role.SUPERVISOR else []
            found = [r for r in rows if len(wanted) >= 4
                     and (r.id.startswith(wanted) or r.answers.startswith(wanted))]
            if len(found) != 1:
                raise NotFound("handover", typed)
            return self._closed(s, found[0]), _stored(found[0])["handover"]

    def _closed(self, s: Session, row: ReturnedSupervision) -> ClosedRecord:
        data = json.loads(row.data)
        doc, child = data["handover"], data["handover"]["child"]
        carer = InboxRepository(s).carer(data["sender_id"])
        return ClosedRecord(row.id, row.answers, carer.name if carer else doc["carer"],
                            row.sender_fingerprint, child["name"], _day(child["placed"]),
                            _day(child["ended"]), len(doc["entries"]), row.received_at,
                            data["receipt_id"])


def _record_hash(doc: dict[str, Any]) -> str:
    """The record itself: not when, or by which name, it was sealed."""
    kept = {k: v for k, v in doc.items() if k not in ("made_at", "carer")}
    return hashlib.sha256(handover_body.dumps(kept)).hexdigest()


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _stored(row: ReturnedSupervision) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row.data)
    data["receipt"] = base64.b64decode(data["receipt"])
    return data


def _receipt(data: bytes) -> dict[str, Any]:
    """Strict: every field with its type."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if type(doc["format"]) is not int:
            raise ValueError("format")
        if doc["format"] != RECEIPT_FORMAT:
            raise ReportRefused("unknown-version")
        if set(doc) != {"format", "receipt_id", "answers", "sha256", "received_at"}:
            raise ValueError("fields")
        for key in ("receipt_id", "answers", "sha256", "received_at"):
            if not isinstance(doc[key], str):
                raise ValueError(key)
        uuid.UUID(doc["receipt_id"])
        dt.datetime.fromisoformat(doc["received_at"])
        return dict(doc)
    except ReportRefused:
        raise
    except Exception:
        raise ReportRefused("damaged") from None
