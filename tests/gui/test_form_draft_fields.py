"""What a form draft reads from a form and puts back: each value to its own field, whatever
the form holds at the time (a list of people to tick with or without anyone in it)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt

from carerdesk.domain.family_time import FamilyTimeStatus
from carerdesk.domain.profile import PersonDetails, PersonRole
from carerdesk.gui.common.form_draft import fields_of, fill
from carerdesk.gui.journal.family_time_form import FamilyTimeForm


def _people(*names):
    return [SimpleNamespace(id=f"p{i}", details=PersonDetails(name, PersonRole.BIRTH_FAMILY))
            for i, name in enumerate(names)]


def test_each_value_goes_back_to_its_own_field(qtbot):
    form = FamilyTimeForm()
    qtbot.addWidget(form)
    form.set_people(_people("Kerry", "Connor"))
    form.people.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(form.lines["where"], "The beach cafe")
    qtbot.keyClicks(form.words["noticed"], "Quiet on the way home")
    form.status.setCurrentIndex(form.status.findData(FamilyTimeStatus.CANCELLED.value))
    qtbot.keyClicks(form.lines["why"], "Mum was ill")
    kept = fields_of(form)

    again = FamilyTimeForm()  # no one around the child listed yet: the list is empty
    qtbot.addWidget(again)
    fill(again, kept)
    assert again.lines["where"].text() == "The beach cafe"
    assert again.words["noticed"].toPlainText() == "Quiet on the way home"
    assert again.chosen_status() is FamilyTimeStatus.CANCELLED
    assert again.lines["why"].text() == "Mum was ill" and again.lines["why"].isEnabled()
    again.set_people(_people("Kerry", "Connor"))
    fill(again, kept)
    assert again.chosen_people() == ["p1"]
    assert fields_of(again) == kept


def test_something_else_than_a_draft_fills_nothing(qtbot):
    form = FamilyTimeForm()
    qtbot.addWidget(form)
    before = fields_of(form)
    fill(form, ["an older draft's list"])
    fill(form, {"no/such/field": ["line", "x"]})
    assert fields_of(form) == before
