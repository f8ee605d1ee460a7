"""No core dumps: a crash must not write the database key, the passphrase or record text to
disk. Called first thing by the CLI and the app, as KeePassXC does.

``RLIMIT_CORE`` 0 stops the kernel writing a core file; on Linux ``PR_SET_DUMPABLE`` 0 also
stops a core handler (systemd-coredump, apport) from taking one, and stops another process of
the same user attaching a debugger to read our memory.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> bool:
    """True when both guards are in place (or the one the platform has)."""
    done = _no_core_limit()
    if sys.platform.startswith("linux"):
        done = _not_dumpable() and done
    return done


def _no_core_limit() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files; Windows Error Reporting is left as is
        return True
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def _libc() -> ctypes.CDLL:
    import ctypes  # only on Linux, and without ctypes.util (it runs ldconfig: slow)

    return ctypes.CDLL(None)  # the process's own symbols, libc's prctl among them


def _not_dumpable() -> bool:
    try:
        return bool(_libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool:
    """What the kernel says now (Linux), for the self-test and the tests."""
    try:
        return bool(_libc().prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
    except (OSError, AttributeError):
        return False
