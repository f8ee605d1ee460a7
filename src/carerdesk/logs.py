"""The app's log: where it lives, and how an unexpected error is kept without record text."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

import platformdirs

LOG_NAME = "carerdesk.log"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("CarerDesk", "CarerDesk"))


def _logger() -> logging.Logger:
    """The app's logger, writing where ``log_dir()`` says now (it can change in tests)."""
    logger = logging.getLogger("carerdesk")
    path = str(log_dir() / LOG_NAME)
    current = [h for h in logger.handlers if getattr(h, "baseFilename", None) == path]
    if not current:
        for old in list(logger.handlers):
            logger.removeHandler(old)
            old.close()
        log_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
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
    try:
        _logger().error("unexpected error\n%s", scrubbed_traceback(exc))
    except OSError:
        pass
    return log_dir() / LOG_NAME
