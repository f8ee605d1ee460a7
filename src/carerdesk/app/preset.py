"""Agency presets: which one is in force, and from where.

A TOML file an agency's IT places beside the installed app (``distribution/``) or in the
system-wide config folder; ``app/preset_schema.py`` reads and checks it. An installed
(frozen) build never takes a preset the user could have put there themselves: the
``CARERDESK_PRESET`` override, and any folder of ``XDG_CONFIG_DIRS`` the user can write, are
for tests and development only. A broken file leaves the last good preset in force: the
one this process read, else the one kept in the vault (``app/preset_sync.py``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from carerdesk.app.logs import log_info
from carerdesk.app.preset_schema import (
    FILE_NAME,
    POLICIES,
    PROBLEMS,
    Preset,
    PresetError,
    SocialWorker,
    load,
    loads,
)
from carerdesk.text.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["FILE_NAME", "POLICIES", "PROBLEMS", "InForce", "Preset", "PresetError",
           "SocialWorker", "load", "loads"]

ENV_OVERRIDE = "CARERDESK_PRESET"
LINUX_SYSTEM_FOLDER = Path("/etc/xdg/CarerDesk")  # always searched by an installed build

# Where the preset in force came from, as ``status``, ``preset check`` and About say it.
SOURCES = {
    "override": QT_TRANSLATE_NOOP("Preset", "named by CARERDESK_PRESET, a test and "
                                            "development override that an installed "
                                            "CarerDesk ignores"),
    "program": QT_TRANSLATE_NOOP("Preset", "installed beside the program"),
    "system": QT_TRANSLATE_NOOP("Preset", "in the computer's settings folder"),
    "vault": QT_TRANSLATE_NOOP("Preset", "the last good one, kept in this vault"),
}


@dataclass(frozen=True)
class InForce:
    """The preset in force (None: no agency preset), where it came from (a key of SOURCES),
    and the mistake in the file on disk that was refused, if any."""

    preset: Preset | None
    source: str | None = None
    problem: PresetError | None = None

    def where(self) -> str:
        """Where it came from, in words, with its file (the first file of a kept one)."""
        if self.preset is None or self.source is None:
            return ""
        return f"{translate('Preset', SOURCES[self.source])}: {self.preset.path}"


def frozen() -> bool:
    """An installed build (PyInstaller sets ``sys.frozen``); tests fake it."""
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    return Path(sys.executable).resolve().parent


_said: set[str] = set()


def _note(message: str) -> None:
    """Logged once per process: a command reads the preset more than once."""
    if message not in _said:
        _said.add(message)
        log_info(message)


def _user_can_change(folder: Path) -> bool:
    """The user could write the folder (or make it): not a place only an admin controls."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _system_folders() -> list[Path]:
    folders = [Path(f) for f in platformdirs.site_config_dir(
        "CarerDesk", "CarerDesk", multipath=True).split(os.pathsep) if f]
    if frozen() and sys.platform.startswith("linux"):
        # XDG_CONFIG_DIRS is the user's to set: an installed build takes only folders the
        # user cannot write, and /etc/xdg always.
        for folder in [f for f in folders if _user_can_change(f)]:
            _note(f"agency preset: {folder} is ignored (the user can write it)")
            folders.remove(folder)
        if LINUX_SYSTEM_FOLDER not in folders:
            folders.append(LINUX_SYSTEM_FOLDER)
    return folders


def candidates() -> list[tuple[Path, str]]:
    """Where a preset is looked for, first found wins, each with its source: the override
    (tests and development only), beside the installed program, the system folders."""
    found: list[tuple[Path, str]] = []
    override = os.environ.get(ENV_OVERRIDE)
    if override and frozen():
        _note(f"agency preset: {ENV_OVERRIDE} is ignored by an installed CarerDesk")
    elif override:
        found.append((Path(override), "override"))
    if frozen():
        found.append((program_dir() / "distribution" / FILE_NAME, "program"))
    # Every system config folder: Ubuntu's desktop puts its own before /etc/xdg.
    found.extend((folder / FILE_NAME, "system") for folder in _system_folders())
    return found


def search_paths() -> list[Path]:
    return [path for path, _ in candidates()]


def find_and_load() -> InForce:
    """Read the preset from disk now; PresetError if the one found is broken."""
    for path, source in candidates():
        if path.is_file():
            found = load(path)
            if source == "override":
                _note(f"agency preset: using {path}, named by {ENV_OVERRIDE} (a test and "
                      "development override: an installed CarerDesk ignores it)")
            return InForce(found, source)
    return InForce(None)


# The running app reads the preset once and keeps it (``pin``): a key press must never read
# a file. A command-line run, which is short, reads it when asked. ``_kept`` is the last
# good preset read back from the open vault, for when the file on disk is broken.
_pinned: list[InForce] = []
_kept: list[Preset] = []


def read() -> InForce:
    """From disk now, never raising: a broken file leaves the last good preset in force."""
    try:
        return find_and_load()
    except PresetError as exc:
        if _pinned and _pinned[0].preset is not None:
            return InForce(_pinned[0].preset, _pinned[0].source, exc)
        return InForce(_kept[0] if _kept else None, "vault" if _kept else None, exc)


def in_force() -> InForce:
    """The preset in force: the pinned one in the app, else read from disk."""
    return _pinned[0] if _pinned else read()


def active() -> Preset | None:
    return in_force().preset


def pin() -> Preset | None:
    """Read the preset and keep it for this process (``in_force()`` says how it went)."""
    _pinned[:] = [read()]
    return _pinned[0].preset


def refresh() -> PresetError | None:
    """Its file changed: take the new preset, or keep the last good one and return why."""
    pin()
    return _pinned[0].problem


def use_kept(kept: Preset) -> InForce:
    """The vault's last good preset, in force while the file on disk is broken."""
    _kept[:] = [kept]
    if _pinned and _pinned[0].preset is None and _pinned[0].problem is not None:
        _pinned[0] = InForce(kept, "vault", _pinned[0].problem)
    return in_force()


def require_sound() -> None:
    """A new vault is never made under a broken preset: there is no last good one yet."""
    problem = in_force().problem
    if problem is not None:
        raise problem


def unpin() -> None:
    _pinned.clear()
    _kept.clear()


def policy(name: str, carer_choice: Any = None, default: Any = None) -> Any:
    """The value in force for ``name``: the active preset decides whether the carer's stands."""
    preset = active()
    value = preset.policy(name, carer_choice) if preset else carer_choice
    return default if value is None else value


def event_kinds() -> tuple[tuple[str, str], ...]:
    """The kinds of significant event the agency adds (key, title); none without a preset."""
    found = active()
    return found.event_kinds if found else ()


def is_locked(name: str) -> bool:
    preset = active()
    return preset is not None and name in preset.locked


LANGUAGES = ("en", "cy")  # what Preferences and --lang offer: English, Cymraeg


def language(asked: str | None = None) -> str:
    """The language to run in: ``asked`` (``--lang``), else CARERDESK_LANG, else the agency's
    when it locks it, else the carer's choice in Preferences, else the agency preset's, else
    the system's (the variables Qt and gettext read), else English."""
    from carerdesk.app import settings

    chosen = asked or os.environ.get("CARERDESK_LANG")
    if not chosen and is_locked("language"):
        chosen = policy("language")
    if not chosen:
        carer = settings.load().get("language")
        chosen = carer if carer in LANGUAGES else None
    if not chosen:
        chosen = policy("language")  # a broken preset: the last good one's, else none
    if not chosen:
        chosen = _system_language()
    return (chosen or "en").split(".")[0]


def _system_language() -> str | None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    import locale

    return locale.getlocale()[0]
