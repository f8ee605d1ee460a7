"""Carer to social worker through the services: what is stored, once, and what is refused."""

import datetime as dt
import json

import pytest
from conftest import CHILD, START

from carerdesk.app import supervision_export
from carerdesk.domain.errors import KeyFileInvalid, Refused, ReportRefused
from carerdesk.domain.report import Notes, PeriodReport
from carerdesk.exchange import Identity, package, payload

UNTIL = START + dt.timedelta(days=29)


def export(carer, supervisor, notes=Notes(questions="How do we plan Christmas?")):
    return supervision_export.export(carer, CHILD, START, UNTIL, [supervisor.exchange.public_key()],
                              notes)


def test_round_trip_stores_the_period_once(carer, supervisor):
    made = export(carer, supervisor)
    first = supervisor.exchange.import_package(made.package)
    again = supervisor.exchange.import_package(made.package)
    assert not first.already and again.already
    items = supervisor.exchange.reports()
    assert len(items) == 1
    item = items[0]
    assert item.child == CHILD
    assert (item.since, item.until) == (START, UNTIL)
    assert item.entries == 31 == len(made.report.entries)
    assert item.carer_fingerprint == carer.exchange.public_key().fingerprint
    opened = supervisor.exchange.open_report(item.package_id)
    assert opened.pdf == made.pdf
    assert opened.report.notes.questions == "How do we plan Christmas?"
    assert [e.content.text for e in opened.report.entries] == \
           [e.content.text for e in made.report.entries]


def test_the_report_holds_only_the_period_and_the_child(carer, supervisor):
    report = export(carer, supervisor).report
    assert all(START <= e.content.date <= UNTIL for e in report.entries)
    shorter = supervision_export.period_report(carer, CHILD, START, START + dt.timedelta(days=6))
    assert len(shorter.entries) == 7


def test_report_data_survives_json_exactly(carer, supervisor):
    report = export(carer, supervisor).report
    assert PeriodReport.from_dict(json.loads(json.dumps(report.to_dict()))) == report


def test_reviewed_mark_and_notes_are_kept(carer, supervisor):
    supervisor.exchange.import_package(export(carer, supervisor).package)
    item = supervisor.exchange.reports()[0]
    assert supervisor.exchange.set_reviewed(item.package_id[:8]).reviewed_at is not None
    supervisor.exchange.add_note(item.package_id, "Talk about school transport.")
    supervisor.exchange.add_note(item.package_id, "Praise the river walks.")
    opened = supervisor.exchange.open_report(item.package_id)
    assert [n.text for n in opened.notes] == ["Talk about school transport.",
                                              "Praise the river walks."]
    assert supervisor.exchange.reports()[0].notes == 2
    assert supervisor.exchange.set_reviewed(item.package_id, False).reviewed_at is None


def _nothing_stored(supervisor):
    assert supervisor.exchange.reports() == []


def test_a_package_for_another_worker_is_refused_and_nothing_stored(carer, supervisor,
                                                                     other_supervisor):
    made = export(carer, other_supervisor)
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(made.package)
    assert caught.value.reason == "not-for-you"
    _nothing_stored(supervisor)


def test_a_different_key_for_a_known_carer_is_refused_loudly(carer, supervisor):
    supervisor.exchange.import_package(export(carer, supervisor).package)
    real = package.verify(export(carer, supervisor).package)
    impostor = Identity.generate()
    inner = payload.build(real.header and export(carer, supervisor).report, b"%PDF-1.4 fake")
    forged = package.seal(inner, impostor, impostor.public("The Riverside family"),
                          _vault_id(carer), [supervisor.exchange.public_key()])
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(forged)
    assert caught.value.reason == "key-changed"
    assert len(supervisor.exchange.reports()) == 1


def test_a_damaged_payload_inside_a_good_signature_stores_nothing(carer, supervisor):
    """Even from the right carer, a payload that is not a report is refused whole."""
    identity = Identity(*_secrets(carer))
    sender = carer.exchange.public_key()
    for inner in (b"not a zip", payload.build(export(carer, supervisor).report, b"nope")):
        data = package.seal(inner, identity, sender, "vault-x",
                            [supervisor.exchange.public_key()])
        with pytest.raises(ReportRefused) as caught:
            supervisor.exchange.import_package(data)
        assert caught.value.reason == "damaged"
    _nothing_stored(supervisor)


def _vault_id(workspace):
    from carerdesk.store.repositories import MetaRepository
    with workspace._sessions.begin() as s:
        return MetaRepository(s).get("vault_id")


def _secrets(workspace):
    from carerdesk.store.exchange_repos import IdentityRepository
    with workspace._sessions.begin() as s:
        row = IdentityRepository(s).get()
        return row.signing_secret, row.age_secret


def test_reports_go_only_to_social_workers(carer, other_carer):
    with pytest.raises(KeyFileInvalid) as caught:
        supervision_export.export(carer, CHILD, START, UNTIL, [other_carer.exchange.public_key()])
    assert caught.value.reason == "not-a-supervisor"
    with pytest.raises(KeyFileInvalid):
        carer.exchange.add_recipient(other_carer.exchange.public_key())
    assert carer.exchange.recipients() == []


def test_a_carer_vault_does_not_import(carer, other_carer, monkeypatch):
    from carerdesk.exchange.service import ExchangeService

    # as an older or altered CarerDesk might seal it: the importer must still refuse
    monkeypatch.setattr(ExchangeService, "check_recipients", lambda self, keys: None)
    made = supervision_export.export(carer, CHILD, START, UNTIL,
                                     [other_carer.exchange.public_key()])
    with pytest.raises(ReportRefused) as caught:
        other_carer.exchange.import_package(made.package)
    assert caught.value.reason == "wrong-role"


def test_a_supervisor_vault_does_not_export(supervisor, carer):
    with pytest.raises(Refused):
        supervision_export.export(supervisor, CHILD, START, UNTIL, [carer.exchange.public_key()])


@pytest.mark.parametrize("since, until", [
    (UNTIL, START),  # the wrong way round
    (START, dt.date.today() + dt.timedelta(days=3)),  # into the future
])
def test_a_bad_period_is_refused(carer, supervisor, since, until):
    with pytest.raises(Exception) as caught:
        supervision_export.export(carer, CHILD, since, until, [supervisor.exchange.public_key()])
    assert type(caught.value).__name__ in ("DateOrder", "FutureDate")


def test_a_period_without_entries_is_refused_plainly(carer, supervisor):
    with pytest.raises(Refused) as caught:
        supervision_export.export(carer, CHILD, dt.date(2020, 1, 1), dt.date(2020, 2, 1),
                           [supervisor.exchange.public_key()])
    assert "nothing to report" in caught.value.message


def test_recipients_are_trusted_once_and_a_vault_refuses_its_own_key(carer, supervisor):
    key = supervisor.exchange.public_key()
    carer.exchange.add_recipient(key, default=True)
    carer.exchange.add_recipient(key, "Sam O.")
    found = carer.exchange.recipients()
    assert [(r.name, r.is_default) for r in found] == [("Sam O.", True)]
    assert carer.exchange.recipient("sam o.").fingerprint == key.fingerprint
    assert carer.exchange.recipient(key.fingerprint[:11]).fingerprint == key.fingerprint
    with pytest.raises(KeyFileInvalid):
        carer.exchange.add_recipient(carer.exchange.public_key(), "me")


def test_life_story_pages_go_in_only_when_the_carer_chose(carer, supervisor):
    from carerdesk.domain.lifestory import PageContent
    child = carer.journal.child(CHILD)
    carer.lifestory.add_page(PageContent(child.id, "Private page", "Only for you"), [])
    carer.lifestory.add_page(PageContent(child.id, "Shared page", "You planted beans",
                                         in_reports=True), [])
    report = supervision_export.period_report(carer, CHILD, START, UNTIL)
    assert [p.title for p in report.pages] == ["Shared page"]


def test_another_file_reusing_an_imported_package_id_is_refused(carer, supervisor):
    made = export(carer, supervisor)
    supervisor.exchange.import_package(made.package)
    header = package.verify(made.package).header
    identity = Identity(*_secrets(carer))
    inner = payload.build(made.report, made.pdf)
    again = package.seal(inner, identity, header.sender, header.sender_id,
                         [supervisor.exchange.public_key()])
    forged_header = package.verify(again).header
    # the same package id on different bytes, properly signed: not "already imported"
    text = again.replace(forged_header.package_id.encode(), header.package_id.encode())
    signed_end = text.index(b"\n", len(package.MAGIC)) + 1
    from carerdesk.exchange.keys import b64
    body = text[signed_end:].split(b"\n", 1)[1]
    forged = text[:signed_end] + b64(identity.sign(text[:signed_end])).encode() + b"\n" + body
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(forged)
    assert caught.value.reason == "damaged"
    assert len(supervisor.exchange.reports()) == 1
