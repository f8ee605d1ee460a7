"""Caring-language hints: each one fires on the sense a child might read as blame, and never on
another sense of the same word. Hints never block saving (tests/gui/test_caring_hints.py)."""

import pytest

from carerdesk.domain.writing import caring_language

# (sentence, the words that must be flagged); an empty tuple means nothing may be flagged.
MUST = [
    ("We had contact with Nan at the centre.", ("contact",)),
    ("Contact with Mum was cancelled.", ("Contact",)),
    ("Leo was quiet after contact.", ("contact",)),
    ("Supervised contact went well.", ("contact",)),
    ("Contact went well today.", ("Contact",)),
    ("He has absconded twice.", ("absconded",)),
    ("She keeps absconding at night.", ("absconding",)),
    ("Talk of a placement breakdown worried us.", ("placement breakdown",)),
    ("Her placement with us is going well.", ("placement",)),
    ("The placement planning meeting is on Friday.", ("placement",)),
    ("His LAC review is next week.", ("LAC",)),
    ("He was naughty at lunch.", ("naughty",)),
    ("She was lying about her homework.", ("lying",)),
    ("I think he was lying.", ("lying",)),
    ("He lied to me about the money.", ("lied",)),
    ("He was aggressive towards his brother.", ("aggressive",)),
    ("She showed aggression at school.", ("aggression",)),
    ("He kicked off at teatime.", ("kicked off",)),
    ("She kicked off because the TV went off.", ("kicked off",)),
    ("Challenging behaviour at bedtime.", ("Challenging behaviour",)),
    ("A weekend of respite is booked.", ("respite",)),
]
MUST_NOT = [
    "I will contact school in the morning.",
    "Please contact me if anything changes.",
    "I need to contact the social worker.",
    "We made eye contact for the first time.",
    "The contact details are in the folder.",
    "We stayed in contact with the school.",
    "Ruby is doing a work placement at the vet's.",
    "She sat her placement test for maths.",
    "The placement of the chairs was odd.",
    "We stopped at Lac Léman on holiday.",
    "He lacks confidence with numbers.",
    "He was lying on the sofa reading.",
    "She was lying awake at midnight.",
    "Lying in the sun in the garden.",
    "The vet said the dog was aggressive.",
    "Nan is having aggressive treatment for cancer.",
    "The match kicked off at three.",
    "He kicked off his shoes and ran upstairs.",
    "We kicked off the holidays with a picnic.",
    "A brief respite from the rain.",
    'Leo said "I am naughty, that is why I am in care".',
    "Maya told me 'everyone says I'm lying'.",
    "“You're just aggressive,” a boy told her.",
    'She said "I want contact with Mum".',
]


@pytest.mark.parametrize(("sentence", "flagged"), MUST)
def test_the_hint_fires_on_the_sense_to_change(sentence, flagged):
    found = caring_language(sentence)
    assert tuple(s.found for s in found) == flagged
    for suggestion in found:
        assert sentence[suggestion.start:suggestion.end] == suggestion.found
        assert suggestion.instead


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_the_hint_leaves_another_sense_alone(sentence):
    assert caring_language(sentence) == []


def test_the_new_wording_of_a_breakdown_and_of_going_missing():
    [breakdown] = caring_language("It was a placement breakdown.")
    assert breakdown.instead == "an unplanned ending"
    [missing] = caring_language("He absconded.")
    assert missing.instead == "was missing from home"


def test_several_hints_in_one_text_come_in_order():
    text = "After contact he kicked off, and I think he was lying."
    assert [s.found for s in caring_language(text)] == ["contact", "kicked off", "lying"]
