"""The check made as a photo is chosen refuses what Save would refuse, in the same words, and
lets through what Save takes."""

from __future__ import annotations

import pytest
from PIL import Image

from carerdesk.domain import input_errors
from carerdesk.lifestory.photos import check_photo, clean_photo


def _cut_jpeg(path):
    Image.effect_noise((800, 600), 60).convert("RGB").save(path, "JPEG")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a copy stopped half way


@pytest.mark.parametrize("make,error", [
    (lambda p: p.write_bytes(bytes(range(256)) * 8), input_errors.NotAnImage),  # broken.jpg
    (lambda p: p.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50), input_errors.NotAnImage),
    (_cut_jpeg, input_errors.NotAnImage),
    (lambda p: Image.new("1", (12000, 12000)).save(p, "PNG"), input_errors.ImageTooLarge),
    (lambda p: None, input_errors.UnreadableFile),
])
def test_refused_as_chosen_as_at_save(tmp_path, make, error):
    bad = tmp_path / "broken.jpg"
    make(bad)
    with pytest.raises(error) as at_save:
        clean_photo(bad)
    with pytest.raises(error) as chosen:
        check_photo(bad)
    assert str(chosen.value) == str(at_save.value) and "broken.jpg" in str(chosen.value)


def test_photos_save_takes_pass_the_check(camera_photo, png_photo):
    for photo in (camera_photo, png_photo):
        check_photo(photo)
        assert clean_photo(photo).width > 0
