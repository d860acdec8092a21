"""The dashboard counts deadlines and agreements with the rules of the QuerySets."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from datalekken.cijfers import overzicht_cijfers
from datalekken.models import Datalek
from privacyportal.reports import figures
from register.dashboard import tellingen
from register.models import Verwerkersovereenkomst
from tests.datalekken.factories import DatalekFactory
from tests.register.factories import OvereenkomstFactory
from tests.reports.data import ams, at

pytestmark = pytest.mark.django_db

NU = ams(2026, 2, 15, 12)
UUR = datetime.timedelta(hours=1)


@pytest.fixture
def klokken():
    for uren in (10, 47, 48, 49, 71, 72, 73, 100):
        DatalekFactory(ontdekt_op=NU - uren * UUR)
    # No clock: not meldplichtig, already notified, archived.
    DatalekFactory(ontdekt_op=NU - 100 * UUR, besluit_melden_ap=False)
    DatalekFactory(ontdekt_op=NU - 100 * UUR, ap_gemeld_op=NU - 30 * UUR)
    DatalekFactory(ontdekt_op=NU - 100 * UUR, gearchiveerd_op=NU - UUR)


def test_deadline_counts_equal_the_queryset_filters(klokken):
    with at(NU):
        d = figures.dashboard()
        assert d.open == Datalek.objects.open().count() == 10
        assert d.klok_loopt == Datalek.objects.klok_loopt().count() == 8
        assert d.binnenkort == Datalek.objects.deadline_binnenkort().count() == 6
        assert d.te_laat == Datalek.objects.te_laat().count() == 3
        assert overzicht_cijfers()["binnenkort"] == d.binnenkort


def test_the_dashboard_follows_a_change_of_the_deadline_rule(klokken, monkeypatch):
    # The rule lives in one place: warn two days ahead there, and the dashboard follows.
    monkeypatch.setattr("datalekken.models.datalek.WAARSCHUWING_VOOR", 48 * UUR)
    with at(NU):
        assert figures.dashboard().binnenkort == Datalek.objects.deadline_binnenkort().count()
        assert figures.dashboard().binnenkort == 7  # all but the 10-hour case


@pytest.fixture
def overeenkomsten():
    vandaag = timezone.localdate(NU)
    status = Verwerkersovereenkomst.Status
    OvereenkomstFactory(laatst_gecontroleerd_op=vandaag)
    OvereenkomstFactory(status=status.IN_AFWACHTING)
    OvereenkomstFactory(einddatum=vandaag + datetime.timedelta(days=30))
    OvereenkomstFactory(einddatum=vandaag + datetime.timedelta(days=200))
    OvereenkomstFactory(status=status.NVT, einddatum=vandaag)


def test_agreement_counts_follow_the_queryset_rules(overeenkomsten):
    vandaag = timezone.localdate(NU)
    alle = Verwerkersovereenkomst.objects
    keys = ("niet_getekend", "verloopt", "niet_gecontroleerd")
    assert tellingen(vandaag, *keys) == {
        "niet_getekend": alle.not_signed().count(),
        "verloopt": alle.expiring(vandaag).count(),
        "niet_gecontroleerd": alle.not_checked_in(vandaag.year).count(),
    }
    assert tellingen(vandaag, *keys) == {"niet_getekend": 1, "verloopt": 1, "niet_gecontroleerd": 3}
    with at(NU):
        d = figures.dashboard()
    assert (d.unsigned, d.expiring, d.unchecked) == (1, 1, 3)


def _agreement_queries(context) -> int:
    return sum(
        '"register_verwerkersovereenkomst"' in q["sql"].split(" FROM ", 1)[-1]
        for q in context.captured_queries
        # The register's counts are one UNION ALL of parenthesised SELECTs.
        if q["sql"].lstrip("(").startswith("SELECT")
    )


@pytest.mark.parametrize("url_name", ["home", "reports:dashboard"])
def test_the_agreements_are_counted_in_one_query(overeenkomsten, client_for, fg, url_name):
    client = client_for(fg)
    with at(NU):
        client.get(reverse(url_name))
        with CaptureQueriesContext(connection) as context:
            response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert _agreement_queries(context) == 1
