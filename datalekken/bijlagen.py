"""Checks on uploaded attachments: size, and the type judged by the content, not by the name.

An attachment to a datalek case is evidence: a copy of the AP notification (PDF), the AP's
receipt (PDF or e-mail), a screenshot, a log excerpt, a spreadsheet of affected members. We
accept those kinds and refuse everything else, including files whose content does not match
their extension (an .exe renamed to .pdf).
"""

import re
from pathlib import PurePath

from django.core.exceptions import ValidationError

from privacyportal import uploads
from privacyportal.uploads import ZipDamaged, ZipTooLarge, check_size, list_zip, read_head, sniff

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

# extension → what privacyportal.uploads.sniff must find in the first bytes
_SIGNATUUR = {
    ".pdf": "pdf",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".msg": "ole",  # Outlook .msg is a compound file
    ".docx": "zip",
    ".xlsx": "zip",
    ".txt": "text",
    ".csv": "text",
    ".log": "text",
    ".eml": "text",
}


def _content_matches(extensie: str, upload) -> bool:
    head = read_head(upload)
    if sniff(head) != _SIGNATUUR[extensie]:
        return False
    if extensie in (".docx", ".xlsx"):
        try:
            return list_zip(upload).kind == extensie[1:]
        except (ZipDamaged, ZipTooLarge):
            return False
    if extensie == ".eml":
        return re.search(rb"^[A-Za-z-]+: ", head, re.MULTILINE) is not None
    return True


def validate_upload(upload) -> None:
    """Raise a Dutch ValidationError, or mark the upload with its checked content type."""
    check_size(upload)
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
    """A download name by the portal's one rule; "bijlage" when nothing usable is left."""
    return uploads.safe_filename(naam, default="bijlage")
