"""Uploaded documents of the register (signed agreements, GEB reports).

They live in the private default storage under a random name; the name the user gave is kept
apart for the download. The type is checked by content, not only by extension: a PDF starts
with ``%PDF-``, a DOCX or ODT is a ZIP archive with the parts that make it one (the checks
themselves are the portal's, in privacyportal.uploads).
"""

import uuid
from pathlib import PurePath

from django.core.exceptions import ValidationError

from privacyportal.uploads import ZipDamaged, ZipTooLarge, check_size, list_zip, read_head, sniff

ALLOWED_EXTENSIONS = {".pdf", ".docx", ".odt"}


def document_upload_to(instance, filename: str) -> str:
    extension = PurePath(filename).suffix.lower()
    folder = instance._meta.model_name
    return f"register/{folder}/{uuid.uuid4().hex}{extension}"


def _detected_type(upload) -> str | None:
    kind = sniff(read_head(upload))
    if kind == "pdf":
        return ".pdf"
    if kind != "zip":
        return None
    try:
        kind = list_zip(upload).kind
    except (ZipDamaged, ZipTooLarge):
        return None
    return f".{kind}" if kind in ("docx", "odt") else None


def validate_document(upload) -> None:
    """Raise a Dutch ValidationError unless `upload` is a PDF, DOCX or ODT within the size cap."""
    check_size(upload)
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
