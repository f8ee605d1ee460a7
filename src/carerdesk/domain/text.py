"""Names and file names as they are shown, never as they are stored.

A right-to-left override inside a name turns what follows around on screen: a file called
"photo<RLO>gnp.exe" reads "photoexe.png". Where a name is shown, the controls that reorder
text are made visible (an override, embedding or isolate becomes U+FFFD, so the reader sees
that something was there) and the invisible direction marks are dropped. The stored words are
never changed; only what is shown is."""

from __future__ import annotations

REPLACEMENT = "\ufffd"
_REORDERING = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # LRE..RLO, LRI..PDI
_MARKS = "\u200e\u200f\u061c"  # left-to-right, right-to-left and Arabic letter marks

_SHOWN = str.maketrans({**{c: REPLACEMENT for c in _REORDERING}, **{c: None for c in _MARKS}})


def shown_safely(name: object) -> str:
    """``name`` as text that cannot reorder itself or the line around it."""
    return str(name).translate(_SHOWN)
