"""The case pages: for the melder (everything), the FG (read) and the technicus (the cases
assigned to them). Every case is looked up through `get_datalek_for_user`: a case the user
may not see is a 404; one they see but may not change is a 403."""

from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from datalekken import koppelingen, services
from datalekken.bijlagen import safe_filename
from datalekken.forms import (
    VERWERKINGEN_TONEN,
    ApMeldingForm,
    ArchiverenForm,
    BeslisschemaForm,
    BesluitForm,
    BetrokkenenForm,
    BijlageForm,
    FaseForm,
    FeitenForm,
    NotitieForm,
    TechniekForm,
    ToewijzenForm,
    VervolgmeldingForm,
)
from datalekken.models import Bijlage, Datalek, Fase, Gebeurtenis, sees_whole_case
from privacyportal.roles import Rol, has_role, is_staff_member, role_required
from privacyportal.security_log import log_access_denied

LEZERS = (Rol.MELDER, Rol.FG, Rol.TECHNICUS)


def get_datalek_for_user(user, pk) -> Datalek:
    """The case, if the user may see it (melder, FG: all; technicus: assigned), else 404."""
    return get_object_or_404(
        Datalek.objects.visible_to(user).select_related(
            "ontdekker", "ingevoerd_door", "melder", "technicus", "gekwalificeerd_door"
        ),
        pk=pk,
    )


def may_edit_techniek(user, datalek: Datalek) -> bool:
    return has_role(user, Rol.MELDER) or (
        has_role(user, Rol.TECHNICUS) and datalek.technicus_id == user.pk
    )


def case_action(*roles, technicus=False):
    """For views that change a case: the role check (403), the case lookup (404), the
    technicus only on their own case, and archived cases refused with a Dutch message."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk, **kwargs):
            allowed = (*roles, Rol.TECHNICUS) if technicus else roles
            if not has_role(request.user, *allowed):
                raise PermissionDenied
            datalek = get_datalek_for_user(request.user, pk)
            if not has_role(request.user, *roles) and not may_edit_techniek(request.user, datalek):
                raise PermissionDenied
            if datalek.is_gearchiveerd:
                log_access_denied(request, "gearchiveerd dossier")
                return render(
                    request, "datalekken/alleen_lezen.html", {"datalek": datalek}, status=403
                )
            return view(request, datalek, **kwargs)

        return wrapper

    return decorator


def _to_case(datalek: Datalek, anker: str = ""):
    return redirect(datalek.get_absolute_url() + (f"#{anker}" if anker else ""))


def _formulier(request, datalek, form, titel, *, intro="", multipart=False, knop="Opslaan"):
    return render(
        request,
        "datalekken/formulier.html",
        {
            "datalek": datalek,
            "form": form,
            "titel": titel,
            "intro": intro,
            "multipart": multipart,
            "knop": knop,
        },
    )


# --- Lezen ---------------------------------------------------------------------------------


@role_required(*LEZERS)
def lijst(request):
    datalekken = Datalek.objects.visible_to(request.user).for_list()
    status = request.GET.get("status", "open")
    if status == "open":
        datalekken = datalekken.open()
    elif status == "gearchiveerd":
        datalekken = datalekken.gearchiveerd()
    else:
        status = "alle"
    zoek = request.GET.get("q", "").strip()[:100]
    if zoek:
        datalekken = datalekken.filter(Q(dossiernummer__icontains=zoek) | Q(titel__icontains=zoek))
    page = Paginator(datalekken, 25).get_page(request.GET.get("page"))
    nu = timezone.now()
    for datalek in page:
        datalek.klok_nu = datalek.klok(nu)
    query = urlencode({k: v for k, v in (("status", status), ("q", zoek)) if v})
    return render(
        request,
        "datalekken/lijst.html",
        {"page_obj": page, "status": status, "zoek": zoek, "query_string": query},
    )


def detail(request, pk):
    """The case page. A technicus gets the technical view: what happened, systems, data
    categories, findings, repairs and notes (see `sees_whole_case`)."""
    datalek = get_datalek_for_user(request.user, pk)
    user = request.user
    bewerkbaar = not datalek.is_gearchiveerd
    is_melder = has_role(user, Rol.MELDER)
    heel = sees_whole_case(user)
    fasen = list(datalek.fasen.select_related("bijgewerkt_door"))
    for fase in fasen:
        fase.bewerkbaar = (
            bewerkbaar
            and fase.soort != Fase.Soort.ARCHIVEREN
            and (
                is_melder
                or (fase.soort in Fase.TECHNICUS_FASEN and may_edit_techniek(user, datalek))
            )
        )
        if fase.bewerkbaar:
            fase.form = FaseForm(fase=fase, prefix=fase.soort)
    koppelingen.prefetch_koppelingen(datalek)
    return render(
        request,
        "datalekken/detail.html",
        {
            "datalek": datalek,
            "mogelijke_gegevens": koppelingen.mogelijke_gegevens(datalek),
            # Technici (possibly at a supplier) do not read the register: names, no links.
            "mag_register": is_staff_member(user),
            "klok": datalek.klok(),
            "fasen": fasen,
            "advies": datalek.advies(),
            "heel": heel,
            "ontbreekt": services.archiveren_ontbreekt(datalek) if bewerkbaar and heel else [],
            "gebeurtenissen": datalek.gebeurtenissen.visible_to(user).select_related("wie")[:300],
            "bijlagen": datalek.bijlagen.visible_to(user).select_related("toegevoegd_door"),
            "vervolgmeldingen": datalek.vervolgmeldingen.all(),
            "mag_beheren": bewerkbaar and is_melder,
            "mag_techniek": bewerkbaar and may_edit_techniek(user, datalek),
            "notitie_form": NotitieForm(),
            "archiveren_form": ArchiverenForm(),
        },
    )


@role_required(Rol.MELDER, Rol.FG)
def samenvatting(request, pk):
    """The case in the order of the AP's online notification form, to print or copy."""
    datalek = get_datalek_for_user(request.user, pk)
    koppelingen.prefetch_koppelingen(datalek)
    return render(
        request,
        "datalekken/samenvatting.html",
        {
            "datalek": datalek,
            "vervolgmeldingen": datalek.vervolgmeldingen.all(),
            "bijlagen": datalek.bijlagen.all(),
            "nu": timezone.now(),
        },
    )


def bijlage_downloaden(request, pk, bijlage_pk):
    datalek = get_datalek_for_user(request.user, pk)
    bijlage = get_object_or_404(
        Bijlage.objects.visible_to(request.user), pk=bijlage_pk, datalek=datalek
    )
    try:
        bestand = bijlage.bestand.open("rb")
    except FileNotFoundError:
        raise Http404("Het bestand is niet gevonden.") from None
    services.log_download(bijlage=bijlage, door=request.user)
    return FileResponse(
        bestand,
        as_attachment=True,
        filename=safe_filename(bijlage.bestandsnaam),
        content_type=bijlage.content_type,
    )


# --- Behandelen ----------------------------------------------------------------------------


def _koppeling_form(request, form_class, datalek):
    """The facts or technique form; 'Verwerkingen tonen' redraws it (nothing saved) with the
    activities of the systems just ticked."""
    form = form_class(request.POST or None, instance=datalek)
    if request.method == "POST" and VERWERKINGEN_TONEN in request.POST:
        messages.info(
            request,
            "Hieronder staan de verwerkingen van de gekozen systemen. Er is nog niets opgeslagen.",
        )
        return form.redisplay(), False
    return form, request.method == "POST" and form.is_valid()


@case_action(Rol.MELDER)
def feiten_bewerken(request, datalek):
    form, valid = _koppeling_form(request, FeitenForm, datalek)
    if valid:
        services.update_feiten(form=form, door=request.user)
        messages.success(request, "De feiten zijn opgeslagen.")
        return _to_case(datalek, "feiten")
    return _formulier(request, datalek, form, "Feiten bewerken")


@case_action(Rol.MELDER, technicus=True)
def techniek_bewerken(request, datalek):
    form, valid = _koppeling_form(request, TechniekForm, datalek)
    if valid:
        services.update_feiten(form=form, door=request.user, soort=Gebeurtenis.Soort.TECHNIEK)
        messages.success(request, "De technische gegevens zijn opgeslagen.")
        return _to_case(datalek, "techniek")
    return _formulier(
        request,
        datalek,
        form,
        "Technische bevindingen en herstel",
        intro="Vul aan wat je weet; de melder gebruikt het om te bepalen of er gemeld moet"
        " worden. Zet de fasen inventariseren en repareren op het dossier bij.",
    )


@case_action(Rol.MELDER)
def toewijzen(request, datalek):
    initial = {"melder": datalek.melder or request.user, "technicus": datalek.technicus}
    # The technici of the affected systems; the first one is proposed when none is set.
    suggesties = koppelingen.voorgestelde_technici(datalek)
    form = ToewijzenForm(request.POST or None, initial=initial, suggesties=suggesties)
    if request.method == "POST" and form.is_valid():
        services.assign_datalek(
            datalek=datalek,
            door=request.user,
            melder=form.cleaned_data["melder"],
            technicus=form.cleaned_data["technicus"],
        )
        messages.success(request, "De toewijzing is opgeslagen.")
        return _to_case(datalek)
    return _formulier(request, datalek, form, "Melder en technicus toewijzen")


@require_POST
@case_action(Rol.MELDER, technicus=True)
def fase_bijwerken(request, datalek, soort):
    if soort not in Fase.Soort.values:
        raise Http404
    if not has_role(request.user, Rol.MELDER) and soort not in Fase.TECHNICUS_FASEN:
        raise PermissionDenied
    fase = datalek.fasen.get(soort=soort)
    form = FaseForm(request.POST, fase=fase, prefix=soort)
    if not form.is_valid():
        messages.error(request, "Kies een geldige status.")
        return _to_case(datalek, "fasen")
    try:
        gewijzigd = services.update_fase(
            datalek=datalek,
            soort=soort,
            status=form.cleaned_data["status"],
            door=request.user,
            notitie=form.cleaned_data["notitie"],
        )
    except ValidationError as error:
        for bericht in error.messages:
            messages.error(request, bericht)
    else:
        if gewijzigd:
            messages.success(request, f"De fase {fase.get_soort_display().lower()} is bijgewerkt.")
        else:
            messages.info(request, "Er is niets veranderd.")
    return _to_case(datalek, "fasen")


def _kwalificeren_pagina(request, datalek, vragen_form, besluit_form):
    return render(
        request,
        "datalekken/kwalificeren.html",
        {
            "datalek": datalek,
            "vragen_form": vragen_form,
            "besluit_form": besluit_form,
            "advies": besluit_form.advies,
            "klok": datalek.klok(),
        },
    )


@case_action(Rol.MELDER)
def kwalificeren(request, datalek):
    form = BeslisschemaForm(request.POST or None, instance=datalek)
    if request.method == "POST" and form.is_valid():
        services.record_feiten_beslisschema(form=form, door=request.user)
        messages.success(request, "De antwoorden zijn opgeslagen; het advies is bijgewerkt.")
        return redirect(reverse("datalekken:kwalificeren", args=[datalek.pk]) + "#advies")
    if form.is_bound:
        datalek.refresh_from_db()
    besluit_form = BesluitForm(advies=datalek.advies(), datalek=datalek)
    return _kwalificeren_pagina(request, datalek, form, besluit_form)


@require_POST
@case_action(Rol.MELDER)
def besluit(request, datalek):
    form = BesluitForm(request.POST, advies=datalek.advies(), datalek=datalek)
    if form.is_valid():
        services.record_besluit(
            datalek=datalek,
            door=request.user,
            is_datalek=form.cleaned_data["is_datalek"],
            melden_ap=form.cleaned_data["melden_ap"],
            informeren=form.cleaned_data["informeren"],
            motivering=form.cleaned_data["motivering"].strip(),
        )
        messages.success(request, "Het besluit is vastgelegd.")
        return _to_case(datalek, "kwalificatie")
    return _kwalificeren_pagina(request, datalek, BeslisschemaForm(instance=datalek), form)


@case_action(Rol.MELDER)
def ap_melding(request, datalek):
    form = ApMeldingForm(request.POST or None, request.FILES or None, instance=datalek)
    if request.method == "POST" and form.is_valid():
        services.record_ap_melding(
            form=form,
            door=request.user,
            bestanden={
                Bijlage.Soort.AFSCHRIFT_MELDING: form.cleaned_data.get("afschrift"),
                Bijlage.Soort.ONTVANGSTBEVESTIGING: form.cleaned_data.get("ontvangstbevestiging"),
            },
        )
        messages.success(request, "De melding bij de AP is vastgelegd.")
        return _to_case(datalek, "melden")
    deadline = timezone.localtime(datalek.deadline)
    if timezone.now() > deadline:
        termijn = (
            f"De termijn van 72 uur is verstreken op {deadline:%d-%m-%Y} om {deadline:%H:%M}:"
            " vul de reden van de vertraging in."
        )
    else:
        termijn = f"De termijn van 72 uur loopt af op {deadline:%d-%m-%Y} om {deadline:%H:%M}."
    return _formulier(
        request,
        datalek,
        form,
        "Melding bij de Autoriteit Persoonsgegevens vastleggen",
        intro=f"{termijn} Meld via het meldloket van de AP en leg hier het meldingsnummer, het"
        " afschrift en de ontvangstbevestiging vast.",
        multipart=True,
    )


@case_action(Rol.MELDER)
def vervolgmelding(request, datalek):
    if not datalek.is_gemeld_bij_ap:
        messages.error(request, "Leg eerst de melding bij de AP vast.")
        return _to_case(datalek, "melden")
    form = VervolgmeldingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.add_vervolgmelding(datalek=datalek, door=request.user, form=form)
        messages.success(request, "De vervolgmelding is vastgelegd.")
        return _to_case(datalek, "melden")
    return _formulier(
        request,
        datalek,
        form,
        "Vervolgmelding vastleggen",
        intro="Een aanvulling op de melding (art. 33 lid 4 AVG), of een intrekking als het"
        " achteraf geen meldplichtig datalek bleek.",
    )


@case_action(Rol.MELDER)
def betrokkenen(request, datalek):
    form = BetrokkenenForm(request.POST or None, instance=datalek)
    if request.method == "POST" and form.is_valid():
        services.record_betrokkenen(form=form, door=request.user)
        messages.success(request, "Het informeren van de betrokkenen is vastgelegd.")
        return _to_case(datalek, "melden")
    return _formulier(
        request,
        datalek,
        form,
        "Betrokkenen informeren",
        intro="Vul in wanneer en hoe de betrokkenen zijn geïnformeerd, met de tekst van het"
        " bericht. Of kies de grond uit art. 34 lid 3 AVG waarom dat niet hoeft, met een"
        " toelichting.",
    )


@case_action(Rol.MELDER, technicus=True)
def bijlage_toevoegen(request, datalek):
    form = BijlageForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        services.add_bijlage(
            datalek=datalek,
            door=request.user,
            upload=form.cleaned_data["bestand"],
            soort=form.cleaned_data["soort"],
            omschrijving=form.cleaned_data["omschrijving"],
        )
        messages.success(request, "De bijlage is toegevoegd.")
        return _to_case(datalek, "bijlagen")
    return _formulier(request, datalek, form, "Bijlage toevoegen", multipart=True)


@require_POST
@case_action(Rol.MELDER, technicus=True)
def notitie(request, datalek):
    form = NotitieForm(request.POST)
    if form.is_valid():
        services.add_notitie(datalek=datalek, door=request.user, tekst=form.cleaned_data["tekst"])
        messages.success(request, "De notitie staat in de tijdlijn.")
    else:
        messages.error(request, "Schrijf eerst een notitie.")
    return _to_case(datalek, "tijdlijn")


@require_POST
@case_action(Rol.MELDER)
def archiveren(request, datalek):
    form = ArchiverenForm(request.POST)
    form.is_valid()
    try:
        services.archive_datalek(
            datalek=datalek, door=request.user, notitie=form.cleaned_data.get("notitie", "")
        )
    except ValidationError as error:
        messages.error(request, "Het dossier kan nog niet worden gearchiveerd.")
        for bericht in error.messages:
            messages.error(request, bericht)
        return _to_case(datalek, "archiveren")
    messages.success(request, f"Dossier {datalek.dossiernummer} is gearchiveerd.")
    return _to_case(datalek)
