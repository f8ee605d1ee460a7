"""Life-story pages through real widgets: a new page with photos, the preview, printing."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from carerdesk.gui.lifestory.lifestory_window import LifeStoryWindow  # noqa: E402
from carerdesk.gui.lifestory.page_dialog import PageDialog  # noqa: E402
from carerdesk.gui.reports.pdf_view import print_pdf  # noqa: E402


def _child(workspace, vault_ids):
    return workspace.journal.child(vault_ids["child"])


def test_new_page_preview_and_print_preview(qtbot, workspace, vault_ids, camera_photo,
                                            png_photo):
    window = LifeStoryWindow(workspace, _child(workspace, vault_ids))
    qtbot.addWidget(window)
    assert "No pages yet" in window.preview.text()
    dialog = PageDialog(workspace.lifestory, vault_ids["child"], window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Your first day at school")
    qtbot.keyClicks(dialog.story, "You wore your new shoes and waved at the gate.")
    dialog.add_photo(str(camera_photo), "At the gate", "Social worker")
    dialog.add_photo(str(png_photo), "Your drawing", "")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.save()
    page = saved.args[0]
    assert [p.caption for p in page.photos] == ["At the gate", "Your drawing"]
    assert page.photos[0].consent == "Social worker"
    window.reload()
    assert window.list.count() == 1
    pixmap = window.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.height() > pixmap.width()
    printer = QPrinter()
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    book = window.book()
    preview.paintRequested.connect(lambda p: print_pdf(book, p))
    preview.updatePreview()
    assert preview.pageCount() == 3  # cover, contents, the page


def test_a_bad_photo_is_refused_in_plain_words(qtbot, workspace, vault_ids, tmp_path):
    bad = tmp_path / "holiday.jpg"
    bad.write_text("this is a shopping list, not a photo")
    dialog = PageDialog(workspace.lifestory, vault_ids["child"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Holiday")
    dialog.add_photo(str(bad))  # what choosing it in the file dialog does: refused at once
    assert dialog.error.isVisible() and "not a photo" in dialog.error.text()
    assert dialog.photos.rowCount() == 0
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert workspace.lifestory.pages(vault_ids["child"]) == []
    assert save.isEnabled() and dialog.title.text() == "Holiday"  # the words kept, go on


def test_change_a_page_keeps_its_photos(qtbot, workspace, vault_ids, camera_photo):
    from carerdesk.domain.lifestory import NewPhoto, PageContent

    page = workspace.lifestory.add_page(PageContent(vault_ids["child"], "Old title", "You ..."),
                                        [NewPhoto(str(camera_photo), "Wave", "SW")])
    dialog = PageDialog(workspace.lifestory, vault_ids["child"], page=page)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Old title" and not dialog.photos.isEnabled()
    dialog.title.setText("New title")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.save()
    assert saved.args[0].content.title == "New title" and len(saved.args[0].photos) == 1
