"""Whether a window can open at all: without a display (over ssh, on a server) Qt's platform
plugin aborts the process with a core dump and six lines about reinstalling; we say it in one."""

from __future__ import annotations

import os
import sys

from carerdesk.text.i18n import translate


def missing_display() -> bool:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False  # Windows and macOS always have their own
    if os.environ.get("QT_QPA_PLATFORM"):
        return False  # chosen by the person (offscreen, vnc...): Qt's own word then
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def no_display_message() -> str:
    return translate("App", "CarerDesk cannot open its window: this session has no display "
                            "(DISPLAY and WAYLAND_DISPLAY are not set). The commands work "
                            "without one: carerdesk --help")
