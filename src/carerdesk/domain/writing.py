"""Help with writing for the child who may read this one day: moods, marks, PACE prompts and
gentle suggestions of caring language. Suggestions never block saving."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.caring_words import (  # noqa: F401 - the hints live there; kept importable here
    Suggestion,
    caring_language,
)


class Mood(StrEnum):
    """The child's mood on a five-step scale, charted over time in supervision."""

    VERY_UPSET = "very_upset"
    UPSET = "upset"
    OKAY = "okay"
    HAPPY = "happy"
    VERY_HAPPY = "very_happy"

    @property
    def score(self) -> int:
        return list(Mood).index(self) + 1

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() is not used
        return MOOD_TITLES[self]


MOOD_TITLES = {
    Mood.VERY_UPSET: QT_TRANSLATE_NOOP("Writing", "Very upset"),
    Mood.UPSET: QT_TRANSLATE_NOOP("Writing", "Upset"),
    Mood.OKAY: QT_TRANSLATE_NOOP("Writing", "Okay"),
    Mood.HAPPY: QT_TRANSLATE_NOOP("Writing", "Happy"),
    Mood.VERY_HAPPY: QT_TRANSLATE_NOOP("Writing", "Very happy"),
}


class MarkKind(StrEnum):
    """Fact, opinion and what someone else said are kept apart (NMS standard 26)."""

    FACT = "fact"
    OPINION = "opinion"
    REPORTED = "reported"


MARK_TITLES = {
    MarkKind.FACT: QT_TRANSLATE_NOOP("Writing", "Fact"),
    MarkKind.OPINION: QT_TRANSLATE_NOOP("Writing", "My opinion"),
    MarkKind.REPORTED: QT_TRANSLATE_NOOP("Writing", "What someone else said"),
}


@dataclass(frozen=True)
class Mark:
    """A passage of the narrative, by character offsets [start, end)."""

    start: int
    end: int
    kind: MarkKind


PACE_PROMPTS = (
    (QT_TRANSLATE_NOOP("Writing", "Playfulness"),
     QT_TRANSLATE_NOOP("Writing", "Was there a light moment, and how did it land?")),
    (QT_TRANSLATE_NOOP("Writing", "Acceptance"),
     QT_TRANSLATE_NOOP("Writing", "What feeling underneath did you accept, without judging it?")),
    (QT_TRANSLATE_NOOP("Writing", "Curiosity"),
     QT_TRANSLATE_NOOP("Writing", "What do you wonder about what was going on for them?")),
    (QT_TRANSLATE_NOOP("Writing", "Empathy"),
     QT_TRANSLATE_NOOP("Writing", "How did you show you understood how hard it was?")),
)
