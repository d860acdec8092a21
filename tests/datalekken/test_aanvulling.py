"""The ontdekker's status page: who handles the report, and an 'Aanvulling doorgeven' form
that writes to the timeline and tells the melder(s) with a link only."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from datalekken import services
from datalekken.models import Gebeurtenis
from tests.datalekken.factories import DatalekFactory, ready_to_archive
from tests.factories import UserFactory

TEKST = "De ontvanger heeft gebeld: hij heeft de mail ook doorgestuurd naar zijn partner."


def status_url(datalek):
    return reverse("datalekken:melding_status", args=[datalek.pk])


def aanvulling_url(datalek):
    return reverse("datalekken:aanvulling", args=[datalek.pk])


def test_status_page_names_the_assigned_melder(client_for, medewerker, melder):
    datalek = DatalekFactory(ontdekker=medewerker, melder=melder)
    page = client_for(medewerker).get(status_url(datalek)).content.decode()
    assert "Wie behandelt je melding?" in page
    assert escape(melder.get_full_name()) in page and melder.email in page
    assert "Aanvulling doorgeven" in page


def test_status_page_lists_the_melders_while_none_is_assigned(client_for, medewerker, melder):
    tweede = UserFactory(rollen=["melder"])
    datalek = DatalekFactory(ontdekker=medewerker)
    page = client_for(medewerker).get(status_url(datalek)).content.decode()
    assert "De melders datalekken zijn:" in page
    for persoon in (melder, tweede):
        assert escape(persoon.get_full_name()) in page and persoon.email in page


def test_aanvulling_goes_to_the_timeline_and_the_melder_gets_a_link(
    client_for, medewerker, melder, technicus, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://privacy.example.org"
    UserFactory(rollen=["melder"])  # not assigned: not mailed
    datalek = DatalekFactory(ontdekker=medewerker, melder=melder, technicus=technicus)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(medewerker).post(aanvulling_url(datalek), {"tekst": TEKST})
    assert response.status_code == 302 and response.url == status_url(datalek)

    regel = datalek.gebeurtenissen.get()
    assert (regel.soort, regel.wie, regel.notitie) == (
        Gebeurtenis.Soort.AANVULLING,
        medewerker,
        TEKST,
    )
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == [melder.email]
    assert datalek.dossiernummer in bericht.subject
    assert f"https://privacy.example.org/datalekken/{datalek.pk}/" in bericht.body
    assert "partner" not in bericht.body

    page = client_for(medewerker).get(status_url(datalek)).content.decode()
    assert "Je aanvulling is doorgegeven." in page and TEKST in page
    assert TEKST in client_for(melder).get(datalek.get_absolute_url()).content.decode()
    # The technicus does not see what the ontdekker wrote (nor who it was).
    assert TEKST not in client_for(technicus).get(datalek.get_absolute_url()).content.decode()


def test_aanvulling_without_assigned_melder_mails_all_melders(
    client_for, medewerker, melder, django_capture_on_commit_callbacks
):
    tweede = UserFactory(rollen=["melder"])
    datalek = DatalekFactory(ontdekker=medewerker)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(medewerker).post(aanvulling_url(datalek), {"tekst": TEKST})
    assert sorted(mail.outbox[0].to) == sorted([melder.email, tweede.email])


def test_empty_aanvulling_is_refused_on_the_field(client_for, medewerker):
    datalek = DatalekFactory(ontdekker=medewerker)
    response = client_for(medewerker).post(aanvulling_url(datalek), {"tekst": "  "})
    assert response.status_code == 200
    assert response.context["form"].errors["tekst"] == ["Schrijf eerst wat je wilt aanvullen."]
    assert not datalek.gebeurtenissen.exists()


def test_no_aanvulling_on_an_archived_case(client_for, medewerker, melder):
    datalek = ready_to_archive(DatalekFactory(ontdekker=medewerker), melder)
    services.archive_datalek(datalek=datalek, door=melder)
    aantal = datalek.gebeurtenissen.count()
    client = client_for(medewerker)
    page = client.get(status_url(datalek)).content.decode()
    assert "Aanvulling doorgeven" not in page and "is afgehandeld" in page
    assert client.post(aanvulling_url(datalek), {"tekst": TEKST}).status_code == 403
    assert datalek.gebeurtenissen.count() == aantal


@pytest.mark.parametrize("rol", ["melder", "fg", "medewerker"])
def test_only_the_ontdekker_may_add(client_for, cast, rol):
    datalek = DatalekFactory()  # reported by someone else
    response = client_for(cast[rol]).post(aanvulling_url(datalek), {"tekst": TEKST})
    assert response.status_code == 404
    assert not datalek.gebeurtenissen.exists()


def test_aanvulling_is_post_only(client_for, medewerker):
    datalek = DatalekFactory(ontdekker=medewerker)
    assert client_for(medewerker).get(aanvulling_url(datalek)).status_code == 405
