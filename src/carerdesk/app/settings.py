"""Non-sensitive preferences shared by the app and the command line, in the user config folder.

Nothing about a child lives here: only where backups go (and, later, what an agency preset
sets). Written atomically; a damaged file is read as empty rather than stopping the app.
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


def backup_folder(vault_folder: Path) -> Path:
    """The agency's folder if it locks one, else the carer's choice (a USB stick, say), else
    the agency's suggestion, else a folder beside the vault."""
    from carerdesk.app import preset

    chosen = load().get("backup_folder")
    chosen = chosen if isinstance(chosen, str) and chosen else None
    folder = preset.policy("backup_folder", chosen)
    if folder:
        return Path(folder).expanduser()
    return Path(vault_folder).with_name(Path(vault_folder).name + "-backups")
