"""The importer under hostile input: whatever arrives, the only way out is ReportRefused, and
nothing is stored. Byte flips over whole packages are in test_package.py; here the layers
behind the signature (a key that signs junk) and the whole service."""

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carerdesk.domain.errors import ReportRefused
from carerdesk.exchange import package, payload

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=4096))
def test_random_payloads_are_refused(data):
    with pytest.raises(ReportRefused):
        payload.read(data)


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20)


@SETTINGS
@given(json_values)
def test_any_json_that_is_not_a_report_is_refused(doc):
    data = _zip({"report.json": json.dumps(doc).encode(), "summary.pdf": b"%PDF-1.4"})
    with pytest.raises(ReportRefused):
        payload.read(data)


def _good_doc() -> dict:
    return {"format": 1, "carer": "A", "household": "H", "agency": None,
            "child": {"name": "C", "born": None},
            "period": {"since": "2026-09-01", "until": "2026-09-30"},
            "made_at": "2026-10-01T10:00:00+00:00",
            "notes": {"headline": None, "questions": None, "wellbeing": None},
            "entries": [{"id": "e1", "version": 1, "date": "2026-09-02", "children": ["c"],
                         "text": "t", "dimensions": {"availability": {"rating": 5}}}],
            "life_story": []}


def test_the_good_document_is_read():
    report, pdf = payload.read(_zip({"report.json": json.dumps(_good_doc()).encode(),
                                     "summary.pdf": b"%PDF-1.4"}))
    assert report.child == "C" and len(report.entries) == 1 and pdf == b"%PDF-1.4"


PATHS = [("format",), ("carer",), ("child", "name"), ("period", "since"), ("made_at",),
         ("entries",), ("entries", 0, "version"), ("entries", 0, "date"),
         ("entries", 0, "dimensions", "availability", "rating"), ("entries", 0, "text"),
         ("notes", "questions"), ("life_story",)]


@SETTINGS
@given(st.sampled_from(PATHS), json_values)
def test_a_field_of_the_wrong_shape_is_refused_or_read_cleanly(path, value):
    """One field replaced by anything: either it still reads as a report (e.g. a text that is
    still a text) or it is refused; never another exception."""
    doc = _good_doc()
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    data = _zip({"report.json": json.dumps(doc).encode(), "summary.pdf": b"%PDF-1.4"})
    try:
        report, _ = payload.read(data)
    except ReportRefused:
        return
    for entry in report.entries:
        obs = entry.content.observations
        assert all(o.rating is None or 0 <= o.rating <= 10 for o in obs.values())
        assert isinstance(entry.content.text, str)


def test_extra_or_missing_members_are_refused():
    good = json.dumps(_good_doc()).encode()
    for members in ({"report.json": good}, {"report.json": good, "summary.pdf": b"%PDF",
                                             "evil.sh": b"rm"},
                    {"../report.json": good, "summary.pdf": b"%PDF"}):
        with pytest.raises(ReportRefused):
            payload.read(_zip(members))


def test_a_member_claiming_a_huge_size_is_refused_before_inflating(monkeypatch):
    monkeypatch.setattr(payload, "MAX_MEMBER", 1000)
    data = _zip({"report.json": json.dumps(_good_doc()).encode() + b" " * 5000,
                 "summary.pdf": b"%PDF"})
    with pytest.raises(ReportRefused) as caught:
        payload.read(data)
    assert caught.value.reason == "too-large"


def test_inputs_atheris_found_are_refused_cleanly():
    """Crashes found by tools/fuzz_import.py (coverage-guided), kept as regressions: the first
    byte chose the target there (odd: the payload reader)."""
    from pathlib import Path

    for found in sorted((Path(__file__).parent / "fuzz_regressions").glob("*.bin")):
        data = found.read_bytes()
        with pytest.raises(ReportRefused):
            payload.read(data[1:]) if data[0] % 2 else package.verify(data[1:])
