"""Agency presets: the agency's name and logo, its social workers, and policies the carer may
or may not change. A TOML file an agency's IT places beside the installed app
(``distribution/carerdesk-preset.toml``) or in the system-wide config folder. A preset with
a mistake is refused with the field and the line named. Schema: docs/agency-preset.md.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from carerdesk.domain.errors import KeyFileInvalid, Refused
from carerdesk.domain.events import KINDS
from carerdesk.domain.limits import NAME_MAX
from carerdesk.text.i18n import QT_TRANSLATE_NOOP, translate

FILE_NAME = "carerdesk-preset.toml"
FORMAT, VERSION = "carerdesk-agency-preset", 1
POLICIES = {"auto_lock_minutes": int, "min_passphrase_length": int, "backup_folder": str,
            "language": str, "review_weeks": int}


# Each problem a preset can have, marked for lupdate and translated when it is reported.
PROBLEMS = {
    "no-file": QT_TRANSLATE_NOOP("Preset", "there is no such file"),
    "folder": QT_TRANSLATE_NOOP("Preset", "is a folder, not a preset file"),
    "not-utf8": QT_TRANSLATE_NOOP("Preset", "is not UTF-8 text"),
    "unreadable": QT_TRANSLATE_NOOP("Preset", "cannot be read ({reason})"),
    "exact": QT_TRANSLATE_NOOP("Preset", "must be \"{value}\""),
    "version": QT_TRANSLATE_NOOP("Preset", "must be {value}"),
    "unknown-field": QT_TRANSLATE_NOOP("Preset", "is not a preset field"),
    "no-agency": QT_TRANSLATE_NOOP("Preset", "the agency's name is missing"),
    "no-logo": QT_TRANSLATE_NOOP("Preset", "no file at {path}"),
    "workers-table": QT_TRANSLATE_NOOP("Preset", "must be [[social_workers]] tables"),
    "empty": QT_TRANSLATE_NOOP("Preset", "is missing or empty"),
    "bool": QT_TRANSLATE_NOOP("Preset", "must be true or false"),
    "policies-table": QT_TRANSLATE_NOOP("Preset", "must be a [policies] table"),
    "unknown-policy": QT_TRANSLATE_NOOP("Preset", "is not a policy"),
    "int": QT_TRANSLATE_NOOP("Preset", "must be a whole number"),
    "text": QT_TRANSLATE_NOOP("Preset", "must be text"),
    "range": QT_TRANSLATE_NOOP("Preset", "must be from {low} to {high}"),
    "locked-table": QT_TRANSLATE_NOOP("Preset", "must be a [locked] table"),
    "not-a-key": QT_TRANSLATE_NOOP("Preset", "is not a CarerDesk public key: copy the line "
                                             "that starts “cdk1.” from the social worker's "
                                             "key file"),
    "two-defaults": QT_TRANSLATE_NOOP("Preset", "only one social worker can be the default "
                                                "recipient"),
    "kinds-table": QT_TRANSLATE_NOOP("Preset", "must be [[event_kinds]] tables, each with a "
                                               "key and a title"),
    "kind-key": QT_TRANSLATE_NOOP("Preset", "must be lower-case letters, digits and dashes "
                                            "(for example \"physical-intervention\"), and not "
                                            "a kind the regulations already name or one given "
                                            "twice"),
}
LIMITS = {"auto_lock_minutes": (1, 240), "min_passphrase_length": (8, 128),
          "review_weeks": (1, 26)}


class PresetError(Refused):
    """A mistake in a preset, with the field and the line (``message`` is ready to show)."""

    def __init__(self, path: Path, field_name: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {field_name}: {problem}")
        self.field, self.line, self.problem = field_name, line, problem


@dataclass(frozen=True)
class SocialWorker:
    name: str
    public_key: str
    default: bool = False


@dataclass(frozen=True)
class Preset:
    path: Path
    agency: str
    logo: Path | None = None
    social_workers: tuple[SocialWorker, ...] = ()
    policies: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    event_kinds: tuple[tuple[str, str], ...] = ()  # (key, title): the agency's own kinds

    def policy(self, name: str, carer_choice: Any = None) -> Any:
        """What applies: the agency's value if locked, else the carer's, else the agency's."""
        if name in self.locked or carer_choice is None:
            return self.policies.get(name, carer_choice)
        return carer_choice

    @property
    def default_recipient(self) -> SocialWorker | None:
        return next((w for w in self.social_workers if w.default), None)


def search_paths() -> list[Path]:
    """Where a preset is looked for, first found wins: CARERDESK_PRESET, then beside the app,
    then the system-wide config folder."""
    paths = []
    if os.environ.get("CARERDESK_PRESET"):
        paths.append(Path(os.environ["CARERDESK_PRESET"]))
    app_dir = Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None
    if app_dir is not None:
        paths.append(app_dir / "distribution" / FILE_NAME)
    # Every system config folder: Ubuntu's desktop puts its own before /etc/xdg.
    folders = platformdirs.site_config_dir("CarerDesk", "CarerDesk", multipath=True)
    paths.extend(Path(folder) / FILE_NAME for folder in folders.split(os.pathsep) if folder)
    return paths


def find_and_load() -> Preset | None:
    """Read the preset from disk now, or None. A broken preset is an error, never skipped."""
    for path in search_paths():
        if path.is_file():
            return load(path)
    return None


# The running app reads the preset once and keeps it (``pin``): a key press must never read
# a file. A command-line run, which is short, reads it when asked.
_pinned: list[Preset | None] = []


def active() -> Preset | None:
    """The preset in force: the pinned one in the app, else read from disk."""
    return _pinned[0] if _pinned else find_and_load()


def pin() -> Preset | None:
    """Read the preset and keep it for this process; PresetError if it is broken."""
    found = find_and_load()
    _pinned[:] = [found]
    return found


def refresh() -> PresetError | None:
    """Its file changed: take the new preset, or keep the last good one and return why."""
    try:
        found = find_and_load()
    except PresetError as exc:
        return exc
    _pinned[:] = [found]
    return None


def unpin() -> None:
    _pinned.clear()


def _file_problem(path: Path, problem: str, **values: object) -> PresetError:
    return PresetError(path, "file", None, translate("Preset", PROBLEMS[problem]).format(**values))


def load(path: Path) -> Preset:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _file_problem(path, "no-file") from None
    except IsADirectoryError:
        raise _file_problem(path, "folder") from None
    except UnicodeDecodeError:
        raise _file_problem(path, "not-utf8") from None
    except OSError as exc:
        raise _file_problem(path, "unreadable", reason=exc.strerror) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise PresetError(path, "syntax", int(line.group(1)) if line else None,
                          str(exc).split(" (at")[0]) from None
    return _Checker(path, text).preset(doc)


class _Checker:
    def __init__(self, path: Path, text: str) -> None:
        self.path, self.lines = path, text.splitlines()

    def line_of(self, table: str | None, key: str | None, index: int = 0) -> int | None:
        """The line where ``key`` is set in ``[table]`` (or the nth ``[[table]]``)."""
        start, seen = 0, -1
        if table:
            for number, line in enumerate(self.lines):
                if re.match(rf"\s*\[\[?\s*{re.escape(table)}\s*\]\]?", line):
                    seen += 1
                    if seen == index:
                        start = number
                        break
            else:
                return None
        if key is None:
            return start + 1
        for number in range(start + (1 if table else 0), len(self.lines)):
            line = self.lines[number]
            if table and number > start and re.match(r"\s*\[", line):
                break
            if re.match(rf"\s*{re.escape(key)}\s*=", line):
                return number + 1
        return start + 1 if table else None

    def fail(self, name: str, problem: str, table: str | None = None, key: str | None = None,
             index: int = 0,
             **values: object) -> PresetError:
        """``problem`` is a key of PROBLEMS; its text is translated here."""
        return PresetError(self.path, name, self.line_of(table, key, index),
                           translate("Preset", PROBLEMS[problem]).format(**values))

    def preset(self, doc: dict[str, Any]) -> Preset:
        if doc.get("format") != FORMAT:
            raise self.fail("format", "exact", key="format", value=FORMAT)
        if doc.get("version") != VERSION:
            raise self.fail("version", "version", key="version", value=VERSION)
        unknown = set(doc) - {"format", "version", "agency", "social_workers", "policies",
                              "locked", "event_kinds"}
        if unknown:
            name = sorted(unknown)[0]
            raise self.fail(name, "unknown-field", key=name, table=None)
        agency = doc.get("agency")
        if not isinstance(agency, dict) or not str(agency.get("name", "")).strip():
            raise self.fail("agency.name", "no-agency", "agency", "name")
        return Preset(self.path, str(agency["name"]).strip(), self.logo(agency),
                      self.workers(doc.get("social_workers", [])),
                      self.policies(doc.get("policies", {})), self.locked(doc.get("locked", {})),
                      self.event_kinds(doc.get("event_kinds", [])))

    def logo(self, agency: dict[str, Any]) -> Path | None:
        if "logo" not in agency:
            return None
        logo = (self.path.parent / str(agency["logo"])).resolve()
        if not logo.is_file():
            raise self.fail("agency.logo", "no-logo", "agency", "logo", path=logo)
        return logo

    def workers(self, items: Any) -> tuple[SocialWorker, ...]:
        if not isinstance(items, list):
            raise self.fail("social_workers", "workers-table",
                            key="social_workers")
        from carerdesk.exchange.keys import parse_key_line  # cryptography: only with workers

        workers = []
        for i, item in enumerate(items):
            for key in ("name", "public_key"):
                if not isinstance(item.get(key), str) or not item[key].strip():
                    raise self.fail(f"social_workers[{i + 1}].{key}", "empty",
                                    "social_workers", key, i)
            try:
                parse_key_line(item["public_key"], item["name"].strip())
            except KeyFileInvalid:
                raise self.fail(f"social_workers[{i + 1}].public_key", "not-a-key",
                                "social_workers", "public_key", i) from None
            if not isinstance(item.get("default", False), bool):
                raise self.fail(f"social_workers[{i + 1}].default", "bool",
                                "social_workers", "default", i)
            workers.append(SocialWorker(item["name"].strip(), item["public_key"].strip(),
                                        item.get("default", False)))
        if sum(w.default for w in workers) > 1:
            raise self.fail("social_workers.default", "two-defaults", "social_workers",
                            "default", 1)
        return tuple(workers)

    def event_kinds(self, items: Any) -> tuple[tuple[str, str], ...]:
        """The agency's own kinds of significant event, after the regulations' ones."""
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise self.fail("event_kinds", "kinds-table", key="event_kinds")
        kinds: list[tuple[str, str]] = []
        for i, item in enumerate(items):
            key, title = item.get("key"), item.get("title")
            taken = set(KINDS) | {k for k, _ in kinds}
            if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9-]{0,47}", key) \
                    or key in taken:
                raise self.fail(f"event_kinds[{i + 1}].key", "kind-key", "event_kinds", "key", i)
            if not isinstance(title, str) or not title.strip() or len(title) > NAME_MAX:
                raise self.fail(f"event_kinds[{i + 1}].title", "empty", "event_kinds",
                                "title", i)
            if set(item) - {"key", "title"}:
                name = sorted(set(item) - {"key", "title"})[0]
                raise self.fail(f"event_kinds[{i + 1}].{name}", "unknown-field",
                                "event_kinds", name, i)
            kinds.append((key, title.strip()))
        return tuple(kinds)

    def policies(self, table: Any) -> dict[str, Any]:
        if not isinstance(table, dict):
            raise self.fail("policies", "policies-table", key="policies")
        for key, value in table.items():
            kind = POLICIES.get(key)
            if kind is None:
                raise self.fail(f"policies.{key}", "unknown-policy", "policies", key)
            if type(value) is not kind:
                raise self.fail(f"policies.{key}", "int" if kind is int else "text",
                                "policies", key)
            if key in LIMITS:
                low, high = LIMITS[key]
                if isinstance(value, int) and not low <= value <= high:  # int: checked above
                    raise self.fail(f"policies.{key}", "range", "policies", key,
                                    low=low, high=high)
        return dict(table)

    def locked(self, table: Any) -> frozenset[str]:
        if not isinstance(table, dict):
            raise self.fail("locked", "locked-table", key="locked")
        for key, value in table.items():
            if key not in POLICIES:
                raise self.fail(f"locked.{key}", "unknown-policy", "locked", key)
            if not isinstance(value, bool):
                raise self.fail(f"locked.{key}", "bool", "locked", key)
        return frozenset(k for k, v in table.items() if v)


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


def language() -> str:
    """The language to run in: CARERDESK_LANG, else the agency preset's, else the system's
    (the variables Qt and gettext read), else English."""
    chosen = os.environ.get("CARERDESK_LANG")
    if not chosen:
        try:
            chosen = policy("language")
        except PresetError:
            chosen = None
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
