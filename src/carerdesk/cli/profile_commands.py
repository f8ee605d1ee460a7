"""profile add / show / list: the dated -3..+3 profiles, the care needs, the carers'
capacity (issue 16)."""

from __future__ import annotations

import argparse
from typing import Any

from carerdesk.cli.context import opened
from carerdesk.cli.output import emit_json, say
from carerdesk.cli.profile_values import KINDS, built, given, kind_of
from carerdesk.domain.errors import Refused
from carerdesk.domain.needs_profile import CAPACITY_AREAS, CARE_NEEDS, DOMAINS, KIND_TITLES
from carerdesk.domain.profile_codecs import CapacityCodec, CareNeedsCodec, NeedsProfileCodec
from carerdesk.domain.profile_scale import change, signed
from carerdesk.domain.text import shown_safely
from carerdesk.text.i18n import translate

_CODECS: dict[str, Any] = {c.kind: c for c in (NeedsProfileCodec(), CareNeedsCodec(),
                                              CapacityCodec())}
_SERVICES = {"needs": "needs_profiles", "care-needs": "care_needs", "capacity": "capacity"}


def _service(workspace, kind: str):
    return getattr(workspace, _SERVICES[kind])


def _title(kind: str) -> str:
    return translate("Profiles", KIND_TITLES[kind])


def _as_json(kind: str, record) -> dict[str, Any]:
    return {"id": record.id, "kind": kind, "version": record.version,
            **_CODECS[kind].plain(record.value)}


def profile_add(args: argparse.Namespace) -> int:
    found = given(args)  # every mistake in the options named before the passphrase
    if not found.from_last:
        built(found, None, lambda typed: typed).validated()
    with opened(args) as workspace:
        child_id = args.child  # an id, its start or a name: the service finds the child
        service = _service(workspace, found.kind)
        last = None
        if found.from_last:
            earlier = service.records(child_id)
            if not earlier:
                raise Refused(translate("Cli", "There is no earlier {kind} to start from: "
                                               "leave out --from-last.").format(
                    kind=_title(found.kind)))
            last = earlier[-1].value
        value = built(found, last, lambda typed: workspace.journal.entry(typed).id)
        record = service.add(child_id, value)
    say(translate("Cli", "Saved {kind}, dated {day}.").format(kind=_title(found.kind),
                                                             day=record.value.day.isoformat()))
    say(record.id)
    return 0


def _area_lines(kind: str, value, previous) -> list[str]:
    titles = CAPACITY_AREAS if kind == "capacity" else DOMAINS
    moved = change(previous, value, titles) if previous is not None else {}
    lines = []
    for key, title in titles.items():
        area = value.areas.get(key)
        if area is None and key not in moved:
            continue
        line = f"  {translate('Profiles', title)}: {signed(area.rating if area else None)}"
        if area is not None and area.view is not None:
            line += f" ({translate('Profiles', area.view.title)})"
        if key in moved:
            line += "  " + translate("Cli", "(before {before}: {how})").format(
                before=signed(moved[key].before), how=_how(moved[key]))
        lines.append(line)
        if area is None:
            continue
        for label, text in ((translate("Cli", "Strengths"), area.strengths),
                            (translate("Cli", "Difficulties"), area.difficulties),
                            (translate("Cli", "Evidence"), area.evidence)):
            if text:
                lines.append(f"    {label}: " + shown_safely(text).replace("\n", " / "))
        if area.entries:
            lines.append("    " + translate("Cli", "Entries: {ids}").format(
                ids=", ".join(e[:8] for e in area.entries)))
    return lines


def _how(moved) -> str:
    return {"up": translate("Cli", "up {n}"), "down": translate("Cli", "down {n}"),
            "same": translate("Cli", "the same"),
            "unknown": translate("Cli", "not rated both times")}[moved.direction].format(
        n=abs(moved.difference or 0))


def _need_lines(value) -> list[str]:
    lines = []
    for need in value.needs:
        link = f" [{translate('Profiles', DOMAINS[need.domain])}]" if need.domain else ""
        lines.append(f"  {shown_safely(need.area)}{link}: " +
                     shown_safely(need.needed).replace("\n", " / "))
    return lines


def _print(kind: str, record, previous) -> None:
    say(f"{_title(kind)}, {record.value.day.isoformat()}  [{record.id}]")
    if kind == "capacity":
        say("  " + translate("Cli", "Made with the social worker {name}.").format(
            name=shown_safely(record.value.social_worker)))
    if previous is not None:
        say("  " + translate("Cli", "Compared with the one of {day}.").format(
            day=previous.value.day.isoformat()))
    if kind == CARE_NEEDS:
        for line in _need_lines(record.value):
            say(line)
        return
    for line in _area_lines(kind, record.value, previous.value if previous else None):
        say(line)


def _change_json(kind: str, latest, previous) -> dict[str, Any] | None:
    if kind == CARE_NEEDS:
        before = {n.area for n in previous.value.needs} if previous else set()
        now = {n.area for n in latest.value.needs}
        return {"added": sorted(now - before), "removed": sorted(before - now)}
    titles = CAPACITY_AREAS if kind == "capacity" else DOMAINS
    return {k: {"before": c.before, "after": c.after, "difference": c.difference}
            for k, c in change(previous.value if previous else None, latest.value,
                               titles).items()}


def profile_show(args: argparse.Namespace) -> int:
    kind = kind_of(args.kind)
    with opened(args) as workspace:
        records = _service(workspace, kind).records(args.child)
    latest = records[-1] if records else None
    previous = records[-2] if args.compare and len(records) > 1 else None
    if args.json:
        shown: dict[str, Any] = {"kind": kind,
                                 "latest": _as_json(kind, latest) if latest else None}
        if args.compare:
            shown["previous"] = _as_json(kind, previous) if previous else None
            shown["change"] = _change_json(kind, latest, previous) if latest else None
        emit_json(shown)
        return 0
    if latest is None:
        say(translate("Cli", "{kind}: none yet. Add one with: carerdesk profile add --child "
                             "CHILD --kind {key} ...").format(kind=_title(kind), key=kind))
        return 0
    _print(kind, latest, previous)
    if args.compare and previous is None:
        say("  " + translate("Cli", "There is no earlier one to compare with."))
    return 0


def profile_list(args: argparse.Namespace) -> int:
    kinds = [kind_of(args.kind)] if args.kind else list(KINDS)
    with opened(args) as workspace:
        found = [(kind, r) for kind in kinds for r in _service(workspace, kind).records(
            args.child)]
    found.sort(key=lambda pair: (pair[1].value.day, pair[1].created_at))
    if args.json:
        emit_json([_as_json(kind, r) for kind, r in found])
        return 0
    if not found:
        say(translate("Cli", "No profiles yet: carerdesk profile add --child CHILD ..."))
    for kind, record in found:
        say(f"{record.value.day.isoformat()}  {_title(kind)}  " + translate(
            "Cli", "version {n}").format(n=record.version) + f"  [{record.id}]")
    return 0
