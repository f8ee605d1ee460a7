"""The summary's appendix holds every entry of the period in full, with the carer's fact /
opinion / "said by" marks; a format 1 report still renders; the charts are honest."""

import datetime as dt
import io
import json
import zipfile

from summary_data import SINCE, UNTIL, entry, pages, report, squashed

from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.summary import Summary, buckets
from carerdesk.domain.values import Observation
from carerdesk.domain.writing import Mark, MarkKind
from carerdesk.exchange import payload
from carerdesk.reports.charts import _runs

HARDER = "A harder day… cried at bedtime about Dad"


def _many() -> list:
    """26 entries, five or six a dimension, most never chosen as an example."""
    found = [entry(SINCE + dt.timedelta(days=i), f"Entry number {i} of the month.", i,
                   observations={list(Dimension)[i % 5]: Observation(f"Moment {i}")})
             for i in range(25)]
    return [*found, entry(SINCE.replace(day=27), HARDER, 99)]


def test_the_appendix_holds_every_entry_of_the_period_in_full(tmp_path):
    text = squashed("".join(pages(report(_many()), tmp_path)))
    appendix = text[text.index("Appendix: every entry of the period"):]
    for i in range(25):
        assert f"Entry number {i} of the month." in appendix, i
        assert f"Moment {i}" in appendix, i
    assert HARDER in appendix
    assert "Dimensions recorded" not in text


def test_the_carers_marks_reach_the_pdf(tmp_path):
    text = "She came home quiet. I think she was worried. Her teacher said she ate well."
    marks = (Mark(0, 20, MarkKind.FACT), Mark(21, 45, MarkKind.OPINION),
             Mark(46, len(text), MarkKind.REPORTED))
    made = report([entry(SINCE, text, marks=marks)])
    appendix = squashed("".join(pages(made, tmp_path)))
    appendix = appendix[appendix.index("Appendix"):]
    assert ("[Fact: She came home quiet.] [My opinion: I think she was worried.] "
            "[What someone else said: Her teacher said she ate well.]") in appendix


def _zip(doc: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("report.json", json.dumps(doc))
        archive.writestr("summary.pdf", b"%PDF-1.4")
    return out.getvalue()


def test_a_format_1_report_still_renders(tmp_path):
    doc = {"format": 1, "carer": "A", "household": "H", "agency": None,
           "child": {"name": "C", "born": None},
           "period": {"since": "2026-09-01", "until": "2026-09-30"},
           "made_at": "2026-10-01T10:00:00+00:00",
           "notes": {"headline": "An old report", "questions": None, "wellbeing": None},
           "entries": [{"id": "e1", "version": 2, "date": "2026-09-02", "children": ["c"],
                        "text": "Written long ago",
                        "significant": {"kind": "missing", "who_was_told": "Duty team",
                                        "told_at": "2026-09-02T18:00:00+00:00",
                                        "next_steps": None}}],
           "life_story": []}
    made, _ = payload.read(_zip(doc))
    text = squashed("".join(pages(made, tmp_path)))
    for words in ("An old report", "Went missing", "Told: Duty team", "Written long ago",
                  "No goals in the child's plan yet.", "No family time recorded in this period.",
                  "amended (version 2)"):
        assert words in text, words


def test_a_long_period_is_drawn_by_month_and_part_weeks_are_marked():
    weeks, monthly = buckets(SINCE, UNTIL)
    assert not monthly and (weeks[0].start, weeks[0].part) == (SINCE, True)  # from a Tuesday
    assert weeks[1].part is False and weeks[-1].part is True  # ends on a Wednesday
    months, monthly = buckets(dt.date(2026, 1, 15), dt.date(2026, 9, 30))
    assert monthly and len(months) == 9
    assert months[0].part and not months[-1].part and months[1].start == dt.date(2026, 2, 1)


def test_no_line_joins_weeks_across_a_gap():
    assert _runs([5.0, 6.0, None, None, 7.0, None, 3.0, 4.0]) == [
        [(0, 5.0), (1, 6.0)], [(4, 7.0)], [(6, 3.0), (7, 4.0)]]
    made = report([entry(SINCE, "x", observations={Dimension.ACCEPTANCE: Observation(
        "x", rating=4)}), entry(SINCE.replace(day=22), "y", 1, observations={
            Dimension.ACCEPTANCE: Observation("y", rating=8)})])
    series = Summary(made).rating_series()[(Dimension.ACCEPTANCE, "foster")]
    assert series == [4, None, None, 8, None]  # the two empty weeks stay empty
