"""Uploaded documents of the register (signed agreements, GEB reports).

They live in the private default storage under a random name; the name the user gave is kept
apart for the download. The type is checked by content, not only by extension: a PDF starts
with ``%PDF-``, a DOCX or ODT is a ZIP archive with the parts that make it one.
"""

import re
import unicodedata
import uuid
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

ALLOWED_EXTENSIONS = {".pdf", ".docx", ".odt"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def document_upload_to(instance, filename: str) -> str:
    extension = PurePath(filename).suffix.lower()
    folder = instance._meta.model_name
    return f"register/{folder}/{uuid.uuid4().hex}{extension}"


def safe_filename(name: str) -> str:
    """The user's file name without folders, control characters or quotes."""
    name = PurePath(name.replace("\\", "/")).name
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r"[\x00-\x1f\x7f\"';]", "", name).strip(" .")
    return name[:150] or "document"


def _detected_type(upload) -> str | None:
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
                return ".docx"
            # Never decompress more than the few bytes a real mimetype entry holds.
            if (
                "mimetype" in names
                and archive.getinfo("mimetype").file_size <= 100
                and archive.read("mimetype").strip() == ODT_MIMETYPE
            ):
                return ".odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        upload.seek(0)
    return None


def validate_document(upload) -> None:
    """Raise a Dutch ValidationError unless `upload` is a PDF, DOCX or ODT within the size cap."""
    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise ValidationError(
            "Het bestand is te groot (%(size)s); het maximum is %(max)s.",
            code="too_large",
            params={
                "size": filesizeformat(upload.size),
                "max": filesizeformat(settings.UPLOAD_MAX_BYTES),
            },
        )
    extension = PurePath(upload.name).suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            "Alleen PDF-, Word- (.docx) en OpenDocument-bestanden (.odt) zijn toegestaan.",
            code="extension",
        )
    detected = _detected_type(upload)
    if detected != extension:
        raise ValidationError(
            "De inhoud van het bestand past niet bij %(ext)s; het lijkt geen echt PDF-, DOCX- of "
            "ODT-bestand.",
            code="content",
            params={"ext": extension},
        )
