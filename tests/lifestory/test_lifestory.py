"""Life-story pages: photos lose their metadata, the book carries words and pictures, and a
bad file saves nothing."""

import io
import subprocess

import pytest
from conftest import CAMERA
from helpers import snapshot
from PIL import Image

from carerdesk.domain import errors, input_errors
from carerdesk.domain.lifestory import Layout, NewPhoto, PageContent
from carerdesk.reports.lifestory_pdf import book_pdf, page_pdf

STORY = "You ran into the waves and laughed. Nain said: ŵ and ŷ are Welsh letters."


def _page(child, layout=Layout.BIG_PHOTO, title="Our day at the beach"):
    return PageContent(child, title, STORY, "Summer 2025", "Rhossili", "The sea is tickly!",
                       "You, Nain and Sam", layout)


def test_photos_are_cleaned_and_kept_only_encrypted(workspace, vault_ids, vault_dir,
                                                    camera_photo):
    page = workspace.lifestory.add_page(_page(vault_ids["child"]), [
        NewPhoto(str(camera_photo), "You and the big wave", "Social worker, 3 June 2025")])
    [photo] = page.photos
    assert photo.consent == "Social worker, 3 June 2025"
    assert max(photo.width, photo.height) <= 1600
    stored = Image.open(io.BytesIO(photo.jpeg))
    assert dict(stored.getexif()) == {} and "exif" not in stored.info
    assert CAMERA.encode() not in photo.jpeg and b"GPS" not in photo.jpeg
    workspace.lock()
    original = camera_photo.read_bytes()
    for name, data in snapshot(vault_dir).items():
        assert CAMERA.encode() not in data, name
        assert b"Rhossili" not in data and original[200:264] not in data, name


def test_book_carries_text_images_and_welsh_letters(workspace, vault_ids, camera_photo,
                                                    png_photo, tmp_path):
    for layout in Layout:
        workspace.lifestory.add_page(_page(vault_ids["child"], layout, f"Beach {layout.value}"),
                                     [NewPhoto(str(camera_photo), "The big wave"),
                                      NewPhoto(str(png_photo), "Your sandcastle")])
    pages = workspace.lifestory.pages(vault_ids["child"])
    assert [p.position for p in pages] == [1, 2, 3, 4]
    pdf = tmp_path / "book.pdf"
    pdf.write_bytes(book_pdf("Zephyrine", pages))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Zephyrine's life story" in text and "What is in this book" in text
    assert "ŵ and ŷ" in text and "The sea is tickly!" in text and "Your sandcastle" in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) >= 8
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)
    assert CAMERA.encode() not in pdf.read_bytes()
    single = page_pdf(pages[0])
    assert single.startswith(b"%PDF") and single.count(b"/Type /Page\n") <= 1


@pytest.mark.parametrize("make,error", [
    (lambda p: p.write_text("not a picture at all"), input_errors.NotAnImage),
    (lambda p: p.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50), input_errors.NotAnImage),
    (lambda p: Image.new("1", (12000, 12000)).save(p, "PNG"), input_errors.ImageTooLarge),
    (lambda p: None, input_errors.UnreadableFile),
])
def test_bad_photos_save_nothing(workspace, vault_ids, camera_photo, tmp_path, make, error):
    bad = tmp_path / "bad.png"
    make(bad)
    with pytest.raises(error):
        workspace.lifestory.add_page(_page(vault_ids["child"]), [
            NewPhoto(str(camera_photo)), NewPhoto(str(bad))])
    assert workspace.lifestory.pages(vault_ids["child"]) == []


def test_pages_need_a_title_and_something_to_show(workspace, vault_ids, camera_photo):
    with pytest.raises(input_errors.EmptyValue):
        workspace.lifestory.add_page(PageContent(vault_ids["child"], "  ", STORY))
    with pytest.raises(input_errors.EmptyValue):
        workspace.lifestory.add_page(PageContent(vault_ids["child"], "Title", "  "))
    with pytest.raises(input_errors.InvalidInput):
        workspace.lifestory.add_page(_page(vault_ids["child"]), [NewPhoto(str(camera_photo))] * 5)
    with pytest.raises(errors.NotFound):
        workspace.lifestory.add_page(_page("nobody"))
    page = workspace.lifestory.add_page(PageContent(vault_ids["child"], "Only a photo", ""),
                                        [NewPhoto(str(camera_photo))])
    assert page.content.in_reports is False  # kept out of reports unless the carer picks it


def test_pages_can_be_reordered(workspace, vault_ids):
    ids = [workspace.lifestory.add_page(_page(vault_ids["child"], title=f"P{i}")).id
           for i in range(3)]
    workspace.lifestory.move(ids[2], -2)
    assert [p.content.title for p in workspace.lifestory.pages(vault_ids["child"])] == [
        "P2", "P0", "P1"]


def test_cli_add_and_book(cli, vault_ids, camera_photo, png_photo, tmp_path):
    child = vault_ids["child"]
    added = cli("lifestory", "add", "--child", child, "--title", "Beach day", "--text", STORY,
                "--layout", "gallery", "--photo", str(camera_photo), "--caption", "Wave",
                "--consent", "Birth mum agreed", "--photo", str(png_photo), "--caption", "Castle")
    assert added.code == 0, added.err
    listed = cli("lifestory", "list", "--child", child, "--json").json()
    assert listed[0]["id"] == added.last_line and listed[0]["photos"] == 2
    out = tmp_path / "book.pdf"
    assert cli("lifestory", "pdf", "--child", child, "--out", str(out)).code == 0
    assert "Beach day" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                         text=True).stdout
    one = tmp_path / "page.pdf"
    assert cli("lifestory", "pdf", "--child", child, "--out", str(one),
               "--page", added.last_line[:8]).code == 0
    bad = cli("lifestory", "add", "--child", child, "--title", "X", "--photo",
              str(tmp_path / "missing.jpg"))
    assert bad.code == 1 and "cannot read" in bad.err
    usage = cli("lifestory", "add", "--child", child, "--title", "X", "--caption", "orphan")
    assert usage.code == 1


def test_pages_can_be_changed_and_removed(workspace, vault_ids, camera_photo):
    page = workspace.lifestory.add_page(_page(vault_ids["child"]), [NewPhoto(str(camera_photo))])
    changed = workspace.lifestory.update_page(page.id, PageContent(
        "ignored", "A better title", "You and Nain at the beach.", layout=Layout.GALLERY))
    assert (changed.content.title, changed.content.layout) == ("A better title", Layout.GALLERY)
    assert changed.content.child_id == vault_ids["child"] and len(changed.photos) == 1
    with pytest.raises(input_errors.EmptyValue):
        workspace.lifestory.update_page(page.id, PageContent(vault_ids["child"], " ", "x"))
    workspace.lifestory.delete_page(page.id)
    assert workspace.lifestory.pages(vault_ids["child"]) == []
    with pytest.raises(errors.NotFound):
        workspace.lifestory.delete_page(page.id)


def test_a_report_keeps_the_pages_words_and_reads_no_photo(workspace, vault_ids, camera_photo):
    import datetime as dt
    from dataclasses import replace

    from sqlalchemy import event

    from carerdesk.app import supervision_export

    child = vault_ids["child"]
    workspace.lifestory.add_page(replace(_page(child), in_reports=True),
                                 [NewPhoto(str(camera_photo), "The big wave")])
    workspace.lifestory.add_page(replace(_page(child, title="Kept to ourselves")),
                                 [NewPhoto(str(camera_photo))])
    statements = []
    engine = workspace.vault.engine
    listen = lambda *args: statements.append(args[2].lower())  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        report = supervision_export.period_report(workspace, child, dt.date(2000, 1, 1),
                                                  dt.date.today())
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert [(p.title, p.when) for p in report.pages] == [("Our day at the beach", "Summer 2025")]
    assert not [s for s in statements if "photos" in s]  # the pictures stay where they are
