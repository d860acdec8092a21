"""The ontdekker's report: two minutes, a dossiernummer, an e-mail to the melders without
the contents, and afterwards only the status."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from datalekken.models import Datalek, Fase, Gebeurtenis
from tests.datalekken.factories import DatalekFactory

# A few days ago: dates more than a year back are refused.
DAG = timezone.localdate() - timedelta(days=3)

MELDING = {
    "titel": "Ledenlijst leesclub naar verkeerde adres gemaild",
    "samenvatting": "Ik heb de lijst met namen en telefoonnummers naar een oud-lid gestuurd.",
    "soort": "verkeerde_ontvanger",
    "ontdekt_op": f"{DAG:%Y-%m-%d}T09:30",
    "begonnen_op": f"{DAG:%Y-%m-%d}T09:10",
    "categorieen_persoonsgegevens": ["naw", "contact"],
    "categorieen_betrokkenen": ["klanten"],
    "aantal_min": "12",
    "aantal_max": "15",
    "oorzaak": "Verkeerd adres gekozen bij het automatisch aanvullen.",
    "maatregelen_direct": "Oud-lid gebeld en gevraagd de mail te verwijderen.",
}


@pytest.fixture
def melders_met_mail(cast):
    return [cast["melder"].email]


def test_medewerker_reports_and_melders_get_mail_without_contents(
    client_for, medewerker, melders_met_mail, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://privacy.example.org"
    client = client_for(medewerker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("datalekken:melden"), MELDING)

    datalek = Datalek.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("datalekken:melding_status", args=[datalek.pk])
    assert datalek.ontdekker == medewerker
    assert datalek.ingevoerd_door == medewerker
    assert (datalek.aantal_min, datalek.aantal_max) == (12, 15)
    assert datalek.categorieen_persoonsgegevens == ["naw", "contact"]
    assert datalek.fasen.get(soort=Fase.Soort.ONTDEKKEN).status == Fase.Status.AFGEROND
    assert datalek.gebeurtenissen.get().soort == Gebeurtenis.Soort.GEMELD

    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == melders_met_mail
    assert datalek.dossiernummer in bericht.subject
    assert f"https://privacy.example.org/datalekken/{datalek.pk}/" in bericht.body
    assert "leesclub" not in bericht.body and "oud-lid" not in bericht.body.lower()

    confirmation = client.get(response.url)
    assert "Je melding is ontvangen" in confirmation.content.decode()
    assert datalek.dossiernummer in confirmation.content.decode()


def test_mijn_meldingen_shows_status_only(client_for, medewerker, melder):
    eigen = DatalekFactory(ontdekker=medewerker, oorzaak="Geheime oorzaak", melder=melder)
    DatalekFactory(titel="Melding van een collega")
    page = client_for(medewerker).get(reverse("datalekken:mijn_meldingen")).content.decode()
    assert eigen.dossiernummer in page
    assert "In behandeling" in page
    assert "Melding van een collega" not in page
    assert "Geheime oorzaak" not in page


def test_ontdekker_cannot_open_the_case_page(client_for, medewerker):
    datalek = DatalekFactory(ontdekker=medewerker)
    assert client_for(medewerker).get(datalek.get_absolute_url()).status_code == 404


def test_minimum_above_maximum_is_refused_on_the_field(client_for, medewerker):
    response = client_for(medewerker).post(
        reverse("datalekken:melden"), {**MELDING, "aantal_min": "50", "aantal_max": "5"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["aantal_max"] == [
        "Het maximum mag niet kleiner zijn dan het minimum."
    ]
    assert not Datalek.objects.exists()


def test_discovery_in_the_future_is_refused(client_for, medewerker):
    response = client_for(medewerker).post(
        reverse("datalekken:melden"), {**MELDING, "ontdekt_op": "2999-01-01T10:00"}
    )
    assert "Dit tijdstip ligt in de toekomst." in response.context["form"].errors["ontdekt_op"]


OUD = "Dit ligt meer dan een jaar terug."


@time_machine.travel("2026-11-23 12:00 +01:00", tick=False)
def test_discovery_more_than_a_year_ago_is_refused_for_the_ontdekker(client_for, medewerker):
    client = client_for(medewerker)
    data = {**MELDING, "begonnen_op": "", "ontdekt_op": "1990-01-01T10:00"}
    response = client.post(reverse("datalekken:melden"), data)
    assert response.status_code == 200
    fout = response.context["form"].errors["ontdekt_op"][0]
    assert fout.startswith(OUD) and "melder datalekken" in fout
    assert OUD in response.content.decode()
    # The ontdekker has no box to tick it away.
    assert "ontdekt_lang_geleden" not in response.content.decode()
    response = client.post(reverse("datalekken:melden"), {**data, "ontdekt_lang_geleden": "on"})
    assert response.status_code == 200
    assert not Datalek.objects.exists()

    # Just within the year is fine.
    data["ontdekt_op"] = "2025-11-24T10:00"
    assert client.post(reverse("datalekken:melden"), data).status_code == 302


@time_machine.travel("2026-11-23 12:00 +01:00", tick=False)
def test_melder_records_an_old_incident_by_confirming_it(client_for, melder):
    client = client_for(melder)
    data = {**MELDING, "begonnen_op": "", "ontdekt_op": "2024-05-01T10:00"}
    response = client.post(reverse("datalekken:melden"), data)
    assert response.status_code == 200
    assert response.context["form"].errors["ontdekt_op"][0].startswith(OUD)
    assert 'name="ontdekt_lang_geleden"' in response.content.decode()
    response = client.post(reverse("datalekken:melden"), {**data, "ontdekt_lang_geleden": "on"})
    assert response.status_code == 302
    assert Datalek.objects.get().ontdekt_op.year == 2024


@time_machine.travel("2026-11-23 12:00 +01:00", tick=False)
def test_facts_form_checks_an_old_discovery_only_when_changed(client_for, melder):
    oud = timezone.make_aware(timezone.datetime(2024, 5, 1, 10, 0))
    datalek = DatalekFactory(ontdekt_op=oud)
    url = reverse("datalekken:feiten", args=[datalek.pk])
    client = client_for(melder)
    data = {
        "titel": "Nieuwe titel",
        "samenvatting": datalek.samenvatting,
        "soort": "onbekend",
        "ontdekt_op": "2024-05-01T10:00",
        "rol_organisatie": "onbekend",
        "betrokkenen_buitenland": "",
    }
    assert client.post(url, data).status_code == 302  # unchanged: no question asked

    data["ontdekt_op"] = "1990-01-01T10:00"
    response = client.post(url, data)
    assert response.context["form"].errors["ontdekt_op"][0].startswith(OUD)
    assert client.post(url, {**data, "ontdekt_lang_geleden": "on"}).status_code == 302
    datalek.refresh_from_db()
    assert datalek.ontdekt_op.year == 1990
    regel = datalek.gebeurtenissen.first()
    assert "ontdekt op" in regel.omschrijving and "jaar geleden" not in regel.omschrijving


def test_melder_records_an_external_ontdekker(client_for, melder):
    response = client_for(melder).post(
        reverse("datalekken:melden"),
        {
            **MELDING,
            "extern": "on",
            "ontdekker_extern_naam": "J. de Boer",
            "ontdekker_extern_organisatie": "Servicebureau Bibliotheeksystemen",
            "ontdekker_extern_contact": "servicedesk@example.org",
        },
    )
    datalek = Datalek.objects.get()
    assert response.url == datalek.get_absolute_url()
    assert datalek.ontdekker is None
    assert datalek.ingevoerd_door == melder
    assert (
        datalek.ontdekker_omschrijving == "J. de Boer (Servicebureau Bibliotheeksystemen), extern"
    )


def test_external_ontdekker_needs_a_name(client_for, melder):
    response = client_for(melder).post(reverse("datalekken:melden"), {**MELDING, "extern": "on"})
    assert response.context["form"].errors["ontdekker_extern_naam"]


def test_technicus_alone_cannot_report(client_for, technicus):
    assert client_for(technicus).get(reverse("datalekken:melden")).status_code == 403
