"""Constants and helpers the tests share (conftest.py holds the fixtures)."""

from __future__ import annotations

from pathlib import Path

PASSPHRASE = "correct horse battery"
CHILD_NAME = "Zephyrine Quartermaine"
SECRET_TEXT = "Xylophonic marmalade afternoon"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a vault folder, byte for byte."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}
