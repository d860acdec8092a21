"""The redacteur's workflow: start a concept, edit it, resolve placeholders, publish."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from protocol import services
from protocol.access import get_concept_or_404, get_editable, redacteur_required
from protocol.forms import (
    HoofdstukForm,
    PublicerenForm,
    SectieForm,
    SituatieForm,
    SneltoetsForm,
    UitspraakForm,
    VersieForm,
)
from protocol.models import Hoofdstuk, ProtocolVersie, Sectie, Situatie, Sneltoets, Uitspraak
from protocol.plekken import find_placeholders, open_placeholders


@dataclass(frozen=True)
class Soort:
    model: type
    form: type
    enkelvoud: str
    anker: str


SOORTEN = {
    "hoofdstukken": Soort(Hoofdstuk, HoofdstukForm, "hoofdstuk", "hoofdstukken"),
    "secties": Soort(Sectie, SectieForm, "sectie", "hoofdstukken"),
    "situaties": Soort(Situatie, SituatieForm, "situatie", "situaties"),
    "uitspraken": Soort(Uitspraak, UitspraakForm, "uitspraak", "uitspraken"),
    "sneltoetsen": Soort(Sneltoets, SneltoetsForm, "sneltoets", "sneltoetsen"),
}


def _soort(soort: str) -> Soort:
    if soort not in SOORTEN:
        raise Http404
    return SOORTEN[soort]


def _back(request, default: str) -> str:
    terug = request.POST.get("terug") or request.GET.get("terug") or ""
    if url_has_allowed_host_and_scheme(terug, allowed_hosts={request.get_host()}):
        return terug
    return default


@redacteur_required
def overzicht(request):
    concept = ProtocolVersie.objects.concept().first()
    context = {"concept": concept, "huidige": ProtocolVersie.objects.huidige()}
    if concept is not None:
        secties = Sectie.objects.filter(versie=concept).order_by("volgorde", "pk")
        context.update(
            hoofdstukken=Hoofdstuk.objects.filter(versie=concept).prefetch_related(
                Prefetch("secties", queryset=secties)
            ),
            situaties=Situatie.objects.filter(versie=concept),
            uitspraken=Uitspraak.objects.filter(versie=concept),
            sneltoetsen=Sneltoets.objects.filter(versie=concept),
            open_plekken=open_placeholders(concept),
        )
    return render(request, "protocol/redactie/overzicht.html", context)


@require_POST
@redacteur_required
def concept_starten(request):
    try:
        concept = services.start_concept(door=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"Conceptversie {concept.versienummer} is aangemaakt als kopie van de huidige versie.",
        )
    return redirect("protocol:redactie")


@require_POST
@redacteur_required
def concept_verwijderen(request):
    concept = get_concept_or_404()
    services.discard_concept(versie=concept)
    messages.success(request, f"Conceptversie {concept.versienummer} is verwijderd.")
    return redirect("protocol:redactie")


@redacteur_required
def concept_gegevens(request):
    concept = get_concept_or_404()
    form = VersieForm(request.POST or None, instance=concept)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "De gegevens van de conceptversie zijn opgeslagen.")
        return redirect(_back(request, reverse("protocol:redactie")))
    return render(request, "protocol/redactie/gegevens.html", {"form": form, "concept": concept})


@redacteur_required
def open_plekken(request):
    concept = get_concept_or_404()
    return render(
        request,
        "protocol/redactie/open_plekken.html",
        {"concept": concept, "open_plekken": open_placeholders(concept)},
    )


@redacteur_required
def publiceren(request):
    concept = get_concept_or_404()
    plekken = open_placeholders(concept)
    form = PublicerenForm(request.POST or None, instance=concept, open_plekken=len(plekken))
    if request.method == "POST" and form.is_valid():
        form.save()
        try:
            services.publish_concept(
                versie=concept,
                door=request.user,
                bevestig_open_plekken=form.cleaned_data.get("bevestig_open_plekken", False),
                reden=form.cleaned_data.get("reden", ""),
            )
        except services.PublicatieGeweigerd as error:
            # Placeholders added meanwhile by someone else: show the form again.
            form.add_error(None, error)
        else:
            messages.success(
                request,
                f"Versie {concept.versienummer} is gepubliceerd. Alle medewerkers worden "
                "gevraagd hem te lezen en dat te bevestigen.",
            )
            return redirect("protocol:index")
    return render(
        request,
        "protocol/redactie/publiceren.html",
        {"form": form, "concept": concept, "open_plekken": plekken},
    )


@redacteur_required
def inhoud_bewerken(request, soort, pk=None):
    config = _soort(soort)
    if pk is None:
        concept = get_concept_or_404()
        item = config.model(versie=concept)
    else:
        item = get_editable(config.model, pk)
        concept = item.versie
    form_kwargs = {"versie": concept} if config.model is Sectie else {}
    initial = {}
    if config.model is Sectie and pk is None and request.GET.get("hoofdstuk", "").isdigit():
        initial["hoofdstuk"] = int(request.GET["hoofdstuk"])
    form = config.form(request.POST or None, instance=item, initial=initial, **form_kwargs)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        if pk is None:
            siblings = config.model.objects.filter(versie=concept)
            if config.model is Sectie:
                siblings = siblings.filter(hoofdstuk=item.hoofdstuk)
            item.volgorde = services.next_position(siblings)
        item.save()
        messages.success(request, f"De {config.enkelvoud} is opgeslagen.")
        return redirect(_back(request, reverse("protocol:redactie") + f"#{config.anker}"))
    plekken = []
    if item.pk:
        for name in form.fields:
            value = getattr(item, name, "")
            if isinstance(value, str):
                plekken += [m.group(0) for m in find_placeholders(value)]
    return render(
        request,
        "protocol/redactie/inhoud_bewerken.html",
        {
            "form": form,
            "item": item,
            "soort": soort,
            "config": config,
            "concept": concept,
            "plekken": plekken,
            "terug": _back(request, ""),
        },
    )


@require_POST
@redacteur_required
def inhoud_verwijderen(request, soort, pk):
    config = _soort(soort)
    item = get_editable(config.model, pk)
    item.delete()
    messages.success(request, f"De {config.enkelvoud} “{item}” is verwijderd.")
    return redirect(reverse("protocol:redactie") + f"#{config.anker}")


@require_POST
@redacteur_required
def inhoud_verplaatsen(request, soort, pk):
    config = _soort(soort)
    item = get_editable(config.model, pk)
    richting = request.POST.get("richting")
    if richting in ("op", "neer"):
        services.move_item(item=item, richting=richting)
    anker = f"{config.enkelvoud}-{item.pk}"
    return redirect(reverse("protocol:redactie") + f"#{anker}")
