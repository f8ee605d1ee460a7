"""Every kind of record kept as a versioned document, by the name stored with it.

A report package (format 2) carries records by kind; the importer reads each with its
codec and refuses a kind it does not know, as it refuses a format it does not know.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from carerdesk.domain.records import RecordCodec


@cache
def _codecs() -> dict[str, RecordCodec[Any]]:
    # Imported when first asked for, so that a command that needs none starts light.
    from carerdesk.domain.child_voice import FeelingCodec, StatementCodec, WishesCodec
    from carerdesk.domain.family_time import FamilyTimeCodec
    from carerdesk.domain.goals import GoalCodec, GoalReviewCodec
    from carerdesk.domain.profile_codecs import CapacityCodec, CareNeedsCodec, NeedsProfileCodec
    from carerdesk.domain.sb_review import SecureBaseReviewCodec

    found: list[RecordCodec[Any]] = [
        FamilyTimeCodec(), GoalCodec(), GoalReviewCodec(), NeedsProfileCodec(),
        CareNeedsCodec(), CapacityCodec(), SecureBaseReviewCodec(),
        FeelingCodec(), WishesCodec(), StatementCodec()]  # the child's own page
    return {codec.kind: codec for codec in found}


def codec_for(kind: str) -> RecordCodec[Any]:
    """KeyError for a kind this CarerDesk does not know."""
    return _codecs()[kind]


def kinds() -> list[str]:
    return sorted(_codecs())
