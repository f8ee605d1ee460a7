"""Life-story pages and photos: use cases over the store. No Qt here."""

from carerdesk.lifestory.service import LifeStoryService, PageView, PhotoView

__all__ = ["LifeStoryService", "PageView", "PhotoView"]
