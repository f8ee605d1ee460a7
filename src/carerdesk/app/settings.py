"""Non-sensitive preferences shared by the app and the command line, in the user config folder.

Nothing about a child lives here: only the carer's choices (where backups go, the auto-lock
minutes), read through ``policy``, which puts the agency's preset over them. Written
atomically; a damaged file is read as empty rather than stopping the app.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import platformdirs

FILE_NAME = "settings.json"


def settings_file() -> Path:
    override = os.environ.get("CARERDESK_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir("CarerDesk",
                                                                               "CarerDesk"))
    return folder / FILE_NAME


def load() -> dict[str, Any]:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(changes: dict[str, Any]) -> None:
    from carerdesk.vault.atomic import atomic_write

    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps({**load(), **changes}, indent=2).encode("utf-8"))
