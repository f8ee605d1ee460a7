"""Bring a photo in from a file: decoded, turned upright, scaled down and re-encoded, so that
camera, GPS and date metadata are gone. Only the result is kept, inside the vault."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from carerdesk.domain.input_errors import ImageTooLarge, NotAnImage, UnreadableFile

MAX_SIDE = 1600  # plenty for an A4 page at good quality
MAX_PIXELS = 50_000_000  # refuse decompression bombs before decoding them
MAX_FILE_BYTES = 100 * 1024 * 1024
FORMATS = ("JPEG", "PNG", "GIF", "BMP", "WEBP", "TIFF")


@dataclass(frozen=True)
class CleanPhoto:
    jpeg: bytes
    width: int
    height: int


def clean_photo(path: str | Path) -> CleanPhoto:
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageTooLarge("photo", name)
        data = Path(path).read_bytes()
    except OSError:
        raise UnreadableFile("photo", name) from None
    return clean_bytes(data, name)


def clean_bytes(data: bytes, name: str) -> CleanPhoto:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ImageTooLarge("photo", name)
                image.load()
                upright = ImageOps.exif_transpose(image)  # honour the camera's rotation
    except (UnidentifiedImageError, SyntaxError, ValueError, OSError, EOFError):
        raise NotAnImage("photo", name) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLarge("photo", name) from None
    rgb = upright.convert("RGB")  # a fresh image: no EXIF, no XMP, no ICC, no comments
    rgb.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=85, optimize=True)
    return CleanPhoto(out.getvalue(), rgb.width, rgb.height)
