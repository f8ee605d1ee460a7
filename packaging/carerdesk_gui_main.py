"""The windowed entry point (Windows Start menu): the app, with no console window beside it.

A windowed program has no standard streams; anything printed goes nowhere rather than failing.
"""

import os
import sys

for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from carerdesk.gui.app import run  # noqa: E402

raise SystemExit(run())
