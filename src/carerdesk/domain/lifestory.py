"""Life-story pages: words a child can read, photos, the child's own voice."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from carerdesk.domain._noop import QT_TRANSLATE_NOOP
from carerdesk.domain.input_errors import EmptyValue, InvalidInput
from carerdesk.domain.limits import check_length
from carerdesk.domain.values import optional_text, required_text

MAX_PHOTOS_PER_PAGE = 4


class Layout(StrEnum):
    BIG_PHOTO = "big_photo"  # a large photo above the story
    SIDE_BY_SIDE = "side_by_side"  # photo and story next to each other
    STORY = "story"  # the story first, photos in a row below
    GALLERY = "gallery"  # up to four photos with captions, a short story

    @property
    def title(self) -> str:  # type: ignore[override]  # the shown name; str.title() is not used
        return LAYOUT_TITLES[self]


LAYOUT_TITLES = {
    Layout.BIG_PHOTO: QT_TRANSLATE_NOOP("LifeStory", "Big photo"),
    Layout.SIDE_BY_SIDE: QT_TRANSLATE_NOOP("LifeStory", "Side by side"),
    Layout.STORY: QT_TRANSLATE_NOOP("LifeStory", "Story first"),
    Layout.GALLERY: QT_TRANSLATE_NOOP("LifeStory", "Gallery"),
}


@dataclass(frozen=True)
class NewPhoto:
    """A photo on its way in: the file it came from, its caption and who agreed to its use."""

    path: str
    caption: str | None = None
    consent: str | None = None

    def validated(self) -> NewPhoto:
        return NewPhoto(self.path, optional_text(self.caption, "caption"),
                        optional_text(self.consent, "consent"))


@dataclass(frozen=True)
class PageContent:
    child_id: str
    title: str
    story: str = ""  # told to the child: "You ..."
    when: str | None = None  # a date or a period, as the carer writes it
    place: str | None = None
    voice: str | None = None  # the child's own words
    people: str | None = None  # who was there
    layout: Layout = Layout.BIG_PHOTO
    in_reports: bool = False  # kept out of supervision reports unless the carer picks it

    def validated(self, photos: int) -> PageContent:
        if not self.child_id:
            raise EmptyValue("child")
        if photos > MAX_PHOTOS_PER_PAGE:
            raise InvalidInput("photos", photos)
        story = check_length((self.story or "").strip(), "story")
        if not story and not photos:
            raise EmptyValue("story")
        return PageContent(self.child_id, required_text(self.title, "title"), story,
                           optional_text(self.when, "when"), optional_text(self.place, "place"),
                           optional_text(self.voice, "voice"), optional_text(self.people, "people"),
                           self.layout,
                           self.in_reports)
