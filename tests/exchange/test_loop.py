"""The loop back (issue 18, item 2): the social worker's supervision record for a report, kept
with versions, sent back signed and encrypted to the carer's pinned key with the
acknowledgement; the carer imports it beside the report; the next report carries its actions
and their status."""

import datetime as dt
import json

import pytest
from conftest import CHILD, START

from carerdesk.app import supervision_export
from carerdesk.domain.errors import KeyFileInvalid, NotFound, ReportRefused
from carerdesk.domain.input_errors import EmptyValue, FutureDate, InvalidDate
from carerdesk.domain.report import DATA_FORMAT
from carerdesk.domain.supervision import (
    ActionStatus,
    AgreedAction,
    SupervisionContent,
    parse_action,
)
from carerdesk.exchange import Identity, package
from carerdesk.store.exchange_repos import IdentityRepository

UNTIL = START + dt.timedelta(days=29)
HELD = UNTIL + dt.timedelta(days=3)
SOON = dt.date.today() + dt.timedelta(days=30)
RECORD = SupervisionContent(
    HELD, "Sam (SSW), Alex and Jo (carers)", "School mornings; the river walks.",
    (AgreedAction("Ask school about a quiet start", "Alex", SOON),
     AgreedAction("Book respite for half term", "Sam (SSW)", START)),
    "You kept Zephyrine's routine through a hard month.")


def sent_report(carer, supervisor):
    carer.exchange.add_recipient(supervisor.exchange.public_key(), "Sam Okafor", default=True)
    made = supervision_export.export(carer, CHILD, START, UNTIL, [supervisor.exchange.public_key()])
    item = supervisor.exchange.import_package(made.package).item
    return made, item


def test_the_record_goes_back_and_opens_the_next_report(carer, supervisor):
    made, item = sent_report(carer, supervisor)
    supervisor.exchange.confirm_carer(item.carer_fingerprint)
    written = supervisor.loop.write(item.package_id[:8], RECORD)
    assert (written.version, written.child, written.sent_at) == (1, CHILD, None)
    data = supervisor.loop.seal_record(written.id[:8])
    assert supervisor.loop.record(written.id).sent_at is not None
    assert supervisor.exchange.reports()[0].reviewed_at is not None  # the acknowledgement
    assert CHILD.encode() not in data and b"Okafor" not in data.split(b"\n", 3)[1]

    returned, already = carer.loop.import_record(data)
    assert not already and carer.loop.import_record(data)[1]
    export_id = package.verify(made.package).header.package_id
    assert returned.answers == export_id and carer.loop.returned_for(export_id) == [returned]
    assert returned.social_worker == "Sam Okafor" and returned.reviewed_at is not None
    assert returned.content == RECORD
    assert [(s.action.what, s.action.due, s.status) for s in returned.actions] == [
        ("Ask school about a quiet start", SOON, ActionStatus.OPEN),
        ("Book respite for half term", START, ActionStatus.OVERDUE)]

    carer.loop.mark_done(returned.id[:8], 2)
    child = carer.journal.child(CHILD).id
    later = carer.loop.last_for(child, HELD + dt.timedelta(days=20))
    assert later is not None and later.held == HELD and later.social_worker == "Sam Okafor"
    assert [s.status for s in later.actions] == [ActionStatus.OPEN, ActionStatus.DONE]
    at_due = carer.loop.last_for(child, SOON + dt.timedelta(days=1))
    assert [s.status for s in at_due.actions] == [ActionStatus.OVERDUE, ActionStatus.DONE]
    assert carer.loop.last_for(child, UNTIL) is None  # nothing was held before that day
    next_report = supervision_export.period_report(carer, CHILD, START, dt.date.today())
    assert next_report.last_supervision is not None
    doc = json.loads(json.dumps(next_report.to_dict()))
    assert doc["format"] == DATA_FORMAT
    assert doc["last_supervision"]["actions"][1]["status"] == "done"
    assert type(next_report).from_dict(doc).last_supervision == next_report.last_supervision


def test_a_report_without_a_supervision_has_no_such_field(carer):
    doc = supervision_export.period_report(carer, CHILD, START, UNTIL).to_dict()
    assert "last_supervision" not in doc  # as before the loop back came


def test_the_record_is_kept_with_every_version(carer, supervisor):
    _, item = sent_report(carer, supervisor)
    first = supervisor.loop.write(item.package_id, RECORD)
    same = supervisor.loop.write(item.package_id, RECORD)
    assert same.version == 1
    amended = supervisor.loop.write(item.package_id, SupervisionContent(
        HELD, RECORD.present, "School mornings.", RECORD.actions[:1], None))
    assert amended.id == first.id and amended.version == 2
    history = supervisor.loop.history(first.id)
    assert [v for v, _, _ in history] == [1, 2]
    assert history[0][2] == RECORD and history[1][2].discussed == "School mornings."


def test_nothing_goes_back_to_a_key_not_yet_confirmed(carer, supervisor):
    _, item = sent_report(carer, supervisor)
    written = supervisor.loop.write(item.package_id, RECORD)
    with pytest.raises(KeyFileInvalid) as caught:
        supervisor.loop.seal_record(written.id)
    assert caught.value.reason == "not-confirmed"


def test_a_record_from_a_social_worker_the_carer_does_not_know_is_refused(
        carer, other_supervisor):
    made = supervision_export.export(carer, CHILD, START, UNTIL,
                              [other_supervisor.exchange.public_key()])
    item = other_supervisor.exchange.import_package(made.package).item
    other_supervisor.exchange.confirm_carer(item.carer_fingerprint)
    written = other_supervisor.loop.write(item.package_id, RECORD)
    with pytest.raises(ReportRefused) as caught:
        carer.loop.import_record(other_supervisor.loop.seal_record(written.id))
    assert caught.value.reason == "unknown-sender"
    assert carer.loop.returned() == []


def test_a_record_for_a_report_this_vault_never_sent_is_refused(carer, supervisor):
    carer.exchange.add_recipient(supervisor.exchange.public_key(), "Sam Okafor")
    with supervisor._sessions.begin() as s:
        row = IdentityRepository(s).get()
        sw = Identity(row.signing_secret, row.age_secret)
    body = json.dumps({"format": 1, "answers": "not-an-export",
                       "report": {"child": "X", "since": "2026-09-01", "until": "2026-09-30"},
                       "acknowledgement": {"received_at": "2026-10-01T10:00:00+00:00",
                                           "reviewed_at": None},
                       "record": {"id": "r", "version": 1, **RECORD.to_dict()}}).encode()
    data = package.seal(body, sw, supervisor.exchange.public_key(), "", [
        carer.exchange.public_key()], kind="supervision")
    with pytest.raises(ReportRefused) as caught:
        carer.loop.import_record(data)
    assert caught.value.reason == "answers-nothing"


def test_each_kind_is_imported_only_in_its_place(carer, supervisor):
    made, item = sent_report(carer, supervisor)
    supervisor.exchange.confirm_carer(item.carer_fingerprint)
    record = supervisor.loop.seal_record(supervisor.loop.write(item.package_id, RECORD).id)
    for call, data in ((carer.loop.import_record, made.package),
                       (supervisor.exchange.import_package, record)):
        with pytest.raises(ReportRefused) as caught:
            call(data)
        assert caught.value.reason == "wrong-kind"


@pytest.mark.parametrize("typed, error", [
    ("Phone school; Alex", EmptyValue),
    ("Phone school", EmptyValue),
    ("; Alex; 2026-10-10", EmptyValue),
    ("Phone school; ; 2026-10-10", EmptyValue),
    ("Phone school; Alex; 10/10/2026", InvalidDate),
    ("Phone school; Alex; 2026-02-30", InvalidDate),
])
def test_a_badly_written_action_is_refused(typed, error):
    with pytest.raises(error):
        parse_action(typed)


def test_an_action_keeps_a_semicolon_in_what_is_to_be_done():
    action = parse_action("Ask school; then the GP; Alex; 2026-10-10")
    assert (action.what, action.owner, action.due) == ("Ask school; then the GP", "Alex",
                                                       dt.date(2026, 10, 10))


def test_supervision_cannot_be_held_in_the_future(carer, supervisor):
    _, item = sent_report(carer, supervisor)
    with pytest.raises(FutureDate):
        supervisor.loop.write(item.package_id, SupervisionContent(
            dt.date.today() + dt.timedelta(days=2)))
    with pytest.raises(NotFound):
        supervisor.loop.write("nothing", RECORD)
    with pytest.raises(NotFound):
        supervisor.loop.record("nothing")
