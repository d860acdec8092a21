"""Every review and every yearly check is kept as a record (for the year report), with the
FG's findings on the check."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from register.models import Beoordeling, Controle
from register.views import BEVINDINGEN_MAX
from tests.register.factories import ActiviteitFactory, OvereenkomstFactory

pytestmark = pytest.mark.django_db
MOMENT = datetime.datetime(2026, 2, 10, 10, tzinfo=datetime.UTC)


def test_each_review_is_recorded(client_for, fg):
    activiteit = ActiviteitFactory()
    client = client_for(fg)
    url = reverse("register:activiteit_review", kwargs={"pk": activiteit.pk})
    with time_machine.travel(MOMENT):
        client.post(url)
        client.post(url)
    beoordelingen = list(Beoordeling.objects.filter(activiteit=activiteit))
    assert len(beoordelingen) == 2
    assert {(b.datum, b.door) for b in beoordelingen} == {(datetime.date(2026, 2, 10), fg)}


def test_the_yearly_check_records_the_findings(client_for, fg):
    overeenkomst = OvereenkomstFactory(omschrijving="Overeenkomst BiSC")
    client = client_for(fg)
    with time_machine.travel(MOMENT):
        response = client.post(
            reverse("register:overeenkomst_check", kwargs={"pk": overeenkomst.pk}),
            {"bevindingen": "  Nieuwe versie van het model getekend.  "},
        )
        page = client.get(overeenkomst.verwerker.get_absolute_url()).content.decode()
    assert response.status_code == 302
    controle = Controle.objects.get(overeenkomst=overeenkomst)
    assert (controle.datum, controle.door) == (datetime.date(2026, 2, 10), fg)
    assert controle.bevindingen == "Nieuwe versie van het model getekend."
    overeenkomst.refresh_from_db()
    assert overeenkomst.laatst_gecontroleerd_op == datetime.date(2026, 2, 10)

    assert "10-02-2026: <span" in page and "Nieuwe versie van het model getekend." in page
    assert 'name="bevindingen"' in page


def test_findings_are_optional_and_may_not_be_too_long(client_for, fg):
    overeenkomst = OvereenkomstFactory()
    client = client_for(fg)
    url = reverse("register:overeenkomst_check", kwargs={"pk": overeenkomst.pk})
    response = client.post(url, {"bevindingen": "x" * (BEVINDINGEN_MAX + 1)}, follow=True)
    assert "te lang" in response.content.decode()
    assert not Controle.objects.exists()
    client.post(url)
    assert Controle.objects.get().bevindingen == ""


def test_only_the_fg_sees_the_check_form(client_for, medewerker):
    overeenkomst = OvereenkomstFactory()
    page = client_for(medewerker).get(overeenkomst.verwerker.get_absolute_url()).content.decode()
    assert 'name="bevindingen"' not in page
