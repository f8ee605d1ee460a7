"""How the CLI prints: JSON for scripts, short plain lines for people."""

from __future__ import annotations

import json
import sys
from typing import Any

from carerdesk.cli.event_args import event_lines
from carerdesk.domain.dimensions import Dimension
from carerdesk.journal import EntryView, VersionView
from carerdesk.text.i18n import translate


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str = "") -> None:
    print(text)


def entry_lines(entry: EntryView | VersionView) -> list[str]:
    c = entry.content
    lines = [c.text] if c.text else []
    for dim, obs in c.observations.items():
        title = translate("Dimension", dim.info.title)
        rating = "" if obs.rating is None else f" ({obs.rating}/10)"
        if dim is Dimension.FAMILY_MEMBERSHIP and obs.rating_birth is not None:
            rating += " " + translate("Cli", "(birth family {n}/10)").format(n=obs.rating_birth)
        words = " / ".join(obs.texts())
        lines.append(f"  {title}{rating}: {words}" if words else f"  {title}{rating}")
    if c.voice:
        lines.append("  " + translate("Cli", "In their words: \"{voice}\"").format(voice=c.voice))
    if c.reflection:
        lines.append("  " + translate("Cli", "Reflection: {text}").format(text=c.reflection))
    if c.significant:
        lines += ["  " + line for line in event_lines(c.significant)]
    return lines
