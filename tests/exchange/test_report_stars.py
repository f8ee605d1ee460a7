"""The carer's "bring to supervision" stars travel in report data format 3: exported, signed,
imported and read back; a format 2 report (made before stars) is still read, with none; a
format 3 entry whose star is missing or not true/false refuses the whole report."""

import copy
import datetime as dt
import io
import json
import zipfile

import pytest
from conftest import CHILD, START

from carerdesk.app import supervision_export
from carerdesk.domain.errors import ReportRefused
from carerdesk.domain.filters import EntryFilter
from carerdesk.exchange import payload

UNTIL = START + dt.timedelta(days=29)


def _zip(doc: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("report.json", json.dumps(doc))
        archive.writestr("summary.pdf", b"%PDF-1.4")
    return out.getvalue()


def _star_two(carer) -> set[str]:
    entries = carer.journal.entries(EntryFilter(since=START, until=UNTIL), limit=100)
    chosen = {entries[3].id, entries[10].id}
    for entry_id in chosen:
        carer.journal.star(entry_id)
    return chosen


def test_stars_go_from_the_carer_to_the_social_worker(carer, supervisor):
    starred = _star_two(carer)
    made = supervision_export.export(carer, CHILD, START, UNTIL, [supervisor.exchange.public_key()])
    assert {e.id for e in made.report.entries if e.starred} == starred
    supervisor.exchange.import_package(made.package)
    opened = supervisor.exchange.open_report(supervisor.exchange.reports()[0].package_id)
    assert {e.id for e in opened.report.entries if e.starred} == starred
    assert len(opened.report.entries) == len(made.report.entries) == 31


def test_a_format_2_report_is_read_with_no_star(carer):
    _star_two(carer)
    doc = supervision_export.period_report(carer, CHILD, START, UNTIL).to_dict()
    assert doc["format"] == 3 and sum(e["starred"] for e in doc["entries"]) == 2
    old = copy.deepcopy(doc)
    old["format"] = 2
    for entry in old["entries"]:
        del entry["starred"]  # as a CarerDesk before stars wrote it
    report, _ = payload.read(_zip(old))
    assert len(report.entries) == 31 and not any(e.starred for e in report.entries)
    old["entries"][0]["starred"] = True  # a field format 2 never had means nothing
    report, _ = payload.read(_zip(old))
    assert not any(e.starred for e in report.entries)


@pytest.mark.parametrize("forge", [
    lambda e: e.pop("starred"),
    lambda e: e.update(starred="yes"),
    lambda e: e.update(starred=1),
    lambda e: e.update(starred=None),
], ids=["missing", "text", "number", "null"])
def test_a_format_3_entry_with_a_bad_star_refuses_the_report(carer, forge):
    doc = supervision_export.period_report(carer, CHILD, START, UNTIL).to_dict()
    forge(doc["entries"][5])
    with pytest.raises(ReportRefused):
        payload.read(_zip(doc))
