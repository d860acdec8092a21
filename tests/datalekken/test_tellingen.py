"""The counts read from covering indexes equal plain ORM counts, on data that probes the edges:
archived cases, every clock state, the exact deadline moments, NULL decisions, and the year
and month boundaries of Europe/Amsterdam."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection, transaction
from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q
from django.db.models.functions import ExtractMonth
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from datalekken.cijfers import (
    jaar_tellingen,
    jaar_tellingen_per_maand,
    kerncijfers,
    overzicht_cijfers,
)
from datalekken.models import MELDTERMIJN, WAARSCHUWING_VOOR, Datalek, SoortIncident
from privacyportal.reports import figures
from tests.datalekken.factories import DatalekFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
NU = datetime.datetime(2026, 6, 15, 12, 0, tzinfo=AMS)


def ams(*args):
    return datetime.datetime(*args, tzinfo=AMS)


@pytest.fixture
def gevarieerd():
    """Open and archived cases in every clock state, some exactly on a deadline's edge."""
    melder = UserFactory(rollen=["melder"])
    binnenkort_grens = NU - MELDTERMIJN + WAARSCHUWING_VOOR
    te_laat_grens = NU - MELDTERMIJN
    ontdekt = [
        NU - datetime.timedelta(hours=1),
        binnenkort_grens,
        binnenkort_grens + datetime.timedelta(seconds=1),
        te_laat_grens,
        te_laat_grens + datetime.timedelta(seconds=1),
        NU - datetime.timedelta(days=40),
    ]
    for i, moment in enumerate(ontdekt * 4):
        DatalekFactory(
            ontdekt_op=moment,
            melder=melder if i % 2 else None,
            besluit_melden_ap=[None, True, False][i % 3],
            ap_gemeld_op=moment + datetime.timedelta(hours=30) if i % 5 == 0 else None,
            gearchiveerd_op=NU - datetime.timedelta(hours=1) if i % 4 == 3 else None,
        )


def test_the_open_cases_counts_equal_plain_counts(gevarieerd):
    with time_machine.travel(NU, tick=False):
        cijfers = kerncijfers()
        overzicht = overzicht_cijfers()
    open_ = Datalek.objects.filter(gearchiveerd_op__isnull=True)
    assert cijfers == {
        "open": open_.count(),
        "klok_loopt": Datalek.objects.klok_loopt().count(),
        "binnenkort": Datalek.objects.deadline_binnenkort(NU).count(),
        "te_laat": Datalek.objects.te_laat(NU).count(),
        "nieuw": open_.filter(melder=None).count(),
    }
    # The data reaches every count, including both sides of each deadline.
    assert 0 < cijfers["te_laat"] < cijfers["binnenkort"] < cijfers["klok_loopt"]
    assert cijfers["klok_loopt"] < cijfers["open"]
    assert 0 < cijfers["nieuw"] < cijfers["open"]
    assert overzicht["open"] == cijfers["open"]
    assert overzicht["binnenkort"] == cijfers["binnenkort"]
    assert overzicht["gearchiveerd"] == Datalek.objects.exclude(gearchiveerd_op=None).count() > 0


@pytest.fixture
def rond_de_grenzen():
    """Cases on both sides of the Amsterdam year and month boundaries, in every state a count
    distinguishes."""
    momenten = [
        ams(2024, 12, 31, 23, 30),  # 2024
        ams(2025, 1, 1, 0, 30),  # January 2025, though still 2024 in UTC
        ams(2025, 2, 1, 0, 30),  # February, though still January in UTC
        ams(2025, 3, 1, 0, 15),  # March, though still February in UTC
        ams(2025, 3, 30, 2, 30),  # the night the clocks go forward
        ams(2025, 10, 26, 2, 30),  # the night the clocks go back
        ams(2025, 12, 31, 23, 30),  # 2025
        ams(2026, 1, 1, 0, 30),  # 2026, though still 2025 in UTC
    ]
    soorten = list(SoortIncident.values)
    for i in range(48):
        moment = momenten[i % len(momenten)] + datetime.timedelta(seconds=i)
        DatalekFactory(
            ontdekt_op=moment,
            soort=soorten[i % len(soorten)],
            besluit_is_datalek=[None, True, False][i % 3],
            besluit_melden_ap=[None, True, False][(i // 3) % 3],
            ap_gemeld_op=moment + datetime.timedelta(hours=[10, 72, 100][i % 3])
            if i % 4 == 0
            else None,
            betrokkenen_geinformeerd_op=moment if i % 5 == 0 else None,
            uitzondering_informeren="a" if i % 7 == 0 else "",
            aard_vertrouwelijkheid=[None, True, False][i % 3],
            aard_integriteit=True if i % 4 == 1 else None,
            aard_beschikbaarheid=i % 2 == 0,
            gearchiveerd_op=moment + datetime.timedelta(days=3) if i % 3 == 2 else None,
        )


def test_the_months_of_a_year_add_up_to_the_year_and_to_plain_counts(rond_de_grenzen):
    for jaar in (2024, 2025, 2026):
        maanden = jaar_tellingen_per_maand(jaar)
        jaarcijfers = jaar_tellingen(jaar)
        for sleutel, waarde in jaarcijfers.items():
            assert sum(rij[sleutel] for rij in maanden.values()) == waarde, (jaar, sleutel)
        plain = {
            rij["maand"]: rij["aantal"]
            for rij in Datalek.objects.ontdekt_in(jaar)
            .annotate(maand=ExtractMonth("ontdekt_op", tzinfo=AMS))
            .values("maand")
            .annotate(aantal=Count("pk"))
        }
        assert {maand: rij["gemeld"] for maand, rij in maanden.items()} == plain
    # The local calendar, not UTC's.
    assert sorted(jaar_tellingen_per_maand(2025)) == [1, 2, 3, 10, 12]
    assert jaar_tellingen_per_maand(2025)[1]["gemeld"] == 6
    assert jaar_tellingen_per_maand(2025)[3]["gemeld"] == 12
    assert jaar_tellingen_per_maand(2026)[1]["gemeld"] == 6


def _oude_jaarcijfers(jaar):
    """The year report's counts as one plain aggregate (as they were computed before the pass
    per month)."""
    cases = Datalek.objects.ontdekt_in(jaar)
    gemeld_ap = Q(ap_gemeld_op__isnull=False)
    return cases.aggregate(
        gemeld=Count("pk"),
        datalekken=Count("pk", filter=Q(besluit_is_datalek=True)),
        beveiligingsincidenten=Count("pk", filter=Q(besluit_is_datalek=False)),
        niet_gekwalificeerd=Count("pk", filter=Q(besluit_is_datalek__isnull=True)),
        meldplichtig=Count("pk", filter=Q(besluit_melden_ap=True)),
        gemeld_ap=Count("pk", filter=gemeld_ap),
        ap_binnen_termijn=Count(
            "pk", filter=gemeld_ap & Q(ap_gemeld_op__lte=F("ontdekt_op") + MELDTERMIJN)
        ),
        geinformeerd=Count("pk", filter=Q(betrokkenen_geinformeerd_op__isnull=False)),
        uitzondering=Count(
            "pk", filter=~Q(uitzondering_informeren="") & Q(betrokkenen_geinformeerd_op=None)
        ),
        tot_melding=Avg(
            ExpressionWrapper(F("ap_gemeld_op") - F("ontdekt_op"), output_field=DurationField()),
            filter=gemeld_ap,
        ),
        vertrouwelijkheid=Count("pk", filter=Q(aard_vertrouwelijkheid=True)),
        integriteit=Count("pk", filter=Q(aard_integriteit=True)),
        beschikbaarheid=Count("pk", filter=Q(aard_beschikbaarheid=True)),
        geen_aard=Count(
            "pk",
            filter=~Q(aard_vertrouwelijkheid=True)
            & ~Q(aard_integriteit=True)
            & ~Q(aard_beschikbaarheid=True),
        ),
        **{s: Count("pk", filter=Q(soort=s)) for s in SoortIncident.values},
    )


@pytest.mark.parametrize("jaar", [2024, 2025, 2026, 2027])
def test_the_year_reports_counts_equal_one_plain_aggregate(rond_de_grenzen, jaar):
    d = figures.datalek_cijfers(jaar)
    oud = _oude_jaarcijfers(jaar)
    assert (
        d.gemeld,
        d.datalekken,
        d.beveiligingsincidenten,
        d.niet_gekwalificeerd,
        d.meldplichtig,
        d.gemeld_ap,
        d.ap_binnen_termijn,
        d.ap_te_laat,
        d.betrokkenen_geinformeerd,
        d.uitzondering_informeren,
    ) == (
        oud["gemeld"],
        oud["datalekken"],
        oud["beveiligingsincidenten"],
        oud["niet_gekwalificeerd"],
        oud["meldplichtig"],
        oud["gemeld_ap"],
        oud["ap_binnen_termijn"],
        oud["gemeld_ap"] - oud["ap_binnen_termijn"],
        oud["geinformeerd"],
        oud["uitzondering"],
    )
    verwacht_uren = round(oud["tot_melding"].total_seconds() / 3600) if oud["tot_melding"] else None
    assert d.gemiddeld_uren_tot_melding == verwacht_uren
    assert [t.aantal for t in d.per_aard] == [
        oud["vertrouwelijkheid"],
        oud["integriteit"],
        oud["beschikbaarheid"],
        oud["geen_aard"],
    ]
    assert [t.aantal for t in d.per_oorzaak] == [oud[s] for s in SoortIncident.values if oud[s]]
    assert sum(m.totaal for m in d.per_maand) == oud["gemeld"]
    assert sum(m.datalekken for m in d.per_maand) == oud["datalekken"]
    belangrijk = Datalek.objects.ontdekt_in(jaar).filter(
        Q(ap_gemeld_op__isnull=False) | Q(besluit_melden_ap=True) | Q(besluit_risico="hoog")
    )
    assert [b.omschrijving for b in d.belangrijk] == [
        figures.beschrijf_melding(datalek) for datalek in belangrijk.order_by("ontdekt_op", "pk")
    ]
    assert [b.maand for b in d.belangrijk] == [
        figures.MAANDEN[timezone.localtime(datalek.ontdekt_op).month - 1]
        for datalek in belangrijk.order_by("ontdekt_op", "pk")
    ]
    if jaar == 2025:
        assert d.gemeld and d.belangrijk and d.gemiddeld_uren_tot_melding


def test_the_staff_counts_of_the_dashboard_equal_plain_counts():
    from protocol.models import Leesbevestiging
    from protocol.services import active_staff
    from tests.protocol.factories import VersieFactory

    gepubliceerd = timezone.now() - datetime.timedelta(days=30)
    oud = VersieFactory(versienummer=1, status="vervallen", gepubliceerd_op=gepubliceerd)
    huidige = VersieFactory(versienummer=2, status="gepubliceerd", gepubliceerd_op=timezone.now())
    tweemaal = UserFactory(rollen=["medewerker", "melder"])  # two staff groups
    gelezen = UserFactory(rollen=["medewerker"])
    alleen_oud = UserFactory(rollen=["medewerker"])
    vertrokken = UserFactory(rollen=["medewerker"], is_active=False)
    UserFactory(rollen=["medewerker"])
    for gebruiker, versie in [
        (tweemaal, huidige),
        (gelezen, huidige),
        (alleen_oud, oud),
        (vertrokken, huidige),
    ]:
        Leesbevestiging.objects.create(gebruiker=gebruiker, versie=versie)
    tellingen = figures._staff_tellingen(huidige)
    assert tellingen == {
        "medewerkers": active_staff().count(),
        "bevestigd": active_staff().filter(leesbevestigingen__versie=huidige).count(),
    }
    assert tellingen["bevestigd"] == 2
    assert figures._staff_tellingen(None) == {"medewerkers": active_staff().count(), "bevestigd": 0}


# ---- the indexes -----------------------------------------------------------------------


def _plan_of(tellen, index=-1) -> str:
    """The plan of a query `tellen` runs (the last one by default), as PostgreSQL would choose
    it for a large table (sequential and bitmap scans discouraged: on a few rows they win)."""
    with CaptureQueriesContext(connection) as captured:
        tellen()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("EXPLAIN " + captured.captured_queries[index]["sql"])
        return "\n".join(row[0] for row in cursor.fetchall())


# An index-only scan wins on a vacuumed table (the visibility map says the heap need not be
# read); VACUUM cannot run inside a test's transaction. The test ends with TRUNCATE, which
# also resets the statistics ANALYZE wrote.
@pytest.mark.django_db(transaction=True)
def test_the_open_cases_are_counted_from_their_covering_index():
    for _ in range(5):
        DatalekFactory()
    for _ in range(15):
        DatalekFactory(gearchiveerd_op=timezone.now())
    with connection.cursor() as cursor:
        cursor.execute("REINDEX TABLE datalekken_datalek")
        cursor.execute("VACUUM ANALYZE datalekken_datalek")
    with transaction.atomic():  # SET LOCAL holds inside a transaction only
        plan = _plan_of(kerncijfers)
    assert "Index Only Scan using datalek_open_tellingen_idx" in plan


def test_the_archived_cases_are_counted_from_their_partial_index():
    DatalekFactory(gearchiveerd_op=timezone.now())
    plan = _plan_of(lambda: Datalek.objects.gearchiveerd().count())
    assert "Index Only Scan using datalek_gearchiveerd_idx" in plan


def test_a_years_cases_are_counted_from_the_discovery_index_alone():
    DatalekFactory()
    jaar = timezone.localdate().year
    assert "Index Only Scan using datalek_ontdekt_idx" in _plan_of(lambda: jaar_tellingen(jaar))
    # The year report's pass per month (its first query), with every count it makes.
    plan = _plan_of(lambda: figures.datalek_cijfers(jaar), index=0)
    assert "Index Only Scan using datalek_ontdekt_idx" in plan


def test_the_significant_cases_of_a_year_are_read_from_their_partial_index():
    DatalekFactory(besluit_melden_ap=True)
    jaar = timezone.localdate().year
    plan = _plan_of(lambda: figures.datalek_cijfers(jaar), index=1)
    assert "datalek_belangrijk_idx" in plan
    # Already in the report's order.
    assert "Sort" not in plan
