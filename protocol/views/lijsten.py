"""The live lists: doorverwijsadressen, spreekuren, cursussen and locaties.

Every staff member reads them; the redacteur keeps them current (add, edit, delete) and sees
their history (django-simple-history).
"""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from protocol.access import redacteur_required, staff_required
from protocol.forms import CursusForm, DoorverwijsadresForm, LocatieForm, SpreekuurForm
from protocol.models import Cursus, Doorverwijsadres, Locatie, Spreekuur


@dataclass(frozen=True)
class Lijst:
    model: type
    form: type
    titel: str
    enkelvoud: str


LIJSTEN = {
    "doorverwijsadressen": Lijst(
        Doorverwijsadres, DoorverwijsadresForm, "Doorverwijsadressen", "doorverwijsadres"
    ),
    "spreekuren": Lijst(Spreekuur, SpreekuurForm, "Spreekuren", "spreekuur"),
    "cursussen": Lijst(Cursus, CursusForm, "Cursussen", "cursus"),
    "locaties": Lijst(Locatie, LocatieForm, "Locaties", "locatie"),
}


def _lijst(soort) -> Lijst:
    if soort not in LIJSTEN:
        raise Http404
    return LIJSTEN[soort]


@staff_required
def lijst(request, soort):
    config = _lijst(soort)
    items = config.model.objects.all()
    if config.model is Spreekuur:
        items = items.select_related("locatie")
    elif config.model is Locatie:
        items = items.prefetch_related("spreekuren")
    return render(
        request,
        f"protocol/lijsten/{soort}.html",
        {"items": items, "soort": soort, "lijst": config},
    )


@redacteur_required
def bewerken(request, soort, pk=None):
    config = _lijst(soort)
    item = get_object_or_404(config.model, pk=pk) if pk else None
    form = config.form(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        item = form.save()
        messages.success(request, f"{config.enkelvoud.capitalize()} “{item}” is opgeslagen.")
        return redirect(f"protocol:{soort}")
    return render(
        request,
        "protocol/lijsten/bewerken.html",
        {"form": form, "item": item, "soort": soort, "lijst": config},
    )


@require_POST
@redacteur_required
def verwijderen(request, soort, pk):
    config = _lijst(soort)
    item = get_object_or_404(config.model, pk=pk)
    item.delete()
    messages.success(request, f"{config.enkelvoud.capitalize()} “{item}” is verwijderd.")
    return redirect(f"protocol:{soort}")
