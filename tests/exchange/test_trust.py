"""Who sent a report (issue 18, item 1): a new key is held apart until the social worker
confirms it or the agency vouched for it; the sender is bound inside the encryption; a
report id is the sender's own; only a carer sends reports; a v1 package is still read."""

import datetime as dt
import hashlib
import json
import uuid
from pathlib import Path

import pyrage
import pytest
from conftest import CHILD, START
from hypothesis import given, settings
from hypothesis import strategies as st

from carerdesk.app import supervision_export, supervision_inbox
from carerdesk.domain.errors import KeyFileInvalid, NotFound, ReportRefused
from carerdesk.domain.roles import Role
from carerdesk.exchange import Identity, envelope, package, payload, vouch
from carerdesk.exchange.keys import b64
from carerdesk.store.exchange_repos import IdentityRepository
from carerdesk.store.repositories import MetaRepository

UNTIL = START + dt.timedelta(days=29)
FIXTURES = Path(__file__).parent / "fixtures"


def made(carer, supervisor):
    return supervision_export.export(carer, CHILD, START, UNTIL, [supervisor.exchange.public_key()])


def secrets(workspace) -> Identity:
    with workspace._sessions.begin() as s:
        row = IdentityRepository(s).get()
        return Identity(row.signing_secret, row.age_secret)


def vault_id(workspace) -> str:
    with workspace._sessions.begin() as s:
        return MetaRepository(s).get("vault_id")


def test_a_new_key_is_held_apart_until_confirmed(carer, supervisor):
    first = supervisor.exchange.import_package(made(carer, supervisor).package).item
    assert not first.trusted and first.as_json()["carer_trust"] == "not-confirmed"
    fingerprint = carer.exchange.public_key().fingerprint
    [known] = supervisor.exchange.carers()
    assert (known.fingerprint, known.trust) == (fingerprint, "not-confirmed")
    confirmed = supervisor.exchange.confirm_carer(fingerprint[:11])
    assert confirmed.trust == "confirmed"
    assert supervisor.exchange.reports()[0].trusted  # the earlier report is trusted now
    later = supervisor.exchange.import_package(made(carer, supervisor).package).item
    assert later.trusted
    with pytest.raises(NotFound):
        supervisor.exchange.confirm_carer("99999")


def test_a_forged_sender_with_a_real_households_name_stays_apart(carer, other_carer,
                                                                   supervisor):
    """A new vault that calls itself the Riverside family is a new, unconfirmed carer."""
    supervisor.exchange.import_package(made(carer, supervisor).package)
    supervisor.exchange.confirm_carer(carer.exchange.public_key().fingerprint)
    real_name = carer.exchange.public_key().name
    other_carer.exchange.set_own_name(real_name)
    forged = supervisor.exchange.import_package(made(other_carer, supervisor).package).item
    assert forged.carer == real_name and not forged.trusted
    assert forged.carer_fingerprint == other_carer.exchange.public_key().fingerprint
    groups = {(i.carer_fingerprint, i.trusted) for i in supervisor.exchange.reports()}
    assert groups == {(carer.exchange.public_key().fingerprint, True),
                      (other_carer.exchange.public_key().fingerprint, False)}


def test_a_re_signed_genuine_package_is_refused(carer, supervisor):
    genuine = made(carer, supervisor).package
    magic_end = len(package.MAGIC)
    header_end = genuine.index(b"\n", magic_end)
    header = json.loads(genuine[magic_end:header_end])
    impostor = Identity.generate()
    header["sender"]["key"] = impostor.public("", Role.CARER).key_line
    line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    signed = package.MAGIC + line + b"\n"
    body = genuine.split(b"\n", 3)[3]
    resigned = signed + b64(impostor.sign(signed)).encode() + b"\n" + body
    package.verify(resigned)  # the outer signature holds: only the inside tells
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(resigned)
    assert caught.value.reason == "re-signed"
    assert supervisor.exchange.reports() == []


def test_a_squatted_report_id_does_not_block_the_genuine_report(carer, supervisor,
                                                                 monkeypatch):
    genuine = made(carer, supervisor)
    sent_id = package.verify(genuine.package).header.package_id
    impostor = Identity.generate()
    monkeypatch.setattr(package.uuid, "uuid4", lambda: uuid.UUID(sent_id))
    squat = package.seal(payload.build(genuine.report, genuine.pdf), impostor,
                         impostor.public("The Riverside family"), "vault-squat",
                         [supervisor.exchange.public_key()])
    monkeypatch.undo()
    first = supervisor.exchange.import_package(squat).item
    second = supervisor.exchange.import_package(genuine.package).item
    assert first.sent_id == second.sent_id == sent_id
    assert first.package_id != second.package_id != sent_id  # this vault's own ids
    assert second.carer_fingerprint == carer.exchange.public_key().fingerprint
    assert len(supervisor.exchange.reports()) == 2


def test_the_same_sender_reusing_its_id_on_other_bytes_is_refused(carer, supervisor,
                                                                   monkeypatch):
    first = made(carer, supervisor)
    supervisor.exchange.import_package(first.package)
    sent_id = package.verify(first.package).header.package_id
    monkeypatch.setattr(package.uuid, "uuid4", lambda: uuid.UUID(sent_id))
    again = package.seal(payload.build(first.report, b"%PDF-1.4 other"), secrets(carer),
                         carer.exchange.public_key(), vault_id(carer),
                         [supervisor.exchange.public_key()])
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(again)
    assert caught.value.reason == "damaged"


def test_a_vouched_key_needs_no_question(carer, supervisor, monkeypatch):
    agency = Identity.generate()
    carer.exchange.set_vouch(vouch.make(agency, carer.exchange.public_key()))
    data = made(carer, supervisor).package
    monkeypatch.setattr(supervision_inbox, "agency_keys", lambda: [agency.public("Hillside")])
    path = Path(supervisor.vault.files.folder) / "in.cdreport"
    path.write_bytes(data)
    item = supervision_inbox.import_file(supervisor, path).item
    assert item.trusted and item.vouched_by == agency.public().fingerprint
    assert item.confirmed_at is None


def test_a_vouch_from_an_agency_not_in_the_preset_vouches_for_nothing(carer, supervisor):
    stranger = Identity.generate()
    carer.exchange.set_vouch(vouch.make(stranger, carer.exchange.public_key()))
    item = supervisor.exchange.import_package(
        made(carer, supervisor).package, [Identity.generate().public()]).item
    assert not item.trusted


def test_a_vouch_for_another_key_is_refused(carer, other_carer):
    agency = Identity.generate()
    with pytest.raises(KeyFileInvalid) as caught:
        carer.exchange.set_vouch(vouch.make(agency, other_carer.exchange.public_key()))
    assert caught.value.reason == "vouch-not-yours"
    with pytest.raises(KeyFileInvalid):
        carer.exchange.set_vouch("cdv1.not-a-vouch")


def test_a_vouch_is_checked_against_the_carers_key():
    agency, carer, other = Identity.generate(), Identity.generate(), Identity.generate()
    line = vouch.make(agency, carer.public())
    assert vouch.vouched_by(line, carer.public(), [agency.public()]) == agency.public()
    assert vouch.vouched_by(line, other.public(), [agency.public()]) is None
    assert vouch.vouched_by(line[:-2] + "AA", carer.public(), [agency.public()]) is None
    assert vouch.vouched_by(None, carer.public(), [agency.public()]) is None


def test_a_supervisor_role_sender_is_refused(carer, supervisor, other_supervisor):
    report = made(carer, supervisor)
    sw = secrets(other_supervisor)
    data = package.seal(payload.build(report.report, report.pdf), sw,
                        other_supervisor.exchange.public_key(), "vault-sw",
                        [supervisor.exchange.public_key()])
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(data)
    assert caught.value.reason == "not-from-a-carer"
    assert supervisor.exchange.reports() == []


def test_an_inside_that_disagrees_with_the_header_is_refused(carer, supervisor):
    """The carer's own key, but the signed inside names another package id."""
    report, identity = made(carer, supervisor), secrets(carer)
    worker = supervisor.exchange.public_key()
    sender = carer.exchange.public_key()
    inner = envelope.wrap(payload.build(report.report, report.pdf), identity, envelope.Inner(
        "report", str(uuid.uuid4()), sender, vault_id(carer), (worker.fingerprint,)))
    data = package.seal(b"", identity, sender, "", [worker])
    head = package.verify(data).header
    cipher = pyrage.encrypt(inner, [worker.recipient()])
    header = package.Header(head.package_id, head.created_at, head.sender, "",
                            head.recipients, hashlib.sha256(cipher).hexdigest(), len(cipher))
    signed = package.MAGIC + header.to_json() + b"\n"
    forged = signed + b64(identity.sign(signed)).encode() + b"\n" + cipher
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(forged)
    assert caught.value.reason == "damaged"


def test_a_changed_key_for_a_confirmed_carer_is_refused_loudly(carer, supervisor):
    supervisor.exchange.import_package(made(carer, supervisor).package)
    supervisor.exchange.confirm_carer(carer.exchange.public_key().fingerprint)
    report = made(carer, supervisor)
    impostor = Identity.generate()
    forged = package.seal(payload.build(report.report, report.pdf), impostor,
                          impostor.public("The Riverside family"), vault_id(carer),
                          [supervisor.exchange.public_key()])
    with pytest.raises(ReportRefused) as caught:
        supervisor.exchange.import_package(forged)
    assert caught.value.reason == "key-changed"
    assert len(supervisor.exchange.reports()) == 1


# --- a package made before issue 18 (format v1, the sender named in the clear) ---

def _v1():
    return (FIXTURES / "report-v1.cdreport").read_bytes(), \
        json.loads((FIXTURES / "report-v1.json").read_text())


def test_a_v1_package_is_still_read():
    data, keys = _v1()
    verified = package.verify(data)
    assert verified.header.version == 1 and verified.header.kind == "report"
    sw = Identity(bytes.fromhex(keys["supervisor_signing_secret"]), keys["supervisor_age_secret"])
    opened = package.open_package(verified, sw, sw.public("", Role.SUPERVISOR))
    assert opened.sender_id == keys["sender_id"]
    assert opened.sender.fingerprint == keys["carer_fingerprint"]
    report, _ = payload.read(opened.body)
    assert report.child == "Robin Oldchild" and len(report.entries) == 1


def test_a_v1_package_imports_held_apart(supervisor):
    data, keys = _v1()
    with supervisor._sessions.begin() as s:  # give the vault the fixture's own identity
        row = IdentityRepository(s).get()
        row.signing_secret = bytes.fromhex(keys["supervisor_signing_secret"])
        row.age_secret = keys["supervisor_age_secret"]
    item = supervisor.exchange.import_package(data).item
    assert (item.child, item.carer, item.trusted) == ("Robin Oldchild", "The Oldfield family",
                                                      False)
    assert supervisor.exchange.import_package(data).already


def test_a_vouch_line_is_tiny_and_strict():
    agency, carer = Identity.generate(), Identity.generate()
    line = vouch.make(agency, carer.public())
    assert line.startswith("cdv1.") and len(line) < vouch.MAX_VOUCH
    with pytest.raises(KeyFileInvalid):
        vouch.parse(line + "=")


def test_no_name_is_readable_in_the_package(carer, supervisor):
    data = made(carer, supervisor).package
    clear = data.split(b"\n", 3)
    assert b"Riverside" not in clear[1] and CHILD.encode() not in data


def test_the_presets_agency_key_is_the_one_trusted(tmp_path, monkeypatch):
    from carerdesk.app import preset
    from carerdesk.app.preset_schema import PresetError, loads

    agency = Identity.generate().public()
    text = ('format = "carerdesk-agency-preset"\nversion = 1\n[agency]\nname = "Hillside"\n'
            f'public_key = "{agency.key_line}"\n')
    loaded = loads(text, tmp_path / "p.toml")
    assert loaded.agency_key == agency.key_line
    monkeypatch.setattr(preset, "active", lambda: loaded)
    assert [k.fingerprint for k in supervision_inbox.agency_keys()] == [agency.fingerprint]
    with pytest.raises(PresetError) as caught:
        loads(text.replace(agency.key_line, agency.key_line[:-3] + "abc"), tmp_path / "p.toml")
    assert caught.value.field == "agency.public_key" and caught.value.line == 5
    monkeypatch.setattr(preset, "active", lambda: None)
    assert supervision_inbox.agency_keys() == []


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_any_inside_that_is_not_an_envelope_is_refused_cleanly(tail):
    for data in (tail, envelope.MAGIC + tail):
        with pytest.raises(ReportRefused):
            envelope.unwrap(data)
