"""The pseudo-locale (``CARERDESK_LANG=pseudo``), for development and tests: every message
40 % longer and accented, so that a layout too tight for Welsh or German, or a string that
never went through translation, shows at a glance. Placeholders (``{name}``, ``%n``,
``%1``), mnemonics (``&Save``), HTML tags and entities are kept exactly as they were.
"""

from __future__ import annotations

import math
import re

GROWTH = 0.4
# What must reach the program unchanged, longest forms first.
_KEPT = re.compile(r"\{[^{}]*\}|%L?n|%L?\d+|%[sd]|<[^>]*>|&(?:[a-zA-Z]+|#\d+);|&&|&.",
                   re.DOTALL)
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
    "áƀçďéĝĥîķļñöřšţüŵýžÁƁÇĎÉĜĤÎĶĻÑÖŘŠŢÜŴÝŽ")


def stretched(text: str) -> str:
    """``text`` accented and padded to 40 % longer (at least two characters), in brackets
    so that a clipped end is seen; an empty string stays empty."""
    if not text:
        return text
    parts, last = [], 0
    for kept in _KEPT.finditer(text):
        parts.append(text[last:kept.start()].translate(_ACCENTED))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTED))
    added = max(2, math.ceil(len(text) * GROWTH)) - 2
    # In words of five, as a longer language's would be: one unbreakable run of padding
    # would make every wrapped label as wide as the run.
    padding = "".join(" " if i % 6 == 0 else "~" for i in range(added))
    return "[" + "".join(parts) + padding + "]"
