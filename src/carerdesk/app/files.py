"""Files a window or a command saves for the person: written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from carerdesk.vault.atomic import atomic_write


def write_file(path: Path, data: bytes) -> None:
    """Written whole or not at all (temp file beside it, then renamed); StorageFailed says why."""
    atomic_write(Path(path), data)
