"""Checks on the raw file before python-docx opens it: what is it, and is it too big?

What a file is and what a zip archive holds are decided by privacyportal.uploads, from the
first bytes and the zip directory (whose sizes zipfile enforces while reading, so their sum
is a safe cap against zip bombs). Here: which of those the Word import accepts, and the
Dutch message for each of the others.
"""

import io
import zipfile

from django.core.exceptions import ValidationError

from privacyportal.uploads import ZipDamaged, ZipTooLarge, check_size, list_zip, sniff
from protocol.word_import.result import WordImportFout

# Limits against hostile or absurd files. The upload size itself is settings.UPLOAD_MAX_BYTES.
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 2_000
# The text itself is parsed into memory as one XML tree: kept well below the total.
MAX_DOCUMENT_XML_BYTES = 25 * 1024 * 1024


def check_file(data: bytes) -> None:
    """Refuse anything that is not a reasonable .docx, with a message saying what it is."""
    try:
        check_size(data)
    except ValidationError as error:
        raise WordImportFout(error.messages[0]) from error
    if not data.strip(b"\x00 \r\n\t"):
        raise WordImportFout("Het bestand is leeg.")
    kind = sniff(data[:1024])
    if kind == "ole":
        if "EncryptionInfo".encode("utf-16-le") in data[: 1024 * 1024] or (
            "EncryptedPackage".encode("utf-16-le") in data
        ):
            raise WordImportFout(
                "Het document is beveiligd met een wachtwoord. Open het in Word, haal de "
                "beveiliging weg (Bestand › Info › Document beveiligen) en upload het opnieuw."
            )
        raise WordImportFout(
            "Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als "
            "Word-document (.docx); upload dan dat bestand."
        )
    if kind == "pdf":
        raise WordImportFout(
            "Dit is een PDF-bestand, geen Word-document. Upload het oorspronkelijke "
            "Word-document (.docx)."
        )
    if kind == "rtf":
        raise WordImportFout(
            "Dit is een RTF-bestand. Open het in Word en sla het op als Word-document (.docx)."
        )
    if kind != "zip" or not zipfile.is_zipfile(io.BytesIO(data)):  # no zip directory
        raise WordImportFout("Dit is geen Word-document (.docx). Kies een .docx-bestand.")
    try:
        listing = list_zip(data, max_members=MAX_ZIP_ENTRIES, max_bytes=MAX_UNCOMPRESSED_BYTES)
    except ZipDamaged as error:
        raise WordImportFout("Het bestand is beschadigd en kan niet worden gelezen.") from error
    except ZipTooLarge as error:
        raise WordImportFout(
            f"Het document is uitgepakt te groot (meer dan {mb(MAX_UNCOMPRESSED_BYTES)}) of "
            "bestaat uit te veel onderdelen. Splits het of haal grote afbeeldingen weg."
        ) from error
    if listing.kind in ("odt", "opendocument"):
        raise WordImportFout(
            "Dit is een OpenDocument-bestand (zoals .odt). Sla het op als Word-document "
            "(.docx) en upload dat bestand."
        )
    # A .docx has both; an .xlsx or any other zip lacks at least one.
    if "word/document.xml" not in listing.names or "[Content_Types].xml" not in listing.names:
        raise WordImportFout("Dit is een zip-bestand, maar geen Word-document (.docx).")
    if listing.members["word/document.xml"].file_size > MAX_DOCUMENT_XML_BYTES:
        raise WordImportFout(
            "Het document bevat te veel tekst om in één keer te importeren. Splits het in delen."
        )


def mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
