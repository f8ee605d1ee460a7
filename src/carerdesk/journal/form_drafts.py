"""A form's draft: what a form (a life-story page, the profile, family time, a goal...) held
when the vault locked, kept in the vault's ``drafts`` table beside the entry editor's drafts.

One draft per form, child and record: its id is made from the three, so keeping it again
writes over the last. ``state`` carries ``form`` (which form) and ``children`` (the child, so
that removing the child removes the draft: ``store/child_removal.py`` matches drafts by the
child's id in ``children``); the entry editor's list of drafts leaves out every form draft.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy.orm import Session

from carerdesk.journal.drafts import discard_draft, save_draft
from carerdesk.store.models import Draft
from carerdesk.store.service_base import Service

FORM = "form"  # the key in a draft's state that makes it a form's draft
_NAMESPACE = uuid.UUID("6f1d3c1e-5b0a-4c55-9b8e-0c6a4a7d2f10")


def is_form_draft(state: dict[str, Any]) -> bool:
    return isinstance(state, dict) and FORM in state


def draft_id(form: str, child_id: str, record_id: str | None) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{form}/{child_id}/{record_id or ''}"))


class FormDrafts(Service):
    """Keep, read back and discard a form's draft, inside the vault."""

    @classmethod
    def of(cls, service: Service) -> FormDrafts:
        """The form drafts of the vault another service works in."""
        return service.beside(cls)

    def keep(self, form: str, child_id: str, record_id: str | None,
             fields: dict[str, Any]) -> None:
        # a form for no child yet (Add a child) names none: a removal never takes it for its
        # child's, though the words typed in it are still looked for
        state = {FORM: form, "children": [child_id] if child_id else [], "record": record_id,
                 "fields": fields}
        with self._tx() as s:
            save_draft(s, draft_id(form, child_id, record_id), state, None)

    def kept(self, form: str, child_id: str, record_id: str | None) -> dict[str, Any] | None:
        """The fields kept for this form, child and record; None if there is no draft."""
        with self._tx() as s:
            return _fields(s, draft_id(form, child_id, record_id))

    def discard(self, form: str, child_id: str, record_id: str | None) -> None:
        with self._tx() as s:
            discard_draft(s, draft_id(form, child_id, record_id))


def _fields(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(Draft, key)
    if row is None:
        return None
    state = json.loads(row.state)
    fields = state.get("fields") if is_form_draft(state) else None
    return fields if isinstance(fields, dict) else None
