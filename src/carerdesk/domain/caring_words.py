"""Gentle suggestions of caring language, for the child who may read their record one day.

Each hint names a word a child might read as blame or as jargon, and a kinder way to say it,
in our own words (grown from the spirit of TACT's "Language that cares"). A hint must never
fire on the wrong sense of a word ("I will contact school", "lying on the sofa", "the match
kicked off"), so most carry what must come before or after them. Words inside quotation marks
are someone's own words, recorded as said, and are never flagged. Hints never block saving.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from carerdesk.domain._noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    found: str
    instead: str  # a translation source, context "Writing"


@dataclass(frozen=True)
class _Hint:
    pattern: re.Pattern[str]
    instead: str
    needs_before: re.Pattern[str] | None = None  # searched in the text just before the word
    needs_after: re.Pattern[str] | None = None  # matched at the text just after the word
    unless_before: re.Pattern[str] | None = None
    unless_after: re.Pattern[str] | None = None

    def fits(self, text: str, match: re.Match[str]) -> bool:
        before = text[max(0, match.start() - 40):match.start()]
        after = text[match.end():match.end() + 40]
        if self.unless_before is not None and self.unless_before.search(before):
            return False
        if self.unless_after is not None and self.unless_after.match(after):
            return False
        checks = []
        if self.needs_before is not None:
            checks.append(self.needs_before.search(before) is not None)
        if self.needs_after is not None:
            checks.append(self.needs_after.match(after) is not None)
        return not checks or any(checks)  # either context is enough


def _re(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Family time is "contact" only as a noun about seeing family: "had contact with Nan",
# "contact went well", "after contact". The verb ("contact school") and the other nouns
# ("contact details", "eye contact", "in contact with") are left alone.
_CONTACT = _Hint(
    _re(r"\bcontacts?\b"), QT_TRANSLATE_NOOP("Writing", "family time"),
    needs_before=_re(r"\b(?:had|has|have|having|after|before|during|at|from|supervised|"
                     r"unsupervised|family|sibling|birth family|weekly|fortnightly|monthly|"
                     r"direct|indirect|letterbox|video|next|last|(?:went|go|going|back) to|"
                     r"(?:his|her|their|the|today's|this week's))\s+$"),
    needs_after=_re(r"\s+(?:with\s+(?:(?:his|her|their|my)\s+)?(?:mum|mam|mummy|dad|daddy|"
                    r"nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunt|"
                    r"uncle|brothers?|sisters?|siblings?|birth|family|parents?|cousins?)\b|"
                    r"(?:went|was|is|has been|visits?|centre|center|session|today|tonight|"
                    r"arrangements|plan|time)\b)|\s*[.,;:!?)]|\s*$"),
    unless_before=_re(r"\b(?:eye|in|of|physical|close|skin|first|made|make|making|lost|lose|"
                      r"keep|kept|stay|stayed|stays|(?<!went )(?<!back )(?<!going )to|"
                      r"will|would|can|could|should|must|please|i'll|we'll|i|we)\s+$"),
    unless_after=_re(r"\s+(?:details|numbers?|lens|lenses|sports?|forms?|info|information|"
                     r"list|name|person|point|email|address|cards?|me|us|you|him|them|the "
                     r"(?:school|teacher|office|social worker|agency|police|gp|doctor)|with "
                     r"(?:the\s+)?(?:school|teacher|college|nursery|office|agency|police|gp|"
                     r"doctor|social worker|sw|ssw|iro))\b"),
)

# "Lying" as not telling the truth: "lying to me", "lying about it", "caught lying". Not
# "lying on the sofa", "lying awake", "lying down".
_POSTURE = (r"on|in|down|there|here|awake|around|about on|under|next|beside|by|back|flat|"
            r"still|face|across|asleep|in bed|on the")
_LYING = _Hint(
    _re(r"\blying\b|\blied\b"),
    QT_TRANSLATE_NOOP("Writing", "finding it hard to tell me what happened"),
    needs_before=_re(r"\b(?:caught|kept|keeps|keep|started|starts|stop|stopped|always|"
                     r"constantly|been|was|is|were|are|'s)\s+$"),
    needs_after=_re(r"\s+(?:to|about|again)\b|\s*[.,;:!?)]|\s*$"),
    unless_after=_re(rf"\s+(?:{_POSTURE})\b"),
    unless_before=_re(r"\b(?:lay|had)\s+$"),
)

# "Kicked off" as becoming very upset, not a match, a season or a pair of shoes.
_KICKED_OFF = _Hint(
    _re(r"\bkick(?:ed|s|ing)? off\b"), QT_TRANSLATE_NOOP("Writing", "became very upset"),
    unless_before=_re(r"\b(?:match|game|season|party|show|festival|tournament|term|race|"
                      r"final|league|derby|film|concert|fun|celebrations?|holidays?)\s+"
                      r"(?:\w+\s+)?$"),
    unless_after=_re(r"\s+(?:his|her|their|my|your|our|the|its|a|an|this|that|shoes|boots|"
                     r"socks|wellies|trainers)\b"),
)

# "Aggressive" about a child, not a treatment, an illness, a dog or the traffic.
_AGGRESSIVE = _Hint(
    _re(r"\baggress(?:ive|ively|ion)\b"),
    QT_TRANSLATE_NOOP("Writing", "very angry (then say what you saw)"),
    unless_after=_re(r"\s+(?:treatment|tumou?rs?|cancers?|chemo\w*|therapy|dogs?|driv\w+|"
                     r"traffic|marketing|cleaning|pruning|weeds?|strategy|bidding|growth|"
                     r"infection|form of)\b"),
    unless_before=_re(r"\b(?:dog|dogs|puppy|cat|driver|drivers|tumour|cancer|infection)\s+"
                      r"(?:was|is|were|are|got|seemed|looked)?\s*(?:very\s+|quite\s+|a bit\s+)?$"),
)

# "Placement" in the foster-care sense; a work placement or a placement test is another thing.
_PLACEMENT = _Hint(
    _re(r"\bplacements?\b"), QT_TRANSLATE_NOOP("Writing", "living with us"),
    unless_before=_re(r"\b(?:work|work-experience|work experience|student|school|college|"
                      r"university|uni|nursing|teaching|job|industry|sandwich|year)\s+$"),
    unless_after=_re(r"\s+(?:test|tests|exam|year|student|of the|of a|of his|of her|of their|"
                     r"of my)\b"),
)

_HINTS: tuple[_Hint, ...] = (
    _Hint(_re(r"\bplacement (?:breakdown|broke down|breaking down|has broken down)\b"),
          QT_TRANSLATE_NOOP("Writing", "an unplanned ending")),
    _CONTACT,
    _Hint(_re(r"\bchallenging behaviou?rs?\b"),
          QT_TRANSLATE_NOOP("Writing", "having a hard time")),
    _KICKED_OFF,
    _Hint(_re(r"\battention[- ]seeking\b"), QT_TRANSLATE_NOOP("Writing", "needing connection")),
    _Hint(_re(r"\bmanipulative\b"), QT_TRANSLATE_NOOP("Writing", "trying to get a need met")),
    _Hint(_re(r"\babscond(?:ed|ing|s)?\b"), QT_TRANSLATE_NOOP("Writing", "was missing from home")),
    _Hint(_re(r"\brespite\b"), QT_TRANSLATE_NOOP("Writing", "a sleepover with another carer"),
          unless_after=_re(r"\s+from\b")),  # "a respite from the rain" is another sense
    _PLACEMENT,
    # An acronym in capitals only: "Lac" in a place name is not it.
    _Hint(_re(r"\bL\.?A\.?C\b\.?", 0),
          QT_TRANSLATE_NOOP("Writing", "in care (or just their name)")),
    _Hint(_re(r"\bnaught(?:y|ier|iest|iness)\b"),
          QT_TRANSLATE_NOOP("Writing", "finding things hard")),
    _LYING,
    _AGGRESSIVE,
)

# Someone's own words, as they said them: "...", “...”, ‘...’ and '...' (an apostrophe inside
# a word, as in "don't", does not end a single-quoted passage).
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w))*'(?!\w)")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def caring_language(text: str) -> list[Suggestion]:
    """Words a child might one day read as blame, with gentler ones to consider."""
    quoted = _quoted_spans(text)
    found: list[Suggestion] = []
    for hint in _HINTS:
        for match in hint.pattern.finditer(text):
            if any(a <= match.start() < b for a, b in quoted) or not hint.fits(text, match):
                continue
            found.append(Suggestion(match.start(), match.end(), match.group(0), hint.instead))
    # Where two hints cover the same words ("placement breakdown"), the longer one says it.
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Suggestion] = []
    for suggestion in found:
        if kept and suggestion.start < kept[-1].end:
            continue
        kept.append(suggestion)
    return kept
