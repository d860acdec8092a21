"""Counts for management and the FG: how many cases are where, never what is in them."""

from django.db.models import Count, Q
from django.utils import timezone

from datalekken.models import Datalek, Fase
from datalekken.models.datalek import binnenkort_q


def overzicht_cijfers(now=None) -> dict:
    """Counts only: management sees how many cases are where, never what is in them."""
    now = now or timezone.now()
    jaar = timezone.localtime(now).year
    open_ = Q(gearchiveerd_op__isnull=True)
    dit_jaar = Q(geregistreerd_op__year=jaar)
    # Only the open cases and this year's: both come from an index (a few hundred rows at
    # most), not from the whole case history.
    cijfers = Datalek.objects.filter(open_ | dit_jaar).aggregate(
        open=Count("pk", filter=open_),
        binnenkort=Count("pk", filter=binnenkort_q(now)),
        dit_jaar=Count("pk", filter=dit_jaar),
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
    cijfers["gearchiveerd"] = Datalek.objects.count() - cijfers["open"]
    per_fase = {
        (rij["soort"], rij["status"]): rij["aantal"]
        for rij in Fase.objects.filter(datalek__in=Datalek.objects.open().values("pk"))
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
