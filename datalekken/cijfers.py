"""Counts for management and the FG: how many cases are where, never what is in them."""

from django.db.models import Count, Q
from django.utils import timezone

from datalekken.models import Datalek, Fase


def overzicht_cijfers(now=None) -> dict:
    """Counts only: management sees how many cases are where, never what is in them."""
    now = now or timezone.now()
    jaar = timezone.localtime(now).year
    cijfers = Datalek.objects.aggregate(
        open=Count("pk", filter=Q(gearchiveerd_op__isnull=True)),
        gearchiveerd=Count("pk", filter=Q(gearchiveerd_op__isnull=False)),
        dit_jaar=Count("pk", filter=Q(geregistreerd_op__year=jaar)),
        datalek_dit_jaar=Count(
            "pk", filter=Q(geregistreerd_op__year=jaar, besluit_is_datalek=True)
        ),
        gemeld_dit_jaar=Count(
            "pk", filter=Q(geregistreerd_op__year=jaar, ap_gemeld_op__isnull=False)
        ),
        geinformeerd_dit_jaar=Count(
            "pk", filter=Q(geregistreerd_op__year=jaar, betrokkenen_geinformeerd_op__isnull=False)
        ),
    )
    cijfers["jaar"] = jaar
    cijfers["binnenkort"] = Datalek.objects.deadline_binnenkort(now).count()
    per_fase = {
        (rij["soort"], rij["status"]): rij["aantal"]
        for rij in Fase.objects.filter(datalek__gearchiveerd_op__isnull=True)
        .values("soort", "status")
        .annotate(aantal=Count("pk"))
        .order_by()
    }
    cijfers["fasen"] = [
        {
            "naam": soort.label,
            "aantallen": [per_fase.get((soort.value, status.value), 0) for status in Fase.Status],
        }
        for soort in Fase.Soort
    ]
    cijfers["statussen"] = [status.label for status in Fase.Status]
    return cijfers
