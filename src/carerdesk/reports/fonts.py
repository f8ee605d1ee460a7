"""Register the bundled Noto Sans (OFL; covers Welsh ŵ ŷ) so every PDF embeds its fonts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC = (
    "CarerSans", "CarerSans-Bold", "CarerSans-Italic", "CarerSans-BoldItalic")
_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}


@cache
def register() -> str:
    """Register once; returns the family name to use in styles."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    for bold, italic, name in ((0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS_ITALIC),
                               (1, 1, SANS_BOLD_ITALIC)):
        addMapping(SANS, bold, italic, name)
    return SANS
