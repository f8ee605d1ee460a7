"""One process at a time per vault, with a lock the operating system drops when we die.

An advisory lock on ``vault.lock`` (flock on POSIX, msvcrt on Windows) rather than a file
whose mere presence means "locked": a crash, a kill or a power cut never leaves a stale lock.
The file itself is never written, so taking the lock changes no byte in the vault folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from carerdesk.domain.errors import StorageFailed, VaultInUse
from carerdesk.vault.atomic import storage_reason

if sys.platform == "win32":  # pragma: no cover - exercised on Windows runners
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ProcessLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageFailed(str(self.path), storage_reason(exc)) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise VaultInUse(str(self.path.parent))
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
