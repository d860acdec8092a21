"""Counts for management and the FG: how many cases are where, never what is in them.

The rules live here once, for the overview (/datalekken/overzicht/), the home panels and the
reports (privacyportal.reports.figures): a year's cases are those *discovered* in it
(`DatalekQuerySet.ontdekt_in`), and the phases are counted per status without "Archiveren"
(closing a case is not work waiting to be done).
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from datalekken.models import Datalek, Fase


def _jaar_aggregaten(**extra) -> dict:
    return {
        "gemeld": Count("pk"),
        "datalekken": Count("pk", filter=Q(besluit_is_datalek=True)),
        "gemeld_ap": Count("pk", filter=Q(ap_gemeld_op__isnull=False)),
        "geinformeerd": Count("pk", filter=Q(betrokkenen_geinformeerd_op__isnull=False)),
        **extra,
    }


def jaar_tellingen(jaar: int, **extra) -> dict:
    """The cases discovered in `jaar` (Amsterdam calendar), one query: `gemeld` (all),
    `datalekken`, `gemeld_ap`, `geinformeerd`, plus any `extra` aggregates of the caller.
    Read from `datalek_ontdekt_idx` alone when `extra` counts only its included columns."""
    return Datalek.objects.ontdekt_in(jaar).aggregate(**_jaar_aggregaten(**extra))


def jaar_tellingen_per_maand(jaar: int, **extra) -> dict[int, dict]:
    """The counts of `jaar_tellingen` per month of discovery (1–12, Amsterdam calendar; a
    month without cases is missing), one query: for a caller that needs both the year's
    totals and the months, one pass over the year instead of two."""
    maand = ExtractMonth("ontdekt_op", tzinfo=timezone.get_default_timezone())
    return {
        rij.pop("maand"): rij
        for rij in Datalek.objects.ontdekt_in(jaar)
        .annotate(maand=maand)
        .values("maand")
        .annotate(**_jaar_aggregaten(**extra))
        .order_by()
    }


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


def kerncijfers(now=None) -> dict:
    """The open cases in one query: `open`, `klok_loopt`, `binnenkort`, `te_laat` (see
    `DatalekQuerySet.deadline_counts`) and `nieuw` (no melder assigned yet). Read from the
    open cases' covering index (`datalek_open_tellingen_idx`), not from the history."""
    return Datalek.objects.open().deadline_counts(
        now, nieuw=Count("pk", filter=Q(melder__isnull=True))
    )


def paneel_cijfers(now=None) -> dict:
    """What the home panel of management and the FG shows: the open cases and this year's
    (two queries)."""
    now = now or timezone.now()
    jaar = timezone.localtime(now).year
    cases = kerncijfers(now)
    jaartelling = jaar_tellingen(jaar)
    return {
        "jaar": jaar,
        "open": cases["open"],
        "binnenkort": cases["binnenkort"],
        "dit_jaar": jaartelling["gemeld"],
        "datalek_dit_jaar": jaartelling["datalekken"],
        "gemeld_dit_jaar": jaartelling["gemeld_ap"],
        "geinformeerd_dit_jaar": jaartelling["geinformeerd"],
    }


def overzicht_cijfers(now=None) -> dict:
    """Counts only: management sees how many cases are where, never what is in them."""
    cijfers = paneel_cijfers(now)
    return {
        **cijfers,
        # Its own query: from the archived cases' partial index, while the open cases'
        # counts read theirs (one pass over the whole table cost more than both).
        "gearchiveerd": Datalek.objects.gearchiveerd().count(),
        "fasen": fasen_per_status(cijfers["open"]),
        "statussen": [status.label for status in Fase.Status],
    }
