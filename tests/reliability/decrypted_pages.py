"""Every page of a SQLCipher 4 file decrypted, free pages included, for tests that look for
words that must be gone. SQLCipher's defaults: 4096-byte pages, AES-256-CBC under the raw
key, each page ending in its IV (16 bytes) and HMAC-SHA512 (64 bytes); page 1 begins with
the 16-byte salt in the clear. The WAL's frames are pages too (after a 32-byte header, each
frame has a 24-byte header)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE, RESERVE, SALT = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(key: bytes, raw: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = raw[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(raw[start:PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> list[bytes]:
    data = Path(path).read_bytes()
    assert len(data) % PAGE == 0, "a whole number of pages"
    return [_page(key, data[i:i + PAGE], i == 0) for i in range(0, len(data), PAGE)]


def wal_pages(path: Path, key: bytes) -> list[bytes]:
    if not Path(path).exists():
        return []
    data = Path(path).read_bytes()
    frame = FRAME_HEADER + PAGE
    pages = []
    for at in range(WAL_HEADER, len(data) - frame + 1, frame):
        number = int.from_bytes(data[at:at + 4], "big")
        pages.append(_page(key, data[at + FRAME_HEADER:at + frame], number == 1))
    return pages
