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

_COMMON = {
    "password", "passw0rd", "123456", "12345678", "123456789", "qwerty", "letmein",
    "iloveyou", "welcome", "monkey", "dragon", "football", "princess", "sunshine",
    "admin", "abc123", "trustno1", "fostercare", "carerdesk", "children",
}

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
