"""preset check: for the agency's IT staff, before they deploy a preset."""

from __future__ import annotations

import argparse
from pathlib import Path

from carerdesk.app import preset
from carerdesk.cli.output import say
from carerdesk.domain.text import shown_safely as shown
from carerdesk.text.i18n import translate


def check(args: argparse.Namespace) -> int:
    loaded = preset.load(Path(args.file).expanduser())  # PresetError: field and line named
    say(translate("Cli", "The preset is valid: {agency}.").format(agency=shown(loaded.agency)))
    for worker in loaded.social_workers:
        mark = translate("Cli", " (default recipient)") if worker.default else ""
        say(translate("Cli", "Social worker: {name}{mark}").format(name=shown(worker.name),
                                                                   mark=mark))
    for name, value in sorted(loaded.policies.items()):
        state = translate("Cli", "locked") if name in loaded.locked else translate(
            "Cli", "the carer may change it")
        say(f"{name} = {value} ({state})")
    return 0
