"""The agency preset's schema: what a preset file may say, and each mistake named with its
field and line. Which preset is in force, and from where, is ``app/preset.py``.
Schema: docs/agency-preset.md.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    text: str = field(default="", compare=False, repr=False)  # the file, kept in the vault
    agency_key: str | None = None  # [agency] public_key: whose vouch for a carer's key counts
    records_key: str | None = None  # [agency] records_key: where a handover of a record goes

    def policy(self, name: str, carer_choice: Any = None) -> Any:
        """What applies: the agency's value if locked (the app's default when the agency
        locks a policy without a value), else the carer's, else the agency's."""
        if name in self.locked:
            return self.policies.get(name)
        return self.policies.get(name) if carer_choice is None else carer_choice

    @property
    def default_recipient(self) -> SocialWorker | None:
        return next((w for w in self.social_workers if w.default), None)


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
    return loads(text, path)


def loads(text: str, path: Path, kept: bool = False) -> Preset:
    """A preset from its text; ``path`` names it in mistakes and places its logo. A ``kept``
    one (read back from the vault) loses a logo that is no longer there, rather than fail."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise PresetError(path, "syntax", int(line.group(1)) if line else None,
                          str(exc).split(" (at")[0]) from None
    return _Checker(path, text, kept).preset(doc)


class _Checker:
    def __init__(self, path: Path, text: str, kept: bool = False) -> None:
        self.path, self.text, self.kept = path, text, kept
        self.lines = text.splitlines()

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
                      self.event_kinds(doc.get("event_kinds", [])), self.text,
                      self.agency_key(agency), self.agency_key(agency, "records_key"))

    def agency_key(self, agency: dict[str, Any], name: str = "public_key") -> str | None:
        """The agency key that vouches for carers' keys, or (``records_key``) the one a
        handover of a child's record is encrypted to (docs/report-format.md)."""
        if name not in agency:
            return None
        from carerdesk.exchange.keys import parse_key_line

        try:
            return parse_key_line(str(agency[name])).key_line
        except KeyFileInvalid:
            raise self.fail(f"agency.{name}", "not-a-key", "agency", name) from None

    def logo(self, agency: dict[str, Any]) -> Path | None:
        if "logo" not in agency:
            return None
        logo = (self.path.parent / str(agency["logo"])).resolve()
        if not logo.is_file():
            if self.kept:
                return None
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
