"""The portal's shared upload checks: size, type by content, zip listing, download names and
uploads parked between preview and confirmation."""

import datetime
import io
import os
import time
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from privacyportal.uploads import (
    ParkedUploads,
    ZipDamaged,
    ZipTooLarge,
    check_size,
    list_zip,
    read_head,
    safe_filename,
    sniff,
)


def zip_with(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


# ---- size -------------------------------------------------------------------------------


def test_check_size_takes_files_and_bytes(settings):
    settings.UPLOAD_MAX_BYTES = 10
    check_size(b"x" * 10)
    check_size(SimpleUploadedFile("a.pdf", b"x" * 10))
    with pytest.raises(ValidationError) as error:
        check_size(SimpleUploadedFile("a.pdf", b"x" * 11))
    assert error.value.code == "too_large"
    assert error.value.messages[0].startswith("Het bestand is te groot (11")
    with pytest.raises(ValidationError, match="het maximum is"):
        check_size(b"x" * 5, max_bytes=4)


# ---- sniffing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"PK\x03\x04rest", "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "ole"),
        (b"\x89PNG\r\n\x1a\nrest", "png"),
        (b"\xff\xd8\xff\xe0rest", "jpeg"),
        (b"  {\\rtf1\\ansi", "rtf"),
        ("Datum;Naam\r\n1-2-2025;Café".encode(), "text"),
        ("Café".encode("cp1252"), "text"),
        ("é".encode()[:1], "text"),  # a character cut off at the end of the sample
        (b"MZ\x90\x00\x03\x00\x00\x00", None),
        (b"", None),
    ],
)
def test_sniff_judges_by_the_first_bytes(head, kind):
    assert sniff(head) == kind


def test_read_head_leaves_the_file_at_its_start():
    upload = SimpleUploadedFile("a.pdf", b"%PDF-1.7 rest")
    upload.read(3)
    assert read_head(upload, 5) == b"%PDF-"
    assert upload.read() == b"%PDF-1.7 rest"


# ---- zip listing ------------------------------------------------------------------------


DOCX = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}


@pytest.mark.parametrize(
    ("entries", "kind"),
    [
        (DOCX, "docx"),
        ({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}, "xlsx"),
        ({"mimetype": b"application/vnd.oasis.opendocument.text"}, "odt"),
        ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}, "opendocument"),
        ({"a.txt": b"x"}, None),
    ],
)
def test_list_zip_tells_office_files_apart(entries, kind):
    listing = list_zip(zip_with(entries))
    assert listing.kind == kind
    assert listing.names == set(entries)


def test_list_zip_reads_a_file_and_leaves_it_at_its_start():
    upload = SimpleUploadedFile("a.docx", zip_with(DOCX))
    assert list_zip(upload).kind == "docx"
    assert upload.tell() == 0


def test_list_zip_caps_members_and_inflated_size_without_inflating():
    data = zip_with({f"{i}.txt": b"x" for i in range(5)})
    with pytest.raises(ZipTooLarge):
        list_zip(data, max_members=4)
    bomb = zip_with({"big.xml": b" " * 50_000_000})
    assert len(bomb) < 100_000
    started = time.perf_counter()
    with pytest.raises(ZipTooLarge):
        list_zip(bomb, max_bytes=10_000_000)
    assert time.perf_counter() - started < 0.5
    assert list_zip(bomb, max_bytes=50_000_000).total_size == 50_000_000


def test_a_huge_mimetype_member_is_never_inflated():
    listing = list_zip(zip_with({"mimetype": b"\x00" * 10_000_000}), max_bytes=10**9)
    assert listing.mimetype == b"" and listing.kind is None


@pytest.mark.parametrize("data", [b"PK\x03\x04" + b"\x00" * 100, b"%PDF-1.4", b""])
def test_list_zip_refuses_what_is_no_zip(data):
    with pytest.raises(ZipDamaged):
        list_zip(data)


# ---- download names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\fg\\overeenkomst.pdf", "overeenkomst.pdf"),
        ('../../"overeenkomst".pdf', "overeenkomst.pdf"),
        ('a"b;c\r\n.pdf', "ab_c.pdf"),
        ("rapport\u202efdp.exe", "rapportfdp.exe"),  # a right-to-left override
        ("a<b>c:d|e?f*g.txt", "a_b_c_d_e_f_g.txt"),
        ("Cafe\u0301 verslag.docx", "Café verslag.docx"),  # NFC: one é
        ("GEB leden.docx", "GEB leden.docx"),
        ("...", "document"),
        ("", "document"),
    ],
)
def test_safe_filename(name, safe):
    assert safe_filename(name) == safe


def test_safe_filename_keeps_the_extension_when_it_shortens_and_takes_a_default():
    long = safe_filename("x" * 300 + ".pdf")
    assert len(long) == 150 and long.endswith("xxx.pdf")
    assert safe_filename("..", default="bijlage") == "bijlage"
    assert safe_filename("Cafe\u0301.pdf") == "Caf\u00e9.pdf"


# ---- parked uploads ---------------------------------------------------------------------


@pytest.fixture
def parked():
    # Every test has its own private storage folder (tests/conftest.py).
    return ParkedUploads("test-parked", suffix=".docx", keep=datetime.timedelta(hours=1))


def test_park_read_discard(parked):
    name = parked.park(b"inhoud")
    assert parked.is_ours(name) and parked.exists(name)
    assert name == f"test-parked/{parked.token(name)}.docx" and len(parked.token(name)) == 32
    assert parked.read(name) == b"inhoud"
    parked.discard(name)
    assert not parked.exists(name)
    with pytest.raises(FileNotFoundError):
        parked.read(name)


@pytest.mark.parametrize(
    "name",
    [
        "../test-parked/x.docx",
        "test-parked/../datalekken/x.docx",
        "test-parked/x.pdf",
        "andere-map/x.docx",
        "test-parked/sub/x.docx",
        None,
        "",
        ["test-parked/x.docx"],
    ],
)
def test_only_names_in_the_folder_are_ours(parked, name):
    assert not parked.is_ours(name)
    with pytest.raises(FileNotFoundError):
        parked.read(name)
    parked.discard(name)  # never deletes anything outside the folder


def test_parking_removes_what_waited_longer_than_keep(parked):
    old = default_storage.save("test-parked/oud.docx", ContentFile(b"x"))
    two_hours_ago = time.time() - 2 * 3600
    os.utime(default_storage.path(old), (two_hours_ago, two_hours_ago))
    recent = default_storage.save("test-parked/recent.docx", ContentFile(b"y"))
    new = parked.park(b"z")
    names = set(default_storage.listdir("test-parked")[1])
    assert names == {"recent.docx", new.rsplit("/", 1)[1]}
    assert parked.remove_stale() == 0
    assert recent


def test_remove_stale_without_folder_is_fine():
    assert ParkedUploads("bestaat-niet").remove_stale() == 0
