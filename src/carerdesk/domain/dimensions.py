"""The five caregiving dimensions of the Secure Base model (Schofield and Beek)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from carerdesk.domain._noop import QT_TRANSLATE_NOOP

CONTEXT = "Dimension"


class Dimension(StrEnum):
    """Stable keys, used in the database, the CLI and report files."""

    AVAILABILITY = "availability"
    SENSITIVITY = "sensitivity"
    ACCEPTANCE = "acceptance"
    COOPERATION = "cooperation"
    FAMILY_MEMBERSHIP = "family_membership"

    @property
    def info(self) -> DimensionInfo:
        return DIMENSIONS[self]

    @classmethod
    def parse(cls, text: str) -> Dimension:
        """Accept the key or the model's spelling: ``co-operation``, ``Family membership``."""
        key = text.strip().lower().replace("-", "").replace(" ", "_")
        for dim in cls:
            if key in (dim.value, dim.value.replace("_", "")):
                return dim
        raise ValueError(text)


@dataclass(frozen=True)
class DimensionInfo:
    """What a person reads about a dimension; every text is a translation source."""

    title: str  # spelled as the model spells it
    helps_child_to: str
    carer_thinking: str
    guidance: str


DIMENSIONS: dict[Dimension, DimensionInfo] = {
    Dimension.AVAILABILITY: DimensionInfo(
        QT_TRANSLATE_NOOP("Dimension", "Availability"),
        QT_TRANSLATE_NOOP("Dimension", "trust"),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "What does this child expect of adults? How can I show I will not let them down?",
        ),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "When were you there for the child today, in body and mind, together or apart? "
            "What signals did you notice, and how did you go at their pace?",
        ),
    ),
    Dimension.SENSITIVITY: DimensionInfo(
        QT_TRANSLATE_NOOP("Dimension", "Sensitivity"),
        QT_TRANSLATE_NOOP("Dimension", "manage feelings and behaviour"),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "What might this child be thinking and feeling right now? What am I feeling?",
        ),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "Which feelings did you name or reflect back today? How did you help the child "
            "make sense of them and calm down?",
        ),
    ),
    Dimension.ACCEPTANCE: DimensionInfo(
        QT_TRANSLATE_NOOP("Dimension", "Acceptance"),
        QT_TRANSLATE_NOOP("Dimension", "build self-esteem"),
        QT_TRANSLATE_NOOP(
            "Dimension", "This child is valued for who they are, difficulties and all."
        ),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "How did you show the child they are good and loved, even after a hard moment? "
            "What went well for them today?",
        ),
    ),
    Dimension.COOPERATION: DimensionInfo(
        QT_TRANSLATE_NOOP("Dimension", "Co-operation"),
        QT_TRANSLATE_NOOP("Dimension", "feel effective"),
        QT_TRANSLATE_NOOP("Dimension", "This child's wishes and goals are real and matter."),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "Where did you offer choices, negotiate or work together? When did the child ask "
            "for help or feel capable?",
        ),
    ),
    Dimension.FAMILY_MEMBERSHIP: DimensionInfo(
        QT_TRANSLATE_NOOP("Dimension", "Family membership"),
        QT_TRANSLATE_NOOP("Dimension", "belong"),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "This child is part of my family and also connected to their birth family.",
        ),
        QT_TRANSLATE_NOOP(
            "Dimension",
            "How did the child feel part of your family today? How was their birth family "
            "kept in mind, at family time or in between?",
        ),
    ),
}

OBSERVATION_PARTS: tuple[tuple[str, str], ...] = (
    ("what_happened", QT_TRANSLATE_NOOP("Dimension", "What happened")),
    ("meaning", QT_TRANSLATE_NOOP("Dimension", "What I think it meant")),
    ("what_i_did", QT_TRANSLATE_NOOP("Dimension", "What I did")),
    ("how_i_felt", QT_TRANSLATE_NOOP("Dimension", "How I felt")),
)
"""The Secure Base Interview shape of an observation: each part optional."""

# One colour per dimension, the same in the month view and the supervision charts: Okabe and
# Ito's palette, which colour-blind readers can tell apart. No red: red means safeguarding (a
# significant event) and nothing else.
COLOURS: dict[Dimension, str] = {
    Dimension.AVAILABILITY: "#0072B2",  # blue
    Dimension.SENSITIVITY: "#CC79A7",  # reddish purple
    Dimension.ACCEPTANCE: "#009E73",  # bluish green
    Dimension.COOPERATION: "#E69F00",  # orange
    Dimension.FAMILY_MEMBERSHIP: "#56B4E9",  # sky blue
}
