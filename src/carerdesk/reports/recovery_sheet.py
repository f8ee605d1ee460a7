"""The recovery sheet: the recovery key on paper, with plain instructions."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carerdesk.reports import fonts
from carerdesk.text.i18n import translate


def _wrap(canvas: Canvas, text: str, x: float, y: float, width: float, size: float) -> float:
    """Draw ``text`` wrapped to ``width``; returns the y below it."""
    words, line = text.split(), ""
    for word in words:
        trial = f"{line} {word}".strip()
        if canvas.stringWidth(trial, fonts.SANS, size) > width and line:
            canvas.drawString(x, y, line)
            y -= size * 1.45
            line = word
        else:
            line = trial
    if line:
        canvas.drawString(x, y, line)
        y -= size * 1.45
    return y


def _draw_groups(canvas: Canvas, groups: list[str], left: float, y: float) -> float:
    """Four numbered groups a row: an error message names a group by its number."""
    column = 38 * mm
    for index, group in enumerate(groups):
        x = left + (index % 4) * column
        canvas.setFont(fonts.SANS, 8)
        canvas.setFillGray(0.45)
        canvas.drawString(x, y + 7.5 * mm, str(index + 1))
        canvas.setFont(fonts.SANS_BOLD, 20)
        canvas.setFillGray(0)
        canvas.drawString(x, y, group)
        if index % 4 == 3 or index == len(groups) - 1:
            y -= 15 * mm
    return y


def recovery_sheet(recovery_key: str, made_on: dt.date | None = None) -> bytes:
    """A one-page A4 PDF, returned as bytes: it is written only where the carer chooses."""
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.SANS)
    canvas.setTitle(translate("RecoverySheet", "CarerDesk recovery sheet"))
    width, height = A4
    left, text_width = 22 * mm, width - 44 * mm
    y = height - 30 * mm
    canvas.setFont(fonts.SANS_BOLD, 22)
    canvas.drawString(left, y, translate("RecoverySheet", "CarerDesk recovery sheet"))
    y -= 10 * mm
    canvas.setFont(fonts.SANS, 11)
    made = (made_on or dt.date.today()).isoformat()
    y = _wrap(canvas, translate("RecoverySheet", "Made on {date}.").format(date=made),
              left, y, text_width, 11)
    y -= 6 * mm
    canvas.setFont(fonts.SANS_BOLD, 12)
    canvas.drawString(left, y, translate("RecoverySheet", "Your recovery key"))
    y -= 17 * mm
    y = _draw_groups(canvas, recovery_key.split("-"), left, y)
    y -= 4 * mm
    canvas.setFont(fonts.SANS, 11)
    for paragraph in (
        translate("RecoverySheet", "If you ever forget your passphrase, open CarerDesk, choose "
                                   "\"Forgotten passphrase\" and type this key. You can then "
                                   "choose a new passphrase; nothing in your journal is lost."),
        translate("RecoverySheet", "Anyone who has this sheet and your computer could read your "
                                   "records. Keep it somewhere safe and private, away from the "
                                   "computer: with your important papers, or in a locked drawer."),
        translate("RecoverySheet", "The key uses the digits 0-9 and the letters A-Z without I, "
                                   "L, O and U, so nothing can be mistaken for 1 or 0. Capital or "
                                   "small letters, spaces and dashes do not matter."),
    ):
        y = _wrap(canvas, paragraph, left, y, text_width, 11) - 4 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
