"""Read confirmations: staff confirm the current version; redacteur and management see who
has and who has not."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from protocol.access import overzicht_required, staff_required
from protocol.models import Leesbevestiging, ProtocolVersie
from protocol.services import active_staff, confirm_reading


@require_POST
@staff_required
def bevestigen(request):
    huidige = ProtocolVersie.objects.huidige()
    if huidige is None or str(huidige.versienummer) != request.POST.get("versie"):
        messages.warning(
            request,
            "Er is intussen een nieuwe versie gepubliceerd. Lees die eerst en bevestig dan.",
        )
        return redirect("protocol:index")
    confirm_reading(gebruiker=request.user, versie=huidige)
    messages.success(
        request, f"Bedankt! Je hebt bevestigd dat je versie {huidige.versienummer} hebt gelezen."
    )
    volgende = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(volgende, allowed_hosts={request.get_host()}):
        return redirect(volgende)
    return redirect("protocol:index")


@overzicht_required
def overzicht(request):
    versies = list(ProtocolVersie.objects.leesbaar().only("pk", "versienummer", "status"))
    versie = None
    gevraagd = request.GET.get("versie", "")
    if gevraagd.isdigit():
        versie = next((v for v in versies if v.versienummer == int(gevraagd)), None)
    if versie is None:
        versie = next((v for v in versies if v.is_gepubliceerd), versies[0] if versies else None)
    if versie is None:
        return render(request, "protocol/leesbevestigingen.html", {"versie": None})

    bevestigd_op = Leesbevestiging.objects.filter(versie=versie, gebruiker=OuterRef("pk")).values(
        "bevestigd_op"
    )[:1]
    medewerkers = active_staff().annotate(bevestigd_op=Subquery(bevestigd_op))
    totaal = medewerkers.count()
    bevestigd = medewerkers.filter(bevestigd_op__isnull=False).count()
    toon = request.GET.get("toon", "")
    if toon == "niet":
        medewerkers = medewerkers.filter(bevestigd_op__isnull=True)
    elif toon == "wel":
        medewerkers = medewerkers.filter(bevestigd_op__isnull=False)
    medewerkers = medewerkers.order_by("bevestigd_op", "last_name", "first_name", "username")
    page = Paginator(medewerkers, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "protocol/leesbevestigingen.html",
        {
            "versie": versie,
            "versies": versies,
            "page_obj": page,
            "totaal": totaal,
            "bevestigd": bevestigd,
            "niet_bevestigd": totaal - bevestigd,
            "percentage": round(100 * bevestigd / totaal) if totaal else 0,
            "toon": toon,
            "query_string": f"versie={versie.versienummer}&toon={toon}",
        },
    )
