"""Drafts: what the editor holds, saved inside the vault as the carer types."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from carerdesk.store.models import Draft


@dataclass(frozen=True)
class DraftView:
    id: str
    entry_id: str | None  # the saved entry this draft amends, if any
    state: dict[str, Any]
    saved_at: dt.datetime


def save_draft(session: Session, draft_id: str | None, state: dict[str, Any],
               entry_id: str | None) -> str:
    draft_id = draft_id or str(uuid.uuid4())
    row = session.get(Draft, draft_id) or Draft(id=draft_id)
    row.entry_id = entry_id
    row.state = json.dumps(state, ensure_ascii=False)
    row.saved_at = dt.datetime.now(dt.UTC)
    session.add(row)
    return draft_id


def discard_draft(session: Session, draft_id: str | None) -> None:
    if draft_id:
        session.execute(delete(Draft).where(Draft.id == draft_id))


def all_drafts(session: Session) -> list[DraftView]:
    """The entry editor's drafts, newest first; a form's draft (``journal/form_drafts.py``,
    its state naming its ``form``) is not one of them."""
    rows = session.scalars(select(Draft).order_by(Draft.saved_at.desc()))
    views = (DraftView(r.id, r.entry_id, json.loads(r.state), r.saved_at) for r in rows)
    return [v for v in views if not (isinstance(v.state, dict) and "form" in v.state)]
