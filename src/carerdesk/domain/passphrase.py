"""How strong a new passphrase is, with reasons a tired person can act on."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.input_errors import PassphraseMismatch, PassphraseTooShort

MIN_PASSPHRASE = 8


def check_new_passphrase(new: str, confirmation: str, minimum: int = MIN_PASSPHRASE) -> str:
    """The rules a new passphrase keeps; an agency may raise the minimum."""
    if len(new.strip()) < minimum:
        raise PassphraseTooShort(minimum)
    if new != confirmation:
        raise PassphraseMismatch()
    return new

_COMMON = {  # among the first guesses of any cracker, and words a carer's home suggests
    "password", "passw0rd", "123456", "12345678", "123456789", "qwerty", "letmein",
    "iloveyou", "welcome", "monkey", "dragon", "football", "princess", "sunshine",
    "admin", "abc123", "trustno1", "fostercare", "carerdesk", "children", "master",
    "shadow", "superman", "batman", "starwars", "liverpool", "arsenal", "chelsea",
    "manchester", "london", "cardiff", "charlie", "thomas", "jessica", "michael", "daniel",
    "hello", "freedom", "whatever", "computer", "summer", "winter", "spring", "autumn",
    "family", "mummy", "daddy", "baby", "love", "lovely", "angel", "flower", "secret",
    "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbn", "1qaz2wsx", "qazwsx", "abcdef", "abcd",
    "foster", "carer", "journal", "diary", "cymru", "ddraig", "chocolate", "pokemon",
}
_LEET = str.maketrans("013457@$!|", "oleastasil")


def _guessable_core(text: str) -> str | None:
    """The common word under a common disguise, if there is one: "Password123", "p@ssw0rd!",
    "passwordpassword" and "2024summer" are the word itself to a cracker."""
    lower = text.lower()
    core = (re.sub(r"^[\d\W_]+|[\d\W_]+$", "", lower) or lower).translate(_LEET)
    core = re.sub(r"[\s\-_.]+", "", core)  # "dragon dragon" is "dragondragon"
    half = len(core) // 2
    if len(core) % 2 == 0 and core[:half] == core[half:]:
        core = core[:half]  # the word twice
    return core if core in _COMMON or text.lower() in _COMMON else None

LEVELS = (
    QT_TRANSLATE_NOOP("Passphrase", "Very weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    QT_TRANSLATE_NOOP("Passphrase", "Strong"),
    QT_TRANSLATE_NOOP("Passphrase", "Very strong"),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0-4, an index into LEVELS
    bits: float  # a rough estimate of guessing difficulty
    advice: tuple[str, ...]  # translation sources, context "Passphrase"


def _pool(text: str) -> int:
    pool = 0
    for pattern, size in ((r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[^A-Za-z0-9]", 33)):
        if re.search(pattern, text):
            pool += size
    return max(pool, 1)


def estimate(passphrase: str, minimum: int = MIN_PASSPHRASE) -> Strength:
    text = passphrase.strip()
    advice = []
    distinct = len(set(text))
    bits = len(text) * math.log2(_pool(text)) * min(1.0, distinct / max(len(text) * 0.5, 1))
    words = [w for w in re.split(r"[\s\-_.]+", text) if w]
    if len(words) >= 3:
        bits = max(bits, 11 * len(words))  # several words: about a dictionary word each
    if text.lower() in _COMMON or re.fullmatch(r"(.)\1*", text or "x"):
        bits = min(bits, 5)
        advice.append(QT_TRANSLATE_NOOP("Passphrase", "This is a very common password; "
                                                      "anyone would guess it."))
    elif _guessable_core(text) is not None:
        bits = min(bits, 20)  # the word, then its few thousand usual disguises
        advice.append(QT_TRANSLATE_NOOP("Passphrase", "A common word with numbers or symbols "
                                                      "added, or typed twice, is among the "
                                                      "first things guessed."))
    if len(text) < minimum:
        advice.append(QT_TRANSLATE_NOOP("Passphrase", "Use at least {minimum} characters."))
    if len(words) < 3:
        advice.append(QT_TRANSLATE_NOOP("Passphrase", "Three or four unrelated words make a "
                                                      "passphrase that is strong and easy to "
                                                      "remember."))
    if len(text) >= 6 and distinct <= max(3, len(text) // 4):
        advice.append(QT_TRANSLATE_NOOP("Passphrase", "Avoid repeating the same characters."))
    score = 0 if bits < 28 else 1 if bits < 36 else 2 if bits < 50 else 3 if bits < 70 else 4
    if len(text) < minimum:
        score = min(score, 1)
    return Strength(score, bits, tuple(advice))
