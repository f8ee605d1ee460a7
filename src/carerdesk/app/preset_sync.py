"""At each unlock the agency preset in force reaches the vault.

A good preset is kept in the vault's meta table, so that a later mistake in the file on
disk leaves the app working under the last good one (and the carer is told to call the
agency). Its social workers are applied to the recipients whenever they differ from those
last applied: a digest in meta makes an unchanged preset cost one read and no exchange.
Without any preset nothing changes: the carer keeps the recipients they have.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from carerdesk.app import preset
from carerdesk.domain.roles import Role
from carerdesk.store.repositories import MetaRepository
from carerdesk.store.sessions import VaultSessions

if TYPE_CHECKING:
    from carerdesk.exchange.agency_recipients import AgencyChanges, AgencyWorker
    from carerdesk.exchange.service import ExchangeService

LAST_GOOD = "preset.last_good"  # meta: {"path": ..., "text": ...} of the last good preset
APPLIED = "preset.applied"  # meta: the digest of the social workers last applied


@dataclass(frozen=True)
class Followed:
    state: preset.InForce
    changes: AgencyChanges | None = None  # None: the recipients were already in line


def follow(sessions: VaultSessions, exchange: Callable[[], ExchangeService]) -> Followed:
    state = preset.in_force()
    with sessions.begin() as s:
        meta = MetaRepository(s)
        carer = (meta.get("role") or Role.CARER.value) == Role.CARER.value
        stored, applied = meta.get(LAST_GOOD), meta.get(APPLIED)
        found = state.preset
        if found is not None and found.text and state.source != "vault":
            record = json.dumps({"path": str(found.path), "text": found.text})
            if record != stored:
                meta.set(LAST_GOOD, record)
    if state.problem is not None and state.preset is None and stored:
        kept = _kept(stored)
        if kept is not None:
            state = preset.use_kept(kept)
    if state.preset is None or not carer:
        return Followed(state)
    digest = _digest(state.preset)
    if digest == applied:
        return Followed(state)
    from carerdesk.exchange import agency_recipients

    own = exchange().public_key().fingerprint  # made now in a vault from before keys
    with sessions.begin() as s:
        changes = agency_recipients.follow(s, own, _workers(state.preset))
        MetaRepository(s).set(APPLIED, digest)
    return Followed(state, changes)


def _kept(stored: str) -> preset.Preset | None:
    """The vault's last good preset; None if this version can no longer read it."""
    try:
        record = json.loads(stored)
        return preset.loads(str(record["text"]), Path(str(record["path"])), kept=True)
    except (ValueError, KeyError, TypeError, preset.PresetError):
        return None


def _digest(found: preset.Preset) -> str:
    workers = sorted((w.public_key, w.name, w.default) for w in found.social_workers)
    return hashlib.sha256(json.dumps(workers).encode("utf-8")).hexdigest()


def _workers(found: preset.Preset) -> list[AgencyWorker]:
    from carerdesk.exchange.agency_recipients import AgencyWorker
    from carerdesk.exchange.keys import parse_key_line

    return [AgencyWorker(parse_key_line(w.public_key, w.name), w.name, w.default)
            for w in found.social_workers]
