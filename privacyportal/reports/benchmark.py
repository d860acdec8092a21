"""Benchmark pages of the project package: the reports (year report and dashboard) and the
home page of every role with panels.

`build()` adds nothing: the reports only count what the other apps' benchmark data already
holds (the cases spread over five years, the register with its agreements and GEBs, the
published handbook with its read confirmations), so their data is what these pages measure.
"""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone

from datalekken.models import Datalek
from privacyportal.benchmark import Page


def build(size, users) -> None:
    """Nothing to add; see the module docstring."""


def _drukste_jaar() -> int:
    """The year with the most cases: the fullest year report."""
    row = (
        Datalek.objects.annotate(
            jaar=ExtractYear("ontdekt_op", tzinfo=timezone.get_default_timezone())
        )
        .values("jaar")
        .annotate(aantal=Count("pk"))
        .order_by("-aantal", "-jaar")
        .first()
    )
    return row["jaar"] if row else timezone.localdate().year


def pages(users) -> list[Page]:
    home = reverse("home")
    return [
        Page(
            "jaarverslag",
            "management",
            lambda: reverse("reports:jaarverslag_jaar", kwargs={"jaar": _drukste_jaar()}),
        ),
        Page("rapportage dashboard", "management", lambda: reverse("reports:dashboard")),
        Page("home (medewerker)", "medewerker", lambda: home),
        Page("home (melder)", "melder", lambda: home),
        Page("home (fg)", "fg", lambda: home),
        Page("home (technicus)", "technicus", lambda: home),
        Page("home (management)", "management", lambda: home),
    ]
