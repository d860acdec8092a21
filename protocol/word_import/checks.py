"""Checks on the raw file before python-docx opens it: what is it, and is it too big?

The sizes in a zip's directory are enforced by zipfile while reading (a member that inflates
beyond its declared size fails), so their sum is a safe cap against zip bombs.
"""

import io
import zipfile

from django.conf import settings

from protocol.word_import.result import WordImportFout

# Limits against hostile or absurd files. The upload size itself is settings.UPLOAD_MAX_BYTES.
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 2_000
# The text itself is parsed into memory as one XML tree: kept well below the total.
MAX_DOCUMENT_XML_BYTES = 25 * 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_file(data: bytes) -> None:
    """Refuse anything that is not a reasonable .docx, with a message saying what it is."""
    max_bytes = settings.UPLOAD_MAX_BYTES
    if len(data) > max_bytes:
        raise WordImportFout(
            f"Het bestand is te groot ({mb(len(data))}). Het maximum is {mb(max_bytes)}."
        )
    if not data.strip(b"\x00 \r\n\t"):
        raise WordImportFout("Het bestand is leeg.")
    if data.startswith(OLE_MAGIC):
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
    if data.startswith(b"%PDF"):
        raise WordImportFout(
            "Dit is een PDF-bestand, geen Word-document. Upload het oorspronkelijke "
            "Word-document (.docx)."
        )
    if data.lstrip().startswith(b"{\\rtf"):
        raise WordImportFout(
            "Dit is een RTF-bestand. Open het in Word en sla het op als Word-document (.docx)."
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise WordImportFout("Dit is geen Word-document (.docx). Kies een .docx-bestand.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
        raise WordImportFout("Het bestand is beschadigd en kan niet worden gelezen.") from error
    if b"opendocument" in mimetype:
        raise WordImportFout(
            "Dit is een OpenDocument-bestand (zoals .odt). Sla het op als Word-document "
            "(.docx) en upload dat bestand."
        )
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise WordImportFout("Dit is een zip-bestand, maar geen Word-document (.docx).")
    # The sizes in the zip directory are enforced by zipfile while reading (a member that
    # inflates beyond its declared size fails its check), so their sum is a safe cap.
    if len(entries) > MAX_ZIP_ENTRIES or (
        sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED_BYTES
    ):
        raise WordImportFout(
            f"Het document is uitgepakt te groot (meer dan {mb(MAX_UNCOMPRESSED_BYTES)}) of "
            "bestaat uit te veel onderdelen. Splits het of haal grote afbeeldingen weg."
        )
    if any(
        entry.filename == "word/document.xml" and entry.file_size > MAX_DOCUMENT_XML_BYTES
        for entry in entries
    ):
        raise WordImportFout(
            "Het document bevat te veel tekst om in één keer te importeren. Splits het in delen."
        )


def mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
