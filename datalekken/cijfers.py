"""Counts for management and the FG: how many cases are where, never what is in them.

The rules live here once, for the overview (/datalekken/overzicht/), the home panels and the
reports (privacyportal.reports.figures): a year's cases are those *discovered* in it
(`DatalekQuerySet.ontdekt_in`), and the phases are counted per status without "Archiveren"
(closing a case is not work waiting to be done).
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from datalekken.models import Datalek, Fase


def jaar_tellingen(jaar: int, **extra) -> dict:
    """The cases discovered in `jaar` (Amsterdam calendar), one query: `gemeld` (all),
    `datalekken`, `gemeld_ap`, `geinformeerd`, plus any `extra` aggregates of the caller."""
    return Datalek.objects.ontdekt_in(jaar).aggregate(
        gemeld=Count("pk"),
        datalekken=Count("pk", filter=Q(besluit_is_datalek=True)),
        gemeld_ap=Count("pk", filter=Q(ap_gemeld_op__isnull=False)),
        geinformeerd=Count("pk", filter=Q(betrokkenen_geinformeerd_op__isnull=False)),
        **extra,
    )


@dataclass
class FaseTelling:
    """One phase: how many open cases have it in each status."""

    naam: str
    per_status: dict[str, int]

    @property
    def aantallen(self) -> list[int]:
        """In the order of `Fase.Status` (the columns of a table)."""
        return [self.per_status[status.value] for status in Fase.Status]

    @property
    def open(self) -> int:
        return self.per_status[Fase.Status.OPEN]

    @property
    def bezig(self) -> int:
        return self.per_status[Fase.Status.BEZIG]


def fasen_per_status(open_cases: int | None = None) -> list[FaseTelling]:
    """The phases of the open cases, counted per status (one query; two without
    `open_cases`, the number of open cases, which the callers have counted already).
    "Archiveren" is left out: every open case has it open, so it says nothing about where work
    is waiting.

    Only the unfinished phases are read, from their partial index (`fase_onafgerond_idx`): an
    archived case has finished every phase, so that index holds the work in progress, not the
    history. Every case has each phase exactly once (`Fase.create_all_for`, unique per case
    and soort), so a phase's finished count is the number of open cases minus its others."""
    if open_cases is None:
        open_cases = Datalek.objects.open().count()
    tellingen = {
        (rij["soort"], rij["status"]): rij["aantal"]
        for rij in Fase.objects.filter(datalek__in=Datalek.objects.open().values("pk"))
        .exclude(soort=Fase.Soort.ARCHIVEREN)
        .exclude(status=Fase.Status.AFGEROND)
        .values("soort", "status")
        # The case, not the phase's own id: the index holds it, the table need not be read.
        .annotate(aantal=Count("datalek"))
        .order_by()
    }
    fasen = []
    for soort in Fase.Soort:
        if soort == Fase.Soort.ARCHIVEREN:
            continue
        per_status = {
            status.value: tellingen.get((soort.value, status.value), 0) for status in Fase.Status
        }
        per_status[Fase.Status.AFGEROND] = open_cases - sum(per_status.values())
        fasen.append(FaseTelling(soort.label, per_status))
    return fasen


def overzicht_cijfers(now=None) -> dict:
    """Counts only: management sees how many cases are where, never what is in them."""
    now = now or timezone.now()
    jaar = timezone.localtime(now).year
    cases = Datalek.objects.deadline_counts(
        now, gearchiveerd=Count("pk", filter=Q(gearchiveerd_op__isnull=False))
    )
    jaartelling = jaar_tellingen(jaar)
    return {
        "jaar": jaar,
        "open": cases["open"],
        "binnenkort": cases["binnenkort"],
        "gearchiveerd": cases["gearchiveerd"],
        "dit_jaar": jaartelling["gemeld"],
        "datalek_dit_jaar": jaartelling["datalekken"],
        "gemeld_dit_jaar": jaartelling["gemeld_ap"],
        "geinformeerd_dit_jaar": jaartelling["geinformeerd"],
        "fasen": fasen_per_status(cases["open"]),
        "statussen": [status.label for status in Fase.Status],
    }
