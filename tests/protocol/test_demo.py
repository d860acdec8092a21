import pytest
from django.urls import reverse

from privacyportal.roles import Rol
from protocol import demo
from protocol.models import (
    Cursus,
    Doorverwijsadres,
    Leesbevestiging,
    Locatie,
    ProtocolVersie,
    Sectie,
    Situatie,
    Spreekuur,
)
from protocol.plekken import open_placeholders
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return {rol.value: UserFactory(username=f"demo-{rol.value}", rollen=[rol.value]) for rol in Rol}


def _counts():
    models = [ProtocolVersie, Sectie, Situatie, Leesbevestiging, Locatie, Doorverwijsadres]
    return {model.__name__: model.objects.count() for model in [*models, Spreekuur, Cursus]}


def test_the_demo_loader_runs_twice_without_duplicating(users):
    demo.load(users)
    first = _counts()
    demo.load(users)
    assert _counts() == first

    huidige = ProtocolVersie.objects.huidige()
    concept = ProtocolVersie.objects.concept().get()
    assert huidige.versienummer == 1 and huidige.vastgesteld_door == "MT"
    assert open_placeholders(huidige) == []
    assert len(open_placeholders(concept)) >= 3
    assert Situatie.objects.filter(versie=huidige).count() >= 4
    assert all(s.weet and s.doen and s.laten for s in Situatie.objects.filter(versie=huidige)[:4])
    # The medewerker has not confirmed yet, so their home page shows the reminder.
    assert not Leesbevestiging.objects.filter(gebruiker=users["medewerker"]).exists()
    assert Leesbevestiging.objects.filter(versie=huidige).count() >= 2
    assert Spreekuur.objects.filter(locatie__isnull=False).count() == Spreekuur.objects.count()


def test_the_demo_handbook_renders(users, client):
    demo.load(users)
    client.force_login(users["redacteur"])
    huidige = ProtocolVersie.objects.huidige()
    concept = ProtocolVersie.objects.concept().get()
    assert client.get(reverse("protocol:index")).status_code == 200
    assert client.get(reverse("protocol:redactie")).status_code == 200
    response = client.get(
        reverse("protocol:verschil"),
        {"van": huidige.versienummer, "naar": concept.versienummer},
    )
    assert "Zelfscanner in de hoofdvestiging" in response.content.decode()
