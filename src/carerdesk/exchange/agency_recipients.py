"""The agency's social workers as its preset names them now, applied to an existing vault.

New ones are trusted as recipients; those no longer in the preset are marked as having left
the agency (kept, so old exports still name them, but never offered again); someone who
comes back is offered again. A recipient the carer added themselves is never touched. The
preset's default recipient becomes the default unless the carer made their own one it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from carerdesk.domain.roles import Role
from carerdesk.exchange.keys import PublicKey
from carerdesk.store.exchange_models import RecipientRow
from carerdesk.store.exchange_repos import RecipientRepository
from carerdesk.store.repositories import AuditRepository


@dataclass(frozen=True)
class AgencyWorker:
    key: PublicKey
    name: str
    default: bool = False


@dataclass(frozen=True)
class AgencyChanges:
    """Who was added, who has left and who came back (names with fingerprints)."""

    added: tuple[tuple[str, str], ...] = ()
    left: tuple[tuple[str, str], ...] = ()
    back: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.left or self.back)


def follow(s: Session, own_fingerprint: str, workers: Sequence[AgencyWorker]) -> AgencyChanges:
    """Bring the recipients in line with ``workers``; a key that is not a social worker's,
    or is this vault's own, is passed over (a preset cannot make a carer a recipient)."""
    wanted = {w.key.fingerprint: w for w in workers
              if w.key.role is Role.SUPERVISOR and w.key.fingerprint != own_fingerprint}
    repo = RecipientRepository(s)
    rows = {row.fingerprint: row for row in repo.all()}
    added, left, back = [], [], []
    for fingerprint, worker in wanted.items():
        row = rows.get(fingerprint)
        if row is None:
            rows[fingerprint] = row = RecipientRow(
                fingerprint=fingerprint, key_line=worker.key.key_line, name=worker.name,
                role=worker.key.role.value, is_default=False, from_preset=True)
            s.add(row)
            added.append((worker.name, fingerprint))
        elif row.from_preset:
            row.name = worker.name
            if row.left_at is not None:
                row.left_at = None
                back.append((worker.name, fingerprint))
    now = dt.datetime.now(dt.UTC)
    for row in rows.values():
        if row.from_preset and row.fingerprint not in wanted and row.left_at is None:
            row.left_at, row.is_default = now, False
            left.append((row.name, row.fingerprint))
    _follow_default(list(rows.values()), next((f for f, w in wanted.items() if w.default), None))
    s.flush()
    changes = AgencyChanges(tuple(added), tuple(left), tuple(back))
    if changes:
        AuditRepository(s).record("recipient.agency", "recipient")
    return changes


def _follow_default(rows: list[RecipientRow], fingerprint: str | None) -> None:
    carers_own = any(r.is_default and not r.from_preset for r in rows)
    if fingerprint is None or carers_own:
        return
    for row in rows:
        row.is_default = row.fingerprint == fingerprint
