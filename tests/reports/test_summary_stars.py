"""The summary shows the carer's "bring to supervision" picks: every starred moment of a
dimension first, headed as the carer's pick, then at most three chosen by rule; a starred entry
about no dimension is not lost; the appendix marks starred entries and carries a significant
event's own detail (who was told and when, the gaps) instead of sending the reader away."""

import dataclasses
import datetime as dt
import subprocess

from summary_data import SINCE, entry, pages, report, section, squashed

from carerdesk.domain.dimensions import Dimension
from carerdesk.domain.events import MISSING, EventDetail, Missing, TellRole, Told
from carerdesk.domain.summary import Summary
from carerdesk.domain.values import Observation, SignificantEvent
from carerdesk.reports.summary_pdf import summary_pdf

UTC = dt.UTC
HARDER = "A harder day, cried at bedtime about Dad"


def _starred(e):
    return dataclasses.replace(e, starred=True)


def _month() -> list:
    """Eight fuller Acceptance moments the rule would choose, and two thin ones starred."""
    full = [entry(SINCE + dt.timedelta(days=i), f"Day {i}.", i,
                  observations={Dimension.ACCEPTANCE: Observation(
                      f"Full moment {i}", "It meant a lot", "I listened", "Proud")})
            for i in range(8)]
    thin = [_starred(entry(SINCE.replace(day=20), HARDER, 20, observations={
                Dimension.ACCEPTANCE: Observation("Cried at bedtime about Dad")})),
            _starred(entry(SINCE.replace(day=22), "Lego all afternoon.", 22, observations={
                Dimension.ACCEPTANCE: Observation(rating=4)}))]
    return [*full, *thin, _starred(entry(SINCE.replace(day=24), "Asked where Mum lives.", 24))]


def test_the_carers_picks_come_first_then_three_by_rule():
    summary = Summary(report(_month()))
    picks = summary.picks(Dimension.ACCEPTANCE)
    assert [e.content.date.day for e, _ in picks] == [20, 22]
    chosen = summary.examples(Dimension.ACCEPTANCE)
    assert len(chosen) == 3 and not any(e.starred for e, _ in chosen)
    assert [e.content.text for e in summary.starred_elsewhere()] == ["Asked where Mum lives."]


def test_the_pdf_says_which_moments_are_the_carers_picks(tmp_path):
    text = squashed("".join(pages(report(_month()), tmp_path)))
    dims = section(text, "The five dimensions", "Appendix: every entry of the period")
    assert 'come first the moments the carer starred "bring to supervision"' in dims
    acceptance = section(dims, "Acceptance", "Co-operation")
    first_pick = acceptance.index("The carer's pick · Sun 20 Sep 2026")
    assert "Cried at bedtime about Dad" in acceptance
    # a starred moment with only a rating still shows, with the day's words
    assert "The carer's pick · Tue 22 Sep 2026 · rated 4/10" in acceptance
    assert "Lego all afternoon." in acceptance
    rule = [acceptance.index(f"Full moment {i}") for i in range(8) if f"Full moment {i}" in
            acceptance]
    assert len(rule) == 3 and min(rule) > first_pick  # picks first, then three by rule
    also = dims[dims.index("Also starred by the carer"):]
    assert "The carer's pick · Thu 24 Sep 2026" in also and "Asked where Mum lives." in also
    appendix = text[text.index("Appendix: every entry of the period"):]
    assert appendix.count("The carer's pick") == 1 + 3  # the key, then each starred entry
    assert "Sun 20 Sep 2026 · The carer's pick" in appendix


def test_with_no_star_the_pdf_says_the_rule_chose(tmp_path):
    plain = [dataclasses.replace(e, starred=False) for e in _month()]
    text = squashed("".join(pages(report(plain), tmp_path)))
    assert 'The carer starred no entry "bring to supervision" in this period' in text
    assert "Also starred by the carer" not in text
    appendix = text[text.index("Appendix: every entry of the period"):]
    assert appendix.count("The carer's pick") == 1  # only in the key


def test_the_appendix_carries_the_events_own_detail(tmp_path):
    happened = dt.datetime(2026, 9, 12, 16, 0, tzinfo=UTC)
    detail = EventDetail(
        MISSING, happened, "The park", "Two friends", "Did not come home after football.",
        "I was at Jake's", "Rang round his friends", (
            Told("Sam Okafor", TellRole.SUPERVISING_SOCIAL_WORKER,
                 dt.datetime(2026, 9, 12, 17, 30, tzinfo=UTC), "phone"),
            Told("PC Jones", TellRole.POLICE, dt.datetime(2026, 9, 12, 18, 0, tzinfo=UTC),
                 "999")),
        "Return home interview on Monday",
        Missing(last_seen=happened, reported_at=dt.datetime(2026, 9, 12, 18, 0, tzinfo=UTC),
                reported_to="Police", police_reference="MP-4471",
                back_at=dt.datetime(2026, 9, 12, 21, 15, tzinfo=UTC),
                return_conversation="He said sorry and was hungry"))
    made = report([entry(SINCE.replace(day=12), "Missing after football.",
                         significant=SignificantEvent.of(detail))])
    text = squashed("".join(pages(made, tmp_path)))
    appendix = text[text.index("Appendix: every entry of the period"):]
    assert "on the first page" not in appendix
    for words in ("Significant event: Missing from home", "Where: The park",
                  "Present: Two friends", "What I did and said: Rang round his friends",
                  "The child said: “I was at Jake's”",
                  "Told: Sam Okafor (Supervising social worker), phone",
                  "Told: PC Jones (Police), 999", "MP-4471",
                  "The return conversation: He said sorry and was hungry",
                  "Next: Return home interview on Monday"):
        assert words in appendix, words


def test_the_pages_render(tmp_path):
    pdf = tmp_path / "stars.pdf"
    pdf.write_bytes(summary_pdf(report(_month())))
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    assert len(list(tmp_path.glob("page*.png"))) >= 3
