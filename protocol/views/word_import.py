"""Import a protocol from a Word document: upload, preview, confirm (redacteur only).

Nothing is written before the redacteur confirms. Between preview and confirmation the
uploaded file waits in the private storage (no URL) under a random name that only this
user's session knows; confirming or cancelling removes it, and uploads left behind are
cleaned up on the next upload after a day.
"""

import secrets
from datetime import timedelta
from pathlib import PurePosixPath

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from protocol import services
from protocol.access import redacteur_required
from protocol.forms import WordImportForm
from protocol.models import ProtocolVersie
from protocol.word_import import WordImportFout, parse_docx

SESSION_KEY = "protocol_word_import"
UPLOAD_DIR = "protocol-import"
KEEP_UPLOADS = timedelta(days=1)


@redacteur_required
def word_import(request):
    concept = ProtocolVersie.objects.concept().first()
    form = WordImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and concept is None and form.is_valid():
        _forget_upload(request)
        _remove_stale_uploads()
        naam = default_storage.save(
            f"{UPLOAD_DIR}/{secrets.token_hex(16)}.docx", ContentFile(form.inhoud)
        )
        request.session[SESSION_KEY] = {"bestand": naam, "naam": form.bestandsnaam}
        return redirect("protocol:word_import_voorbeeld")
    return render(request, "protocol/redactie/word_import.html", {"form": form, "concept": concept})


@redacteur_required
def word_import_voorbeeld(request):
    upload = _pending_upload(request)
    if upload is None:
        messages.info(request, "Er wacht geen geüpload document (meer). Upload het opnieuw.")
        return redirect("protocol:word_import")
    try:
        resultaat = parse_docx(_read(upload))
    except WordImportFout as error:
        _forget_upload(request)
        messages.error(request, str(error))
        return redirect("protocol:word_import")
    return render(
        request,
        "protocol/redactie/word_import_voorbeeld.html",
        {
            "resultaat": resultaat,
            "bestandsnaam": upload["naam"],
            "token": _token(upload),
            "concept": ProtocolVersie.objects.concept().first(),
        },
    )


@require_POST
@redacteur_required
def word_import_bevestigen(request):
    upload = _pending_upload(request)
    if upload is None or not secrets.compare_digest(request.POST.get("token", ""), _token(upload)):
        messages.error(
            request, "Deze import is verlopen of al verwerkt. Upload het document opnieuw."
        )
        return redirect("protocol:word_import")
    if "annuleren" in request.POST:
        _forget_upload(request)
        messages.info(request, "De import is geannuleerd. Er is niets opgeslagen.")
        return redirect("protocol:redactie")
    try:
        resultaat = parse_docx(_read(upload))
        concept = services.import_concept(
            resultaat=resultaat, door=request.user, bestandsnaam=upload["naam"]
        )
    except WordImportFout as error:
        _forget_upload(request)
        messages.error(request, str(error))
        return redirect("protocol:word_import")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("protocol:word_import_voorbeeld")
    _forget_upload(request)
    messages.success(
        request,
        f"Conceptversie {concept.versienummer} is aangemaakt uit “{upload['naam']}”: "
        f"{len(resultaat.hoofdstukken)} hoofdstukken, {resultaat.aantal_secties} secties, "
        f"{len(resultaat.situaties)} situaties en {len(resultaat.uitspraken)} uitspraken. "
        "Loop het concept na voordat je het publiceert.",
    )
    return redirect("protocol:redactie")


def _pending_upload(request) -> dict | None:
    upload = request.session.get(SESSION_KEY)
    if not isinstance(upload, dict) or not _is_ours(upload.get("bestand", "")):
        return None
    if not default_storage.exists(upload["bestand"]):
        request.session.pop(SESSION_KEY, None)
        return None
    return upload


def _is_ours(naam: str) -> bool:
    path = PurePosixPath(naam)
    return path.parent == PurePosixPath(UPLOAD_DIR) and path.suffix == ".docx"


def _token(upload: dict) -> str:
    return PurePosixPath(upload["bestand"]).stem


def _read(upload: dict) -> bytes:
    with default_storage.open(upload["bestand"], "rb") as handle:
        return handle.read()


def _forget_upload(request) -> None:
    upload = request.session.pop(SESSION_KEY, None)
    if isinstance(upload, dict) and _is_ours(upload.get("bestand", "")):
        default_storage.delete(upload["bestand"])


def _remove_stale_uploads() -> None:
    """Uploads nobody confirmed or cancelled (a closed browser, an expired session)."""
    try:
        _dirs, files = default_storage.listdir(UPLOAD_DIR)
    except FileNotFoundError:
        return
    grens = timezone.now() - KEEP_UPLOADS
    for naam in files:
        path = f"{UPLOAD_DIR}/{naam}"
        try:
            if default_storage.get_modified_time(path) < grens:
                default_storage.delete(path)
        except FileNotFoundError:
            continue  # removed meanwhile by another request
