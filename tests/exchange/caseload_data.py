"""A small caseload for the social worker's vault: real signed, encrypted packages from a few
carers' keys, made straight from report data (no carer vault, no PDF drawn), imported through
the service as any package is."""

from __future__ import annotations

import datetime as dt
import uuid

from reportlab.pdfgen import canvas

from carerdesk.domain.events import EventDetail, TellRole, Told
from carerdesk.domain.goals import Goal, GoalCodec
from carerdesk.domain.report import Notes, PeriodReport, ReportEntry
from carerdesk.domain.report_parts import ReportRecord
from carerdesk.domain.roles import Role
from carerdesk.domain.values import EntryContent, SignificantEvent
from carerdesk.exchange import package, payload
from carerdesk.exchange.keys import Identity

TODAY = dt.date.today()


def tiny_pdf() -> bytes:
    import io

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 72, "The carer's own copy")
    page.save()
    return out.getvalue()


class Carer:
    """A carer's key, as their vault would send with every report."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.identity = Identity.generate()
        self.key = self.identity.public(name, Role.CARER)
        self.sender_id = str(uuid.uuid4())

    def send(self, worker, report: PeriodReport, pdf: bytes) -> str:
        data = package.seal(payload.build(report, pdf), self.identity, self.key, self.sender_id,
                            [worker.exchange.public_key()])
        return worker.exchange.import_package(data).item.package_id


def event(day: dt.date, told: tuple[TellRole, ...]) -> SignificantEvent:
    at = dt.datetime.combine(day, dt.time(16), dt.UTC)
    return SignificantEvent.of(EventDetail(
        "police-called", at, what_happened="A neighbour called the police about shouting.",
        told=tuple(Told(f"Person {n}", role, at + dt.timedelta(hours=1))
                   for n, role in enumerate(told))))


def goal(set_on: dt.date, review: dt.date) -> ReportRecord:
    value = Goal("education", "Read with her every evening", set_on, review_date=review)
    return ReportRecord("goal", str(uuid.uuid4()), 1, set_on, GoalCodec().dump(value))


def report(carer: str, child: str, until: dt.date, days: int = 10,
           words: str = "a walk by the river", significant: SignificantEvent | None = None,
           records: tuple[ReportRecord, ...] = ()) -> PeriodReport:
    since = until - dt.timedelta(days=days - 1)
    entries = [ReportEntry(str(uuid.uuid4()), 1, EntryContent(
        date=since + dt.timedelta(days=i), child_ids=("c",), text=f"Day {i}: {words}."))
        for i in range(days)]
    if significant is not None:
        entries.append(ReportEntry(str(uuid.uuid4()), 1, EntryContent(
            date=until, child_ids=("c",), text="The police came round.",
            significant=significant)))
    return PeriodReport(carer, carer, None, child, None, since, until, dt.datetime.now(dt.UTC),
                        tuple(entries), Notes(), records=records)
