"""What a kind of record kept as a versioned document must say: its name, how its value is
written and read as JSON, the date it is filed under, and what it links to.

A codec may say ``amendable = False`` (the child's own words): its records are never amended.
A codec validates on the way in (``dump`` raises the domain's typed errors) and reads every
version it ever wrote on the way out (``load``), so a record's history stays readable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class RecordCodec(Protocol[T]):
    kind: str  # stored with each record: "family-time", "goal", ...

    def dump(self, value: T) -> dict[str, Any]:
        """The value validated, as JSON; raises InvalidInput and its kin."""
        ...

    def load(self, data: dict[str, Any]) -> T: ...

    def day(self, value: T) -> dt.date:
        """The date the record is filed and listed under."""
        ...

    def entries(self, value: T) -> Iterable[str]:
        """Ids of journal entries it cites; each must be about the same child."""
        ...

    def people(self, value: T) -> Iterable[str]:
        """Ids of people around the child it names; each must be in this child's life."""
        ...
