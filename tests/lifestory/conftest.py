import pytest
from PIL import Image

CAMERA = "CanonTestCam"
GPS_PLACE = (52.0, 37.0, 12.0)


@pytest.fixture
def camera_photo(tmp_path):
    """A JPEG as a phone makes it: camera make and model, GPS position, a date."""
    image = Image.new("RGB", (2400, 1600), (120, 180, 220))
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    exif[0x0110] = "TestModel X9"
    exif[0x0132] = "2025:06:03 14:22:10"
    exif[0x8825] = {1: "N", 2: GPS_PLACE, 3: "W", 4: (1.0, 17.0, 30.0)}
    path = tmp_path / "IMG_2041.jpg"
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


@pytest.fixture
def png_photo(tmp_path):
    path = tmp_path / "sandcastle.png"
    Image.new("RGB", (600, 900), (240, 200, 120)).save(path)
    return path
