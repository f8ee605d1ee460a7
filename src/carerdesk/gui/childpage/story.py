"""The child's life-story pages to look at: titles on the left, the page on the right (its
words and its first photo). Read-only: the carer makes the pages in the Life story window."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from carerdesk.gui.childpage.sections import heading
from carerdesk.gui.common.widgets import shown, shown_html
from carerdesk.lifestory.service import PageView
from carerdesk.text.i18n import translate

PHOTO_HEIGHT = 220  # the page fits a 1280×720 screen with the photo and the words


class StoryTab(QWidget):
    def __init__(self, lifestory, child_id: str, parent=None) -> None:
        super().__init__(parent)
        self.pages: list[PageView] = lifestory.pages(child_id)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ChildPage", "My life-story pages"))
        self.list.setMaximumWidth(380)
        self.list.setWordWrap(True)  # a long title on two lines, never cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.photo = QLabel(self)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setAccessibleName(translate("ChildPage", "A photo on this page"))
        self.page = QTextBrowser(self)
        self.page.setAccessibleName(translate("ChildPage", "The life-story page"))
        self.page.setOpenLinks(False)
        right = QVBoxLayout()
        right.addWidget(self.photo)
        right.addWidget(self.page, 1)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ChildPage", "My life story"), self))
        layout.addLayout(row, 1)
        for page in self.pages:
            self.list.addItem(shown(page.content.title))
        self.list.currentRowChanged.connect(self.show_page)
        if self.pages:
            self.list.setCurrentRow(0)
        else:
            self.page.setPlainText(translate("ChildPage", "There are no pages in your life "
                                                          "story yet."))
            self.photo.hide()

    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        view = self.pages[row]
        content = view.content
        parts = [f"<h2>{shown_html(content.title)}</h2>"]
        if content.when or content.place:
            where = " · ".join(shown_html(t) for t in (content.when, content.place) if t)
            parts.append(f"<p><i>{where}</i></p>")
        parts += [f"<p>{shown_html(p)}</p>" for p in content.story.split("\n") if p.strip()]
        if content.voice:
            said = translate("ChildPage", "What I said:")
            parts.append(f"<p><b>{html.escape(said)}</b> “{shown_html(content.voice)}”</p>")
        self.page.setHtml("".join(parts))
        self._show_photo(view)

    def _show_photo(self, view: PageView) -> None:
        pixmap = QPixmap()
        if view.photos and pixmap.loadFromData(view.photos[0].jpeg):
            self.photo.setPixmap(pixmap.scaledToHeight(
                min(PHOTO_HEIGHT, pixmap.height()), Qt.TransformationMode.SmoothTransformation))
            self.photo.show()
        else:
            self.photo.clear()
            self.photo.hide()

    def forget(self) -> None:
        """Nothing of the pages kept once the page closes."""
        self.pages = []
        self.list.clear()
        self.page.clear()
        self.photo.clear()
