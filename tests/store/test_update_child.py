"""A carer corrects a child's name and dates; the audit says a child changed, never how."""

import datetime as dt

import pytest

from carerdesk.domain import input_errors
from carerdesk.store.repositories import AuditRepository
from carerdesk.text.messages import describe

TODAY = dt.date.today()


def test_update_child_keeps_name_dates_and_an_audit_line(workspace, vault_ids):
    journal = workspace.journal
    child = journal.update_child(vault_ids["child"], "  Robin Jones  ", dt.date(2016, 4, 2),
                                 dt.date(2024, 1, 8), dt.date(2026, 6, 30))
    assert (child.name, child.ended) == ("Robin Jones", dt.date(2026, 6, 30))
    again = journal.child(vault_ids["child"])
    assert again == child
    with workspace._sessions.begin() as s:
        last = AuditRepository(s).recent(1)[0]
        assert (last.action, last.subject_id, last.detail) == (
            "child.update", vault_ids["child"], "version 2")  # never the name
    journal.update_child(vault_ids["child"], "Robin", None, None, None)  # dates may be unknown
    assert journal.child(vault_ids["child"]).born is None


@pytest.mark.parametrize("name, born, placed, ended, error, words", [
    ("   ", None, None, None, input_errors.EmptyValue, "name is empty"),
    ("Robin", TODAY + dt.timedelta(days=1), None, None, input_errors.FutureDate,
     "date of birth"),
    ("Robin", None, TODAY + dt.timedelta(days=1), None, input_errors.FutureDate, "placement date"),
    ("Robin", None, dt.date(2024, 1, 8), dt.date(2023, 1, 1), input_errors.DateOrder,
     "cannot end before it began"),
    ("Robin", dt.date(2016, 4, 2), dt.date(2015, 1, 1), None, input_errors.DateOrder,
     "before the date of birth"),
    ("Robin", dt.date(2016, 4, 2), None, dt.date(2015, 1, 1), input_errors.DateOrder,
     "before the date of birth"),
])
def test_bad_updates_are_refused_in_plain_words(workspace, vault_ids, name, born, placed,
                                                ended, error, words):
    before = workspace.journal.child(vault_ids["child"])
    with pytest.raises(error) as caught:
        workspace.journal.update_child(vault_ids["child"], name, born, placed, ended)
    assert words in describe(caught.value)
    assert workspace.journal.child(vault_ids["child"]) == before
