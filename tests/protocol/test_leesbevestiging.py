import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from protocol import services
from protocol.models import Leesbevestiging
from tests.factories import UserFactory
from tests.protocol import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def huidige():
    return f.published_version()


def test_a_medewerker_confirms_reading_and_the_reminder_disappears(huidige, medewerker, client_for):
    client = client_for(medewerker)
    home = client.get(reverse("home")).content.decode()
    assert f"Lees het privacyprotocol, versie {huidige.versienummer}" in home

    response = client.post(reverse("protocol:bevestigen"), {"versie": huidige.versienummer})
    assert response.status_code == 302
    assert Leesbevestiging.objects.filter(gebruiker=medewerker, versie=huidige).exists()
    # Confirming twice stores one confirmation.
    client.post(reverse("protocol:bevestigen"), {"versie": huidige.versienummer})
    assert Leesbevestiging.objects.filter(gebruiker=medewerker).count() == 1

    home = client.get(reverse("home")).content.decode()
    assert "Lees het privacyprotocol" not in home
    assert "door jou gelezen op" in home


def test_the_reminder_panel_is_urgent(huidige, medewerker, rf):
    from protocol.home import panels

    request = rf.get("/")
    request.user = medewerker
    [panel] = panels(request)
    assert panel.urgent


def test_a_new_version_asks_again(huidige, medewerker, redacteur, client_for):
    services.confirm_reading(gebruiker=medewerker, versie=huidige)
    concept = services.start_concept(door=redacteur)
    services.publish_concept(versie=concept, door=redacteur)
    home = client_for(medewerker).get(reverse("home")).content.decode()
    assert f"Lees het privacyprotocol, versie {concept.versienummer}" in home


def test_confirming_a_version_that_is_no_longer_current_is_refused(
    huidige, medewerker, redacteur, client_for
):
    concept = services.start_concept(door=redacteur)
    services.publish_concept(versie=concept, door=redacteur)
    client = client_for(medewerker)
    response = client.post(
        reverse("protocol:bevestigen"), {"versie": huidige.versienummer}, follow=True
    )
    assert "Er is intussen een nieuwe versie gepubliceerd" in response.content.decode()
    assert not Leesbevestiging.objects.filter(gebruiker=medewerker).exists()


def test_a_concept_cannot_be_confirmed(huidige, medewerker, redacteur):
    concept = services.start_concept(door=redacteur)
    with pytest.raises(Exception, match="gepubliceerde versie"):
        services.confirm_reading(gebruiker=medewerker, versie=concept)


def test_the_overview_counts_who_has_and_has_not_confirmed(huidige, cast, client_for):
    # Staff: medewerker, redacteur, fg, melder, management (technicus and outsider do not count).
    services.confirm_reading(gebruiker=cast["medewerker"], versie=huidige)
    services.confirm_reading(gebruiker=cast["fg"], versie=huidige)
    inactief = UserFactory(username="oud-collega", rollen=["medewerker"], is_active=False)
    assert inactief.pk
    html = (
        client_for(cast["management"]).get(reverse("protocol:leesbevestigingen")).content.decode()
    )
    assert "2 van 5" in html
    assert "40%" in html
    assert "oud-collega" not in html
    assert "technicus" not in html.split("<tbody>")[1]

    niet = client_for(cast["management"]).get(
        reverse("protocol:leesbevestigingen"), {"toon": "niet"}
    )
    body = niet.content.decode().split("<tbody>")[1]
    assert ">redacteur<" in body and ">medewerker<" not in body


def test_the_overview_per_version(huidige, cast, redacteur, client_for):
    services.confirm_reading(gebruiker=cast["medewerker"], versie=huidige)
    concept = services.start_concept(door=redacteur)
    services.publish_concept(versie=concept, door=redacteur)
    client = client_for(cast["management"])
    assert "0 van 5" in client.get(reverse("protocol:leesbevestigingen")).content.decode()
    old = client.get(reverse("protocol:leesbevestigingen"), {"versie": huidige.versienummer})
    assert "1 van 5" in old.content.decode()


def test_the_overview_query_count_is_constant(huidige, cast, client_for, django_assert_num_queries):
    client = client_for(cast["management"])
    url = reverse("protocol:leesbevestigingen")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    groep = Group.objects.get(name="medewerker")
    for n in range(60):
        user = UserFactory(username=f"collega{n}")
        user.groups.add(groep)
        if n % 2:
            Leesbevestiging.objects.create(gebruiker=user, versie=huidige)
    with django_assert_num_queries(len(queries)):
        response = client.get(url)
    assert "30 van 65" in response.content.decode()
