"""A child's life-story book: cover, contents, and one page per life-story page, in large,
friendly type with the photos their carer chose. Fonts are embedded (Welsh ŵ ŷ included)."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from carerdesk.domain.lifestory import Layout
from carerdesk.lifestory import PageView, PhotoView
from carerdesk.reports import fonts
from carerdesk.text.i18n import translate

WIDTH, HEIGHT = A4
MARGIN = 18 * mm
INK, SOFT, ACCENT = HexColor("#263238"), HexColor("#607d8b"), HexColor("#fff3e0")


def _style(size: float, bold: bool = False, colour: Any = INK) -> ParagraphStyle:
    return ParagraphStyle("s", fontName=fonts.SANS_BOLD if bold else fonts.SANS, fontSize=size,
                          leading=size * 1.35, textColor=colour)


def _para(canvas: Canvas, text: str, x: float, top: float, width: float,
          style: ParagraphStyle) -> float:
    """Draw wrapped text with its top at ``top``; returns the y below it."""
    if not text:
        return top
    para = Paragraph(escape(text).replace("\n", "<br/>"), style)
    size: tuple[float, float] = para.wrapOn(canvas, width, HEIGHT)
    height = size[1]
    para.drawOn(canvas, x, top - height)
    gap: float = style.fontSize * 0.6
    return top - height - gap


def _photo(canvas: Canvas, photo: PhotoView, x: float, top: float, width: float,
           height: float) -> float:
    """Fit a photo in the box, caption below; returns the y below the caption."""
    caption_room = 9 * mm if photo.caption else 0
    box_h = height - caption_room
    scale = min(width / photo.width, box_h / photo.height)
    w, h = photo.width * scale, photo.height * scale
    canvas.drawImage(ImageReader(io.BytesIO(photo.jpeg)), x + (width - w) / 2, top - h, w, h)
    bottom = top - h
    if photo.caption:
        bottom = _para(canvas, photo.caption, x, bottom - 2 * mm, width, _style(14, colour=SOFT))
    return bottom


def _header(canvas: Canvas, page: PageView) -> float:
    top = _para(canvas, page.content.title, MARGIN, HEIGHT - MARGIN, WIDTH - 2 * MARGIN,
                _style(30, bold=True))
    where = " · ".join(t for t in (page.content.when, page.content.place) if t)
    return _para(canvas, where, MARGIN, top, WIDTH - 2 * MARGIN, _style(16, colour=SOFT))


def _words(canvas: Canvas, page: PageView, x: float, top: float, width: float) -> float:
    c = page.content
    top = _para(canvas, c.story, x, top, width, _style(18))
    if c.voice:
        quote = translate("LifeStory", "You said: “{words}”").format(words=c.voice)
        canvas.setFillColor(ACCENT)
        para = Paragraph(escape(quote), _style(18, bold=True))
        _, h = para.wrapOn(canvas, width - 8 * mm, HEIGHT)
        canvas.roundRect(x, top - h - 6 * mm, width, h + 6 * mm, 4 * mm, stroke=0, fill=1)
        para.drawOn(canvas, x + 4 * mm, top - h - 3 * mm)
        top -= h + 10 * mm
    if c.people:
        who = translate("LifeStory", "Who was there: {people}").format(people=c.people)
        top = _para(canvas, who, x, top, width, _style(14, colour=SOFT))
    return top


def _draw_layout(canvas: Canvas, page: PageView, top: float) -> None:
    photos, inner = page.photos, WIDTH - 2 * MARGIN
    layout = page.content.layout
    if not photos:
        _words(canvas, page, MARGIN, top, inner)
    elif layout is Layout.SIDE_BY_SIDE:
        column = inner / 2 - 4 * mm
        y = top
        for photo in photos:
            y = _photo(canvas, photo, MARGIN, y, column, min(95 * mm, (y - MARGIN) / 1.2))
        _words(canvas, page, MARGIN + column + 8 * mm, top, column)
    elif layout is Layout.STORY:
        y = _words(canvas, page, MARGIN, top, inner)
        width = inner / len(photos) - 4 * mm
        for i, photo in enumerate(photos):
            _photo(canvas, photo, MARGIN + i * (width + 4 * mm), y - 4 * mm, width,
                   min(80 * mm, y - MARGIN - 12 * mm))
    elif layout is Layout.GALLERY:
        cell_w, cell_h = inner / 2 - 4 * mm, 75 * mm
        for i, photo in enumerate(photos):
            _photo(canvas, photo, MARGIN + (i % 2) * (cell_w + 8 * mm),
                   top - (i // 2) * (cell_h + 6 * mm), cell_w, cell_h)
        rows = (len(photos) + 1) // 2
        _words(canvas, page, MARGIN, top - rows * (cell_h + 6 * mm), inner)
    else:  # BIG_PHOTO
        y = _photo(canvas, photos[0], MARGIN, top, inner, 115 * mm)
        rest = photos[1:]
        if rest:  # any further photos in a small row under the big one
            width = inner / len(rest) - 4 * mm
            lows = [_photo(canvas, p, MARGIN + i * (width + 4 * mm), y - 3 * mm, width, 40 * mm)
                    for i, p in enumerate(rest)]
            y = min(lows)
        _words(canvas, page, MARGIN, y - 4 * mm, inner)


def _footer(canvas: Canvas, number: int) -> None:
    canvas.setFont(fonts.SANS, 12)
    canvas.setFillColor(SOFT)
    canvas.drawCentredString(WIDTH / 2, 10 * mm, str(number))


def _canvas(buffer: io.BytesIO, title: str) -> Canvas:
    fonts.register()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.SANS, pageCompression=1)
    canvas.setTitle(title)
    return canvas


def page_pdf(page: PageView) -> bytes:
    """One page, as it prints in the book (without a page number)."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, page.content.title)
    _draw_layout(canvas, page, _header(canvas, page))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def book_pdf(child_name: str, pages: list[PageView]) -> bytes:
    """Cover, contents, then every page in order, numbered."""
    title = translate("LifeStory", "{name}'s life story").format(name=child_name)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, title)
    _cover(canvas, title, pages)
    _contents(canvas, pages)
    for number, page in enumerate(pages, start=3):
        _draw_layout(canvas, page, _header(canvas, page))
        _footer(canvas, number)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cover(canvas: Canvas, title: str, pages: list[PageView]) -> None:
    top = _para(canvas, title, MARGIN, HEIGHT - 60 * mm, WIDTH - 2 * MARGIN,
                _style(40, bold=True))
    first = next((p.photos[0] for p in pages if p.photos), None)
    if first is not None:
        _photo(canvas, first, MARGIN, top - 10 * mm, WIDTH - 2 * MARGIN, 120 * mm)
    canvas.showPage()


def _contents(canvas: Canvas, pages: list[PageView]) -> None:
    top = _para(canvas, translate("LifeStory", "What is in this book"), MARGIN,
                HEIGHT - MARGIN, WIDTH - 2 * MARGIN, _style(30, bold=True))
    for number, page in enumerate(pages, start=3):
        canvas.setFont(fonts.SANS, 18)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, top - 18, page.content.title[:60])
        canvas.drawRightString(WIDTH - MARGIN, top - 18, str(number))
        top -= 18 * 1.6
    _footer(canvas, 2)
    canvas.showPage()
