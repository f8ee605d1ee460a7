"""A new life-story page: the words, the layout, and photos with captions and consent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from carerdesk.domain.errors import CarerDeskError
from carerdesk.domain.lifestory import MAX_PHOTOS_PER_PAGE, Layout, NewPhoto, PageContent
from carerdesk.gui.common.form_draft import FormDraft, fields_of, fill
from carerdesk.gui.common.operation import Operation
from carerdesk.gui.common.widgets import (
    busy_bar,
    clear_error,
    error_label,
    private_dialog,
    show_error,
    unless_locked,
    with_mnemonics,
)
from carerdesk.lifestory import LifeStoryService
from carerdesk.lifestory.photos import check_photo


class PageDialog(QDialog):
    saved = Signal(object)

    def __init__(self, service: LifeStoryService, child_id: str, parent=None, *,
                 page=None) -> None:
        super().__init__(parent)
        self.service, self.child_id, self.page = service, child_id, page
        self.setWindowTitle(self.tr("Change the page") if page else self.tr("New life-story page"))
        self.resize(640, 620)
        # made in the order of the rows on screen, which is the order Tab takes
        self.title, self.when, self.place = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.story = QPlainTextEdit(self)
        self.voice, self.people = QLineEdit(self), QLineEdit(self)
        self.story.setTabChangesFocus(True)
        self.story.setPlaceholderText(self.tr("Tell it to the child: \u201cYou ...\u201d"))
        self.layout_box = QComboBox(self)
        for layout in Layout:
            self.layout_box.addItem(QCoreApplication.translate("LifeStory", layout.title), layout)
        self.in_reports = QCheckBox(self.tr("&Include this page in supervision reports"), self)
        self.photos = QTableWidget(0, 3, self)
        self.photos.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.photos.setProperty("no_draft", True)  # its rows are kept by _draft_state
        self.photos.setHorizontalHeaderLabels([self.tr("Photo"), self.tr("Caption"),
                                               self.tr("Who agreed to its use")])
        self.photos.horizontalHeader().setStretchLastSection(True)
        for widget, name in ((self.title, self.tr("Title")), (self.when, self.tr("When")),
                             (self.place, self.tr("Where")),
                             (self.voice, self.tr("In your words")),
                             (self.people, self.tr("Who was there")),
                             (self.story, self.tr("Story")),
                             (self.layout_box, self.tr("Layout")),
                             (self.photos, self.tr("Photos"))):
            widget.setAccessibleName(name)
        add_photo = QPushButton(self.tr("Add a &photo…"), self)
        remove_photo = QPushButton(self.tr("&Remove photo"), self)
        add_photo.clicked.connect(self.choose_photo)
        remove_photo.clicked.connect(lambda: self.photos.removeRow(self.photos.currentRow()))
        self.error = error_label(self, self.tr("Page problem"))
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, parent=self)
        with_mnemonics(self.buttons)
        self.buttons.setAccessibleName(self.tr("Save or cancel"))  # a group: named
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.saving = Operation(self, self.busy, [self.buttons], self.error)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("Wh&ere:"), self.place)
        form.addRow(self.tr("St&ory:"), self.story)
        form.addRow(self.tr("In their own wor&ds:"), self.voice)
        form.addRow(self.tr("Who was t&here:"), self.people)
        form.addRow(self.tr("&Layout:"), self.layout_box)
        form.addRow("", self.in_reports)
        row = QHBoxLayout()
        row.addWidget(add_photo)
        row.addWidget(remove_photo)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.photos)
        layout.addLayout(row)
        # a lock keeps what is typed here (the photos as the files they came from)
        self.draft = FormDraft(self, service, "lifestory-page", child_id,
                               state=self._draft_state, restore=self._draft_restore)
        self.missing = 0  # photos kept in the draft whose files are gone
        layout.addWidget(self.draft.note)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        if page is not None:
            self._fill(page)
            for widget in (self.photos, add_photo, remove_photo):
                widget.setEnabled(False)  # the words change here; photos stay as they are
        if self.draft.shown(page.id if page else None) and self.missing:
            self.draft.say(self.tr("Photos whose files have gone since must be added again."))

    def _draft_state(self) -> dict:
        photos = [[p.path, p.caption, p.consent] for p in self._new_photos()] \
            if self.page is None else []
        return {"fields": fields_of(self), "photos": photos}

    def _draft_restore(self, state: dict) -> None:
        fill(self, state.get("fields") or {})
        if self.page is not None:
            return
        self.photos.setRowCount(0)
        self.missing = 0
        for path, caption, consent in state.get("photos") or ():
            if Path(path).is_file():
                self.add_photo(path, caption, consent)
            else:
                self.missing += 1

    def _fill(self, page) -> None:
        c = page.content
        for field, value in ((self.title, c.title), (self.when, c.when), (self.place, c.place),
                             (self.voice, c.voice), (self.people, c.people)):
            field.setText(value or "")
        self.story.setPlainText(c.story)
        self.layout_box.setCurrentIndex(max(self.layout_box.findData(c.layout), 0))
        self.in_reports.setChecked(c.in_reports)
        for photo in page.photos:
            self.photos.insertRow(self.photos.rowCount())
            for column, text in enumerate((self.tr("photo"), photo.caption or "",
                                           photo.consent or "")):
                self.photos.setItem(self.photos.rowCount() - 1, column, QTableWidgetItem(text))

    def choose_photo(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose photos"), "",
            self.tr("Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff)"),
            options=private_dialog())
        clear_error(self.error)
        for path in paths:
            self.add_photo(path)

    def add_photo(self, path: str, caption: str = "", consent: str = "") -> None:
        if self.photos.rowCount() >= MAX_PHOTOS_PER_PAGE:
            return
        try:
            check_photo(path)  # a file that is not a photo is refused as it is added
        except CarerDeskError as exc:
            show_error(self.error, exc)
            return
        row = self.photos.rowCount()
        self.photos.insertRow(row)
        name = QTableWidgetItem(path.rsplit("/", 1)[-1])
        name.setData(256, path)  # Qt.UserRole: the file it came from
        self.photos.setItem(row, 0, name)
        self.photos.setItem(row, 1, QTableWidgetItem(caption))
        self.photos.setItem(row, 2, QTableWidgetItem(consent))

    def _new_photos(self) -> list[NewPhoto]:
        def text(row: int, column: int) -> str:
            item = self.photos.item(row, column)
            return item.text() if item else ""
        return [NewPhoto(self.photos.item(r, 0).data(256), text(r, 1), text(r, 2))
                for r in range(self.photos.rowCount())]

    @unless_locked
    def save(self) -> None:
        """Photos are cleaned off the GUI thread; a bad one saves nothing and says why."""
        content = PageContent(self.child_id, self.title.text(), self.story.toPlainText(),
                              self.when.text(), self.place.text(), self.voice.text(),
                              self.people.text(), Layout(self.layout_box.currentData()),
                              self.in_reports.isChecked())
        if self.page is not None:
            page_id = self.page.id
            work = lambda: self.service.update_page(page_id, content)  # noqa: E731
        else:
            photos = self._new_photos()
            work = lambda: self.service.add_page(content, photos)  # noqa: E731
        self.saving.start(work, self._saved)

    def _saved(self, page) -> None:
        self.draft.saved()
        self.saved.emit(page)
        self.accept()

    @unless_locked
    def reject(self) -> None:
        """Cancel on a page filled from its draft: keep it for later or discard it."""
        if self.draft.ask_on_close():
            super().reject()
