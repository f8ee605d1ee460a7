"""The spell checker below the windows: which words are checked, which are right, the
corrections, the known names and words, both bundled dictionaries, and what it forgets."""

from __future__ import annotations

import pytest

from carerdesk.app import spelling
from carerdesk.app.spelling import Checker, dictionary_name, words


@pytest.fixture(scope="module")
def english():
    return spelling.load("en_GB")


@pytest.fixture(scope="module")
def welsh():
    return spelling.load("cy_GB")


def _texts(text: str) -> list[str]:
    return [w.text for w in words(text)]


def test_the_language_chooses_the_dictionary():
    assert dictionary_name("cy") == "cy_GB"
    assert dictionary_name("cy_GB.UTF-8") == "cy_GB"
    assert dictionary_name("en") == dictionary_name("en_US") == "en_GB"
    assert dictionary_name("pseudo") == dictionary_name("") == "en_GB"  # the windows' English


def test_words_worth_checking():
    text = ('She said "beleive me" (twice) and \'honestly\'; CAMHS at 3pm, 2nd visit, '
            "x y, mail nan@example.org or www.example.org/page, don't, hi'n, O’Neill")
    assert _texts(text) == ["She", "said", "beleive", "me", "twice", "and", "honestly", "at",
                            "visit", "mail", "or", "don't", "hi'n", "O’Neill"]
    found = next(w for w in words(text) if w.text == "beleive")
    assert text[found.start:found.end] == "beleive"


def test_british_english(english):
    checker = Checker(english)
    assert [w.text for w in checker.misspelt('I "beleive" her, and I believe him.')] == [
        "beleive"]
    for right in ("colour", "behaviour", "Believe", "don’t", "realise", "well-being"):
        assert not checker.misspelt(right), right
    assert checker.misspelt("recieve")
    assert "believe" in checker.suggestions("beleive")
    assert len(checker.suggestions("beleive")) <= spelling.SUGGESTIONS
    assert checker.suggestions("did’nt") == ["didn’t"]  # the carer's own apostrophe kept
    assert "wouldn't" in checker.suggestions("wouldnt")


def test_welsh(welsh):
    checker = Checker(welsh)
    assert not checker.misspelt("Mae'r plentyn yn hapus heddiw")
    assert [w.text for w in checker.misspelt("Mae'r plentin yn hapus")] == ["plentin"]
    assert "plentyn" in checker.suggestions("plentin")


def test_names_and_the_carers_own_words_are_known(english):
    checker = Checker(english, names=["Kayden Oyelaran-Smith", "Nan"],
                      personal=["Zumbaroo"])
    assert not checker.misspelt("Kayden and Kayden's nan Oyelaran met Smith at Zumbaroo")
    assert checker.is_personal("zumbaroo") and not checker.is_personal("Kayden")
    checker.set_personal([])
    assert [w.text for w in checker.misspelt("Zumbaroo")] == ["Zumbaroo"]


def test_forget_leaves_nothing_of_the_records(english):
    checker = Checker(english, names=["Kayden"], personal=["Zumbaroo"])
    checker.misspelt("Xylophonic marmalade afternoon")
    checker.forget()
    assert checker._cache == {} and not checker.is_personal("Zumbaroo")
    assert checker.misspelt("Kayden")


def test_a_missing_dictionary_is_an_oserror():
    with pytest.raises(OSError):
        spelling.load("xx_XX")
