"""The passphrase meter does not call a common word in a common disguise strong: a word with
digits or symbols added, typed twice, or with letters swapped for look-alikes is among the
first guesses of any cracker (found by trying the wizard: "password123" read Strong)."""

import pytest

from carerdesk.domain.passphrase import LEVELS, estimate


@pytest.mark.parametrize("guessable", [
    "password123", "passwordpassword", "P@ssw0rd!", "2024summer", "Liverpool1!",
    "dragon dragon", "Qwertyuiop99",
])
def test_a_common_word_in_disguise_is_weak_at_most(guessable):
    found = estimate(guessable)
    assert found.score <= 1, (guessable, LEVELS[found.score])
    assert any("common word" in a or "very common" in a for a in found.advice)


@pytest.mark.parametrize("strong", [
    "correct horse battery staple", "river kettle violet lamp", "Tr0ub4dor&3xq",
])
def test_unrelated_words_or_a_long_mix_stay_strong(strong):
    assert estimate(strong).score >= 3, strong
