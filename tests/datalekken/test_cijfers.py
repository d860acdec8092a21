"""/datalekken/overzicht/ and the reports count a year and the phases by the same rules."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from datalekken.cijfers import fasen_per_status, jaar_tellingen, overzicht_cijfers
from datalekken.models import Fase
from privacyportal.reports import figures
from tests.datalekken.factories import DatalekFactory, set_fase

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


def ams(*args):
    return datetime.datetime(*args, tzinfo=AMS)


@pytest.fixture
def rond_de_jaarwisseling():
    # Discovered on New Year's Eve 2025, registered the next morning: a case of 2025.
    DatalekFactory(
        ontdekt_op=ams(2025, 12, 31, 23, 30),
        geregistreerd_op=ams(2026, 1, 1, 9, 0),
        besluit_is_datalek=True,
        ap_gemeld_op=ams(2026, 1, 2, 9, 0),
    )
    # 1 January 00:30 in Amsterdam (still 2025 in UTC): a case of 2026.
    DatalekFactory(ontdekt_op=ams(2026, 1, 1, 0, 30), geregistreerd_op=ams(2026, 1, 1, 0, 45))


def test_a_case_counts_in_the_year_it_was_discovered_on_both_pages(
    rond_de_jaarwisseling, client_for, fg
):
    with time_machine.travel(ams(2026, 1, 5, 12), tick=False):
        cijfers = overzicht_cijfers()
        assert (cijfers["jaar"], cijfers["dit_jaar"], cijfers["gemeld_dit_jaar"]) == (2026, 1, 0)
        assert jaar_tellingen(2025) == {
            "gemeld": 1,
            "datalekken": 1,
            "gemeld_ap": 1,
            "geinformeerd": 0,
        }
        assert figures.datalek_cijfers(2025).gemeld == 1
        assert figures.datalek_cijfers(2026).gemeld == 1
        assert figures.kopcijfers(2025)["gemeld"] == 1

        client = client_for(fg)
        overzicht = client.get(reverse("datalekken:overzicht")).content.decode()
        assert '<div class="display-6">1</div><div>meldingen in 2026</div>' in overzicht
        verslag = client.get(reverse("reports:jaarverslag_jaar", args=[2025])).content.decode()
        assert "In 2025 is 1 incident gemeld" in verslag
        verslag = client.get(reverse("reports:jaarverslag_jaar", args=[2026])).content.decode()
        assert "In 2026 is 1 incident gemeld" in verslag


def test_phases_are_counted_once_without_archiveren(client_for, fg):
    bezig = DatalekFactory()
    set_fase(bezig, Fase.Soort.KWALIFICEREN, Fase.Status.BEZIG)
    DatalekFactory()
    fasen = fasen_per_status()
    assert "Archiveren" not in [f.naam for f in fasen]
    kwalificeren = next(f for f in fasen if f.naam == "Kwalificeren")
    assert (kwalificeren.open, kwalificeren.bezig) == (1, 1)
    assert kwalificeren.aantallen == [1, 1, 0, 0]

    client = client_for(fg)
    for url in (reverse("datalekken:overzicht"), reverse("reports:dashboard")):
        html = client.get(url).content.decode()
        assert "Kwalificeren" in html, url
        assert "Archiveren" not in html, url


def test_finished_phases_are_the_open_cases_minus_the_others():
    """The finished count is derived (open cases minus the other statuses): it must match
    counting the rows, and archived cases must not count."""
    klaar = DatalekFactory()
    set_fase(klaar, Fase.Soort.KWALIFICEREN, Fase.Status.AFGEROND)
    set_fase(klaar, Fase.Soort.MELDEN, Fase.Status.NVT)
    bezig = DatalekFactory()
    set_fase(bezig, Fase.Soort.KWALIFICEREN, Fase.Status.BEZIG)
    gearchiveerd = DatalekFactory()
    set_fase(gearchiveerd, Fase.Soort.KWALIFICEREN, Fase.Status.BEZIG)
    gearchiveerd.gearchiveerd_op = timezone.now()
    gearchiveerd.save(update_fields=["gearchiveerd_op"])

    open_ids = [klaar.pk, bezig.pk]
    for fase in fasen_per_status():
        soort = next(s for s in Fase.Soort if s.label == fase.naam)
        for status in Fase.Status:
            rijen = Fase.objects.filter(datalek__in=open_ids, soort=soort, status=status)
            assert fase.per_status[status.value] == rijen.count(), (fase.naam, status)
    assert fasen_per_status() == fasen_per_status(open_cases=2)
