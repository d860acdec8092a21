"""What an uploaded file is, decided once for the whole portal.

Every app that takes files (register documents, datalek attachments, the Word import, the
register import) asks the same questions: is it within the size cap, what is it by its first
bytes (not by its name), what does a zip archive hold and would it inflate too far, and which
name may it carry on download? The answers live here; each app keeps only its own list of
allowed types and its own Dutch messages.

Zip archives are judged by their central directory alone. The sizes there cannot lie:
`zipfile` stops reading a member at its declared size and then fails on the checksum, so
their sum is a safe cap against zip bombs.

Imports park the upload between preview and confirmation: `ParkedUploads` keeps it in the
private storage under a random name and removes what nobody confirmed or cancelled.
"""

import io
import re
import secrets
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import PurePath, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

SNIFF_BYTES = 8192
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office files, Outlook .msg
SIGNATURES = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (OLE_MAGIC, "ole"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
)
# Ample for any office document; a directory beyond these is hostile or broken.
MAX_ZIP_MEMBERS = 5_000
MAX_ZIP_BYTES = 200 * 1024 * 1024
# An OpenDocument "mimetype" member holds one short line; never inflate more than that.
MIMETYPE_MAX_BYTES = 100
FILENAME_MAX = 150


# ---- size -------------------------------------------------------------------------------


def check_size(upload, *, max_bytes: int | None = None) -> None:
    """Raise a Dutch ValidationError when `upload` (a file with `.size`, or bytes) is larger
    than the cap (settings.UPLOAD_MAX_BYTES unless given)."""
    limit = settings.UPLOAD_MAX_BYTES if max_bytes is None else max_bytes
    size = len(upload) if isinstance(upload, bytes | bytearray) else upload.size
    if size > limit:
        raise ValidationError(
            "Het bestand is te groot (%(size)s); het maximum is %(max)s.",
            code="too_large",
            params={"size": filesizeformat(size), "max": filesizeformat(limit)},
        )


# ---- type by content --------------------------------------------------------------------


def read_head(upload, size: int = SNIFF_BYTES) -> bytes:
    """The first bytes of an uploaded file, leaving its position at the start."""
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def looks_like_text(head: bytes) -> bool:
    """UTF-8 or Windows-1252 text without NUL bytes."""
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


def sniff(head: bytes) -> str | None:
    """What the first bytes say the file is: "pdf", "zip", "ole", "png", "jpeg", "rtf",
    "text", or None for anything else (an executable, an unknown binary, nothing)."""
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return kind
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if head and looks_like_text(head):
        return "text"
    return None


# ---- zip archives -----------------------------------------------------------------------


class ZipDamaged(Exception):
    """Not a readable zip archive."""


class ZipTooLarge(Exception):
    """Too many members, or more bytes once inflated than the caller allows."""


@dataclass
class ZipListing:
    members: dict[str, zipfile.ZipInfo]
    # The OpenDocument "mimetype" member, read only when it is a few bytes; else b"".
    mimetype: bytes = b""

    @property
    def names(self) -> set[str]:
        return set(self.members)

    @property
    def total_size(self) -> int:
        return sum(info.file_size for info in self.members.values())

    @property
    def kind(self) -> str | None:
        """ "docx", "xlsx", "odt", "opendocument" (another OpenDocument file) or None."""
        names = self.members
        if "[Content_Types].xml" in names:
            if any(name.startswith("word/") for name in names):
                return "docx"
            if any(name.startswith("xl/") for name in names):
                return "xlsx"
        if self.mimetype == b"application/vnd.oasis.opendocument.text":
            return "odt"
        if self.mimetype.startswith(b"application/vnd.oasis.opendocument"):
            return "opendocument"
        return None


def list_zip(
    source,
    *,
    max_members: int = MAX_ZIP_MEMBERS,
    max_bytes: int = MAX_ZIP_BYTES,
) -> ZipListing:
    """The members of a zip archive (bytes or an open file), read from its directory without
    inflating anything but a tiny OpenDocument mimetype. Raises ZipDamaged or ZipTooLarge."""
    handle = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    handle.seek(0)
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            if len(infos) > max_members:
                raise ZipTooLarge
            listing = ZipListing(members={info.filename: info for info in infos})
            if listing.total_size > max_bytes:
                raise ZipTooLarge
            mimetype = listing.members.get("mimetype")
            if mimetype is not None and mimetype.file_size <= MIMETYPE_MAX_BYTES:
                listing.mimetype = archive.read(mimetype).strip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise ZipDamaged from error
    except (RuntimeError, NotImplementedError) as error:  # encrypted, unknown compression
        raise ZipDamaged from error
    finally:
        handle.seek(0)
    return listing


# ---- names ------------------------------------------------------------------------------


def safe_filename(name: str, default: str = "document") -> str:
    """The user's file name fit for a download: NFC-normalised, without folders, control or
    invisible formatting characters (such as right-to-left overrides) or quotes, with "_" for
    characters Windows refuses; at most 150 characters with the extension kept."""
    name = PurePath(str(name).replace("\\", "/")).name
    name = unicodedata.normalize("NFC", name)
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    name = re.sub(r"[\"'`]", "", name)  # quotes around a name: dropped
    name = re.sub(r"[<>:|?*;]", "_", name).strip(" .")
    if len(name) > FILENAME_MAX:
        suffix = PurePath(name).suffix
        suffix = suffix if len(suffix) <= 10 else ""
        name = name[: FILENAME_MAX - len(suffix)].rstrip(" .") + suffix
    return name or default


# ---- parking an upload between preview and confirmation -------------------------------


@dataclass(frozen=True)
class ParkedUploads:
    """Uploads waiting in the private storage (no URL) under `folder`, each under a random
    name that only the uploader's session knows. Whatever waits longer than `keep` was
    abandoned (a closed browser, an expired session) and goes on the next `park`."""

    folder: str
    suffix: str = ""
    keep: timedelta = timedelta(days=1)

    def park(self, data: bytes) -> str:
        """Store `data`; return its storage name (keep it in the session)."""
        self.remove_stale()
        return default_storage.save(
            f"{self.folder}/{secrets.token_hex(16)}{self.suffix}", ContentFile(data)
        )

    def is_ours(self, name) -> bool:
        """Whether `name` (from a session) points into this folder and nowhere else."""
        if not isinstance(name, str) or not name:
            return False
        path = PurePosixPath(name)
        return path.parent == PurePosixPath(self.folder) and path.suffix == self.suffix

    def token(self, name: str) -> str:
        """The random part of the name: a form proves with it which upload it confirms."""
        return PurePosixPath(name).stem

    def exists(self, name) -> bool:
        return self.is_ours(name) and default_storage.exists(name)

    def read(self, name: str) -> bytes:
        """The parked bytes; FileNotFoundError when it is gone (or not ours)."""
        if not self.is_ours(name):
            raise FileNotFoundError(name)
        with default_storage.open(name, "rb") as handle:
            return handle.read()

    def discard(self, name) -> None:
        if self.is_ours(name):
            default_storage.delete(name)

    def remove_stale(self) -> int:
        """Remove parked uploads older than `keep`; return how many went."""
        try:
            _dirs, files = default_storage.listdir(self.folder)
        except FileNotFoundError:
            return 0
        limit = timezone.now() - self.keep
        removed = 0
        for filename in files:
            path = f"{self.folder}/{filename}"
            try:
                if default_storage.get_modified_time(path) < limit:
                    default_storage.delete(path)
                    removed += 1
            except FileNotFoundError:
                continue  # removed meanwhile by another request
        return removed
