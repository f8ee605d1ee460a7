"""preset check (for the agency's IT staff, before they deploy a preset), and what every
command that opens the vault says about the preset in force."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from carerdesk.app import preset
from carerdesk.app.workspace import Workspace
from carerdesk.cli.output import say
from carerdesk.domain.text import shown_safely as shown
from carerdesk.text.i18n import translate


def check(args: argparse.Namespace) -> int:
    from carerdesk.exchange.keys import parse_key_line

    loaded = preset.load(Path(args.file).expanduser())  # PresetError: field and line named
    say(translate("Cli", "The preset is valid: {agency}.").format(agency=shown(loaded.agency)))
    for worker in loaded.social_workers:
        mark = translate("Cli", " (default recipient)") if worker.default else ""
        say(translate("Cli", "Social worker: {name}{mark}").format(name=shown(worker.name),
                                                                   mark=mark))
        say("  " + translate("Cli", "Fingerprint: {fp}").format(
            fp=parse_key_line(worker.public_key, worker.name).fingerprint))
    _policies(loaded)
    say(in_force_line(preset.in_force()))
    return 0


def _policies(loaded: preset.Preset) -> None:
    locked = sorted(loaded.locked)
    free = sorted(set(loaded.policies) - loaded.locked)
    if locked:
        say(translate("Cli", "Locked (the carer cannot change these):"))
        for name in locked:
            say(f"  {name} = {_value(loaded, name)}")
    if free:
        say(translate("Cli", "Defaults (the carer may change these):"))
        for name in free:
            say(f"  {name} = {_value(loaded, name)}")


def _value(loaded: preset.Preset, name: str) -> Any:
    return loaded.policies.get(name, translate("Cli", "CarerDesk's default"))


def in_force_line(state: preset.InForce) -> str:
    if state.preset is None:
        return translate("Cli", "No agency preset is in force on this computer.")
    return translate("Cli", "In force on this computer: {agency}, {where}.").format(
        agency=shown(state.preset.agency), where=shown(state.where()))


def preset_rows(state: preset.InForce | None) -> list[tuple[str, str]]:
    """``status``: the agency preset in force and where from, as the About window says."""
    if state is None or state.preset is None:
        rows = [(translate("Cli", "Agency preset"), translate("Cli", "none"))]
    else:
        rows = [(translate("Cli", "Agency preset"), state.preset.agency),
                (translate("Cli", "Preset from"), state.where())]
    if state is not None and state.problem is not None:
        rows.append((translate("Cli", "Preset problem"), state.problem.message))
    return rows


def preset_json(state: preset.InForce | None) -> dict[str, Any] | None:
    if state is None or (state.preset is None and state.problem is None):
        return None
    found = state.preset
    return {"agency": found.agency if found else None,
            "source": state.source, "path": str(found.path) if found else None,
            "problem": state.problem.message if state.problem else None}


def problem_line(problem: preset.PresetError) -> str:
    return translate("Cli", "Your agency's settings file has a mistake, so CarerDesk keeps "
                            "the settings it had. Please call your agency and tell them: "
                            "{problem}").format(problem=shown(problem.message))


def tell(workspace: Workspace) -> None:
    """On standard error (standard output may be JSON): a broken preset, and the social
    workers the agency added or who have left, each with their fingerprint."""
    followed = workspace.preset_followed
    if followed is None:
        return
    if followed.state.problem is not None:
        print(problem_line(followed.state.problem), file=sys.stderr)
    changes = followed.changes
    if changes is None:
        return
    for words, people in (
            (translate("Cli", "Your agency added {name} ({fp}): you can send reports to them."),
             changes.added + changes.back),
            (translate("Cli", "{name} ({fp}) is no longer with the agency: reports no longer "
                              "go to them."), changes.left)):
        for name, fingerprint in people:
            print(words.format(name=shown(name), fp=fingerprint), file=sys.stderr)
