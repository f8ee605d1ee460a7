"""What is in force, in one place: the agency's preset over the carer's own choices.

There used to be three stores for one idea: the preset (the agency's TOML), settings.json
(the backup folder) and a Qt setting (the auto-lock minutes), each read where it was needed.
Now the carer's choices all live in settings.json, the preset is read once and pinned, and
every question of policy is answered by a ``Policy`` built from both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from carerdesk.app import preset, settings
from carerdesk.domain.passphrase import MIN_PASSPHRASE
from carerdesk.domain.sb_review import REVIEW_WEEKS

AUTO_LOCK_DEFAULT = 10  # minutes
CARER_CHOICES = ("auto_lock_minutes", "backup_folder")


@dataclass(frozen=True)
class Policy:
    auto_lock_minutes: int
    min_passphrase: int
    backup_folder: Path | None  # None: a folder beside the vault
    locked: frozenset[str]  # what the agency decides, shown but not editable
    agency: str | None
    review_weeks: int = REVIEW_WEEKS  # between Secure Base reviews (the agency may set it)

    def backup_folder_for(self, vault_folder: Path) -> Path:
        if self.backup_folder is not None:
            return self.backup_folder
        vault_folder = Path(vault_folder)
        return vault_folder.with_name(vault_folder.name + "-backups")


def _minutes(value: Any) -> int | None:
    try:
        return max(1, int(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def current() -> Policy:
    """Built afresh from the pinned preset and the settings file: cheap, and never stale."""
    carer = settings.load()
    folder = carer.get("backup_folder")
    folder = preset.policy("backup_folder", folder if isinstance(folder, str) and folder else None)
    minutes = preset.policy("auto_lock_minutes", _minutes(carer.get("auto_lock_minutes")),
                            AUTO_LOCK_DEFAULT)
    minimum = max(MIN_PASSPHRASE, int(preset.policy("min_passphrase_length",
                                                    default=MIN_PASSPHRASE)))
    active = preset.active()
    return Policy(_minutes(minutes) or AUTO_LOCK_DEFAULT, minimum,
                  Path(folder).expanduser() if folder else None,
                  active.locked if active else frozenset(), active.agency if active else None,
                  int(preset.policy("review_weeks", default=REVIEW_WEEKS)))


def choose(**choices: Any) -> None:
    """Keep the carer's choices (``auto_lock_minutes``, ``backup_folder``); what the agency
    locks is left as the agency set it."""
    unknown = set(choices) - set(CARER_CHOICES)
    if unknown:
        raise ValueError(f"not a carer's choice: {sorted(unknown)}")
    locked = current().locked
    kept = {name: value for name, value in choices.items() if name not in locked}
    if kept:
        settings.save(kept)


def has_choice(name: str) -> bool:
    return name in settings.load()
