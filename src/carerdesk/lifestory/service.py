"""Life-story use cases. Photos are cleaned before the transaction starts, so a bad file
stops the page before anything is written: nothing is ever half-saved."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from carerdesk.domain.errors import NotFound
from carerdesk.domain.lifestory import Layout, NewPhoto, PageContent
from carerdesk.lifestory.photos import CleanPhoto, clean_photo
from carerdesk.store.models import LifeStoryPage, Photo
from carerdesk.store.repositories import AuditRepository, ChildRepository, resolve_id
from carerdesk.store.service_base import Service


@dataclass(frozen=True)
class PhotoView:
    id: str
    caption: str | None
    consent: str | None
    width: int
    height: int
    jpeg: bytes


@dataclass(frozen=True)
class PageView:
    id: str
    position: int
    content: PageContent
    photos: tuple[PhotoView, ...]
    updated_at: dt.datetime


class LifeStoryService(Service):

    def add_page(self, content: PageContent, photos: Sequence[NewPhoto] = ()) -> PageView:
        content = content.validated(len(photos))
        checked = [p.validated() for p in photos]  # caption and consent: lengths checked
        cleaned = [(p, clean_photo(p.path)) for p in checked]  # may refuse: nothing written yet
        with self._tx() as s:
            child = ChildRepository(s).get(content.child_id)
            position = (s.scalar(select(func.max(LifeStoryPage.position))
                                 .where(LifeStoryPage.child_id == child.id)) or 0) + 1
            page = LifeStoryPage(id=str(uuid.uuid4()), child_id=child.id, position=position,
                                 **_columns(content))
            s.add(page)
            s.flush()
            for index, (new, clean) in enumerate(cleaned):
                s.add(_photo_row(page.id, index, new, clean))
            AuditRepository(s).record("lifestory.add", "page", page.id)
        return self.page(page.id)

    def pages(self, child_id: str) -> list[PageView]:
        with self._tx() as s:
            child = ChildRepository(s).get(child_id)
            rows = s.scalars(select(LifeStoryPage).where(LifeStoryPage.child_id == child.id)
                             .order_by(LifeStoryPage.position))
            return [_view(s, row) for row in rows]

    def page_texts(self, child_id: str) -> list[PageContent]:
        """The pages' words and layout in order, no photos read: what a report keeps."""
        with self._tx() as s:
            child = ChildRepository(s).get(child_id)
            rows = s.scalars(select(LifeStoryPage).where(LifeStoryPage.child_id == child.id)
                             .order_by(LifeStoryPage.position))
            return [_content(row) for row in rows]

    def page(self, typed_id: str) -> PageView:
        with self._tx() as s:
            page_id = resolve_id(s, LifeStoryPage.id, typed_id, "page")
            return _view(s, s.get_one(LifeStoryPage, page_id))

    def update_page(self, page_id: str, content: PageContent) -> PageView:
        """Change a page's words and layout; its photos stay as they are."""
        with self._tx() as s:
            page = s.get(LifeStoryPage, page_id)
            if page is None:
                raise NotFound("page", page_id)
            photos = s.scalar(select(func.count()).select_from(Photo)
                              .where(Photo.page_id == page_id)) or 0
            content = replace(content, child_id=page.child_id).validated(photos)
            for key, value in _columns(content).items():
                setattr(page, key, value)
            AuditRepository(s).record("lifestory.update", "page", page.id)
        return self.page(page_id)

    def delete_page(self, page_id: str) -> None:
        """Remove a page and its photos from the book (the carer confirms first)."""
        with self._tx() as s:
            page = s.get(LifeStoryPage, page_id)
            if page is None:
                raise NotFound("page", page_id)
            s.execute(delete(Photo).where(Photo.page_id == page_id)
                      .execution_options(synchronize_session=False))  # as a plain DELETE
            s.delete(page)
            AuditRepository(s).record("lifestory.delete", "page", page_id)

    def move(self, page_id: str, offset: int) -> None:
        """Move a page earlier (negative) or later in its book."""
        with self._tx() as s:
            page = s.get(LifeStoryPage, page_id)
            if page is None:
                raise NotFound("page", page_id)
            siblings = list(s.scalars(select(LifeStoryPage)
                                      .where(LifeStoryPage.child_id == page.child_id)
                                      .order_by(LifeStoryPage.position)))
            index = siblings.index(page)
            target = max(0, min(len(siblings) - 1, index + offset))
            siblings.insert(target, siblings.pop(index))
            for position, row in enumerate(siblings, start=1):
                row.position = position


def _columns(content: PageContent) -> dict[str, object]:
    return dict(title=content.title, story=content.story, when_text=content.when,
                place=content.place, voice=content.voice, people=content.people,
                layout=content.layout.value, in_reports=content.in_reports)


def _photo_row(page_id: str, index: int, new: NewPhoto, clean: CleanPhoto) -> Photo:
    return Photo(id=str(uuid.uuid4()), page_id=page_id, position=index,
                  caption=(new.caption or "").strip() or None,
                  consent=(new.consent or "").strip() or None,
                  width=clean.width, height=clean.height, jpeg=clean.jpeg)


def _content(row: LifeStoryPage) -> PageContent:
    return PageContent(row.child_id, row.title, row.story, row.when_text, row.place,
                       row.voice, row.people, Layout(row.layout), row.in_reports)


def _view(s: Session, row: LifeStoryPage) -> PageView:
    photos = s.scalars(select(Photo).where(Photo.page_id == row.id).order_by(Photo.position))
    return PageView(row.id, row.position, _content(row),
                    tuple(PhotoView(p.id, p.caption, p.consent, p.width, p.height, p.jpeg)
                          for p in photos), row.updated_at)
