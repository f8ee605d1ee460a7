"""Atomic file replacement: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from carerdesk.domain.errors import StorageFailed


def fsync_folder(folder: Path) -> None:
    """Make a rename durable; folders cannot be opened for fsync on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Make a file's bytes durable before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return "gone"
    return "other"


_SQLITE_FULL = ("disk is full", "database or disk is full")
_SQLITE_READ_ONLY = ("readonly", "read-only")
_SQLITE_GONE = ("disk i/o error", "unable to open database file")


def sqlite_storage_reason(message: str) -> str | None:
    """The storage failure an SQLite error message names, or None if it names none."""
    text = message.lower()
    for reason, words in (("full", _SQLITE_FULL), ("read-only", _SQLITE_READ_ONLY),
                          ("gone", _SQLITE_GONE)):
        if any(word in text for word in words):
            return reason
    return None


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync, rename over it, fsync the folder.

    The temp file is created owner-only before any byte is written.
    """
    folder = path.parent
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        fsync_folder(folder)
    except OSError as exc:
        reason = storage_reason(exc)
        raise StorageFailed(str(folder if reason == "gone" else path), reason) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
