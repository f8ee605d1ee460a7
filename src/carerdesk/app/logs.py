"""The app's log: where it lives, and how an unexpected error is kept without record text."""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from typing import cast

import platformdirs

LOG_NAME = "carerdesk.log"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("CarerDesk", "CarerDesk"))


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """Log files are owner-only from their first byte, rotated ones too."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        # text, as the base class opens it: self.mode is "a" (no "b")
        return cast(io.TextIOWrapper, open(fd, self.mode, encoding=self.encoding,
                                           errors=self.errors))


def _logger() -> logging.Logger:
    """The app's logger, writing where ``log_dir()`` says now (it can change in tests)."""
    logger = logging.getLogger("carerdesk")
    path = str(log_dir() / LOG_NAME)
    current = [h for h in logger.handlers if getattr(h, "baseFilename", None) == path]
    if not current:
        for old in list(logger.handlers):
            logger.removeHandler(old)
            old.close()
        log_dir().mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(log_dir(), 0o700)  # made 0755 by an older version
        handler = _PrivateFileHandler(
            path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False  # never echoed to a console a child might see
    return logger


def scrubbed_traceback(exc: BaseException) -> str:
    """Frames and exception types only: an exception's message may quote a record."""
    frames = traceback.format_tb(exc.__traceback__)
    chain = []
    seen: BaseException | None = exc
    while seen is not None:
        chain.append(type(seen).__qualname__)
        seen = seen.__cause__ or seen.__context__
    return "".join(frames) + " <- ".join(chain)


def log_unexpected(exc: BaseException) -> Path:
    with contextlib.suppress(OSError):
        _logger().error("unexpected error\n%s", scrubbed_traceback(exc))
    return log_dir() / LOG_NAME


def log_info(message: str) -> None:
    """A plain line for whoever looks after the computer (never record text)."""
    with contextlib.suppress(OSError):
        _logger().info("%s", message)
