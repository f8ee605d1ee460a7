"""Report data format 2 carries the child's profile and people, format 3 the carer's "bring to
supervision" stars; formats 1 and 2 are still read (with no star)."""

import datetime as dt
import io
import json
import zipfile

import pytest
from conftest import CHILD, START

from carerdesk.app import supervision_export
from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.profile import Living, PersonDetails, PersonRole
from carerdesk.domain.report import DATA_FORMAT
from carerdesk.exchange import payload

UNTIL = START + dt.timedelta(days=29)


def _zip(doc: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("report.json", json.dumps(doc))
        archive.writestr("summary.pdf", b"%PDF-1.4")
    return out.getvalue()


def _with_profile(carer):
    child = carer.journal.child(CHILD)
    carer.profiles.save(child.id, parts={"languages": "English and Polish",
                                         "carer_names": "Auntie Jo"})
    carer.people.add(child.id, PersonDetails("Maria", PersonRole.BIRTH_FAMILY, "Mama",
                                             relation="Sees her every other Saturday"))
    carer.people.add(child.id, PersonDetails("Kai", PersonRole.SIBLING, living=Living.APART))
    carer.people.add(child.id, PersonDetails("J.S.", PersonRole.FOSTERED_CHILD))


def test_the_social_worker_reads_the_childs_profile_and_people(carer, supervisor):
    _with_profile(carer)
    made = supervision_export.export(carer, CHILD, START, UNTIL, [supervisor.exchange.public_key()])
    supervisor.exchange.import_package(made.package)
    opened = supervisor.exchange.open_report(supervisor.exchange.reports()[0].package_id)
    report = opened.report
    assert report.profile is not None
    assert report.profile.parts["languages"] == "English and Polish"
    assert report.profile.placed == dt.date(2024, 1, 8)
    assert [(p.name, p.role, p.family_name) for p in report.people] == [
        ("Maria", PersonRole.BIRTH_FAMILY, "Mama"), ("Kai", PersonRole.SIBLING, None),
        ("J.S.", PersonRole.FOSTERED_CHILD, None)]
    assert report.people[1].living is Living.APART
    ids = [p.id for p in carer.people.people(carer.journal.child(CHILD).id)]
    assert [p.id for p in report.people] == ids  # family time names people by these


def test_a_format_1_report_is_still_read():
    doc = {"format": 1, "carer": "A", "household": "H", "agency": None,
           "child": {"name": "C", "born": None},
           "period": {"since": "2026-09-01", "until": "2026-09-30"},
           "made_at": "2026-10-01T10:00:00+00:00",
           "notes": {"headline": None, "questions": None, "wellbeing": None},
           "entries": [{"id": "e1", "version": 1, "date": "2026-09-02", "children": ["c"],
                        "text": "t"}], "life_story": []}
    report, _ = payload.read(_zip(doc))
    assert report.child == "C" and report.profile is None and report.people == ()


def _format_2(carer) -> dict:
    _with_profile(carer)
    doc = supervision_export.period_report(carer, CHILD, START, UNTIL).to_dict()
    assert doc["format"] == DATA_FORMAT == 3
    return doc


@pytest.mark.parametrize("forge", [
    lambda d: d["people"][0].update(role="uncle"),
    lambda d: d["people"][2].update(name="Jamie Smith"),  # another fostered child, by name
    lambda d: d["people"][0].update(name="   "),
    lambda d: d["profile"]["parts"].update(secret="x"),
    lambda d: d["profile"].update(placed="2026-02-30"),
    lambda d: d["records"].append({"kind": "no-such-kind", "id": "x", "version": 1,
                                   "date": "2026-09-02", "content": {}}),
    lambda d: d.update(format=4),
    lambda d: d.update(format=True),
], ids=["unknown-role", "fostered-child-named", "empty-name", "unknown-part", "bad-date",
        "unknown-record-kind", "newer-format", "format-not-a-number"])
def test_a_forged_format_2_report_is_refused_whole(carer, forge):
    doc = _format_2(carer)
    forge(doc)
    with pytest.raises(ReportRefused):
        payload.read(_zip(doc))
