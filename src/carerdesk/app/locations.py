"""Where a vault and its backups live on this computer, and whether a folder holds a vault:
asked before anything is unlocked (the GUI's first window, every command's ``--data-dir``)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from carerdesk.app import policy
from carerdesk.domain.errors import CarerDeskError
from carerdesk.vault import VaultFiles, slots
from carerdesk.vault import restore as restoring

APP_NAME = "CarerDesk"
ENV_DATA_DIR = "CARERDESK_DATA_DIR"


def default_data_dir() -> Path:
    """``CARERDESK_DATA_DIR`` if set, else the platform's user data folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)) / "vault"


def default_backup_folder(vault_folder: Path) -> Path:
    return policy.current().backup_folder_for(vault_folder)


def vault_exists(folder: Path) -> bool:
    restoring.finish_interrupted_restore(Path(folder))  # a killed restore is finished first
    return VaultFiles(Path(folder)).exists()


def vault_id_in(folder: Path) -> str | None:
    """The id in a vault's key file, or None if it cannot be read (gone or damaged)."""
    path = VaultFiles(Path(folder)).slot_file
    try:
        with open(path, "rb") as handle:
            return slots.loads(handle.read(slots.MAX_FILE_BYTES + 1), str(path)).vault_id
    except (OSError, CarerDeskError):
        return None
