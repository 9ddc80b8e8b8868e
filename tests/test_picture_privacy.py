"""Photos: nothing but pixels is kept (no GPS, XMP or comments); bad files are refused."""

import io
import json
import zipfile

import pytest
from PIL import ExifTags, Image

from planner.errors import InvalidInput
from planner.pictures import MAX_FILE_BYTES, read_picture_file, sanitise_picture
from planner.services import about_me, people, plan_files
from planner.services import pictures as picture_service

SECRETS = [b"SECRETPLACE", b"SECRETXMP", b"SECRETCOMMENT", b"SECRETCAMERA", b"GPS", b"Exif",
           b"http://ns.adobe.com/xap", b"xmpmeta"]


def revealing_jpeg(size=(800, 600)) -> bytes:
    """A JPEG carrying EXIF with GPS (and a camera name), XMP and a JPEG comment."""
    image = Image.new("RGB", size, (90, 160, 220))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SECRETCAMERA"
    exif[ExifTags.Base.Orientation] = 6  # turned: the stored picture must be upright
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (52.0, 54.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (3.0, 35.0, 10.0)
    gps[ExifTags.GPS.GPSAreaInformation] = "SECRETPLACE"
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
           b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:xap="http://ns.adobe.com/xap/1.0/" '
           b'xap:Label="SECRETXMP"/></rdf:RDF></x:xmpmeta>')
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), xmp=xmp, comment=b"SECRETCOMMENT")
    return out.getvalue()


def test_the_test_photo_really_carries_all_three():
    data = revealing_jpeg()
    for secret in (b"SECRETPLACE", b"SECRETXMP", b"SECRETCOMMENT"):
        assert secret in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert image.info.get("comment") == b"SECRETCOMMENT"
        assert "xmp" in image.info


def _everything_in(db) -> bytes:
    """Every byte of the database, log included."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db.path.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_gps_xmp_and_comment_are_gone_from_what_is_stored_and_exported(db, tmp_path):
    source = tmp_path / "holiday.jpg"
    source.write_bytes(revealing_jpeg())
    plan_id = people.add_person(db, "Nia").plan_id
    clean = read_picture_file(source)
    picture = picture_service.add_photo(db, plan_id, clean, "The beach", "panel")
    about_me.add_answer(db, plan_id, "preferences", "enjoy", "The beach", picture_id=picture.picture_id,
                        visibility="panel")
    picture_service.set_profile_photo(db, plan_id, clean, "Me")

    stored = picture_service.photo_jpeg(db, picture.picture_id)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (600, 800)  # turned upright by its orientation, then forgotten
        assert not image.getexif()
        assert "comment" not in image.info and "xmp" not in image.info and "exif" not in image.info
        assert "icc_profile" not in image.info
    everything = _everything_in(db)
    for secret in SECRETS[:3] + [b"http://ns.adobe.com/xap"]:
        assert secret not in everything, secret

    path = plan_files.export_plan_file(db, plan_id, tmp_path / "nia.smallsteps")
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("pictures/")]
        assert names
        for name in names:
            for secret in SECRETS:
                assert secret not in archive.read(name), (name, secret)
        plan = json.loads(archive.read("plan.json"))
    assert plan["plan"]["pictures"][0]["description"] == "The beach"


def test_a_clean_jpeg_is_kept_byte_for_byte_and_cleaning_twice_changes_nothing():
    once = sanitise_picture(revealing_jpeg())
    assert sanitise_picture(once) == once
    progressive = io.BytesIO()
    Image.open(io.BytesIO(once)).save(progressive, "JPEG", progressive=True)
    assert sanitise_picture(progressive.getvalue()) != progressive.getvalue()


@pytest.mark.parametrize("kind", ["PNG", "WEBP", "GIF", "BMP"])
def test_other_kinds_of_picture_become_clean_jpegs(kind):
    image = Image.new("RGBA" if kind in ("PNG", "WEBP") else "RGB", (50, 40), (10, 200, 30, 128))
    out = io.BytesIO()
    extra = {"pnginfo": _png_text()} if kind == "PNG" else {}
    image.save(out, kind, **extra)
    jpeg = sanitise_picture(out.getvalue())
    assert jpeg[:2] == b"\xff\xd8" and b"SECRETPLACE" not in jpeg
    with Image.open(io.BytesIO(jpeg)) as clean:
        assert clean.format == "JPEG" and clean.size == (50, 40)


def _png_text():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Location", "SECRETPLACE")
    return info


def test_a_big_photo_is_scaled_down():
    jpeg = sanitise_picture(revealing_jpeg(size=(4000, 3000)))
    with Image.open(io.BytesIO(jpeg)) as image:
        assert max(image.size) <= 1600


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk used
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    with pytest.raises(InvalidInput) as raised:
        read_picture_file(huge)
    assert "too big" in raised.value.message
    assert str(huge) not in [str(p) for p in opened]
    assert MAX_FILE_BYTES < 200 * 1024 * 1024


def test_a_20000_pixel_square_image_is_refused_without_decoding_it(tmp_path):
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")  # small file, huge picture
    path = tmp_path / "huge.png"
    path.write_bytes(out.getvalue())
    with pytest.raises(InvalidInput) as raised:
        read_picture_file(path)
    assert "too big" in raised.value.message


@pytest.mark.parametrize("content", [
    b"", b"not a picture at all", b"%PDF-1.4 something", b"\xff\xd8\xff\xe0 truncated",
    b"GIF89a" + b"\x00" * 20,
])
def test_not_a_picture_or_truncated_is_refused(tmp_path, content):
    path = tmp_path / "photo.jpg"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as raised:
        read_picture_file(path)
    assert raised.value.message


def test_a_truncated_real_photo_is_refused(tmp_path):
    data = revealing_jpeg()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InvalidInput):
        read_picture_file(path)


def test_a_missing_file_is_a_clear_message(tmp_path):
    with pytest.raises(InvalidInput) as raised:
        read_picture_file(tmp_path / "nowhere.jpg")
    assert "nowhere.jpg" in raised.value.message
