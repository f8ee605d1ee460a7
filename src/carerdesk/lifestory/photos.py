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


def _read(path: str | Path) -> tuple[bytes, str]:
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageTooLarge("photo", name)
        return Path(path).read_bytes(), name
    except OSError:
        raise UnreadableFile("photo", name) from None


def clean_photo(path: str | Path) -> CleanPhoto:
    return clean_bytes(*_read(path))


def check_photo(path: str | Path) -> None:
    """Refuse now, in the words ``clean_photo`` would use at Save, a file that is not a photo
    CarerDesk can bring in: as a photo is chosen, so quicker (a JPEG decoded at an eighth of
    its size, every byte of it still read)."""
    data, name = _read(path)
    _decoded(data, name, small=True)


def _decoded(data: bytes, name: str, small: bool = False) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ImageTooLarge("photo", name)
                if small:
                    image.draft("RGB", (max(image.width // 8, 1), max(image.height // 8, 1)))
                image.load()
                return ImageOps.exif_transpose(image)  # honour the camera's rotation
    except (UnidentifiedImageError, SyntaxError, ValueError, OSError, EOFError):
        raise NotAnImage("photo", name) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLarge("photo", name) from None


def clean_bytes(data: bytes, name: str) -> CleanPhoto:
    upright = _decoded(data, name)
    rgb = upright.convert("RGB")  # a fresh image: no EXIF, no XMP, no ICC, no comments
    rgb.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=85, optimize=True)
    return CleanPhoto(out.getvalue(), rgb.width, rgb.height)
