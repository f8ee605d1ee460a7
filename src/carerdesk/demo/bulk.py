"""The workspace's record services, all writing in one transaction.

Each service call is its own transaction, and each commit waits for the disk (synchronous
FULL): thousands of family times and reviews would spend most of the demo's time waiting.
The same services, given sessions that hand out one open transaction, write the same rows
with one commit at the end (and nothing at all if anything fails).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.orm import Session

from carerdesk.app.workspace import Workspace
from carerdesk.domain.family_time import FamilyTime
from carerdesk.domain.needs_profile import CapacityProfile, CareNeedsProfile, NeedsProfile
from carerdesk.domain.sb_review import SecureBaseReview
from carerdesk.journal.people import PeopleService
from carerdesk.journal.plan import PlanService
from carerdesk.journal.profile import ProfileService
from carerdesk.journal.records import RecordService
from carerdesk.lifestory import LifeStoryService
from carerdesk.store.db_errors import typed_db_errors
from carerdesk.store.sessions import VaultSessions

T = TypeVar("T")


class _OneTransaction:
    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def begin(self) -> Iterator[Session]:
        yield self._session


@dataclass(frozen=True)
class Bulk:
    profiles: ProfileService
    people: PeopleService
    family_time: RecordService[FamilyTime]
    plan: PlanService
    sb_reviews: RecordService[SecureBaseReview]
    needs_profiles: RecordService[NeedsProfile]
    care_needs: RecordService[CareNeedsProfile]
    capacity: RecordService[CapacityProfile]
    lifestory: LifeStoryService


@contextmanager
def bulk(workspace: Workspace) -> Iterator[Bulk]:
    database = str(workspace.vault.files.database)
    with typed_db_errors(database), VaultSessions(workspace.vault).begin() as session:
        shared = _OneTransaction(session)

        def again(service: RecordService[T]) -> RecordService[T]:
            return RecordService(shared, database, service.codec)

        yield Bulk(ProfileService(shared, database), PeopleService(shared, database),
                   again(workspace.family_time), PlanService(shared, database),
                   again(workspace.sb_reviews), again(workspace.needs_profiles),
                   again(workspace.care_needs), again(workspace.capacity),
                   LifeStoryService(shared, database))
