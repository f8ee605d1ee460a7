"""How the carer likes to see the app: the text size and the look (light, dark, high
contrast, or whatever the system uses). Kept in settings.json beside the other carer's choices;
nothing the agency decides and nothing about a child, so it is read before unlocking."""

from __future__ import annotations

from carerdesk.app import settings

LOOKS = ("system", "light", "dark", "high-contrast")
# Percent of the system's text size, one step per Ctrl+= or Ctrl+-.
TEXT_SIZES = (80, 90, 100, 115, 130, 150, 175, 200)
NORMAL = 100


def text_size() -> int:
    value = settings.load().get("text_size")
    return value if isinstance(value, int) and value in TEXT_SIZES else NORMAL


def look() -> str:
    value = settings.load().get("look")
    return value if isinstance(value, str) and value in LOOKS else "system"


def step_text_size(steps: int) -> int:
    """One size larger (1), smaller (-1) or back to normal (0); kept, and returned."""
    if steps == 0:
        chosen = NORMAL
    else:
        at = TEXT_SIZES.index(text_size()) + steps
        chosen = TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, at))]
    settings.save({"text_size": chosen})
    return chosen


def choose_look(chosen: str) -> None:
    if chosen not in LOOKS:
        raise ValueError(f"not a look: {chosen!r}")
    settings.save({"look": chosen})
