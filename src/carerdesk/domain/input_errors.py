"""What the user typed that breaks a rule of the record: each error names the field
(``field``) and is worded by text/messages.py."""

from __future__ import annotations

from carerdesk.domain.errors import CarerDeskError


class InvalidInput(CarerDeskError):
    """Input that breaks a rule of the record; ``field`` names where."""

    def __init__(self, field: str, value: object = None) -> None:
        super().__init__(field, value)
        self.field = field
        self.value = value


class InvalidDate(InvalidInput):
    pass


class FutureDate(InvalidInput):
    pass


class DateOutOfRange(InvalidInput):
    """A date before 1900 (``early``) or too far ahead for any record or period."""

    def __init__(self, field: str, value: object = None, early: bool = False) -> None:
        super().__init__(field, value)
        self.early = early


class TooLong(InvalidInput):
    """Longer than the field allows; carries the lengths, never the words."""

    def __init__(self, field: str, limit: int, length: int) -> None:
        super().__init__(field, None)
        self.limit = limit
        self.length = length


class DateOrder(InvalidInput):
    """A date that lies before another it must follow (placed before born)."""


class EmptyValue(InvalidInput):
    pass


class UnknownDimension(InvalidInput):
    pass


class UnknownCategory(InvalidInput):
    pass


class RatingOutOfRange(InvalidInput):
    pass


class UnknownEventKind(InvalidInput):
    """A kind of significant event not in the regulations' list nor the agency's."""

    def __init__(self, field: str, value: object, choices: tuple[str, ...]) -> None:
        super().__init__(field, value)
        self.choices = choices


class EventTimeOrder(InvalidInput):
    """A time that lies before the one it must follow: a telling before the event
    (``value`` is the row number), a report or a return before the child was last seen."""


class UnknownTellRole(InvalidInput):
    """A role of a person told that is not in the list."""


class BadToldLine(InvalidInput):
    """A ``--told`` line that is not ``NAME, ROLE, YYYY-MM-DDTHH:MM``."""


class UnknownMood(InvalidInput):
    pass


class UnknownProfileField(InvalidInput):
    """A part of the child's profile that does not exist (``value`` is what was typed)."""


class UnknownRole(InvalidInput):
    """A role for a person around the child that is not in the list."""


class NotInitials(InvalidInput):
    """Another fostered child is written by initials only (J.S.), never by name."""


class UnknownPart(InvalidInput):
    """A part of an entry to share in a child's report that an entry has no such name for
    (``value`` as typed)."""


class NotAboutThisEntry(InvalidInput):
    """A choice of what to share with a child the entry is not about (``value`` as typed)."""


class OtherChildsRecord(InvalidInput):
    """A link to an entry or a person that belongs to another child (``field`` says which:
    ``entry`` or ``person``; ``value`` is the id as typed)."""


class ProfileRatingOutOfRange(RatingOutOfRange):
    """A rating on a profile's -3..+3 scale that is not a whole number in it (``field`` is
    the area, ``value`` what was typed)."""


class UnknownProfileArea(InvalidInput):
    """An area that is not in the profile (``field`` is its kind: needs or capacity)."""


class UnknownView(InvalidInput):
    """Whose view a rating is: carer, social-worker or agreed, nothing else."""


class ViewMissing(InvalidInput):
    """A rating of the carers' capacity that does not say whose view it is (``field``)."""


class NoSocialWorker(InvalidInput):
    """A capacity profile is made with the social worker: it names them."""


class EmptyProfile(InvalidInput):
    """A profile with nothing in it (``field`` is its kind)."""


class NotASibling(InvalidInput):
    """Living together or apart is said of a brother or sister only."""


class UnknownGoalArea(InvalidInput):
    """A goal's area that is neither a Secure Base dimension nor a developmental need."""


class UnknownGoalStatus(InvalidInput):
    pass


class UnknownSetBy(InvalidInput):
    """Who set a goal: carer, social-worker or both."""


class UnknownAgeBand(InvalidInput):
    pass


class BeforeGoalWasSet(DateOrder):
    """A goal's by-when or review date, or a review of it, before the day it was set
    (``field``: goal_by, goal_review or goal_reviewed)."""


class UnknownFamilyTimeStatus(InvalidInput):
    """A family time is planned, happened or cancelled; ``value`` is what was typed."""


class UnknownWellbeing(InvalidInput):
    """How I am in a wellbeing check-in: 1-5 or its word; ``value`` is what was typed."""


class NotHappenedYet(FutureDate):
    """A family time marked as happened on a day still to come."""


class NotCancelled(InvalidInput):
    """Who cancelled a family time, and why, are said of a cancelled one only."""


class NotAnImage(InvalidInput):
    """A file that is not a photo CarerDesk can read (JPEG, PNG, GIF, BMP, WebP, TIFF)."""


class ImageTooLarge(InvalidInput):
    pass


class UnreadableFile(InvalidInput):
    pass


class PassphraseTooShort(InvalidInput):
    def __init__(self, minimum: int) -> None:
        super().__init__("passphrase", None)
        self.minimum = minimum


class PassphraseMismatch(InvalidInput):
    def __init__(self) -> None:
        super().__init__("passphrase", None)
