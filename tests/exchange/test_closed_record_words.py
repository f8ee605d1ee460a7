"""The closed record reads as the carer's own record (F9): its PDF and its view word every
record as the carer's screens and the supervision summary do (family time "With: Danielle
Sample (Mum)" and "Happened", roles as "Birth family", the profile's parts by their names),
in the record's own order, and never print an id or a stored field's key."""

import datetime as dt
import re
import subprocess

import pytest
from conftest import CHILD

from carerdesk.domain.family_time import FamilyTime, FamilyTimeStatus
from carerdesk.domain.goals import Goal, GoalReview, GoalStatus
from carerdesk.domain.profile import Living, PersonDetails, PersonRole

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MACHINE = ("family name:", "status:", "role:", "living:", "parts ·", "supervised by:",
           "set on:", "how we will know:", "birth-family", "social-worker", "carer names",
           "goal:")


@pytest.fixture
def closed(carer, supervisor, tmp_path):
    child = carer.journal.child(CHILD).id
    mum = carer.people.add(child, PersonDetails("Danielle Sample", PersonRole.BIRTH_FAMILY,
                                                "Mum", relation="Misses her"))
    carer.people.add(child, PersonDetails("Leo Sample", PersonRole.SIBLING, "Leo",
                                          Living.APART))
    carer.people.add(child, PersonDetails("Ann Worker", PersonRole.SOCIAL_WORKER))
    carer.family_time.add(child, FamilyTime(
        dt.date(2024, 12, 18), FamilyTimeStatus.HAPPENED, (mum.id,), where="The contact centre",
        supervised_by="Jo Patel", before="Quiet in the car", during="Played cards",
        after="Slept well", words="Can I see her again soon?", noticed="She smiled at the end"))
    carer.profiles.save(child, parts={"culture": "Welsh-speaking family",
                                      "carer_names": "Auntie Bee"})
    entry = carer.journal.entries()[0]
    goal = carer.plan.add_goal(child, Goal("education", "Read with me each night",
                                           dt.date(2026, 9, 2), how_we_will_know="She asks",
                                           evidence=(entry.id,)))
    carer.plan.review(goal.id, GoalReview(goal.id, dt.date(2026, 9, 20), GoalStatus.MOVING,
                                          "Most nights"))
    out = tmp_path / "w.cdhandover"
    carer.handover.make_file(child, [supervisor.exchange.public_key()], out)
    return supervisor.handover.import_file(out).record


def _plain(text: str) -> str:
    return " ".join(text.split())


def _checked(text: str) -> None:
    assert not UUID.search(text), UUID.search(text)
    for word in MACHINE:  # a stored key, lower case (the labels have capitals)
        assert word not in text, word
    assert "With: Danielle Sample (Mum)" in text
    for words in ("Happened", "Where: The contact centre", "Supervised by: Jo Patel",
                  "Before: Quiet in the car", "During: Played cards", "After: Slept well",
                  "The child said: “Can I see her again soon?”",
                  "What the carer noticed: She smiled at the end", "Birth family",
                  "The child's name for them: Mum",
                  "Role: Brother or sister, lives apart", "The child's social worker",
                  "Culture: Welsh-speaking family", "What the child calls us: Auntie Bee",
                  "Education and learning: Read with me each night", "How we will know: She asks",
                  "Goal: Read with me each night", "Moving"):
        assert words in text, words
    order = [text.index(w) for w in ("Where:", "Supervised by:", "Before:", "During:",
                                     "After:", "The child said:", "What the carer noticed:")]
    assert order == sorted(order)  # the form's order, not the alphabet's


def test_the_pdf_words_the_record_as_the_carer_does(supervisor, closed, tmp_path):
    out = supervisor.handover.save_pdf(closed.id, tmp_path / "closed.pdf")
    (tmp_path / "x").write_text("")
    text = _plain(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    _checked(text)
    assert "Wed 18 Dec 2024 · Happened" in text and "the entry of" in text


def test_the_view_words_it_the_same(supervisor, closed):
    from carerdesk.gui.reports.closed_record_html import draw

    drawn = draw(supervisor.handover.closed_content(closed.id))
    text = _plain(re.sub(r"<[^>]+>", " ", " ".join(s.html for s in drawn.sections)))
    text = text.replace(" :", ":")
    _checked(text.replace("&#x27;", "'"))
    family = next(s for s in drawn.sections if s.key == "family")
    assert "Wed 18 Dec 2024 · Happened" in _plain(re.sub(r"<[^>]+>", " ", family.html))
