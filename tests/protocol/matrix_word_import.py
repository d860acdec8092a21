"""The Word import (redactie): only the redacteur; see tests/matrix.py."""

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.matrix import Row, allow
from tests.protocol.word_docs import DocBuilder

REDACTEUR = allow("redacteur")


def _upload(cast, kwargs):
    docx = DocBuilder().h(1, "Algemeen").h(2, "Wat vraag je").p("Je vraagt door.").bytes()
    return {"bestand": SimpleUploadedFile("protocol.docx", docx)}


ROWS = [
    Row("protocol:word_import", REDACTEUR),
    # A valid upload is kept for the preview: a redirect to the preview page.
    Row("protocol:word_import", REDACTEUR, method="post", data=_upload, ok=302),
    # Without a pending upload the preview and the confirmation send the redacteur back to
    # the upload page; with one they are tested in tests/protocol/test_word_import.py.
    Row("protocol:word_import_voorbeeld", REDACTEUR, ok=302),
    Row("protocol:word_import_bevestigen", REDACTEUR, method="post", ok=302),
]
