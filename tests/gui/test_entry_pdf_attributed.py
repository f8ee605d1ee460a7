"""Save this entry as PDF (Ctrl+Shift+P) makes a record a reader can trust: who wrote it and
when, when it was last amended and its version, "Page n of N" and "confidential" at the foot,
and none of the app's nudges printed as if they were part of what was written."""

import datetime as dt

from helpers import CHILD_NAME
from PySide6.QtCore import Qt
from test_housekeeping import _pdf_text, _save_as, click_row, finished

from carerdesk.domain.events import EventDetail, TellRole, Told
from carerdesk.domain.values import EntryContent, SignificantEvent

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _event_told_to_the_police_only(journal, child: str):
    happened = dt.datetime(2026, 11, 20, 21, 15, tzinfo=dt.UTC)
    detail = EventDetail(kind="police-called", happened_at=happened,
                         what_happened="Shouting in the street; a neighbour called them",
                         told=(Told("PC Ellis", TellRole.POLICE,
                                    happened + dt.timedelta(minutes=30), "in person"),))
    content = EntryContent(date=dt.date(2026, 11, 20), child_ids=(child,),
                           text="Police came to the door at quarter past nine",
                           significant=SignificantEvent.of(detail))
    entry = journal.add_entry(content)
    return journal.amend_entry(entry.id, content, reason="the time was wrong")


def test_the_saved_entry_says_who_wrote_it_and_when_without_nudges(qtbot, window, tmp_path):
    journal = window.workspace.journal
    journal.save_household("The Quartermaine household", carers="Alex and Sam Rowe")
    amended = _event_told_to_the_police_only(journal, journal.children()[0].id)
    assert amended.version == 2
    window.refresh()
    row = next(r for r in range(window.model.rowCount())
               if window.model.entry(r).id == amended.id)
    click_row(qtbot, window.timeline, row)
    assert "Neither your supervising social worker" in window.preview.toPlainText()  # on screen
    seen = _save_as(qtbot, tmp_path / "event.pdf")
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | SHIFT)
    finished(seen)
    text = _pdf_text(tmp_path / "event.pdf")
    assert "Police came to the door" in text
    assert "Written by Alex and Sam Rowe on" in text
    written = amended.created_at.astimezone().strftime("%d")
    assert f"on {written} " in text
    assert "Last amended on" in text and "(version 2)" in text
    assert "Page 1 of 1" in text
    assert f"{CHILD_NAME} · 20 November 2026 · confidential" in text
    assert "Neither your supervising social worker" not in text  # the app's nudge, not the record
    assert "more than 24 hours" not in text


def test_a_first_version_says_only_when_it_was_written(qtbot, window, tmp_path):
    click_row(qtbot, window.timeline, 0)
    seen = _save_as(qtbot, tmp_path / "first.pdf")
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | SHIFT)
    finished(seen)
    text = _pdf_text(tmp_path / "first.pdf")
    assert "Written " in text and "Last amended" not in text
    assert "Page 1 of 1" in text and "confidential" in text
