"""Nothing typed is lost on a lock, in the forms that write a child's records: typed into, Ctrl+L
pressed, the passphrase typed, the form opened again: the words are back, said in one line;
Save and the draft is gone. Here: the life-story page, the profile's About, People and Family
time (the Plan's forms: test_form_drafts_plan.py)."""

from __future__ import annotations

import pytest
from form_draft_steps import (
    CTRL,
    CTRL_SHIFT,
    KEPT,
    LEFT,
    answer_soon,
    choose_child,
    kept,
    lock_by_key_and_unlock,
    modal_opened,
    unlocked_app,
)
from person import unlock_by_typing
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from carerdesk.gui.setup.unlock import UnlockDialog

# --- the life-story page ---

def _new_page(qtbot, window):
    choose_child(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    book = modal_opened(qtbot)
    new = next(b for b in book.findChildren(QPushButton) if b.text() == "&New page…")
    qtbot.mouseClick(new, LEFT)
    return book, modal_opened(qtbot, book)


@pytest.fixture
def app(qtbot, vault_dir):
    yield from unlocked_app(qtbot, vault_dir)


@pytest.fixture
def camera_photo(tmp_path):
    from PIL import Image

    path = tmp_path / "sea.jpg"
    Image.new("RGB", (64, 48), "blue").save(path)
    return path


def test_a_new_life_story_page_is_kept_through_a_lock(qtbot, app, vault_ids, camera_photo):
    _book, page = _new_page(qtbot, app.window)
    assert not page.draft.note.isVisible()
    qtbot.keyClicks(page.title, "Our trip to the sea")
    qtbot.keyClicks(page.story, "You found a crab and named it Colin.")
    page.add_photo(str(camera_photo), "Colin", "Social worker")  # as the file dialog does
    window = lock_by_key_and_unlock(qtbot, app)
    _book, page = _new_page(qtbot, window)
    assert page.title.text() == "Our trip to the sea"
    assert page.story.toPlainText() == "You found a crab and named it Colin."
    assert page.photos.rowCount() == 1 and page.photos.item(0, 1).text() == "Colin"
    assert page.draft.note.isVisible() and page.draft.label.text() == KEPT
    qtbot.mouseClick(page.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: not page.isVisible(), timeout=10000)
    pages = app.workspace.lifestory.pages(vault_ids["child"])
    assert [p.content.title for p in pages] == ["Our trip to the sea"]
    assert [p.caption for p in pages[0].photos] == ["Colin"]
    assert kept(app, "lifestory-page", vault_ids["child"]) is None  # the draft went with Save
    assert app.window.workspace.journal.drafts() == []  # never offered as an entry's draft


def test_a_kept_page_cancelled_is_discarded_when_confirmed(qtbot, app, vault_ids,
                                                          camera_photo):
    photo = camera_photo
    _book, page = _new_page(qtbot, app.window)
    qtbot.keyClicks(page.title, "The fair")
    page.add_photo(str(photo))
    window = lock_by_key_and_unlock(qtbot, app)
    photo.unlink()  # the photo's file is gone since: the page says to add it again
    _book, page = _new_page(qtbot, window)
    assert page.title.text() == "The fair" and page.photos.rowCount() == 0
    assert page.draft.label.text() == (
        f"{KEPT} Photos whose files have gone since must be added again.")
    asked = answer_soon(qtbot, "keep-kept", "&Go back")
    qtbot.mouseClick(page.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert asked and page.isVisible() and page.title.text() == "The fair"
    asked = answer_soon(qtbot, "keep-kept", "&Discard")
    qtbot.mouseClick(page.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert asked
    qtbot.waitUntil(lambda: not page.isVisible())
    assert kept(app, "lifestory-page", vault_ids["child"]) is None


def test_ctrl_l_over_keep_this_draft_keeps_the_page(qtbot, app, vault_ids):
    _book, page = _new_page(qtbot, app.window)
    qtbot.keyClicks(page.title, "The pier")
    window = lock_by_key_and_unlock(qtbot, app)
    _book, page = _new_page(qtbot, window)
    qtbot.keyClicks(page.story, "You ate chips.")
    seen = []

    def lock_over_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.objectName() == "keep-kept"):
            QTimer.singleShot(50, lock_over_the_question)
            return
        seen.append(box.windowTitle())
        qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
    QTimer.singleShot(50, lock_over_the_question)
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # "Keep this draft?", and Ctrl+L over it
    qtbot.waitUntil(lambda: app.workspace is None and isinstance(app.dialog, UnlockDialog))
    assert seen == ["Keep this draft?"]
    window = unlock_by_typing(qtbot, app)
    _book, page = _new_page(qtbot, window)
    assert (page.title.text(), page.story.toPlainText()) == ("The pier", "You ate chips.")


def test_a_page_cancelled_before_the_lock_is_not_kept(qtbot, app, vault_ids):
    _book, page = _new_page(qtbot, app.window)
    qtbot.keyClicks(page.title, "Not this one")
    qtbot.mouseClick(page.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    qtbot.waitUntil(lambda: not page.isVisible())
    window = lock_by_key_and_unlock(qtbot, app)
    _book, page = _new_page(qtbot, window)
    assert page.title.text() == "" and not page.draft.note.isVisible()
    assert kept(app, "lifestory-page", vault_ids["child"]) is None


def test_a_file_that_is_not_a_photo_is_refused_as_it_is_added(qtbot, app, tmp_path,
                                                              monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(bytes(range(256)) * 8)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(broken)], "")))
    _book, page = _new_page(qtbot, app.window)
    add = next(b for b in page.findChildren(QPushButton) if b.text() == "Add a &photo…")
    qtbot.mouseClick(add, LEFT)
    assert page.photos.rowCount() == 0
    assert page.error.isVisible() and "broken.jpg" in page.error.text()
    assert "not a photo" in page.error.text()


# --- the profile and people: About, People, Family time ---

def _profile(qtbot, window, tab=None):
    choose_child(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    dialog = modal_opened(qtbot)
    if tab is not None:
        bar = dialog.tabs.tabBar()
        qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(tab(dialog))).center())
    return dialog


def _at_end(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(field, text)


def test_the_profile_about_and_family_time_are_kept_through_a_lock(qtbot, app, vault_ids):
    """F7 as the tester did it: About's Identity typed on, a new family time's Where typed."""
    child = vault_ids["child"]
    saved = app.workspace.profiles.save(child, parts={"identity": "Proud to be a Quartermaine."})
    dialog = _profile(qtbot, app.window)
    identity = dialog.form.parts["identity"]
    _at_end(qtbot, identity, " Loves the sea.")
    dialog = _open_family_time(qtbot, dialog)
    qtbot.keyClicks(dialog.family_time.form.lines["where"], "The beach cafe")
    window = lock_by_key_and_unlock(qtbot, app)
    dialog = _profile(qtbot, window)
    about = dialog.form
    assert about.parts["identity"].toPlainText() == "Proud to be a Quartermaine. Loves the sea."
    assert about.draft.note.isVisible() and about.draft.label.text() == KEPT
    dialog = _open_family_time(qtbot, dialog)
    panel = dialog.family_time
    assert panel.form.lines["where"].text() == "The beach cafe" and panel.editing is None
    assert panel.draft.note.isVisible()
    qtbot.mouseClick(panel.save_button, LEFT)
    assert [r.value.where for r in app.workspace.family_time.records(child)] == ["The beach cafe"]
    assert kept(app, "family-time", child) is None and not panel.draft.note.isVisible()
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(0).center())
    qtbot.mouseClick(about.save_button, LEFT)
    profile = app.workspace.profiles.profile(child)
    assert profile.parts["identity"] == "Proud to be a Quartermaine. Loves the sea."
    assert profile.version == saved.version + 1
    assert kept(app, "profile-about", child) is None and not about.draft.note.isVisible()


def _open_family_time(qtbot, dialog):
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(dialog.family_time)).center())
    assert dialog.tabs.currentWidget() is dialog.family_time
    return dialog


def test_a_change_to_a_person_is_kept_for_that_person(qtbot, app, vault_ids):
    from carerdesk.domain.profile import PersonDetails, PersonRole

    child = vault_ids["child"]
    nan = app.workspace.people.add(child, PersonDetails("Nan Quartermaine",
                                                        PersonRole.BIRTH_FAMILY, "Nan"))
    dialog = _profile(qtbot, app.window)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(dialog.people)).center())
    people = dialog.people
    people.list.setCurrentRow(0)  # as a click on her row does
    _at_end(qtbot, people.notes, "Phones on Sundays.")
    window = lock_by_key_and_unlock(qtbot, app)
    dialog = _profile(qtbot, window)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(dialog.tabs.indexOf(dialog.people)).center())
    people = dialog.people
    assert people.notes.toPlainText() == "" and not people.draft.note.isVisible()  # someone new
    people.list.setCurrentRow(0)
    assert people.notes.toPlainText() == "Phones on Sundays." and people.draft.note.isVisible()
    asked = answer_soon(qtbot, "discard-kept", "&Discard")
    qtbot.mouseClick(people.draft.discard_button, LEFT)
    assert asked and people.notes.toPlainText() == ""  # back to what is saved
    assert people.name.text() == "Nan Quartermaine" and not people.draft.note.isVisible()
    dialog.activateWindow()  # as the window manager does once the question is gone
    qtbot.waitUntil(lambda: QApplication.focusWidget() is people.name)  # its first field
    assert kept(app, "person", child, nan.id) is None
    assert app.workspace.people.people(child)[0].details.notes in (None, "")
