"""The loop back from supervision: the social worker's supervision record for an imported
report, kept with every version and sent back to the carer as a signed package encrypted to
the key pinned from their report; the carer's side imports it beside the report it answers,
and the next report carries its actions and their status (docs/report-format.md).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from carerdesk.domain.errors import KeyFileInvalid, NotFound, ReportRefused
from carerdesk.domain.roles import Role
from carerdesk.domain.supervision import (
    ActionState,
    LastSupervision,
    SupervisionContent,
    status_of,
)
from carerdesk.exchange import package
from carerdesk.exchange.keys import parse_key_line
from carerdesk.exchange.service import ExchangeService
from carerdesk.store.exchange_models import ExportRow
from carerdesk.store.exchange_repos import InboxRepository, RecipientRepository
from carerdesk.store.loop_models import ReturnedSupervision, SupervisionRecord
from carerdesk.store.loop_repos import ReturnedRepository, SupervisionRecordRepository
from carerdesk.store.repositories import AuditRepository

BODY_FORMAT = 1
MAX_BODY = 4 * 1024 * 1024
_IDS = uuid.UUID("8d7c5f0e-3b1a-4c55-9e0f-6a1b2c3d4e5f")  # names a returned record per sender


@dataclass(frozen=True)
class SupervisionView:
    """The social worker's record for one report."""

    id: str
    package_id: str  # the imported report it answers
    child: str
    carer: str
    since: dt.date
    until: dt.date
    version: int
    content: SupervisionContent
    updated_at: dt.datetime
    sent_at: dt.datetime | None


@dataclass(frozen=True)
class ReturnedView:
    """A supervision record as the carer received it, with each action's status today."""

    id: str
    social_worker: str
    fingerprint: str
    answers: str  # the carer's export package id
    child: str
    since: dt.date
    until: dt.date
    received_at: dt.datetime
    reviewed_at: dt.datetime | None  # the social worker's acknowledgement
    content: SupervisionContent
    actions: tuple[ActionState, ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "social_worker": self.social_worker,
                "fingerprint": self.fingerprint, "answers": self.answers,
                "child": self.child, "since": self.since.isoformat(),
                "until": self.until.isoformat(), "received_at": self.received_at.isoformat(),
                "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None,
                **self.content.to_dict(),
                "actions": [{**s.action.to_dict(), "status": s.status.value}
                            for s in self.actions]}


class SupervisionLoop(ExchangeService):

    # --- the social worker's side ---

    def write(self, report: str, content: SupervisionContent) -> SupervisionView:
        """The record for an imported report; writing again amends it (a new version)."""
        content = content.validated()
        with self._tx() as s:
            imported = self._row(s, report)
            repo = SupervisionRecordRepository(s)
            existing = repo.all(imported.package_id)
            text = json.dumps(content.to_dict(), sort_keys=True)
            if existing:
                row = existing[-1]
                if row.content == text:
                    return self._view(s, row)
                row.version, row.content, row.sent_at = row.version + 1, text, None
            else:
                row = SupervisionRecord(id=str(uuid.uuid4()), package_id=imported.package_id,
                                        content=text, version=1)
            repo.save(row)
            AuditRepository(s).record("supervision.write", "supervision", row.id)
            return self._view(s, row)

    def records(self) -> list[SupervisionView]:
        with self._tx() as s:
            return [self._view(s, r) for r in SupervisionRecordRepository(s).all()]

    def record(self, typed: str) -> SupervisionView:
        """By the start of its id, or by the report it answers."""
        with self._tx() as s:
            return self._view(s, self._record(s, typed))

    def history(self, typed: str) -> list[tuple[int, dt.datetime, SupervisionContent]]:
        with self._tx() as s:
            row = self._record(s, typed)
            return [(v.version, v.saved_at, SupervisionContent.from_dict(json.loads(v.content)))
                    for v in SupervisionRecordRepository(s).versions(row.id)]

    def seal_record(self, typed: str) -> bytes:
        """The package back to the carer: to the key pinned from their report, with the
        acknowledgement that the report was received and reviewed (marked reviewed now)."""
        with self._tx() as s:
            row = self._record(s, typed)
            report = self._row(s, row.package_id)
            carer = InboxRepository(s).carer(report.sender_id)
            assert carer is not None  # a report always has its carer (foreign key)
            if carer.confirmed_at is None and carer.vouched_by is None:
                raise KeyFileInvalid("not-confirmed")
            now = dt.datetime.now(dt.UTC)
            report.reviewed_at = report.reviewed_at or now
            body = json.dumps({
                "format": BODY_FORMAT, "answers": report.sent_id or report.package_id,
                "report": {"child": report.child, "since": report.since.isoformat(),
                           "until": report.until.isoformat()},
                "acknowledgement": {"received_at": report.imported_at.isoformat(),
                                    "reviewed_at": report.reviewed_at.isoformat()},
                "record": {"id": row.id, "version": row.version, **json.loads(row.content)},
            }, ensure_ascii=False).encode("utf-8")
            key = parse_key_line(carer.key_line, carer.name, Role.CARER)
            data = package.seal(body, self._identity(s), self._public(s), "", [key],
                                kind="supervision")
            row.sent_at = now
            AuditRepository(s).record("supervision.send", "supervision", row.id)
            return data

    def _record(self, s: Session, typed: str) -> SupervisionRecord:
        repo, wanted = SupervisionRecordRepository(s), typed.strip().lower()
        found = [r for r in repo.all() if len(wanted) >= 4 and r.id.startswith(wanted)]
        if not found:
            try:
                found = repo.all(self._row(s, typed).package_id)[-1:]
            except NotFound:
                found = []
        if len(found) != 1:
            raise NotFound("supervision", typed)
        return found[0]

    def _view(self, s: Session, row: SupervisionRecord) -> SupervisionView:
        report = self._row(s, row.package_id)
        return SupervisionView(row.id, row.package_id, report.child, report.carer,
                               report.since, report.until, row.version,
                               SupervisionContent.from_dict(json.loads(row.content)),
                               row.updated_at, row.sent_at)

    # --- the carer's side ---

    def import_record(self, data: bytes) -> tuple[ReturnedView, bool]:
        """Store a supervision record sent back; True when it was there already."""
        verified = package.verify(data)
        header = verified.header
        if header.kind != "supervision":
            raise ReportRefused("wrong-kind")
        if header.sender.role is not Role.SUPERVISOR:
            raise ReportRefused("unknown-sender")
        with self._tx() as s:
            if self._role(s) is not Role.CARER:
                raise ReportRefused("wrong-role")
            worker = RecipientRepository(s).get(header.sender.fingerprint)
            if worker is None:  # only a social worker this carer trusts
                raise ReportRefused("unknown-sender")
            own_id = str(uuid.uuid5(_IDS, header.sender.fingerprint + header.package_id))
            repo = ReturnedRepository(s)
            if repo.get(own_id) is not None:
                return self._returned(s, repo.get(own_id)), True  # type: ignore[arg-type]
            opened = package.open_package(verified, self._identity(s), self._public(s))
            doc = _body(opened.body)
            export = s.get(ExportRow, doc["answers"])
            if export is None or header.sender.fingerprint not in export.recipients.split("\n"):
                raise ReportRefused("answers-nothing")
            row = ReturnedSupervision(id=own_id, sender_fingerprint=header.sender.fingerprint,
                                      answers=export.package_id, child_id=export.child_id,
                                      data=json.dumps({"received": doc, "done": []}))
            repo.add(row)
            AuditRepository(s).record("supervision.import", "supervision", own_id)
            return self._returned(s, row), False

    def returned(self) -> list[ReturnedView]:
        """Newest first."""
        with self._tx() as s:
            return [self._returned(s, r) for r in ReturnedRepository(s).all()]

    def returned_for(self, export_id: str) -> list[ReturnedView]:
        return [r for r in self.returned() if r.answers == export_id]

    def mark_done(self, typed: str, number: int, done: bool = True) -> ReturnedView:
        """The carer marks agreed action ``number`` (from 1) done, or not done."""
        with self._tx() as s:
            row = self._returned_row(s, typed)
            data = json.loads(row.data)
            if not 1 <= number <= len(data["received"]["record"]["actions"]):
                raise NotFound("action", str(number))
            marks = set(data["done"]) - {number} | ({number} if done else set())
            data["done"] = sorted(marks)
            row.data = json.dumps(data)
            AuditRepository(s).record("supervision.action", "supervision", row.id)
            return self._returned(s, row)

    def last_for(self, child_id: str, until: dt.date) -> LastSupervision | None:
        """The latest supervision held on or before ``until`` about this child, with each
        action's status at ``until``: what the next report opens with."""
        found = [r for r in self._of_child(child_id) if r.content.held <= until]
        if not found:
            return None
        last = max(found, key=lambda r: (r.content.held, r.received_at))
        states = tuple(ActionState(a.action, status_of(a.action, a.status.value == "done",
                                                       until)) for a in last.actions)
        return LastSupervision(last.content.held, last.social_worker, states)

    def _of_child(self, child_id: str) -> list[ReturnedView]:
        with self._tx() as s:
            return [self._returned(s, r) for r in ReturnedRepository(s).all()
                    if r.child_id == child_id]

    def _returned_row(self, s: Session, typed: str) -> ReturnedSupervision:
        wanted = typed.strip().lower()
        found = [r for r in ReturnedRepository(s).all()
                 if len(wanted) >= 4 and (r.id.startswith(wanted) or r.answers.startswith(wanted))]
        if len(found) != 1:
            raise NotFound("supervision", typed)
        return found[0]

    def _returned(self, s: Session, row: ReturnedSupervision) -> ReturnedView:
        data = json.loads(row.data)
        doc, done = data["received"], set(data["done"])
        content = SupervisionContent.from_dict(
            {k: v for k, v in doc["record"].items() if k not in ("id", "version")})
        worker = RecipientRepository(s).get(row.sender_fingerprint)
        today = dt.date.today()
        states = tuple(ActionState(a, status_of(a, i + 1 in done, today))
                       for i, a in enumerate(content.actions))
        ack = doc["acknowledgement"]
        report = doc["report"]
        return ReturnedView(row.id, worker.name if worker else "", row.sender_fingerprint,
                            row.answers, report["child"], dt.date.fromisoformat(report["since"]),
                            dt.date.fromisoformat(report["until"]), row.received_at,
                            dt.datetime.fromisoformat(ack["reviewed_at"])
                            if ack["reviewed_at"] else None, content, states)


def _body(data: bytes) -> dict[str, Any]:
    """Strict: every field with its type, the record as SupervisionContent reads it."""
    try:
        if len(data) > MAX_BODY:
            raise ValueError("size")
        doc = json.loads(data.decode("utf-8"))
        if doc["format"] != BODY_FORMAT or type(doc["format"]) is not int:
            raise ReportRefused("unknown-version")
        if set(doc) != {"format", "answers", "report", "acknowledgement", "record"}:
            raise ValueError("fields")
        record, report, ack = doc["record"], doc["report"], doc["acknowledgement"]
        SupervisionContent.from_dict({k: v for k, v in record.items()
                                      if k not in ("id", "version")})
        for text in (doc["answers"], report["child"], ack["received_at"]):
            if not isinstance(text, str):
                raise ValueError("text")
        dt.date.fromisoformat(report["since"])
        dt.date.fromisoformat(report["until"])
        for moment in (ack["received_at"], ack["reviewed_at"]):
            if moment is not None:
                dt.datetime.fromisoformat(moment)
        return dict(doc)
    except ReportRefused:
        raise
    except Exception:
        raise ReportRefused("damaged") from None
