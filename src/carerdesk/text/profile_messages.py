"""Plain words for the errors of the dated profiles (domain/needs_profile.py): a rating off
the -3..+3 scale, an area or a view that does not exist, a capacity rating without its view."""

from __future__ import annotations

from collections.abc import Callable

from carerdesk.domain import errors as e
from carerdesk.domain import input_errors as ie
from carerdesk.domain.needs_profile import CAPACITY, CAPACITY_AREAS, CARE_NEEDS, DOMAINS, NEEDS
from carerdesk.domain.profile_scale import View
from carerdesk.text.i18n import Context, translate

Messages = Context("Messages")

_FIELDS: dict[str, Callable[[], str]] = {
    "strengths": lambda: translate("Messages", "strengths"),
    "difficulties": lambda: translate("Messages", "difficulties"),
    "evidence": lambda: translate("Messages", "evidence"),
    "social_worker": lambda: translate("Messages", "social worker's name"),
    "need_area": lambda: translate("Messages", "area of care need"),
    "need_from_carer": lambda: translate("Messages", "what is needed from the carer"),
}

_KINDS: dict[str, Callable[[], str]] = {
    NEEDS: lambda: translate("Messages", "child's profile"),
    CARE_NEEDS: lambda: translate("Messages", "care-needs profile"),
    CAPACITY: lambda: translate("Messages", "capacity profile"),
}


def _area(key: str) -> str:
    title = DOMAINS.get(key) or CAPACITY_AREAS.get(key) or key
    return translate("Profiles", title)


def profile_message(exc: e.CarerDeskError) -> str | None:
    """The words for ``exc`` if it is one of the profiles', else None."""
    if isinstance(exc, ie.ProfileRatingOutOfRange):
        return translate("Messages", "A rating on a profile is a whole number from -3 to +3; "
                                     "\"{value}\" is not. Nothing was saved.").format(
            value=exc.value)
    if isinstance(exc, ie.UnknownProfileArea):
        areas = CAPACITY_AREAS if exc.field == CAPACITY else DOMAINS
        return translate("Messages", "\"{value}\" is not an area of the {kind}. Use one of: "
                                     "{choices}.").format(value=exc.value,
                                                          kind=_KINDS[exc.field](),
                                                          choices=", ".join(areas))
    if isinstance(exc, ie.UnknownView):
        return translate("Messages", "\"{value}\" is not whose view a rating is. Use one of: "
                                     "{choices}.").format(
            value=exc.value, choices=", ".join(v.value for v in View))
    if isinstance(exc, ie.ViewMissing):
        return translate("Messages", "Say whose view the rating of {area} is: the carer's, the "
                                     "social worker's, or agreed. Nothing was saved.").format(
            area=_area(exc.field))
    if isinstance(exc, ie.NoSocialWorker):
        return translate("Messages", "The carers' capacity profile is made with the social "
                                     "worker: say who they are. Nothing was saved.")
    if isinstance(exc, ie.EmptyProfile) and exc.field == CARE_NEEDS:
        return translate("Messages", "The care-needs profile has no rows: add an area of care "
                                     "need and what is needed from the carer.")
    if isinstance(exc, ie.EmptyProfile):
        return translate("Messages", "The {kind} is empty: rate an area or write about one "
                                     "first. Nothing was saved.").format(kind=_KINDS[exc.field]())
    return _field_error(exc)


def _field_error(exc: e.CarerDeskError) -> str | None:
    if isinstance(exc, ie.InvalidInput) and exc.field in _FIELDS:
        name = _FIELDS[exc.field]()
        if isinstance(exc, ie.TooLong):
            return Messages.tr("The {field} is too long: it has {length} characters, and at "
                               "most %n fit. Nothing was saved.", "", exc.limit).format(
                field=name, length=exc.length)
        if isinstance(exc, ie.EmptyValue):
            return translate("Messages", "The {field} is empty. Please write something.").format(
                field=name)
    if isinstance(exc, e.NotFound) and exc.kind in _KINDS and not isinstance(
            exc, e.AmbiguousId):
        return translate("Messages", "There is no {kind} with the id \"{id}\". \"carerdesk "
                                     "profile list\" shows them.").format(kind=_KINDS[exc.kind](),
                                                                        id=exc.ident)
    return None
