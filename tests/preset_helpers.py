"""Agency presets written for tests: social workers' keys and a preset's text, and the
machine-wide preset's place in the test's own XDG_CONFIG_DIRS (tests/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

from carerdesk.app import preset
from carerdesk.domain.roles import Role
from carerdesk.exchange.keys import Identity, PublicKey


def key(name: str) -> PublicKey:
    return Identity.generate().public(name, Role.SUPERVISOR)


SAM, PRIYA, JO = key("Sam Okafor"), key("Priya Shah"), key("Jo Bloggs")


def preset_text(workers: list[tuple[PublicKey, bool]], agency: str = "Hillside Fostering",
                policies: str = "min_passphrase_length = 12\nauto_lock_minutes = 7",
                locked: str = "min_passphrase_length = true\nauto_lock_minutes = true") -> str:
    text = f'format = "carerdesk-agency-preset"\nversion = 1\n[agency]\nname = "{agency}"\n'
    for key, default in workers:
        text += (f'[[social_workers]]\nname = "{key.name}"\npublic_key = "{key.key_line}"\n'
                 f"default = {'true' if default else 'false'}\n")
    return text + f"[policies]\n{policies}\n[locked]\n{locked}\n"


def system_preset_path() -> Path:
    """The machine-wide preset, in the test's own XDG_CONFIG_DIRS (conftest.py)."""
    folder = Path(os.environ["XDG_CONFIG_DIRS"]) / "CarerDesk"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / preset.FILE_NAME
