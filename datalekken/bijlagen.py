"""Checks on uploaded attachments: size, and the type judged by the content, not by the name.

An attachment to a datalek case is evidence: a copy of the AP notification (PDF), the AP's
receipt (PDF or e-mail), a screenshot, a log excerpt, a spreadsheet of affected members. We
accept those kinds and refuse everything else, including files whose content does not match
their extension (an .exe renamed to .pdf).
"""

import re
import unicodedata
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

# extension → content type served on download
TOEGESTAAN = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".log": "text/plain",
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
}
TOEGESTAAN_TEKST = (
    "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx), tekst (.txt, .csv, .log) of e-mail (.eml, .msg)"
)

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (compound file)
_ZIP_MAP = {".docx": "word/", ".xlsx": "xl/"}


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off at the end of the sample is fine.
        if error.start < len(head) - 3:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def _content_matches(extensie: str, upload) -> bool:
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    if extensie == ".pdf":
        return head.startswith(b"%PDF-")
    if extensie == ".png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if extensie in (".jpg", ".jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if extensie == ".msg":
        return head.startswith(_OLE)
    if extensie in _ZIP_MAP:
        if not head.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(upload) as archief:
                namen = archief.namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
        finally:
            upload.seek(0)
        return "[Content_Types].xml" in namen and any(
            naam.startswith(_ZIP_MAP[extensie]) for naam in namen
        )
    if extensie == ".eml":
        return _is_text(head) and re.search(rb"^[A-Za-z-]+: ", head, re.MULTILINE) is not None
    return _is_text(head)


def validate_upload(upload) -> None:
    """Raise a Dutch ValidationError, or mark the upload with its checked content type."""
    if upload.size > settings.UPLOAD_MAX_BYTES:
        raise ValidationError(
            f"Het bestand is te groot ({filesizeformat(upload.size)}); het maximum is"
            f" {filesizeformat(settings.UPLOAD_MAX_BYTES)}."
        )
    if upload.size == 0:
        raise ValidationError("Het bestand is leeg.")
    extensie = PurePath(upload.name).suffix.lower()
    if extensie not in TOEGESTAAN:
        raise ValidationError(
            f"Dit bestandstype is niet toegestaan. Toegestaan: {TOEGESTAAN_TEKST}."
        )
    if not _content_matches(extensie, upload):
        raise ValidationError(
            f"De inhoud van het bestand past niet bij de extensie {extensie}. Upload het"
            " oorspronkelijke bestand."
        )
    upload.gecontroleerd_type = TOEGESTAAN[extensie]


def safe_filename(naam: str) -> str:
    """A download name without paths, control characters or quotes."""
    naam = PurePath(naam.replace("\\", "/")).name
    naam = "".join(c for c in naam if unicodedata.category(c)[0] != "C")
    naam = re.sub(r'["<>:|?*;]', "_", naam).strip(" .")
    return naam[:150] or "bijlage"
