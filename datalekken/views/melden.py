"""Pages for everyone on staff: report a datalek and follow one's own reports; and the
counts-only overview for management."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from datalekken import services
from datalekken.cijfers import overzicht_cijfers
from datalekken.forms import AanvullingForm, ExterneMeldingForm, MeldingForm
from datalekken.models import Datalek, Gebeurtenis
from privacyportal.roles import Rol, has_role, is_staff_member, role_required


def melden(request):
    if not is_staff_member(request.user):
        raise PermissionDenied
    form_class = ExterneMeldingForm if has_role(request.user, Rol.MELDER) else MeldingForm
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        datalek = form.save(commit=False)
        extern = form.cleaned_data.get("extern", False)
        datalek.ontdekker = None if extern else request.user
        services.report_datalek(datalek=datalek, ingevoerd_door=request.user)
        if extern:
            messages.success(
                request, f"De melding is vastgelegd als dossier {datalek.dossiernummer}."
            )
            return redirect(datalek)
        return redirect("datalekken:melding_status", pk=datalek.pk)
    return render(request, "datalekken/melden.html", {"form": form})


def _eigen_meldingen(user):
    # Only what the ontdekker may see: never the case's contents beyond their own title.
    return Datalek.objects.reported_by(user).only(
        "id",
        "dossiernummer",
        "titel",
        "geregistreerd_op",
        "ontdekker_id",
        "melder_id",
        "technicus_id",
        "gekwalificeerd_op",
        "gearchiveerd_op",
    )


def status_voor_ontdekker(datalek: Datalek) -> str:
    if datalek.gearchiveerd_op:
        return "Afgehandeld"
    if datalek.melder_id or datalek.technicus_id or datalek.gekwalificeerd_op:
        return "In behandeling"
    return "Ontvangen"


def mijn_meldingen(request):
    if not is_staff_member(request.user):
        raise PermissionDenied
    page = Paginator(_eigen_meldingen(request.user), 25).get_page(request.GET.get("page"))
    for datalek in page:
        datalek.status_ontdekker = status_voor_ontdekker(datalek)
    return render(request, "datalekken/mijn_meldingen.html", {"page_obj": page})


def _status_pagina(request, datalek, form, status=200):
    return render(
        request,
        "datalekken/melding_status.html",
        {
            "datalek": datalek,
            "status": status_voor_ontdekker(datalek),
            # The assigned melder, or all melders while nobody is assigned.
            "behandelaars": services.behandelaars(datalek),
            "aanvullingen": datalek.gebeurtenissen.filter(
                soort=Gebeurtenis.Soort.AANVULLING, wie=request.user
            ).order_by("wanneer", "id"),
            "form": form,
        },
        status=status,
    )


def melding_status(request, pk):
    """The ontdekker's confirmation and status page; anyone else gets a 404."""
    datalek = get_object_or_404(_eigen_meldingen(request.user), pk=pk)
    return _status_pagina(request, datalek, AanvullingForm())


@require_POST
def aanvulling(request, pk):
    """The ontdekker adds information to their own report, until it is archived."""
    datalek = get_object_or_404(_eigen_meldingen(request.user), pk=pk)
    if datalek.is_gearchiveerd:
        raise PermissionDenied
    form = AanvullingForm(request.POST)
    if not form.is_valid():
        return _status_pagina(request, datalek, form)
    services.add_aanvulling(datalek=datalek, door=request.user, tekst=form.cleaned_data["tekst"])
    messages.success(request, "Je aanvulling is doorgegeven. De melder datalekken krijgt bericht.")
    return redirect("datalekken:melding_status", pk=datalek.pk)


@role_required(Rol.MANAGEMENT, Rol.FG, Rol.MELDER)
def overzicht(request):
    return render(request, "datalekken/overzicht.html", {"cijfers": overzicht_cijfers()})
