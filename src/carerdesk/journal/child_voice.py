"""What the child says on their own page, as one service: a record of each kind added (never
amended: the codecs say so and ``RecordService.amend`` refuses), and everything the child
has said, in the order they said it, for the carer to read."""

from __future__ import annotations

from typing import Any

from carerdesk.domain.child_voice import (
    ChildSays,
    Feeling,
    FeelingCodec,
    Statement,
    StatementCodec,
    Wishes,
    WishesCodec,
)
from carerdesk.journal.records import RecordService, RecordView
from carerdesk.store.db_errors import Sessions

__all__ = ["ChildVoiceService"]


class ChildVoiceService:
    def __init__(self, sessions: Sessions, database: str) -> None:
        self.feelings = RecordService(sessions, database, FeelingCodec())
        self.wishes = RecordService(sessions, database, WishesCodec())
        self.statements = RecordService(sessions, database, StatementCodec())

    def add(self, child: str, value: ChildSays) -> RecordView[ChildSays]:
        """Kept as the child's, for good: there is no amend and no remove."""
        if isinstance(value, Feeling):
            return self.feelings.add(child, value)  # type: ignore[return-value]
        if isinstance(value, Wishes):
            return self.wishes.add(child, value)  # type: ignore[return-value]
        if isinstance(value, Statement):
            return self.statements.add(child, value)  # type: ignore[return-value]
        raise TypeError(type(value).__name__)

    def said(self, child: str) -> list[RecordView[ChildSays]]:
        """Every record of the child's page, oldest first, by the moment it was saved."""
        found: list[RecordView[Any]] = [*self.feelings.records(child),
                                        *self.wishes.records(child),
                                        *self.statements.records(child)]
        return sorted(found, key=lambda r: (r.value.date, r.created_at))
