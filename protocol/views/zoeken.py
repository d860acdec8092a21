from django.shortcuts import render

from protocol.access import staff_required
from protocol.forms import ZoekForm
from protocol.models import ProtocolVersie
from protocol.search import search


@staff_required
def zoeken(request):
    """Full-text search over the published version."""
    form = ZoekForm(request.GET or None)
    versie = ProtocolVersie.objects.huidige()
    resultaten, zoekterm = None, ""
    if form.is_valid() and versie is not None:
        zoekterm = form.cleaned_data["q"].strip()
        if zoekterm:
            resultaten = search(versie, zoekterm)
    return render(
        request,
        "protocol/zoeken.html",
        {"form": form, "versie": versie, "resultaten": resultaten, "zoekterm": zoekterm},
    )
