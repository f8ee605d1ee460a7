"""The actions agreed at the last supervision open the next summary, each with its status."""

import dataclasses
import datetime as dt

from summary_data import SINCE, entry, pages, report, section

from carerdesk.domain.supervision import (
    ActionState,
    ActionStatus,
    AgreedAction,
    LastSupervision,
)


def test_the_last_supervisions_actions_come_before_the_goals(tmp_path):
    last = LastSupervision(dt.date(2026, 8, 28), "Sam Okafor", (
        ActionState(AgreedAction("Book the dentist", "Carer", dt.date(2026, 9, 10)),
                    ActionStatus.DONE),
        ActionState(AgreedAction("Ask school about transport", "Sam (SSW)",
                                 dt.date(2026, 9, 15)), ActionStatus.OVERDUE)))
    made = dataclasses.replace(report([entry(SINCE, "A quiet day.")]), last_supervision=last)
    text = "".join(pages(made, tmp_path)[1:])
    actions = section(text, "Actions from the last supervision", "Goals and their progress")
    assert "Held Fri 28 Aug 2026 with Sam Okafor." in actions
    assert "Book the dentist Carer 10 Sep 2026 done" in actions
    assert "Ask school about transport Sam (SSW) 15 Sep 2026 overdue" in actions


def test_a_report_without_a_supervision_record_has_no_such_section(tmp_path):
    text = "".join(pages(report([entry(SINCE, "A quiet day.")]), tmp_path))
    assert "Actions from the last supervision" not in text
