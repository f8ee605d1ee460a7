"""What a killed backup or restore leaves behind, and how it is cleaned.

Only CarerDesk's own names are ever matched; a person's own files in the same folders are
never touched. Where no lock says that nobody else is at work (a backup folder shared by
several vaults, or a stick used from two computers), a leftover must also be older than this
process and untouched for a while: another process may be writing it right now.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

STARTED = time.time()  # this module is imported at start: "older than the running process"
GRACE_SECONDS = 15 * 60
BACKUP_FOLDER_PATTERNS = (".backup-*", ".verify-*", "carerdesk-*.cdbackup.part")
VAULT_FOLDER_PATTERNS = (".vault.json.*.tmp",)


def staging_patterns(vault_folder: Path) -> tuple[str, ...]:
    """Leftovers of a restore into ``vault_folder``, in its parent folder."""
    name = vault_folder.name
    # the intent file is ".<name>.restore-intent.json"; atomic_write's temp adds a dot
    return (f".{name}-restore-*", f"..{name}.restore-intent.json.*.tmp")


def _last_touched(path: Path) -> float:
    newest = path.lstat().st_mtime
    if path.is_dir() and not path.is_symlink():
        for inner in path.iterdir():
            newest = max(newest, inner.lstat().st_mtime)
    return newest


def is_stale(path: Path, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    try:
        return _last_touched(path) < min(STARTED, now - GRACE_SECONDS)
    except OSError:
        return False


def remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            os.unlink(path)


def clean(folder: Path, patterns: tuple[str, ...], only_stale: bool = True) -> list[Path]:
    """Remove what matches ``patterns`` in ``folder``; returns what was removed."""
    removed: list[Path] = []
    for pattern in patterns:
        try:
            found = list(folder.glob(pattern))
        except OSError:
            return removed  # a folder that is gone has nothing to clean
        for path in found:
            if only_stale and not is_stale(path):
                continue
            remove(path)
            if not path.exists():
                removed.append(path)
    return removed
