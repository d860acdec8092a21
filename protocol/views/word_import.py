"""Import a protocol from a Word document: upload, preview, confirm (redacteur only).

Nothing is written before the redacteur confirms. Between preview and confirmation the
uploaded file waits in the private storage (no URL) under a random name that only this
user's session knows; confirming or cancelling removes it, and uploads left behind are
cleaned up on the next upload after a day.
"""

import secrets

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from privacyportal.uploads import ParkedUploads
from protocol import services
from protocol.access import redacteur_required
from protocol.forms import WordImportForm
from protocol.models import ProtocolVersie
from protocol.word_import import WordImportFout, parse_docx

SESSION_KEY = "protocol_word_import"
UPLOAD_DIR = "protocol-import"
PARKED = ParkedUploads(UPLOAD_DIR, suffix=".docx")


@redacteur_required
def word_import(request):
    concept = ProtocolVersie.objects.concept().first()
    form = WordImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and concept is None and form.is_valid():
        _forget_upload(request)
        naam = PARKED.park(form.inhoud)
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
        resultaat = parse_docx(PARKED.read(upload["bestand"]))
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
            "token": PARKED.token(upload["bestand"]),
            "concept": ProtocolVersie.objects.concept().first(),
        },
    )


@require_POST
@redacteur_required
def word_import_bevestigen(request):
    upload = _pending_upload(request)
    if upload is None or not secrets.compare_digest(
        request.POST.get("token", ""), PARKED.token(upload["bestand"])
    ):
        messages.error(
            request, "Deze import is verlopen of al verwerkt. Upload het document opnieuw."
        )
        return redirect("protocol:word_import")
    if "annuleren" in request.POST:
        _forget_upload(request)
        messages.info(request, "De import is geannuleerd. Er is niets opgeslagen.")
        return redirect("protocol:redactie")
    try:
        resultaat = parse_docx(PARKED.read(upload["bestand"]))
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
        f"{_n(len(resultaat.hoofdstukken), 'hoofdstuk', 'hoofdstukken')}, "
        f"{_n(resultaat.aantal_secties, 'sectie', 'secties')}, "
        f"{_n(len(resultaat.situaties), 'situatie', 'situaties')} en "
        f"{_n(len(resultaat.uitspraken), 'uitspraak', 'uitspraken')}. "
        "Loop het concept na voordat je het publiceert.",
    )
    return redirect("protocol:redactie")


def _n(aantal: int, enkelvoud: str, meervoud: str) -> str:
    return f"{aantal} {enkelvoud if aantal == 1 else meervoud}"


def _pending_upload(request) -> dict | None:
    upload = request.session.get(SESSION_KEY)
    if not isinstance(upload, dict) or not PARKED.exists(upload.get("bestand")):
        request.session.pop(SESSION_KEY, None)
        return None
    return upload


def _forget_upload(request) -> None:
    upload = request.session.pop(SESSION_KEY, None)
    if isinstance(upload, dict):
        PARKED.discard(upload.get("bestand"))
