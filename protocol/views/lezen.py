"""Reading the handbook: any version a user may see, chapter by chapter, and the diff."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, render

from protocol.access import get_versie_for_user, is_redacteur, staff_required, versions_for_user
from protocol.diff import compare_versions
from protocol.forms import VergelijkForm
from protocol.models import (
    Hoofdstuk,
    Leesbevestiging,
    Locatie,
    ProtocolVersie,
    Sectie,
    Situatie,
    Sneltoets,
    Uitspraak,
)


def _context(request, versie, **extra):
    huidige = ProtocolVersie.objects.huidige() if not versie.is_gepubliceerd else versie
    return {
        "versie": versie,
        "huidige": huidige,
        "mag_bewerken": versie.is_concept and is_redacteur(request.user),
        **extra,
    }


def _toc(request, versie, template="protocol/versie.html"):
    hoofdstukken = Hoofdstuk.objects.filter(versie=versie).prefetch_related(
        Prefetch("secties", queryset=Sectie.objects.order_by("volgorde", "pk"))
    )
    situaties = Situatie.objects.filter(versie=versie).only("pk", "titel", "context", "versie_id")
    bevestiging = None
    if versie.is_gepubliceerd:
        bevestiging = Leesbevestiging.objects.filter(gebruiker=request.user, versie=versie).first()
    return render(
        request,
        template,
        _context(
            request,
            versie,
            hoofdstukken=hoofdstukken,
            situaties=situaties,
            bevestiging=bevestiging,
        ),
    )


@staff_required
def index(request):
    huidige = ProtocolVersie.objects.huidige()
    if huidige is None:
        concept = ProtocolVersie.objects.concept().first() if is_redacteur(request.user) else None
        return render(request, "protocol/geen_versie.html", {"concept": concept})
    return _toc(request, huidige)


@staff_required
def versie(request, nummer):
    return _toc(request, get_versie_for_user(request.user, nummer))


@staff_required
def versies(request):
    versies = versions_for_user(request.user).select_related("gepubliceerd_door")
    page = Paginator(
        versies.annotate(aantal_bevestigd=Count("leesbevestigingen")).order_by("-versienummer"), 25
    ).get_page(request.GET.get("page"))
    rows = list(page)
    # The version each row is compared with: the next older one (a constant extra query).
    nummers = list(versies.order_by("-versienummer").values_list("versienummer", flat=True))
    vorige = dict(zip(nummers, [*nummers[1:], None], strict=True))
    for row in rows:
        row.vorige_nummer = vorige.get(row.versienummer)
    form = VergelijkForm(versienummers=nummers)
    return render(
        request,
        "protocol/versies.html",
        {"page_obj": page, "rows": rows, "form": form, "heeft_twee": len(nummers) > 1},
    )


@staff_required
def hoofdstuk(request, nummer, pk):
    versie = get_versie_for_user(request.user, nummer)
    hoofdstuk = get_object_or_404(Hoofdstuk, versie=versie, pk=pk)
    secties = Sectie.objects.filter(hoofdstuk=hoofdstuk).order_by("volgorde", "pk")
    hoofdstukken = list(Hoofdstuk.objects.filter(versie=versie).only("pk", "titel", "versie_id"))
    index = next(i for i, h in enumerate(hoofdstukken) if h.pk == hoofdstuk.pk)
    return render(
        request,
        "protocol/hoofdstuk.html",
        _context(
            request,
            versie,
            hoofdstuk=hoofdstuk,
            secties=secties,
            hoofdstuknummer=index + 1,
            vorige=hoofdstukken[index - 1] if index > 0 else None,
            volgende=hoofdstukken[index + 1] if index + 1 < len(hoofdstukken) else None,
        ),
    )


@staff_required
def situaties(request, nummer):
    versie = get_versie_for_user(request.user, nummer)
    alle = list(Situatie.objects.filter(versie=versie))
    groepen = [
        (label, [s for s in alle if s.context == value])
        for value, label in Situatie.Context.choices
    ]
    return render(
        request,
        "protocol/situaties.html",
        _context(request, versie, groepen=[g for g in groepen if g[1]], aantal=len(alle)),
    )


@staff_required
def situatie(request, nummer, pk):
    versie = get_versie_for_user(request.user, nummer)
    situatie = get_object_or_404(Situatie, versie=versie, pk=pk)
    ids = list(Situatie.objects.filter(versie=versie).values_list("pk", flat=True))
    index = ids.index(situatie.pk)
    delen = [
        (
            name,
            str(Situatie._meta.get_field(name).verbose_name).capitalize(),
            getattr(situatie, name),
        )
        for name in Situatie.DELEN
    ]
    return render(
        request,
        "protocol/situatie.html",
        _context(
            request,
            versie,
            situatie=situatie,
            delen=delen,
            vorige_pk=ids[index - 1] if index > 0 else None,
            volgende_pk=ids[index + 1] if index + 1 < len(ids) else None,
        ),
    )


@staff_required
def uitspraken(request, nummer):
    versie = get_versie_for_user(request.user, nummer)
    alle = list(Uitspraak.objects.filter(versie=versie))
    return render(
        request,
        "protocol/uitspraken.html",
        _context(
            request,
            versie,
            altijd=[u for u in alle if not u.uitzondering],
            uitzondering=[u for u in alle if u.uitzondering],
        ),
    )


@staff_required
def werkwijze(request, nummer):
    versie = get_versie_for_user(request.user, nummer)
    return render(
        request,
        "protocol/werkwijze.html",
        _context(request, versie, werkwijzen=ProtocolVersie.Werkwijze.choices),
    )


@staff_required
def sneltoetsen(request, nummer):
    versie = get_versie_for_user(request.user, nummer)
    return render(
        request,
        "protocol/sneltoetsen.html",
        _context(request, versie, sneltoetsen=Sneltoets.objects.filter(versie=versie)),
    )


@staff_required
def verkort(request, nummer):
    versie = get_versie_for_user(request.user, nummer)
    locaties = list(Locatie.objects.all())
    locatie = None
    if request.GET.get("locatie", "").isdigit():
        locatie = next((loc for loc in locaties if loc.pk == int(request.GET["locatie"])), None)
    hoofdpunten = (
        Sectie.objects.filter(versie=versie, hoofdpunt=True)
        .select_related("hoofdstuk")
        .order_by("hoofdstuk__volgorde", "hoofdstuk__pk", "volgorde", "pk")
    )
    spreekuren = locatie.spreekuren.all() if locatie else []
    return render(
        request,
        "protocol/verkort.html",
        _context(
            request,
            versie,
            hoofdpunten=hoofdpunten,
            locaties=locaties,
            locatie=locatie,
            spreekuren=spreekuren,
        ),
    )


@staff_required
def verschil(request):
    versies = versions_for_user(request.user)
    nummers = list(versies.values_list("versienummer", flat=True))
    data = request.GET if {"van", "naar"} <= set(request.GET) else None
    if data is None and len(nummers) >= 2:
        data = {"van": nummers[1], "naar": nummers[0]}
    form = VergelijkForm(data, versienummers=nummers)
    resultaat = None
    if data is not None and form.is_valid():
        by_number = {
            v.versienummer: v
            for v in versies.filter(
                versienummer__in=[form.cleaned_data["van"], form.cleaned_data["naar"]]
            )
        }
        resultaat = compare_versions(
            by_number[form.cleaned_data["van"]], by_number[form.cleaned_data["naar"]]
        )
    return render(request, "protocol/verschil.html", {"form": form, "verschil": resultaat})
