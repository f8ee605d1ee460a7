"""The child's own page as a service: what the child says is kept as theirs, and nobody (the
carer included) can amend it; words too long or empty are refused plainly; a statement may
point only at an entry about the same child."""

from __future__ import annotations

import datetime as dt

import pytest

from carerdesk.domain import errors, input_errors
from carerdesk.domain.child_voice import (
    FEELING,
    STATEMENT,
    WISHES,
    WORDS_MAX,
    Ask,
    Face,
    Feeling,
    Statement,
    Wishes,
)
from carerdesk.domain.record_kinds import codec_for
from carerdesk.domain.values import EntryContent
from carerdesk.text.messages import describe

TODAY = dt.date.today()


def test_what_the_child_says_is_kept_in_the_order_said(workspace, vault_ids):
    voice, child = workspace.child_voice, vault_ids["child"]
    voice.add(child, Feeling(TODAY, Face.SAD, "  I miss my mum  "))
    voice.add(child, Wishes(TODAY, "I want to see my brother more"))
    voice.add(child, Statement(TODAY, "It was not me who broke the window", Ask.CHANGE,
                               entry=vault_ids["entry"]))
    said = voice.said(child)
    assert [r.value for r in said] == [
        Feeling(TODAY, Face.SAD, "I miss my mum"),
        Wishes(TODAY, "I want to see my brother more"),
        Statement(TODAY, "It was not me who broke the window", Ask.CHANGE,
                  vault_ids["entry"])]
    assert workspace.journal.children()[0].id == child  # nothing else of the child changed


@pytest.mark.parametrize("kind", [FEELING, WISHES, STATEMENT])
def test_the_childs_own_records_can_never_be_amended(workspace, vault_ids, kind):
    voice, child = workspace.child_voice, vault_ids["child"]
    value = {FEELING: Feeling(TODAY, Face.HAPPY), WISHES: Wishes(TODAY, "More swimming"),
             STATEMENT: Statement(TODAY, "I like my school")}[kind]
    saved = voice.add(child, value)
    service = {FEELING: voice.feelings, WISHES: voice.wishes, STATEMENT: voice.statements}[kind]
    changed = {FEELING: Feeling(TODAY, Face.VERY_SAD), WISHES: Wishes(TODAY, "Nothing"),
               STATEMENT: Statement(TODAY, "I do not like my school")}[kind]
    with pytest.raises(errors.NotAmendable) as caught:
        service.amend(saved.id, changed, "the carer tried")
    assert describe(caught.value) == ("This was written by the child on their own page: it "
                                      "is theirs, and nobody can change or remove it.")
    with pytest.raises(errors.NotAmendable):
        service.amend(saved.id, value)  # not even with the same words
    assert [v.value for v in service.history(saved.id)] == [value]
    assert codec_for(kind).amendable is False  # the kind as the report importer knows it


def test_other_kinds_are_still_amendable(workspace, vault_ids):
    from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus

    record = workspace.family_time.add(vault_ids["child"],
                                       FamilyTime(TODAY, FamilyTimeStatus.PLANNED))
    amended = workspace.family_time.amend(record.id, FamilyTime(TODAY, FamilyTimeStatus.PLANNED,
                                                                where="The park"))
    assert amended.version == 2


@pytest.mark.parametrize("value, said", [
    (Wishes(TODAY, "   "), "Write something first, then press Save."),
    (Statement(TODAY, ""), "Write something first, then press Save."),
    (Feeling(TODAY, 9), "Choose one of the faces first."),  # type: ignore[arg-type]
    (Feeling(TODAY + dt.timedelta(days=1), Face.OK), "in the future"),
    (Wishes(TODAY, "x" * (WORDS_MAX + 1)), "too long"),
])
def test_bad_input_is_refused_plainly_and_nothing_is_kept(workspace, vault_ids, value, said):
    with pytest.raises(input_errors.InvalidInput) as caught:
        workspace.child_voice.add(vault_ids["child"], value)
    assert said in describe(caught.value)
    assert workspace.child_voice.said(vault_ids["child"]) == []


def test_a_statement_points_only_at_this_childs_entries(workspace, vault_ids):
    mia = workspace.journal.add_child("Mia")
    mias = workspace.journal.add_entry(EntryContent(TODAY, (mia.id,), "Mia painted")).id
    with pytest.raises(input_errors.OtherChildsRecord):
        workspace.child_voice.add(vault_ids["child"], Statement(TODAY, "Wrong", entry=mias))
    with pytest.raises(errors.NotFound):
        workspace.child_voice.add(vault_ids["child"], Statement(TODAY, "x", entry="nope"))
    assert workspace.child_voice.said(vault_ids["child"]) == []
    assert workspace.child_voice.said(mia.id) == []  # and nothing went to the other child


def test_a_lock_keeps_unfinished_words_marked_as_unfinished(workspace, vault_ids):
    kept = workspace.child_voice.add(vault_ids["child"],
                                     Wishes(TODAY, "I wanted to say", unfinished=True))
    assert workspace.child_voice.wishes.record(kept.id).value.unfinished


def test_the_passphrase_check(workspace):
    from helpers import PASSPHRASE

    workspace.check_passphrase(PASSPHRASE)
    with pytest.raises(errors.WrongPassphrase):
        workspace.check_passphrase("not it")


def test_only_words_kept_at_a_lock_may_have_no_face(workspace, vault_ids):
    voice, child = workspace.child_voice, vault_ids["child"]
    with pytest.raises(input_errors.InvalidInput):
        voice.add(child, Feeling(TODAY, None, "no face chosen"))
    with pytest.raises(input_errors.InvalidInput):
        voice.add(child, Feeling(TODAY, None, "  ", unfinished=True))
    kept = voice.add(child, Feeling(TODAY, None, "I was going to say", unfinished=True))
    assert voice.feelings.record(kept.id).value == Feeling(TODAY, None, "I was going to say",
                                                           unfinished=True)
