"""The beslisschema on the page: the melder answers, the portal advises, the melder decides
and explains a deviation."""

from django.urls import reverse

from datalekken.models import Fase, Gebeurtenis
from tests.datalekken.factories import DatalekFactory

ANTWOORDEN = {
    # A newsletter with 212 addresses visible to all recipients: notify, no high risk.
    "feit_persoonsgegevens": "true",
    "aard_vertrouwelijkheid": "true",
    "aard_integriteit": "false",
    "aard_beschikbaarheid": "false",
    "feit_snel_hersteld": "unknown",
    "feit_onbegrijpelijk": "false",
    "feit_ontvanger_vertrouwd_en_gewist": "false",
    "feit_bijzondere_gegevens": "false",
    "feit_gevoelige_gegevens": "false",
    "feit_kwetsbare_groep": "false",
    "feit_kwade_opzet": "false",
    "feit_buiten_organisatie": "false",
    "aantal_min": "212",
    "aantal_max": "212",
}


def test_answers_are_saved_and_the_advice_is_shown_with_reasons(client_for, melder):
    datalek = DatalekFactory()
    client = client_for(melder)
    url = reverse("datalekken:kwalificeren", args=[datalek.pk])
    assert client.post(url, ANTWOORDEN).status_code == 302
    datalek.refresh_from_db()
    assert datalek.aard_vertrouwelijkheid is True
    assert datalek.feit_snel_hersteld is None
    assert datalek.aard == ["vertrouwelijkheid"]
    assert datalek.fasen.get(soort="kwalificeren").status == Fase.Status.BEZIG

    page = client.get(url).content.decode()
    assert "Melden bij de AP" in page
    assert "Betrokkenen niet informeren" in page
    assert "Het gaat om 212 betrokkenen: een groot aantal (100 of meer)." in page
    assert page.count('value="unknown" id') >= 1


def test_unknown_answers_give_the_cautious_advice(client_for, melder):
    datalek = DatalekFactory()
    page = client_for(melder).get(reverse("datalekken:kwalificeren", args=[datalek.pk]))
    advies = page.context["advies"]
    assert (advies.is_datalek, advies.melden_ap, advies.informeren_betrokkenen) == (
        True,
        True,
        True,
    )
    assert "voorzichtige" in page.content.decode()


def besluit(client, datalek, **data):
    return client.post(reverse("datalekken:besluit", args=[datalek.pk]), data)


def test_decision_following_the_advice_needs_no_motivation(client_for, melder):
    datalek = DatalekFactory()
    client = client_for(melder)
    client.post(reverse("datalekken:kwalificeren", args=[datalek.pk]), ANTWOORDEN)
    response = besluit(client, datalek, is_datalek="ja", melden_ap="ja", informeren="nee")
    assert response.status_code == 302
    datalek.refresh_from_db()
    assert (datalek.besluit_melden_ap, datalek.besluit_informeren_betrokkenen) == (True, False)
    assert datalek.besluit_risico == "risico"
    assert datalek.advies_bij_besluit["melden_ap"] is True
    assert not datalek.besluit_wijkt_af
    assert datalek.fasen.get(soort="kwalificeren").status == Fase.Status.AFGEROND
    assert datalek.fasen.get(soort="melden").status == Fase.Status.OPEN


def test_differing_decision_requires_motivation(client_for, melder):
    datalek = DatalekFactory()
    client = client_for(melder)
    client.post(reverse("datalekken:kwalificeren", args=[datalek.pk]), ANTWOORDEN)

    response = besluit(client, datalek, is_datalek="ja", melden_ap="nee", informeren="nee")
    assert response.status_code == 200
    assert response.context["besluit_form"].errors["motivering"] == [
        "Het besluit wijkt af van het advies van het beslisschema: motiveer waarom."
    ]
    datalek.refresh_from_db()
    assert not datalek.is_gekwalificeerd

    motivering = "De adressen zijn van vrijwilligers die elkaar al kennen."
    response = besluit(
        client, datalek, is_datalek="ja", melden_ap="nee", informeren="nee", motivering=motivering
    )
    assert response.status_code == 302
    datalek.refresh_from_db()
    assert datalek.besluit_wijkt_af
    assert datalek.besluit_motivering == motivering
    assert datalek.fasen.get(soort="melden").status == Fase.Status.NVT
    regel = datalek.gebeurtenissen.get(soort=Gebeurtenis.Soort.GEKWALIFICEERD)
    assert "wijkt af van het advies" in regel.omschrijving
    assert regel.notitie == motivering
    page = client.get(datalek.get_absolute_url()).content.decode()
    assert "wijkt af van het advies" in page and motivering in page


def test_no_notification_without_a_datalek(client_for, melder):
    datalek = DatalekFactory()
    response = besluit(
        client_for(melder),
        datalek,
        is_datalek="nee",
        melden_ap="ja",
        informeren="nee",
        motivering="x",
    )
    assert response.context["besluit_form"].errors["melden_ap"]


def test_betrokkenen_informed_or_exception_with_reason(client_for, melder):
    datalek = DatalekFactory()
    client = client_for(melder)
    url = reverse("datalekken:betrokkenen", args=[datalek.pk])
    response = client.post(url, {"uitzondering_informeren": "a"})
    assert response.context["form"].errors["uitzondering_toelichting"]
    response = client.post(url, {"betrokkenen_bericht": ""})
    assert response.context["form"].errors["betrokkenen_geinformeerd_op"]
    response = client.post(
        url,
        {"uitzondering_informeren": "a", "uitzondering_toelichting": "Versleutelde usb-stick."},
    )
    assert response.status_code == 302
