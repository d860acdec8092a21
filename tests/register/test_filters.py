"""The register list's filter selects (rendered in Python) and its text search."""

import datetime

import pytest
from django.urls import reverse

from register import dashboard
from register.models import GEB, Verwerkersovereenkomst, Verwerkingsactiviteit
from tests.register.factories import (
    ActiviteitFactory,
    GEBFactory,
    OvereenkomstFactory,
    SysteemFactory,
    VerwerkerFactory,
)

pytestmark = pytest.mark.django_db


def test_the_verwerker_filter_keeps_the_choice_and_escapes_names(client_for, medewerker):
    gekozen = VerwerkerFactory(naam="BiSC")
    VerwerkerFactory(naam='<script>alert("x")</script> & Co')
    url = reverse("register:activiteit_list") + f"?verwerker={gekozen.pk}"
    html = client_for(medewerker).get(url).content.decode()
    assert f'<option value="{gekozen.pk}" selected>BiSC</option>' in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</option>" in html
    assert "<script>alert" not in html
    # "alle" (the empty value) is never marked selected.
    assert '<option value="">alle</option>' in html


def test_a_broken_filter_value_selects_nothing(client_for, medewerker):
    VerwerkerFactory(naam="BiSC")
    url = reverse("register:activiteit_list") + "?verwerker=geen-getal"
    response = client_for(medewerker).get(url)
    assert response.status_code == 200
    assert " selected>BiSC" not in response.content.decode()


def test_search_finds_the_name_of_the_verwerker_and_the_systeem():
    bisc = ActiviteitFactory(verwerker=VerwerkerFactory(naam="BiSC Services"))
    afas = ActiviteitFactory(systeem=SysteemFactory(naam="AFAS Profit"))
    ActiviteitFactory(naam="Iets anders")
    assert list(Verwerkingsactiviteit.objects.search("bisc")) == [bisc]
    assert list(Verwerkingsactiviteit.objects.search("afas profit")) == [afas]
    assert list(Verwerkingsactiviteit.objects.search("bisc afas")) == []


def test_the_combined_counts_equal_the_rules_one_by_one():
    """`dashboard.tellingen` counts every rule in one query; each must equal its own filter."""
    today = datetime.date(2026, 5, 10)
    verwerker = VerwerkerFactory()
    ActiviteitFactory(laatst_beoordeeld_op=today, verwerker=verwerker)  # no agreement
    ActiviteitFactory(geb="ja", doorgifte_buiten_eer="ja")
    ActiviteitFactory(
        bewaartermijn_getal=None, bewaartermijn_eenheid="", bewaartermijn_tekst="n.b."
    )
    ActiviteitFactory(
        bewaartermijn_getal=None, bewaartermijn_eenheid="", bewaartermijn_tekst="proc."
    )
    GEBFactory(status=GEB.Status.NODIG)
    GEBFactory(status=GEB.Status.UITGEVOERD, activiteit=ActiviteitFactory(geb="ja"))
    OvereenkomstFactory(status=Verwerkersovereenkomst.Status.IN_AFWACHTING)
    OvereenkomstFactory(einddatum=today, laatst_gecontroleerd_op=today)
    OvereenkomstFactory(status=Verwerkersovereenkomst.Status.NVT)

    A, V = Verwerkingsactiviteit.objects, Verwerkersovereenkomst.objects
    assert dashboard.tellingen(today) == {
        "beoordeling": A.review_overdue(today).count(),
        "zonder_overeenkomst": A.overeenkomst_missing().count(),
        "geb": A.geb_missing().count(),
        "doorgifte": A.transfer_without_safeguards().count(),
        "bewaartermijn": A.bewaartermijn_unknown().count(),
        "niet_getekend": V.not_signed().count(),
        "verloopt": V.expiring(today).count(),
        "te_controleren": V.checkable().count(),
        "niet_gecontroleerd": V.not_checked_in(today.year).count(),
    }
    assert dashboard.tellingen(today)["geb"] == 2
    assert dashboard.tellingen(today)["bewaartermijn"] == 1
    assert A.cleanup_pending(today.year).count() == A.count() - 1
